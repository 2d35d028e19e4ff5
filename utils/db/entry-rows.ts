import type { AppDb } from './app-db';
import { ValidationError } from '@/utils/model/errors';
import type { Client, Id, TimeEntry } from '@/utils/model/types';
import { validateEntryTimes } from '@/utils/time/validate-entry';
import type { EntryInput } from '@/utils/model/inputs';
import { MINUTE_MS } from '@/utils/time/units';

// The parts of a time-entry write that every repository logging time shares: the client check,
// the entry's validation, the stored row, and the inputs of the entries VA Desk logs itself.

/** The client, refusing unknown and archived ones. Inside a transaction. */
export async function activeClient(db: AppDb, clientId: Id): Promise<Client> {
  const client = await db.clients.get(clientId);
  if (!client) throw new ValidationError([{ field: 'clientId', message: 'errorClientUnknown' }]);
  if (client.archived)
    throw new ValidationError([
      { field: 'clientId', message: 'errorClientArchived', params: [client.name] },
    ]);
  return client;
}

/** Throws the entry's validation issues. */
export function check(
  input: Pick<EntryInput, 'start' | 'end' | 'note' | 'activityType' | 'caller' | 'task'>,
  now: number,
) {
  const issues = validateEntryTimes(input, now, input.task !== null);
  if (issues.length) throw new ValidationError(issues);
}

/** The stored entry for `input`. */
export function build(
  input: EntryInput,
  now: number,
  id: Id = crypto.randomUUID(),
  createdAt = now,
): TimeEntry {
  const entry: TimeEntry = {
    id,
    clientId: input.clientId,
    start: input.start,
    end: input.end,
    note: input.note.trim(),
    billable: input.billable,
    activityType: input.activityType.trim(),
    task: input.task,
    caller: input.caller.trim(),
    threadId: input.threadId,
    appointmentId: input.appointmentId,
    calendarEventId: input.calendarEventId,
    createdAt,
    updatedAt: now,
  };
  if (input.end === null) entry.running = 1;
  return entry;
}

/** A meeting entry for an event or appointment: its times, its title as the note, billable as the client says. */
export function meetingInput(
  client: Client,
  meeting: { title: string; start: number; end: number },
  links: Pick<EntryInput, 'threadId' | 'appointmentId' | 'calendarEventId'>,
): EntryInput {
  return {
    clientId: client.id,
    start: meeting.start,
    end: meeting.end,
    note: meeting.title,
    billable: client.billableByDefault,
    activityType: 'meeting',
    task: null,
    caller: '',
    threadId: links.threadId,
    appointmentId: links.appointmentId,
    calendarEventId: links.calendarEventId,
  };
}

/** An email-work entry of `minutes` on a tagged thread, ending at `end`. */
export function emailMinutesInput(
  input: { clientId: Id; threadId: Id; minutes: number; note: string; billable: boolean },
  end: number,
): EntryInput {
  return {
    clientId: input.clientId,
    start: end - Math.round(input.minutes * MINUTE_MS),
    end,
    note: input.note,
    billable: input.billable,
    activityType: 'email',
    task: null,
    caller: '',
    threadId: input.threadId,
    appointmentId: null,
    calendarEventId: null,
  };
}

/** Checks `input` and stores it as a new entry. Inside a transaction over the time entries. */
export async function addEntryRow(db: AppDb, input: EntryInput, now: number): Promise<TimeEntry> {
  check(input, now);
  const entry = build(input, now);
  await db.timeEntries.add(entry);
  return entry;
}
