import { MAX_ENTRY_MS } from '@/utils/time/units';
import { changeRow, existingRow, putRow } from './existing-row';
import { getDb, type AppDb } from './app-db';
import { ValidationError, type FieldIssue } from '@/utils/model/errors';
import type { Appointment, Id, TimeEntry } from '@/utils/model/types';
import { EVENT_TITLE_LIMIT } from './calendar-events-repo';
import { activeClient, addEntryRow, meetingInput } from './entry-rows';
import {
  appointmentsRevision,
  bumpRevision,
  bumpsRevision,
  timerRevision,
} from '@/utils/messaging/revision-items';
import { isValidEmail } from '@/utils/clients/validate';
import { isValidTimeZone } from '@/utils/time/zoned';
import type { BookingInput } from '@/utils/model/inputs';

// Booking: appointments the VA books in VA Desk (an event linked from Calendar is one too, see
// calendar-events-repo.ts), their reminders' queries, and logging a past one as time.

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

/**
 * Runs a booking write over the clean, valid input in one transaction (appointments and
 * clients), then bumps the revision the reminder alarm follows.
 */
async function saveBooking(
  input: BookingInput,
  write: (db: AppDb, clean: BookingInput) => Promise<Appointment>,
): Promise<Appointment> {
  const clean = cleanBooking(input);
  const issues = validateBooking(clean);
  if (issues.length) throw new ValidationError(issues);
  const db = getDb();
  return booked(await db.transaction('rw', db.appointments, db.clients, () => write(db, clean)));
}

const booked = bumpsRevision(appointmentsRevision);

/** Stores a new appointment for an active client, with its optional thread. */
export async function bookAppointment(
  input: BookingInput,
  now: number = Date.now(),
): Promise<Appointment> {
  return saveBooking(input, async (db, clean) => {
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
}

/** Replaces what the VA can edit; a cancelled appointment stays cancelled. */
export async function updateAppointment(
  id: Id,
  input: BookingInput,
  now: number = Date.now(),
): Promise<Appointment> {
  return saveBooking(input, async (db, clean) => {
    const current = await existingRow(db.appointments, 'appointment', id);
    if (clean.clientId !== current.clientId) await activeClient(db, clean.clientId);
    return putRow(db.appointments, { ...current, ...clean, updatedAt: now });
  });
}

/** Marks it cancelled: kept in the list and in reports, never reminded, never a conflict. */
export async function cancelAppointment(id: Id, now: number = Date.now()): Promise<Appointment> {
  const db = getDb();
  const appointment = await db.transaction('rw', db.appointments, () =>
    changeRow(db.appointments, 'appointment', id, (current): Appointment => ({
      ...current,
      status: 'cancelled',
      updatedAt: now,
    })),
  );
  return booked(appointment);
}

/** Appointments (cancelled too) starting in [from, to), earliest first, for every client. */
export async function listAppointmentsBetween(from: number, to: number): Promise<Appointment[]> {
  return getDb().appointments.where('start').between(from, to, true, false).toArray();
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
      const appointment = await existingRow(db.appointments, 'appointment', id);
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
      const input = meetingInput(client, appointment, {
        threadId: appointment.threadId,
        appointmentId: appointment.id,
        calendarEventId: appointment.calendarEventId,
      });
      return addEntryRow(db, input, now);
    },
  );
  await bumpRevision(timerRevision);
  return entry;
}
