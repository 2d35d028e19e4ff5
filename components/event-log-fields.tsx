import type { EventLogDraft, EventLogNeeds } from '@/utils/calendar/event-log-draft';
import { t } from '@/utils/i18n/messages';
import { TextField } from './field';

/** What the VA fills in where the Calendar page could not be read: title, start, duration. */
export function EventLogFields(props: {
  needs: EventLogNeeds;
  draft: EventLogDraft;
  onChange(patch: Partial<EventLogDraft>): void;
}) {
  const { needs, draft, onChange } = props;
  return (
    <section class="event-card__manual">
      {needs.title && (
        <TextField
          id="event-manual-title"
          label={t('eventManualTitle')}
          value={draft.title}
          onValue={(value) => onChange({ title: value })}
        />
      )}
      {needs.start && (
        <fieldset class="event-card__start">
          <legend>{t('eventManualStart')}</legend>
          <div class="row">
            <TextField
              id="event-manual-date"
              label={t('eventManualDate')}
              type="date"
              value={draft.date}
              onValue={(value) => onChange({ date: value })}
            />
            <TextField
              id="event-manual-time"
              label={t('eventManualTime')}
              type="time"
              value={draft.start}
              onValue={(value) => onChange({ start: value })}
            />
          </div>
        </fieldset>
      )}
      {needs.duration && (
        <TextField
          id="event-manual-duration"
          label={t('eventManualDuration')}
          inputMode="text"
          placeholder="1:00"
          value={draft.duration}
          onValue={(value) => onChange({ duration: value })}
        />
      )}
    </section>
  );
}
