import type { EventLogDraft, EventLogNeeds } from '@/utils/calendar/event-log-draft';
import { t } from '@/utils/i18n/messages';
import { Field } from './field';

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
        <Field id="event-manual-title" label={t('eventManualTitle')}>
          {(aria) => (
            <input
              {...aria}
              value={draft.title}
              onInput={(e) => onChange({ title: e.currentTarget.value })}
            />
          )}
        </Field>
      )}
      {needs.start && (
        <fieldset class="event-card__start">
          <legend>{t('eventManualStart')}</legend>
          <div class="row">
            <Field id="event-manual-date" label={t('eventManualDate')}>
              {(aria) => (
                <input
                  {...aria}
                  type="date"
                  value={draft.date}
                  onInput={(e) => onChange({ date: e.currentTarget.value })}
                />
              )}
            </Field>
            <Field id="event-manual-time" label={t('eventManualTime')}>
              {(aria) => (
                <input
                  {...aria}
                  type="time"
                  value={draft.start}
                  onInput={(e) => onChange({ start: e.currentTarget.value })}
                />
              )}
            </Field>
          </div>
        </fieldset>
      )}
      {needs.duration && (
        <Field id="event-manual-duration" label={t('eventManualDuration')}>
          {(aria) => (
            <input
              {...aria}
              inputMode="text"
              placeholder="1:00"
              value={draft.duration}
              onInput={(e) => onChange({ duration: e.currentTarget.value })}
            />
          )}
        </Field>
      )}
    </section>
  );
}
