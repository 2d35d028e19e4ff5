import { useState } from 'preact/hooks';
import {
  draftFromEvent,
  eventLogNeeds,
  inputFromEventLogDraft,
  type EventLogDraft,
  type EventLogValues,
} from '@/utils/calendar/event-log-draft';
import type { EventSuggestion, EventSuggestionKind } from '@/utils/calendar/suggest';
import type { EventDetails, EventPart } from '@/utils/calendar/types';
import type { Client, TimeEntry } from '@/utils/model/types';
import { formatDate, formatMinutes, formatTime } from '@/utils/i18n/format';
import { getLocale, t, type MessageKey } from '@/utils/i18n/messages';
import { defaultBillable } from '@/utils/time/billing';
import { MINUTE_MS } from '@/utils/time/units';
import { ClientChip } from './client-chip';
import { ClientSuggestion } from './client-suggestion';
import { ClientOptions } from './client-options';
import { ClientPicker } from './client-picker';
import { EventLogFields } from './event-log-fields';
import { SelectField } from './field';

export interface EventCardProps {
  event: EventDetails;
  /** The client the event is linked to in VA Desk. */
  linkedClient: Client | null;
  /** Active clients, alphabetical. */
  clients: readonly Client[];
  suggestion: EventSuggestion | null;
  /** Time already logged for this event, and its client. */
  logged: { entry: TimeEntry; client: Client | null } | null;
  busy: boolean;
  /** Links the event to a client, with its times (read, or filled in by the VA). */
  onLink(clientId: string, values: EventLogValues): void;
  /** Logs the event's time for the linked client (or the chosen one, when it cannot be linked). */
  onLog(clientId: string, values: EventLogValues): void;
}

const DESCRIPTION_EXCERPT = 400;

const PART_KEYS: Record<EventPart, MessageKey> = {
  eventId: 'partEventId',
  title: 'partEventTitle',
  when: 'partEventWhen',
};

const REASON_KEYS: Record<EventSuggestionKind, MessageKey> = {
  senderEmail: 'reasonOrganizerEmail',
  recipientEmail: 'reasonGuestEmail',
  senderDomain: 'reasonSenderDomain',
  recipientDomain: 'reasonGuestDomain',
  title: 'reasonTitle',
  history: 'reasonGuestHistory',
};

/** "the event's id and the date and time" in the VA's language. */
export function eventPartsLabel(parts: readonly EventPart[]): string {
  return new Intl.ListFormat(getLocale(), { type: 'conjunction' }).format(
    parts.map((p) => t(PART_KEYS[p])),
  );
}

function whenLabel(event: EventDetails): string {
  if (event.start === null) return event.whenText;
  if (event.allDay) return t('eventAllDay', [formatDate(event.start)]);
  if (event.end === null)
    return t('eventStartsAt', [formatDate(event.start), formatTime(event.start)]);
  return t('eventWhen', [
    formatDate(event.start),
    formatTime(event.start),
    formatTime(event.end),
    formatMinutes((event.end - event.start) / MINUTE_MS),
  ]);
}

/**
 * The open Calendar event: what it is, whose it is, and its time logged in one click. Where
 * the page could not be read the card says so and asks for the missing title, start or
 * duration. Everything read from the page is shown as text.
 */
