import type { EventLogDraft, EventLogNeeds } from '@/utils/calendar/event-log-draft';
import { t } from '@/utils/i18n/messages';
import { draftBinder, TextField } from './field';

/** What the VA fills in where the Calendar page could not be read: title, start, duration. */
export function EventLogFields(props: {
  needs: EventLogNeeds;
  draft: EventLogDraft;
  onChange(patch: Partial<EventLogDraft>): void;
}) {
  const { needs, draft, onChange } = props;
  const bind = draftBinder(draft, onChange, (key) => `event-manual-${key}`);
  return (
    <section class="event-card__manual">
      {needs.title && <TextField {...bind('title')} label={t('eventManualTitle')} />}
      {needs.start && (
        <fieldset class="event-card__start">
          <legend>{t('eventManualStart')}</legend>
          <div class="row">
            <TextField {...bind('date')} label={t('eventManualDate')} type="date" />
            <TextField
              {...bind('start', 'event-manual-time')}
              label={t('eventManualTime')}
              type="time"
            />
          </div>
        </fieldset>
      )}
      {needs.duration && (
        <TextField
          {...bind('duration')}
          label={t('eventManualDuration')}
          inputMode="text"
          placeholder="1:00"
        />
      )}
    </section>
  );
}
