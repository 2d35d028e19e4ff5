import { useMemo, useState } from 'preact/hooks';
import { findConflicts, findFreeSlots, withinWorkingHours } from '@/utils/calendar/slots';
import type { BusyInterval, Interval, WorkingHours } from '@/utils/calendar/slots';
import type { BookingInput } from '@/utils/db/appointments-repo';
import type { FieldIssue } from '@/utils/model/errors';
import type { Appointment, Client } from '@/utils/model/types';
import { formatDate, formatTime } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import { formatDurationInput, parseDuration } from '@/utils/time/duration';
import {
  isoDate,
  isValidTimeZone,
  parseIsoDate,
  zonedParts,
  zonedToInstant,
} from '@/utils/time/zoned';
import { Field, issuesFor } from './field';
import { durationErrorLabel } from './labels';
import { DAY_MINUTES, MINUTE_MS } from '@/utils/time/units';
import { minutesToHHMM, parseHHMM } from '@/utils/time/local-day';

/** What the form holds, as typed. */
export interface BookingDraft {
  clientId: string;
  title: string;
  /** `YYYY-MM-DD` and `HH:MM` on the clock of the entry zone. */
  date: string;
  time: string;
  duration: string;
  /** Whose clock the date and time are on. */
  entryZone: 'va' | 'client';
  location: string;
  /** Addresses separated by commas, semicolons, spaces or lines. */
  guests: string;
  /** The guests' zone, when it differs from both (optional). */
  guestZone: string;
  notes: string;
}

export interface BookingZones {
  va: string;
  client: string;
}

/** The VA's working days and hours (Settings); the client's are taken to be the same, on their clock. */
export type WorkingDay = Omit<WorkingHours, 'timeZone'>;

const DEFAULT_MINUTES = 30;

