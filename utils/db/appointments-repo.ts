import { MAX_ENTRY_MS } from '@/utils/time/units';
import { appointmentsRevision, timerRevision } from '@/utils/messaging/revision-items';
import { getDb, type AppDb } from './app-db';
import { MissingRecordError, ValidationError, type FieldIssue } from '@/utils/model/errors';
import type { Appointment, Client, Id, TimeEntry } from '@/utils/model/types';
import { activeClient, build, check } from './time-entries-repo';
import { isValidEmail } from '@/utils/clients/validate';
import { isValidTimeZone } from '@/utils/time/zoned';
import type { BookingInput, CalendarEventInput, EntryInput } from '@/utils/model/inputs';
import type { EventLogResult } from '@/utils/model/results';

/**
 * A Google Calendar event linked to a client is an appointment with its `calendarEventId` (the
 * canonical `eid`): the same table booking will fill, so one list shows both. Time logged for an
 * event keeps the same id on the entry, and an event is never logged twice.
 */

export const EVENT_TITLE_LIMIT = 500;

function validateEvent(event: CalendarEventInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!event.eventId.trim()) issues.push({ field: 'eventId', message: 'errorEventUnknown' });
  if (!Number.isFinite(event.start) || !Number.isFinite(event.end) || event.end < event.start)
    issues.push({ field: 'start', message: 'errorEventTimes' });
  if (event.title.length > EVENT_TITLE_LIMIT)
    issues.push({
      field: 'title',
      message: 'errorNotesTooLong',
      params: [String(EVENT_TITLE_LIMIT)],
    });
  return issues;
}

export async function getAppointmentForEvent(eventId: string): Promise<Appointment | undefined> {
  return getDb().appointments.where('calendarEventId').equals(eventId).first();
}

/** The appointments of these events, by event id (an event has at most one). */
export async function getAppointmentsForEvents(
  eventIds: readonly string[],
): Promise<Map<string, Appointment>> {
  if (!eventIds.length) return new Map();
  const rows = await getDb()
    .appointments.where('calendarEventId')
    .anyOf([...eventIds])
    .toArray();
  return new Map(rows.map((a) => [a.calendarEventId!, a]));
}

/** A client's appointments starting in [from, to), earliest first. */
export async function listAppointmentsForClient(
  clientId: Id,
  from: number,
  to: number,
): Promise<Appointment[]> {
  return getDb()
    .appointments.where('[clientId+start]')
    .between([clientId, from], [clientId, to], true, false)
    .toArray();
}

/** The time entries logged for these events, by event id. */
export async function getEntriesForEvents(
  eventIds: readonly string[],
): Promise<Map<string, TimeEntry>> {
  if (!eventIds.length) return new Map();
  const rows = await getDb()
    .timeEntries.where('calendarEventId')
    .anyOf([...eventIds])
    .toArray();
  return new Map(rows.map((e) => [e.calendarEventId!, e]));
}

/** Creates or updates the event's appointment for `client`. Inside a transaction. */
async function upsertLink(
  db: AppDb,
  event: CalendarEventInput,
  client: Client,
  now: number,
): Promise<Appointment> {
  const current = await db.appointments.where('calendarEventId').equals(event.eventId).first();
  const guests = [...new Set(event.guests.map((g) => g.trim().toLowerCase()).filter(Boolean))];
  const fields = {
    clientId: client.id,
    title: event.title.trim(),
    start: event.start,
    end: event.end,
    // A chip in the grid shows neither: keep what an earlier reading of the card stored.
    location: event.location.trim() || current?.location || '',
    guests: guests.length ? guests : (current?.guests ?? []),
    updatedAt: now,
  };
  const next: Appointment = current
    ? { ...current, ...fields }
    : {
        id: crypto.randomUUID(),
        ...fields,
        timeZone: event.timeZone,
        notes: '',
        threadId: null,
        calendarEventId: event.eventId,
        status: 'scheduled',
        createdAt: now,
      };
  await db.appointments.put(next);
  return next;
}

/**
 * Links an event to a client, or moves it to another client. Time already logged for the event
 * moves with it: the event's time belongs to the event's client.
 */
export async function linkEventToClient(
  event: CalendarEventInput,
  clientId: Id,
  now: number = Date.now(),
): Promise<Appointment> {
  const issues = validateEvent(event);
  if (issues.length) throw new ValidationError(issues);
  const db = getDb();
  let moved = false;
  const appointment = await db.transaction(
    'rw',
    db.appointments,
    db.clients,
    db.timeEntries,
    async () => {
      const client = await activeClient(db, clientId);
      const linked = await upsertLink(db, event, client, now);
      moved =
        (await db.timeEntries
          .where('calendarEventId')
          .equals(event.eventId)
          .and((e) => e.clientId !== client.id)
          .modify({ clientId: client.id, updatedAt: now })) > 0;
      return linked;
    },
  );
  if (moved) await timerRevision.setValue(Date.now());
  return appointment;
}

