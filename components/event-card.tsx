import { useState } from 'preact/hooks';
import type { EventSuggestion, EventSuggestionKind } from '@/utils/calendar/suggest';
import type { EventDetails, EventPart } from '@/utils/calendar/types';
import type { Client, TimeEntry } from '@/utils/model/types';
import { formatDate, formatMinutes, formatTime } from '@/utils/i18n/format';
import { getLocale, t, type MessageKey } from '@/utils/i18n/messages';
import { formatDurationInput, parseDuration } from '@/utils/time/duration';
import { ClientChip } from './client-chip';
import { durationErrorLabel } from './labels';
import { MINUTE_MS } from '@/utils/time/units';
import {
  atLocalTime,
  dateInputValue,
  hhmm,
  parseDateInput,
  parseHHMM,
} from '@/utils/time/local-day';

/** What is logged: the event's own times, or what the VA filled in where they could not be read. */
export interface EventLogValues {
  title: string;
  start: number;
  end: number;
}

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

function ClientPicker(props: {
  id: string;
  label: string;
  button: string;
  clients: readonly Client[];
  exclude?: string;
  busy: boolean;
  onPick(clientId: string): void;
}) {
  const [clientId, setClientId] = useState('');
  return (
    <form
      class="tag-picker"
      onSubmit={(e) => {
        e.preventDefault();
        if (clientId) props.onPick(clientId);
      }}
    >
      <label for={props.id}>{props.label}</label>
      <div class="tag-picker__row">
        <select id={props.id} value={clientId} onChange={(e) => setClientId(e.currentTarget.value)}>
          <option value="">{t('chooseClientOption')}</option>
          {props.clients
            .filter((c) => c.id !== props.exclude)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
        </select>
        <button type="submit" disabled={!clientId || props.busy}>
          {props.button}
        </button>
      </div>
    </form>
  );
}

/**
 * The open Calendar event: what it is, whose it is, and its time logged in one click. Where
 * the page could not be read the card says so and asks for the missing title, start or
 * duration. Everything read from the page is shown as text.
 */
export function EventCard(props: EventCardProps) {
  const { event, linkedClient, clients, suggestion, logged, busy } = props;
  const [chosenId, setChosenId] = useState('');
  const [manualTitle, setManualTitle] = useState('');
  const timed = event.start !== null && !event.allDay;
  const [manualDate, setManualDate] = useState(
    event.start === null ? '' : dateInputValue(event.start),
  );
  const [manualStart, setManualStart] = useState(timed ? hhmm(event.start!) : '');
  const [manualDuration, setManualDuration] = useState(
    timed && event.end !== null ? formatDurationInput((event.end - event.start!) / MINUTE_MS) : '',
  );
  const [error, setError] = useState('');

  const needsTitle = !event.title;
  const needsStart = !timed;
  const needsDuration = !timed || event.end === null;
  const logClient = event.eventId ? linkedClient : (clients.find((c) => c.id === chosenId) ?? null);
  const eventMinutes = timed && event.end !== null ? (event.end - event.start!) / MINUTE_MS : null;
  const description =
    event.description.length > DESCRIPTION_EXCERPT
      ? `${event.description.slice(0, DESCRIPTION_EXCERPT)}…`
      : event.description;

  /** The times the VA filled in, or why they are not usable. */
  function manualValues(): EventLogValues | string {
    let start = event.start;
    let end = event.end;
    if (needsStart) {
      const day = parseDateInput(manualDate);
      const minutes = parseHHMM(manualStart);
      if (day === null || minutes === null) return t('eventStartInvalid');
      start = atLocalTime(day, minutes);
    }
    if (needsDuration) {
      const duration = parseDuration(manualDuration);
      if (!duration.ok) return durationErrorLabel(duration.error);
      end = start! + duration.minutes * MINUTE_MS;
    }
    return { title: event.title || manualTitle.trim(), start: start!, end: end! };
  }

  /** Linking needs no clock time: an all-day event links with its day. */
  const linkValues = (): EventLogValues | string =>
    event.start !== null && event.end !== null
      ? { title: event.title || manualTitle.trim(), start: event.start, end: event.end }
      : manualValues();

  function submit(
    action: (clientId: string, values: EventLogValues) => void,
    clientId: string,
    values: EventLogValues | string,
  ) {
    setError('');
    if (typeof values === 'string') setError(values);
    else action(clientId, values);
  }
  const link = (clientId: string) => submit(props.onLink, clientId, linkValues());
  const log = () => logClient && submit(props.onLog, logClient.id, manualValues());
  const showManual = needsTitle || needsStart || needsDuration;

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
        <section class="event-card__manual">
          {needsTitle && (
            <div class="field">
              <label for="event-manual-title">{t('eventManualTitle')}</label>
              <input
                id="event-manual-title"
                value={manualTitle}
                onInput={(e) => setManualTitle(e.currentTarget.value)}
              />
            </div>
          )}
          {needsStart && (
            <fieldset class="event-card__start">
              <legend>{t('eventManualStart')}</legend>
              <div class="row">
                <div class="field">
                  <label for="event-manual-date">{t('eventManualDate')}</label>
                  <input
                    id="event-manual-date"
                    type="date"
                    value={manualDate}
                    onInput={(e) => setManualDate(e.currentTarget.value)}
                  />
                </div>
                <div class="field">
                  <label for="event-manual-time">{t('eventManualTime')}</label>
                  <input
                    id="event-manual-time"
                    type="time"
                    value={manualStart}
                    onInput={(e) => setManualStart(e.currentTarget.value)}
                  />
                </div>
              </div>
            </fieldset>
          )}
          {needsDuration && (
            <div class="field">
              <label for="event-manual-duration">{t('eventManualDuration')}</label>
              <input
                id="event-manual-duration"
                inputMode="text"
                placeholder="1:00"
                value={manualDuration}
                onInput={(e) => setManualDuration(e.currentTarget.value)}
              />
            </div>
          )}
        </section>
      )}

      <section class="event-card__client">
        {!event.eventId ? (
          <>
            <p class="notice-inline">{t('eventCannotLink')}</p>
            <div class="field">
              <label for="event-log-client">{t('eventClientForTime')}</label>
              <select
                id="event-log-client"
                value={chosenId}
                onChange={(e) => setChosenId(e.currentTarget.value)}
              >
                <option value="">{t('chooseClientOption')}</option>
                {clients.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
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
              <div class="suggestion">
                <p>
                  {t('suggestedClient', [''])}
                  <ClientChip client={suggestion.client} />
                  <span class="suggestion__why">
                    {' '}
                    ({t(REASON_KEYS[suggestion.kind], [suggestion.value])})
                  </span>
                </p>
                <button
                  type="button"
                  class="primary"
                  disabled={busy}
                  onClick={() => link(suggestion.client.id)}
                >
                  {t('eventLinkTo', [suggestion.client.name])}
                </button>
              </div>
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
              {t(logClient.billableByDefault ? 'eventBillable' : 'eventNonBillable', [
                logClient.name,
              ])}
            </p>
            <button type="button" class="primary" disabled={busy} onClick={log}>
              {eventMinutes !== null && !needsDuration
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