export function parseGuests(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((g) => g.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

function zoneOf(draft: BookingDraft, zones: BookingZones): string {
  return draft.entryZone === 'client' ? zones.client : zones.va;
}

/** The draft's date and time at `instant` on `timeZone`'s clock. */
function wallFields(instant: number, timeZone: string): { date: string; time: string } {
  const p = zonedParts(instant, timeZone);
  return { date: isoDate(p), time: minutesToHHMM(p.hour * 60 + p.minute) };
}

/** The instant the draft starts at, or null while the date or time is not a real one. */
export function draftStart(draft: BookingDraft, zones: BookingZones): number | null {
  const date = parseIsoDate(draft.date);
  const minutes = parseHHMM(draft.time);
  if (!date || minutes === null || minutes >= DAY_MINUTES) return null;
  const zone = zoneOf(draft, zones);
  if (!isValidTimeZone(zone)) return null;
  return zonedToInstant(date, { hour: Math.floor(minutes / 60), minute: minutes % 60 }, zone);
}

export type DraftResult = { ok: true; input: BookingInput } | { ok: false; issues: FieldIssue[] };

/** The repository input, or the form's own issues (date, time, duration, client). */
export function draftToInput(
  draft: BookingDraft,
  zones: BookingZones,
  threadId: string | null,
): DraftResult {
  const issues: FieldIssue[] = [];
  if (!draft.clientId) issues.push({ field: 'clientId', message: 'errorClientUnknown' });
  if (!parseIsoDate(draft.date)) issues.push({ field: 'date', message: 'errorDateInvalid' });
  const minutes = parseHHMM(draft.time);
  if (minutes === null || minutes >= DAY_MINUTES)
    issues.push({ field: 'time', message: 'errorTimeInvalid' });
  const duration = parseDuration(draft.duration);
  if (!duration.ok) issues.push({ field: 'duration', message: 'errorDurationInvalid' });
  if (draft.guestZone.trim() && !isValidTimeZone(draft.guestZone.trim()))
    issues.push({
      field: 'guestZone',
      message: 'errorTimeZoneInvalid',
      params: [draft.guestZone.trim()],
    });
  const start = draftStart(draft, zones);
  if (issues.length || start === null || !duration.ok) return { ok: false, issues };
  return {
    ok: true,
    input: {
      clientId: draft.clientId,
      title: draft.title,
      start,
      end: start + duration.minutes * MINUTE_MS,
      timeZone: zoneOf(draft, zones),
      location: draft.location,
      guests: parseGuests(draft.guests),
      notes: draft.notes,
      threadId,
    },
  };
}

/** A new draft: the first of `slot` (or nothing yet), on the VA's clock. */
export function newDraft(
  init: Partial<Pick<BookingDraft, 'clientId' | 'title' | 'location' | 'guests' | 'notes'>>,
  slot: Interval | null,
  zones: BookingZones,
): BookingDraft {
  return {
    clientId: init.clientId ?? '',
    title: init.title ?? '',
    ...(slot ? wallFields(slot.start, zones.va) : { date: '', time: '' }),
    duration: formatDurationInput(slot ? (slot.end - slot.start) / MINUTE_MS : DEFAULT_MINUTES),
    entryZone: 'va',
    location: init.location ?? '',
    guests: init.guests ?? '',
    guestZone: '',
    notes: init.notes ?? '',
  };
}

/** An appointment to edit, on the clock it was entered in when that is the VA's or the client's. */
export function draftFromAppointment(a: Appointment, zones: BookingZones): BookingDraft {
  const entryZone = a.timeZone === zones.client && a.timeZone !== zones.va ? 'client' : 'va';
  return {
    clientId: a.clientId,
    title: a.title,
    ...wallFields(a.start, entryZone === 'client' ? zones.client : zones.va),
    duration: formatDurationInput((a.end - a.start) / MINUTE_MS),
    entryZone,
    location: a.location,
    guests: a.guests.join(', '),
    guestZone: '',
    notes: a.notes,
  };
}

function whenIn(slot: Interval, timeZone: string): string {
  return t('bookingWhenIn', [
    formatDate(slot.start, undefined, timeZone),
    formatTime(slot.start, undefined, timeZone),
    formatTime(slot.end, undefined, timeZone),
    timeZone,
  ]);
}

export interface BookingFormProps {
  /** Active clients, alphabetical. */
  clients: readonly Client[];
  initial: BookingDraft;
  vaTimeZone: string;
  /** Every appointment and Calendar event that could clash (the one edited left out). */
  busy: readonly BusyInterval[];
  working: WorkingDay;
  now: number;
  threadId: string | null;
  busyAction: boolean;
  /** The repository's issues with the last submitted input, shown next to their fields. */
  issues?: readonly FieldIssue[];
  /** Editing a stored appointment: one "Save" button instead of the two booking actions. */
  editing?: boolean;
  onCreate?(input: BookingInput): void;
  onDownload?(input: BookingInput): void;
  onSave?(input: BookingInput): void;
  onClose?(): void;
}

/**
 * Booking an appointment: times on the VA's or the client's clock (a switch), both shown, the
 * guests' too when given; clashes, working hours and the next three free slots. Plain text only.
 */
export function BookingForm(props: BookingFormProps) {
  const { clients, busy, working, now } = props;
  const [draft, setDraft] = useState<BookingDraft>(props.initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const client = clients.find((c) => c.id === draft.clientId) ?? null;
  const zones: BookingZones = {
    va: props.vaTimeZone,
    client: client?.timeZone ?? props.vaTimeZone,
  };
  const set = (patch: Partial<BookingDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const start = draftStart(draft, zones);
  const duration = parseDuration(draft.duration);
  const slot =
    start !== null && duration.ok ? { start, end: start + duration.minutes * MINUTE_MS } : null;
  const hours: WorkingHours[] = [{ ...working, timeZone: zones.va }];
  if (client && zones.client !== zones.va) hours.push({ ...working, timeZone: zones.client });
  const conflicts = slot ? findConflicts(slot, busy) : [];
  const outsideVa = slot ? !withinWorkingHours(slot, hours[0]!) : false;
  const outsideClient = slot && hours[1] ? !withinWorkingHours(slot, hours[1]) : false;
  const minutes = duration.ok ? duration.minutes : DEFAULT_MINUTES;
  const hoursKey = hours.map((h) => h.timeZone).join();
  const nowMinute = Math.floor(now / MINUTE_MS);
  const proposals = useMemo(
    () => findFreeSlots({ from: now, durationMinutes: minutes, busy, hours }),
    [nowMinute, minutes, busy, hoursKey, working],
  );
  const guestZone = draft.guestZone.trim();
  const showGuestZone =
    slot &&
    guestZone &&
    isValidTimeZone(guestZone) &&
    guestZone !== zones.va &&
    guestZone !== zones.client;

  const switchZone = (entryZone: BookingDraft['entryZone']) => {
    // The same instant, on the other clock.
    const zone = entryZone === 'client' ? zones.client : zones.va;
    setDraft((d) => ({ ...d, entryZone, ...(start !== null ? wallFields(start, zone) : {}) }));
  };
  const pick = (s: Interval) => set(wallFields(s.start, zoneOf(draft, zones)));
  const submit = (action?: (input: BookingInput) => void) => {
    const result = draftToInput(draft, zones, props.threadId);
    if (!result.ok) {
      setIssues(result.issues);
      return;
    }
    setIssues([]);
    action?.(result.input);
  };
  const errors = (field: string) => issuesFor([...issues, ...(props.issues ?? [])], field);

  return (
    <form
      class="card booking-form"
      aria-labelledby="booking-title"
      onSubmit={(e) => {
        e.preventDefault();
        submit(props.editing ? props.onSave : props.onCreate);
      }}
    >
      <h2 id="booking-title">{props.editing ? t('bookingEditTitle') : t('bookingTitle')}</h2>
      <Field id="booking-client" label={t('chooseClient')} errors={errors('clientId')}>
        {(aria) => (
          <select
            {...aria}
            value={draft.clientId}
            onChange={(e) => set({ clientId: e.currentTarget.value })}
          >
            <option value="">{t('chooseClientOption')}</option>
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="booking-subject" label={t('bookingTitleLabel')} errors={errors('title')}>
        {(aria) => (
          <input
            {...aria}
            value={draft.title}
            onInput={(e) => set({ title: e.currentTarget.value })}
          />
        )}
      </Field>
      <fieldset class="booking-form__zone">
        <legend>{t('bookingTimesIn')}</legend>
        <label>
          <input
            type="radio"
            name="booking-zone"
            checked={draft.entryZone === 'va'}
            onChange={() => switchZone('va')}
          />{' '}
          {t('bookingZoneMine', [zones.va])}
        </label>
        <label>
          <input
            type="radio"
            name="booking-zone"
            checked={draft.entryZone === 'client'}
            disabled={!client}
            onChange={() => switchZone('client')}
          />{' '}
          {t('bookingZoneClient', [client ? zones.client : '—'])}
        </label>
      </fieldset>
      <div class="row">
        <Field id="booking-date" label={t('bookingDate')} errors={errors('date')}>
          {(aria) => (
            <input
              {...aria}
              type="date"
              value={draft.date}
              onInput={(e) => set({ date: e.currentTarget.value })}
            />
          )}
        </Field>
        <Field id="booking-time" label={t('bookingStart')} errors={errors('time')}>
          {(aria) => (
            <input
              {...aria}
              type="time"
              value={draft.time}
              onInput={(e) => set({ time: e.currentTarget.value })}
            />
          )}
        </Field>
        <Field
          id="booking-duration"
          label={t('durationLabel')}
          errors={[
            ...errors('duration'),
            ...(!duration.ok && draft.duration.trim() ? [durationErrorLabel(duration.error)] : []),
          ]}
        >
          {(aria) => (
            <input
              {...aria}
              value={draft.duration}
              onInput={(e) => set({ duration: e.currentTarget.value })}
            />
          )}
        </Field>
      </div>
      {slot && (
        <ul class="booking-form__times" aria-label={t('bookingTimesLabel')}>
          <li>{t('bookingYourTime', [whenIn(slot, zones.va)])}</li>
          {client && <li>{t('bookingClientTime', [client.name, whenIn(slot, zones.client)])}</li>}
          {showGuestZone && <li>{t('bookingGuestTime', [whenIn(slot, guestZone)])}</li>}
        </ul>
      )}
      {(conflicts.length > 0 || outsideVa || outsideClient) && (
        <div class="warning booking-form__conflicts" role="status">
          {conflicts.length > 0 && (
            <>
              <p>{t('bookingConflicts')}</p>
              <ul>
                {conflicts.map((c) => (
                  <li key={`${c.source}:${c.id}`}>
                    {t(
                      c.source === 'calendar' ? 'bookingConflictCalendar' : 'bookingConflictVaDesk',
                      [
                        c.title || t('bookingNoTitle'),
                        formatTime(c.start, undefined, zones.va),
                        formatTime(c.end, undefined, zones.va),
                      ],
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {outsideVa && <p>{t('bookingOutsideMyHours')}</p>}
          {outsideClient && client && <p>{t('bookingOutsideClientHours', [client.name])}</p>}
        </div>
      )}
      <section class="booking-form__slots" aria-labelledby="booking-slots-title">
        <h3 id="booking-slots-title">{t('bookingFreeSlots')}</h3>
        {proposals.length ? (
          <ul>
            {proposals.map((s) => (
              <li key={s.start}>
                <button type="button" onClick={() => pick(s)}>
                  {whenIn(s, zoneOf(draft, zones))}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="empty">{t('bookingNoFreeSlots')}</p>
        )}
      </section>
      <Field id="booking-location" label={t('bookingLocationLabel')} errors={errors('location')}>
        {(aria) => (
          <input
            {...aria}
            value={draft.location}
            onInput={(e) => set({ location: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field
        id="booking-guests"
        label={t('bookingGuestsLabel')}
        hint={t('bookingGuestsHint')}
        errors={errors('guests')}
      >
        {(aria) => (
          <textarea
            {...aria}
            rows={2}
            value={draft.guests}
            onInput={(e) => set({ guests: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field
        id="booking-guest-zone"
        label={t('bookingGuestZoneLabel')}
        hint={t('bookingGuestZoneHint')}
        errors={errors('guestZone')}
      >
        {(aria) => (
          <input
            {...aria}
            value={draft.guestZone}
            placeholder="America/New_York"
            onInput={(e) => set({ guestZone: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field id="booking-notes" label={t('bookingNotes')} errors={errors('notes')}>
        {(aria) => (
          <textarea
            {...aria}
            rows={3}
            value={draft.notes}
            onInput={(e) => set({ notes: e.currentTarget.value })}
          />
        )}
      </Field>
      {errors('start').length > 0 && (
        <p class="form-error" role="alert">
          {errors('start').join(' ')}
        </p>
      )}
      <div class="actions">
        {props.editing ? (
          <button type="submit" class="primary" disabled={props.busyAction}>
            {t('bookingSave')}
          </button>
        ) : (
          <>
            <button type="submit" class="primary" disabled={props.busyAction}>
              {t('bookingCreate')}
            </button>
            <button
              type="button"
              disabled={props.busyAction}
              onClick={() => submit(props.onDownload)}
            >
              {t('bookingDownloadIcs')}
            </button>
          </>
        )}
        {props.onClose && (
          <button type="button" onClick={props.onClose}>
            {t('bookingClose')}
          </button>
        )}
      </div>
    </form>
  );
}
