import { changeRow, deleteRow, putRow } from './existing-row';
import { getDb } from './app-db';
import { MissingRecordError, ValidationError } from '@/utils/model/errors';
import {
  THREAD_NOTES_LIMIT,
  TRIAGE_STATUSES,
  type Client,
  type Id,
  type TaggedThread,
  type TriageStatus,
} from '@/utils/model/types';
import { threadKey } from '@/utils/model/ids';
import type { TagThreadInput, TriagePatch } from '@/utils/model/inputs';
import { bumpRevision, tagsRevision } from '@/utils/messaging/revision-items';

export async function getTaggedThread(
  account: number,
  threadId: string,
): Promise<TaggedThread | undefined> {
  return getDb().threads.get(threadKey(account, threadId));
}

/**
 * Tags a thread to a client, or moves it to another client. Status, follow-up and notes of an
 * already tagged thread are kept; a new tag starts as "needs reply".
 */
export async function tagThread(
  input: TagThreadInput,
  now: number = Date.now(),
): Promise<TaggedThread> {
  const db = getDb();
  const thread = await db.transaction('rw', db.threads, db.clients, async () => {
    const client = await db.clients.get(input.clientId);
    if (!client) throw new MissingRecordError('client', input.clientId);
    if (client.archived)
      throw new ValidationError([
        { field: 'clientId', message: 'errorClientArchived', params: [client.name] },
      ]);
    if (!input.threadId.trim())
      throw new ValidationError([{ field: 'threadId', message: 'errorThreadUnknown' }]);
    const id = threadKey(input.account, input.threadId);
    const current = await db.threads.get(id);
    const participants = [
      ...new Set([
        ...(current?.participants ?? []),
        ...input.participants.map((p) => p.trim().toLowerCase()),
      ]),
    ].filter(Boolean);
    const next: TaggedThread = current
      ? {
          ...current,
          clientId: input.clientId,
          subject: input.subject.trim() || current.subject,
          participants,
          lastSeenAt: now,
          updatedAt: now,
        }
      : {
          id,
          threadId: input.threadId,
          account: input.account,
          clientId: input.clientId,
          subject: input.subject.trim(),
          participants,
          status: 'needsReply',
          followUpAt: null,
          notes: '',
          lastSeenAt: now,
          createdAt: now,
          updatedAt: now,
        };
    return putRow(db.threads, next);
  });
  await bumpRevision(tagsRevision);
  return thread;
}

export async function updateThreadTriage(
  id: Id,
  patch: TriagePatch,
  now: number = Date.now(),
): Promise<TaggedThread> {
  const issues = [];
  if (patch.status !== undefined && !TRIAGE_STATUSES.includes(patch.status))
    issues.push({ field: 'status', message: 'errorStatusInvalid' as const });
  if (
    patch.followUpAt !== undefined &&
    patch.followUpAt !== null &&
    !Number.isFinite(patch.followUpAt)
  )
    issues.push({ field: 'followUpAt', message: 'errorDateInvalid' as const });
  if (patch.notes !== undefined && patch.notes.length > THREAD_NOTES_LIMIT)
    issues.push({
      field: 'notes',
      message: 'errorNotesTooLong' as const,
      params: [String(THREAD_NOTES_LIMIT)],
    });
  if (issues.length) throw new ValidationError(issues);
  const db = getDb();
  const thread = await db.transaction('rw', db.threads, () =>
    changeRow(db.threads, 'thread', id, (current) => ({ ...current, ...patch, updatedAt: now })),
  );
  await bumpRevision(tagsRevision);
  return thread;
}

export async function untagThread(id: Id): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.threads, () => deleteRow(db.threads, 'thread', id));
  await bumpRevision(tagsRevision);
}

/** Follow-up first (soonest first, none last), then the most recently changed. */
export function compareThreads(a: TaggedThread, b: TaggedThread): number {
  const fa = a.followUpAt ?? Infinity;
  const fb = b.followUpAt ?? Infinity;
  if (fa !== fb) return fa - fb;
  return b.updatedAt - a.updatedAt;
}

export async function listThreadsForClient(
  clientId: Id,
  status?: TriageStatus,
): Promise<TaggedThread[]> {
  const db = getDb();
  const rows = status
    ? await db.threads.where('[clientId+status]').equals([clientId, status]).toArray()
    : await db.threads.where('clientId').equals(clientId).toArray();
  return rows.sort(compareThreads);
}

/** "Needs attention": every thread that needs a reply, and follow-ups due by `dueBy` not done. */
export async function listNeedsAttention(dueBy: number): Promise<TaggedThread[]> {
  const db = getDb();
  return db.transaction('r', db.threads, async () => {
    const [needReply, due] = await Promise.all([
      db.threads.where('status').equals('needsReply').toArray(),
      db.threads.where('followUpAt').belowOrEqual(dueBy).toArray(),
    ]);
    const byId = new Map<string, TaggedThread>();
    for (const t of [...needReply, ...due]) if (t.status !== 'done') byId.set(t.id, t);
    return [...byId.values()].sort(compareThreads);
  });
}

/** The client most recently tagged on a thread with any of these addresses (for suggestions). */
export async function lastClientForAddresses(
  emails: readonly string[],
): Promise<{ clientId: Id; email: string } | null> {
  if (!emails.length) return null;
  const rows = await getDb()
    .threads.where('participants')
    .anyOf([...emails])
    .toArray();
  const latest = rows.sort((a, b) => b.updatedAt - a.updatedAt)[0];
  if (!latest) return null;
  const email = emails.find((e) => latest.participants.includes(e)) ?? emails[0]!;
  return { clientId: latest.clientId, email };
}

/** The tags of these threads in one account, for chips: threadId → clientId. */
export async function getTagsForThreads(
  account: number,
  threadIds: readonly string[],
): Promise<Map<string, Id>> {
  const keys = threadIds.map((t) => threadKey(account, t));
  const rows = await getDb().threads.bulkGet(keys);
  const tags = new Map<string, Id>();
  for (const row of rows) if (row) tags.set(row.threadId, row.clientId);
  return tags;
}

/**
 * For the chips Gmail shows: the active client each of these threads is tagged to, by thread id
 * (threads of archived clients get no chip).
 */
export async function getThreadClients(
  account: number,
  threadIds: readonly string[],
): Promise<Record<string, Pick<Client, 'id' | 'name' | 'shortName' | 'color'>>> {
  const db = getDb();
  return db.transaction('r', db.threads, db.clients, async () => {
    const tags = await getTagsForThreads(account, threadIds);
    const clients = await db.clients.bulkGet([...new Set(tags.values())]);
    const byId = new Map(clients.filter((c) => c && !c.archived).map((c) => [c!.id, c!]));
    const out: Record<string, Pick<Client, 'id' | 'name' | 'shortName' | 'color'>> = {};
    for (const [threadId, clientId] of tags) {
      const c = byId.get(clientId);
      if (c) out[threadId] = { id: c.id, name: c.name, shortName: c.shortName, color: c.color };
    }
    return out;
  });
}