/**
 * Logs each event as a meeting for `clientId` (start and end from the event, billable as the
 * client says, the title as the note), linking it to the client, in one transaction. An event
 * with time already logged is skipped, so nothing is ever logged twice.
 */
export async function logEventsAsTime(
  clientId: Id,
  events: readonly CalendarEventInput[],
  now: number = Date.now(),
): Promise<EventLogResult> {
  const issues = events.flatMap(validateEvent);
  if (issues.length) throw new ValidationError(issues);
  const db = getDb();
  const result = await db.transaction(
    'rw',
    db.appointments,
    db.clients,
    db.timeEntries,
    async () => {
      const client = await activeClient(db, clientId);
      const logged: TimeEntry[] = [];
      const skipped: string[] = [];
      const seen = new Set<string>();
      for (const event of events) {
        if (seen.has(event.eventId)) continue;
        seen.add(event.eventId);
        if (await db.timeEntries.where('calendarEventId').equals(event.eventId).count()) {
          skipped.push(event.eventId);
          continue;
        }
        const appointment = await upsertLink(db, event, client, now);
        const input: EntryInput = {
          clientId: client.id,
          start: event.start,
          end: event.end,
          note: event.title,
          billable: client.billableByDefault,
          activityType: 'meeting',
          task: null,
          caller: '',
          threadId: null,
          appointmentId: appointment.id,
          calendarEventId: event.eventId,
        };
        check(input, now);
        const entry = build(input, now);
        await db.timeEntries.add(entry);
        logged.push(entry);
      }
      return { logged, skipped };
    },
  );
  if (result.logged.length) await timerRevision.setValue(Date.now());
  return result;
}

/** Logs one event; refuses (in words) when it is already logged. */
export async function logEventAsTime(
  clientId: Id,
  event: CalendarEventInput,
  now: number = Date.now(),
): Promise<TimeEntry> {
  const { logged } = await logEventsAsTime(clientId, [event], now);
  if (!logged[0])
    throw new ValidationError([{ field: 'eventId', message: 'errorEventAlreadyLogged' }]);
  return logged[0];
}

// ---- Booking ---------------------------------------------------------------------------------

export const LOCATION_LIMIT = 1000;
export const APPOINTMENT_NOTES_LIMIT = 5000;

function cleanBooking(input: BookingInput): BookingInput {
  return {
    ...input,
    title: input.title.trim(),
    location: input.location.trim(),
    notes: input.notes.trim(),
    guests: [...new Set(input.guests.map((g) => g.trim().toLowerCase()).filter(Boolean))],
  };
}

export function validateBooking(input: BookingInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!input.title) issues.push({ field: 'title', message: 'errorTitleRequired' });
  if (input.title.length > EVENT_TITLE_LIMIT)
    issues.push({
      field: 'title',
      message: 'errorNotesTooLong',
      params: [String(EVENT_TITLE_LIMIT)],
    });
  if (!Number.isFinite(input.start) || !Number.isFinite(input.end))
    issues.push({ field: 'start', message: 'errorEventTimes' });
  else if (input.end <= input.start)
    issues.push({ field: 'duration', message: 'errorDurationZero' });
  else if (input.end - input.start > MAX_ENTRY_MS)
    issues.push({ field: 'duration', message: 'errorDurationTooLong' });
  if (!isValidTimeZone(input.timeZone))
    issues.push({ field: 'timeZone', message: 'errorTimeZoneInvalid', params: [input.timeZone] });
  if (input.location.length > LOCATION_LIMIT)
    issues.push({
      field: 'location',
      message: 'errorNotesTooLong',
      params: [String(LOCATION_LIMIT)],
    });
  if (input.notes.length > APPOINTMENT_NOTES_LIMIT)
    issues.push({
      field: 'notes',
      message: 'errorNotesTooLong',
      params: [String(APPOINTMENT_NOTES_LIMIT)],
    });
  for (const guest of input.guests)
    if (!isValidEmail(guest))
      issues.push({ field: 'guests', message: 'errorEmailInvalid', params: [guest] });
  return issues;
}

async function booked<T>(value: T): Promise<T> {
  await appointmentsRevision.setValue(Date.now());
  return value;
}

/** Stores a new appointment for an active client, with its optional thread. */
export async function bookAppointment(
  input: BookingInput,
  now: number = Date.now(),
): Promise<Appointment> {
  const clean = cleanBooking(input);
  const issues = validateBooking(clean);
  if (issues.length) throw new ValidationError(issues);
  const db = getDb();
  const appointment = await db.transaction('rw', db.appointments, db.clients, async () => {
    await activeClient(db, clean.clientId);
    const next: Appointment = {
      id: crypto.randomUUID(),
      ...clean,
      calendarEventId: null,
      status: 'scheduled',
      createdAt: now,
      updatedAt: now,
    };
    await db.appointments.add(next);
    return next;
  });
  return booked(appointment);
}

