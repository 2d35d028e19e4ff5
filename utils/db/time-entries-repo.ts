import { MAX_ENTRY_MS } from '@/utils/time/units';
import { bumpsRevision, timerRevision } from '@/utils/messaging/revision-items';
import { deleteRow, existingRow, putRow } from './existing-row';
import { getDb, type AppDb } from './app-db';
import { ValidationError } from '@/utils/model/errors';
import type { Id, TimeEntry } from '@/utils/model/types';
import { activeClient, addEntryRow, build, check, emailMinutesInput } from './entry-rows';
import type { EntryInput, TimerStart } from '@/utils/model/inputs';

const changed = bumpsRevision(timerRevision);

/**
 * Entries that overlap [from, to), read through the `start` index, plus the running timer even
 * when it was left running for longer than a day (the sparse `running` index finds it).
 */
export async function listEntriesOverlapping(from: number, to: number): Promise<TimeEntry[]> {
  const db = getDb();
  return db.transaction('r', db.timeEntries, async () => {
    const [recent, running] = await Promise.all([
      db.timeEntries
        .where('start')
        .between(from - MAX_ENTRY_MS, to, true, false)
        .toArray(),
      db.timeEntries.where('running').equals(1).toArray(),
    ]);
    const byId = new Map(recent.map((e) => [e.id, e]));
    for (const e of running) if (e.start < to) byId.set(e.id, e);
    return [...byId.values()]
      .filter((e) => e.end === null || e.end > from || (e.end === e.start && e.start >= from))
      .sort((a, b) => a.start - b.start);
  });
}

export async function getRunningEntry(): Promise<TimeEntry | undefined> {
  return getDb().timeEntries.where('running').equals(1).first();
}

export async function getEntry(id: Id): Promise<TimeEntry | undefined> {
  return getDb().timeEntries.get(id);
}

/** Stops the running timer at `now` (at most 24 hours after it started). Inside a transaction. */
async function stopRunning(db: AppDb, now: number): Promise<TimeEntry | null> {
  const running = await db.timeEntries.where('running').equals(1).toArray();
  let stopped: TimeEntry | null = null;
  for (const entry of running) {
    const end = Math.max(entry.start, Math.min(now, entry.start + MAX_ENTRY_MS));
    const { running: _running, ...rest } = entry;
    stopped = { ...rest, end, updatedAt: now };
    await db.timeEntries.put(stopped);
  }
  return stopped;
}

/**
 * Starts a timer, stopping the running one first, in one transaction: never two running. The
 * entry is stored the moment it starts, so it survives the service worker and the browser.
 */
export async function startTimer(
  start: TimerStart,
  now: number = Date.now(),
): Promise<{ started: TimeEntry; stopped: TimeEntry | null }> {
  const db = getDb();
  return db
    .transaction('rw', db.timeEntries, db.clients, async () => {
      const client = await activeClient(db, start.clientId);
      const input: EntryInput = {
        clientId: client.id,
        start: now,
        end: null,
        note: start.note ?? '',
        billable: start.billable ?? client.billableByDefault,
        activityType: start.activityType ?? (start.threadId ? 'email' : 'admin'),
        task: null,
        caller: '',
        threadId: start.threadId ?? null,
        appointmentId: start.appointmentId ?? null,
        calendarEventId: null,
      };
      check(input, now);
      const stopped = await stopRunning(db, now);
      const started = build(input, now);
      await db.timeEntries.add(started);
      return { started, stopped };
    })
    .then(changed);
}

/** Stops the running timer; null when none runs. */
export async function stopTimer(now: number = Date.now()): Promise<TimeEntry | null> {
  const db = getDb();
  return db.transaction('rw', db.timeEntries, () => stopRunning(db, now)).then(changed);
}

/** Adds a finished entry (quick log, a past entry, a task). */
export async function addEntry(input: EntryInput, now: number = Date.now()): Promise<TimeEntry> {
  if (input.end === null)
    throw new ValidationError([{ field: 'end', message: 'errorDateInvalid' }]);
  const db = getDb();
  return db
    .transaction('rw', db.timeEntries, db.clients, async () => {
      await activeClient(db, input.clientId);
      return addEntryRow(db, input, now);
    })
    .then(changed);
}

/** Logs `minutes` of email work on a tagged thread, ending at `end` (card and "Email time today"). */
export function logEmailMinutes(
  input: Parameters<typeof emailMinutesInput>[0],
  end: number = Date.now(),
): Promise<TimeEntry> {
  return addEntry(emailMinutesInput(input, end), end);
}

/** Edits an entry; a running entry keeps running unless an end is given. */
export async function updateEntry(
  id: Id,
  patch: Partial<EntryInput>,
  now: number = Date.now(),
): Promise<TimeEntry> {
  const db = getDb();
  return db
    .transaction('rw', db.timeEntries, db.clients, async () => {
      const current = await existingRow(db.timeEntries, 'entry', id);
      const { running: _r, id: _id, createdAt, updatedAt: _u, ...fields } = current;
      const input: EntryInput = { ...fields, ...patch };
      if (patch.clientId && patch.clientId !== current.clientId)
        await activeClient(db, patch.clientId);
      check(input, now);
      if (input.end === null && current.end !== null)
        throw new ValidationError([{ field: 'end', message: 'errorDateInvalid' }]);
      return putRow(db.timeEntries, build(input, now, id, createdAt));
    })
    .then(changed);
}

/** Splits a finished entry at `at` into two entries with the same details. */
export async function splitEntry(
  id: Id,
  at: number,
  now: number = Date.now(),
): Promise<[TimeEntry, TimeEntry]> {
  const db = getDb();
  return db
    .transaction('rw', db.timeEntries, async () => {
      const current = await existingRow(db.timeEntries, 'entry', id);
      const end = current.end ?? now;
      if (!(at > current.start && at < end))
        throw new ValidationError([{ field: 'splitAt', message: 'errorSplitOutside' }]);
      const first: TimeEntry = { ...current, end: at, updatedAt: now };
      delete first.running;
      const second: TimeEntry = {
        ...current,
        id: crypto.randomUUID(),
        start: at,
        createdAt: now,
        updatedAt: now,
      };
      await db.timeEntries.bulkPut([first, second]);
      return [first, second] as [TimeEntry, TimeEntry];
    })
    .then(changed);
}

/** Deletes an entry and returns it, so the VA can undo. */
export async function deleteEntry(id: Id): Promise<TimeEntry> {
  const db = getDb();
  return db
    .transaction('rw', db.timeEntries, () => deleteRow(db.timeEntries, 'entry', id))
    .then(changed);
}

/** Puts back an entry removed by `deleteEntry` (undo). A running one comes back stopped if another runs now. */
export async function restoreEntry(entry: TimeEntry, now: number = Date.now()): Promise<TimeEntry> {
  const db = getDb();
  return db
    .transaction('rw', db.timeEntries, async () => {
      let restored = entry;
      if (entry.running && (await db.timeEntries.where('running').equals(1).count())) {
        const { running: _r, ...rest } = entry;
        restored = { ...rest, end: Math.min(now, entry.start + MAX_ENTRY_MS), updatedAt: now };
      }
      return putRow(db.timeEntries, restored);
    })
    .then(changed);
}

/** Client ids by their latest entry, most recent first (for "recent clients first"). */
export async function recentClientIds(limit = 10): Promise<Id[]> {
  const ids: Id[] = [];
  await getDb()
    .timeEntries.orderBy('start')
    .reverse()
    .until(() => ids.length >= limit)
    .each((e) => {
      if (!ids.includes(e.clientId)) ids.push(e.clientId);
    });
  return ids;
}
