// Active time the VA spent on Gmail threads, per local day, as the Gmail content script counts it
// (through the background), and how much of it is not logged yet as time entries.
import { getDb } from './app-db';
import { putRow } from './existing-row';
import { ValidationError } from '@/utils/model/errors';
import type { EmailActivity, Id } from '@/utils/model/types';
import { emailActivityId, threadKey } from '@/utils/model/ids';
import type { EmailActivityInput } from '@/utils/model/inputs';
import type { UnloggedEmailTime } from '@/utils/model/results';
import { endOfLocalDay, parseDateInput } from '@/utils/time/local-day';

/** The local day `day` as [its first instant, the next day's); throws on a malformed day. */
function dayRange(day: string): { from: number; to: number } {
  const from = parseDateInput(day);
  if (from === null) throw new ValidationError([{ field: 'day', message: 'errorDateInvalid' }]);
  return { from, to: endOfLocalDay(from) };
}

/** Adds `ms` to the thread's active time on `day`, creating the row on the first count. */
export async function addEmailActivity(
  input: EmailActivityInput,
  now: number = Date.now(),
): Promise<EmailActivity> {
  dayRange(input.day);
  if (!input.threadId)
    throw new ValidationError([{ field: 'threadId', message: 'errorThreadUnknown' }]);
  if (!Number.isInteger(input.ms) || input.ms <= 0)
    throw new ValidationError([{ field: 'ms', message: 'errorDurationInvalid' }]);
  const db = getDb();
  return db.transaction('rw', db.emailActivity, async () => {
    const id = emailActivityId(input.day, input.account, input.threadId);
    const current = await db.emailActivity.get(id);
    return putRow(db.emailActivity, {
      id,
      day: input.day,
      account: input.account,
      threadId: input.threadId,
      activeMs: (current?.activeMs ?? 0) + input.ms,
      updatedAt: now,
    });
  });
}

/** Active ms on the thread on `day` (`YYYY-MM-DD`, local); 0 when none was counted. */
export async function getThreadActivity(
  account: number,
  threadId: string,
  day: string,
): Promise<number> {
  const row = await getDb().emailActivity.get(emailActivityId(day, account, threadId));
  return row?.activeMs ?? 0;
}

/**
 * Email time of local day `day` per client: every thread with active time that day, its logged
 * time (the part of that day's time entries linked to it; a running entry counts up to `now`), and
 * what is not logged yet. Clients with the most unlogged time first, untagged threads last.
 */
export async function listUnloggedEmailTime(
  day: string,
  now: number = Date.now(),
): Promise<UnloggedEmailTime[]> {
  const { from, to } = dayRange(day);
  const db = getDb();
  return db.transaction('r', db.emailActivity, db.threads, db.timeEntries, async () => {
    const activity = await db.emailActivity.where('day').equals(day).toArray();
    const keys = activity.map((a) => threadKey(a.account, a.threadId));
    const [tagged, entries] = await Promise.all([
      db.threads.bulkGet(keys),
      db.timeEntries.where('threadId').anyOf(keys).toArray(),
    ]);
    const logged = new Map<string, number>();
    for (const e of entries) {
      const ms = Math.min(e.end ?? now, to) - Math.max(e.start, from);
      if (ms > 0 && e.threadId) logged.set(e.threadId, (logged.get(e.threadId) ?? 0) + ms);
    }
    const groups = new Map<Id | null, UnloggedEmailTime>();
    activity.forEach((a, i) => {
      const thread = tagged[i];
      const clientId = thread?.clientId ?? null;
      let group = groups.get(clientId);
      if (!group) groups.set(clientId, (group = { clientId, threads: [], unloggedMs: 0 }));
      const loggedMs = logged.get(keys[i]!) ?? 0;
      group.threads.push({
        threadId: a.threadId,
        account: a.account,
        subject: thread?.subject ?? '',
        activeMs: a.activeMs,
        loggedMs,
      });
      group.unloggedMs += Math.max(0, a.activeMs - loggedMs);
    });
    for (const group of groups.values()) group.threads.sort((a, b) => b.activeMs - a.activeMs);
    return [...groups.values()].sort(
      (a, b) =>
        Number(a.clientId === null) - Number(b.clientId === null) || b.unloggedMs - a.unloggedMs,
    );
  });
}