/** Replaces what the VA can edit; a cancelled appointment stays cancelled. */
export async function updateAppointment(
  id: Id,
  input: BookingInput,
  now: number = Date.now(),
): Promise<Appointment> {
  const clean = cleanBooking(input);
  const issues = validateBooking(clean);
  if (issues.length) throw new ValidationError(issues);
  const db = getDb();
  const appointment = await db.transaction('rw', db.appointments, db.clients, async () => {
    const current = await db.appointments.get(id);
    if (!current) throw new MissingRecordError('appointment', id);
    if (clean.clientId !== current.clientId) await activeClient(db, clean.clientId);
    const next: Appointment = { ...current, ...clean, updatedAt: now };
    await db.appointments.put(next);
    return next;
  });
  return booked(appointment);
}

/** Marks it cancelled: kept in the list and in reports, never reminded, never a conflict. */
export async function cancelAppointment(id: Id, now: number = Date.now()): Promise<Appointment> {
  const db = getDb();
  const appointment = await db.transaction('rw', db.appointments, async () => {
    const current = await db.appointments.get(id);
    if (!current) throw new MissingRecordError('appointment', id);
    const next: Appointment = { ...current, status: 'cancelled', updatedAt: now };
    await db.appointments.put(next);
    return next;
  });
  return booked(appointment);
}

/** Appointments (cancelled too) starting in [from, to), earliest first, for every client. */
export async function listAppointmentsBetween(from: number, to: number): Promise<Appointment[]> {
  return getDb().appointments.where('start').between(from, to, true, false).toArray();
}

/** Scheduled appointments that overlap [from, to): the conflicts and free slots read these. */
export async function listBusyAppointments(from: number, to: number): Promise<Appointment[]> {
  const rows = await listAppointmentsBetween(from - MAX_ENTRY_MS, to);
  return rows.filter((a) => a.status !== 'cancelled' && a.end > from);
}

/** Scheduled appointments that start after `now`, earliest first (at most `limit`). */
export async function listUpcomingAppointments(now: number, limit = 200): Promise<Appointment[]> {
  const rows = await getDb()
    .appointments.where('start')
    .above(now)
    .filter((a) => a.status !== 'cancelled')
    .limit(limit)
    .toArray();
  return rows;
}

/**
 * Whether an appointment of this client is in progress at `now` (the idle question then counts the
 * time as meeting time). Appointments last at most MAX_ENTRY_MS, which bounds the index read.
 */
export async function hasAppointmentInProgress(clientId: Id, now: number): Promise<boolean> {
  const rows = await getDb()
    .appointments.where('[clientId+start]')
    .between([clientId, now - MAX_ENTRY_MS], [clientId, now])
    .toArray();
  return rows.some((a) => a.status !== 'cancelled' && a.start <= now && a.end > now);
}

/** The appointment ids with time logged for them. */
export async function loggedAppointmentIds(ids: readonly Id[]): Promise<Set<Id>> {
  if (!ids.length) return new Set();
  const rows = await getDb()
    .timeEntries.where('appointmentId')
    .anyOf([...ids])
    .toArray();
  return new Set(rows.map((e) => e.appointmentId!));
}

/**
 * Logs a past appointment as a meeting for its client (the entry keeps `appointmentId`), once:
 * a second call is refused in words.
 */
export async function logAppointmentAsTime(id: Id, now: number = Date.now()): Promise<TimeEntry> {
  const db = getDb();
  const entry = await db.transaction(
    'rw',
    db.appointments,
    db.clients,
    db.timeEntries,
    async () => {
      const appointment = await db.appointments.get(id);
      if (!appointment) throw new MissingRecordError('appointment', id);
      if (appointment.status === 'cancelled')
        throw new ValidationError([{ field: 'status', message: 'errorAppointmentCancelled' }]);
      if (await db.timeEntries.where('appointmentId').equals(id).count())
        throw new ValidationError([{ field: 'appointmentId', message: 'errorEventAlreadyLogged' }]);
      if (
        appointment.calendarEventId &&
        (await db.timeEntries.where('calendarEventId').equals(appointment.calendarEventId).count())
      )
        throw new ValidationError([{ field: 'appointmentId', message: 'errorEventAlreadyLogged' }]);
      const client = await activeClient(db, appointment.clientId);
      const input: EntryInput = {
        clientId: client.id,
        start: appointment.start,
        end: appointment.end,
        note: appointment.title,
        billable: client.billableByDefault,
        activityType: 'meeting',
        task: null,
        caller: '',
        threadId: appointment.threadId,
        appointmentId: appointment.id,
        calendarEventId: appointment.calendarEventId,
      };
      check(input, now);
      const built = build(input, now);
      await db.timeEntries.add(built);
      return built;
    },
  );
  await timerRevision.setValue(Date.now());
  return entry;
}