export function EventCard(props: EventCardProps) {
  const { event, linkedClient, clients, suggestion, logged, busy } = props;
  const [chosenId, setChosenId] = useState('');
  const [draft, setDraft] = useState(() => draftFromEvent(event));
  const [error, setError] = useState('');
  const set = (patch: Partial<EventLogDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const needs = eventLogNeeds(event);
  const timed = event.start !== null && !event.allDay;
  const logClient = event.eventId ? linkedClient : (clients.find((c) => c.id === chosenId) ?? null);
  const eventMinutes = timed && event.end !== null ? (event.end - event.start!) / MINUTE_MS : null;
  const description =
    event.description.length > DESCRIPTION_EXCERPT
      ? `${event.description.slice(0, DESCRIPTION_EXCERPT)}…`
      : event.description;

  function submit(
    action: (clientId: string, values: EventLogValues) => void,
    clientId: string,
    purpose: 'log' | 'link',
  ) {
    const result = inputFromEventLogDraft(event, draft, purpose);
    setError(result.ok ? '' : t(result.issue.message));
    if (result.ok) action(clientId, result.values);
  }
  const link = (clientId: string) => submit(props.onLink, clientId, 'link');
  const log = () => logClient && submit(props.onLog, logClient.id, 'log');
  const showManual = needs.title || needs.start || needs.duration;

  return (
    <article class="card event-card" aria-labelledby="event-title">
      {event.missing.length > 0 && (
        <p class="warning" role="status">
          {t('eventUnreadable', [eventPartsLabel(event.missing)])}
        </p>
      )}
      <h2 id="event-title" class="event-card__title">
        {event.title || t('eventNoTitle')}
      </h2>
      {whenLabel(event) && <p class="event-card__when">{whenLabel(event)}</p>}
      {event.location && <p class="event-card__meta">{t('eventLocation', [event.location])}</p>}
      {event.videoLink && (
        <p class="event-card__meta">
          <a href={event.videoLink} target="_blank" rel="noopener noreferrer">
            {t('eventMeetLink')}
          </a>
        </p>
      )}
      {event.guests.length > 0 && (
        <p class="event-card__meta">{t('eventGuests', [event.guests.join(', ')])}</p>
      )}
      {description && <p class="event-card__description">{description}</p>}

      {showManual && (
        <EventLogFields needs={needs} draft={draft} onChange={(patch) => set(patch)} />
      )}

      <section class="event-card__client">
        {!event.eventId ? (
          <>
            <p class="notice-inline">{t('eventCannotLink')}</p>
            <SelectField
              id="event-log-client"
              label={t('eventClientForTime')}
              value={chosenId}
              onValue={(value) => setChosenId(value)}
            >
              <ClientOptions clients={clients} empty={t('chooseClientOption')} />
            </SelectField>
          </>
        ) : linkedClient ? (
          <>
            <p class="tagged">
              {t('eventLinkedTo', [''])}
              <ClientChip client={linkedClient} />
            </p>
            <ClientPicker
              id="event-relink-client"
              label={t('eventChangeClient')}
              button={t('eventLinkButton')}
              clients={clients}
              exclude={linkedClient.id}
              busy={busy}
              onPick={link}
            />
          </>
        ) : clients.length === 0 ? (
          <p class="empty">{t('calendarNoClientsYet')}</p>
        ) : (
          <>
            {suggestion ? (
              <ClientSuggestion
                client={suggestion.client}
                reason={t(REASON_KEYS[suggestion.kind], [suggestion.value])}
                action={t('eventLinkTo', [suggestion.client.name])}
                busy={busy}
                onTake={() => link(suggestion.client.id)}
              />
            ) : (
              <p>{t('eventNoSuggestion')}</p>
            )}
            <ClientPicker
              id="event-link-client"
              label={suggestion ? t('eventLinkOther') : t('chooseClient')}
              button={t('eventLinkButton')}
              clients={clients}
              exclude={suggestion?.client.id}
              busy={busy}
              onPick={link}
            />
          </>
        )}
      </section>

      {logged ? (
        <p class="event-card__logged">
          {t('eventAlreadyLogged', [
            formatMinutes(
              ((logged.entry.end ?? logged.entry.start) - logged.entry.start) / MINUTE_MS,
            ),
            logged.client?.name ?? '',
          ])}
        </p>
      ) : (
        logClient && (
          <section class="event-card__log">
            <p class="event-card__billable">
              {t(defaultBillable(logClient, null) ? 'eventBillable' : 'eventNonBillable', [
                logClient.name,
              ])}
            </p>
            <button type="button" class="primary" disabled={busy} onClick={log}>
              {eventMinutes !== null && !needs.duration
                ? t('eventLogButton', [formatMinutes(eventMinutes)])
                : t('eventLogManualButton')}
            </button>
          </section>
        )
      )}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}
