import type { Table } from 'dexie';
import { getDb, type AppDb } from './app-db';
import { putRow } from './existing-row';
import { ValidationError, type FieldIssue } from '@/utils/model/errors';
import type { Appointment, Client, Id, TimeEntry } from '@/utils/model/types';
import { activeClient, addEntryRow, meetingInput } from './entry-rows';
import { bumpRevision, timerRevision } from '@/utils/messaging/revision-items';
import type { CalendarEventInput } from '@/utils/model/inputs';
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

/** The rows of a table indexed by `calendarEventId` that belong to these events, by event id. */
async function byEventId<T extends { calendarEventId: string | null }, TInsert>(
  table: (db: AppDb) => Table<T, Id, TInsert>,
  eventIds: readonly string[],
): Promise<Map<string, T>> {
  if (!eventIds.length) return new Map();
  const rows = await table(getDb())
    .where('calendarEventId')
    .anyOf([...eventIds])
    .toArray();
  return new Map(rows.map((row) => [row.calendarEventId!, row]));
}

/** The appointments of these events, by event id (an event has at most one). */
export function getAppointmentsForEvents(
  eventIds: readonly string[],
): Promise<Map<string, Appointment>> {
  return byEventId((db) => db.appointments, eventIds);
}

/** The time entries logged for these events, by event id. */
export function getEntriesForEvents(eventIds: readonly string[]): Promise<Map<string, TimeEntry>> {
  return byEventId((db) => db.timeEntries, eventIds);
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
  return putRow(db.appointments, next);
}

/**
 * Runs `work` for events bound to `clientId`, in one transaction over appointments, clients and
 * time entries, once the events are valid and the client is active.
 */
async function forClient<T>(
  events: readonly CalendarEventInput[],
  clientId: Id,
  work: (db: AppDb, client: Client) => Promise<T>,
): Promise<T> {
  const issues = events.flatMap(validateEvent);
  if (issues.length) throw new ValidationError(issues);
  const db = getDb();
  return db.transaction('rw', db.appointments, db.clients, db.timeEntries, async () =>
    work(db, await activeClient(db, clientId)),
  );
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
  let moved = false;
  const appointment = await forClient([event], clientId, async (db, client) => {
    const linked = await upsertLink(db, event, client, now);
    moved =
      (await db.timeEntries
        .where('calendarEventId')
        .equals(event.eventId)
        .and((e) => e.clientId !== client.id)
        .modify({ clientId: client.id, updatedAt: now })) > 0;
    return linked;
  });
  if (moved) await bumpRevision(timerRevision);
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
  const result = await forClient(events, clientId, async (db, client) => {
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
      const input = meetingInput(client, event, {
        threadId: null,
        appointmentId: appointment.id,
        calendarEventId: event.eventId,
      });
      logged.push(await addEntryRow(db, input, now));
    }
    return { logged, skipped };
  });
  if (result.logged.length) await bumpRevision(timerRevision);
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

/**
 * Logs the event open in Calendar. One whose id could not be read is logged all the same, as a
 * meeting for the client, but it cannot be tied to the event.
 */
export async function logOpenEventAsTime(
  clientId: Id,
  event: CalendarEventInput,
  now: number = Date.now(),
): Promise<TimeEntry> {
  if (event.eventId) return logEventAsTime(clientId, event, now);
  const db = getDb();
  const entry = await db.transaction('rw', db.clients, db.timeEntries, async () => {
    const client = await activeClient(db, clientId);
    const input = meetingInput(client, event, {
      threadId: null,
      appointmentId: null,
      calendarEventId: null,
    });
    return addEntryRow(db, input, now);
  });
  await bumpRevision(timerRevision);
  return entry;
}
