import { changeRow, deleteRow, existingRow, putRow } from './existing-row';
import { getDb, type AppDb } from './app-db';
import { ValidationError } from '@/utils/model/errors';
import type { Client, Id, Snippet, TimeEntry } from '@/utils/model/types';
import { t } from '@/utils/i18n/messages';
import {
  planSnippetImport,
  serializeSnippets,
  type ImportProblem,
} from '@/utils/snippets/import-export';
import { STARTER_SNIPPETS } from '@/utils/snippets/starter';
import {
  normalizeSnippetInput,
  normalizeShortcut,
  SNIPPET_LIMITS,
  validateSnippetInput,
  type SnippetInput,
} from '@/utils/snippets/validate';
import { threadKey } from '@/utils/model/ids';
import { activeClient, build, check as checkEntry, emailMinutesInput } from './entry-rows';
import { bumpRevision, snippetShortcuts, timerRevision } from '@/utils/messaging/revision-items';

/** Rewrites `local:snippetShortcuts` from the database (also on page start, to heal a crash). */
export async function syncSnippetShortcuts(): Promise<string[]> {
  const keys = (await getDb().snippets.orderBy('shortcut').uniqueKeys()) as string[];
  const shortcuts = keys.filter(Boolean);
  const stored = await snippetShortcuts.getValue();
  if (stored.length !== shortcuts.length || stored.some((s, i) => s !== shortcuts[i]))
    await snippetShortcuts.setValue(shortcuts);
  return shortcuts;
}

/** Runs after a write's transaction: awaiting storage inside one would end it early. */
async function afterWrite<T>(value: T): Promise<T> {
  await syncSnippetShortcuts();
  return value;
}

export async function listSnippets(): Promise<Snippet[]> {
  return getDb().snippets.toArray();
}

export async function getSnippet(id: Id): Promise<Snippet | undefined> {
  return getDb().snippets.get(id);
}

/** The snippet a shortcut expands to (any case), for Gmail expansion. */
export async function findSnippetByShortcut(shortcut: string): Promise<Snippet | undefined> {
  const key = normalizeShortcut(shortcut);
  if (!key) return undefined;
  return getDb().snippets.where('shortcut').equals(key).first();
}

/** Validates a clean input against the clients and the other snippets. Inside a transaction. */
async function check(db: AppDb, clean: SnippetInput, self: Snippet | null): Promise<void> {
  const [client, owner] = await Promise.all([
    clean.clientId ? db.clients.get(clean.clientId) : undefined,
    clean.shortcut
      ? db.snippets
          .where('shortcut')
          .equals(clean.shortcut)
          .filter((s) => s.id !== self?.id)
          .first()
      : undefined,
  ]);
  const issues = validateSnippetInput(clean, {
    client,
    shortcutOwner: owner,
    previousClientId: self?.clientId,
  });
  if (issues.length) throw new ValidationError(issues);
}

/** A new snippet row from a clean, checked input. */
export function buildSnippet(clean: SnippetInput, now: number): Snippet {
  return {
    ...clean,
    id: crypto.randomUUID(),
    usageCount: 0,
    lastUsedAt: null,
    createdAt: now,
    updatedAt: now,
  };
}

export async function createSnippet(input: SnippetInput, now = Date.now()): Promise<Snippet> {
  const db = getDb();
  return db
    .transaction('rw', db.snippets, db.clients, async () => {
      const clean = normalizeSnippetInput(input);
      await check(db, clean, null);
      const snippet = buildSnippet(clean, now);
      await db.snippets.add(snippet);
      return snippet;
    })
    .then(afterWrite);
}

export async function updateSnippet(
  id: Id,
  input: SnippetInput,
  now = Date.now(),
): Promise<Snippet> {
  const db = getDb();
  return db
    .transaction('rw', db.snippets, db.clients, async () => {
      const current = await existingRow(db.snippets, 'snippet', id);
      const clean = normalizeSnippetInput(input);
      await check(db, clean, current);
      return putRow(db.snippets, { ...current, ...clean, updatedAt: now });
    })
    .then(afterWrite);
}

/** A copy to edit: "Copy of …", no shortcut (shortcuts are unique), usage from zero. */
export async function duplicateSnippet(id: Id, now = Date.now()): Promise<Snippet> {
  const db = getDb();
  return db
    .transaction('rw', db.snippets, async () => {
      const current = await existingRow(db.snippets, 'snippet', id);
      const title = t('snippetCopyTitle', [current.title]).slice(0, SNIPPET_LIMITS.titleLength);
      const {
        id: _id,
        usageCount: _u,
        lastUsedAt: _l,
        createdAt: _c,
        updatedAt: _up,
        ...rest
      } = current;
      const copy = buildSnippet({ ...rest, title, shortcut: '' }, now);
      await db.snippets.add(copy);
      return copy;
    })
    .then(afterWrite);
}

/** Deletes a snippet and returns it. */
export async function deleteSnippet(id: Id): Promise<Snippet> {
  const db = getDb();
  return db
    .transaction('rw', db.snippets, () => deleteRow(db.snippets, 'snippet', id))
    .then(afterWrite);
}

/** The snippet with one more use, at `now`. */
function counted(snippet: Snippet, now: number): Snippet {
  return { ...snippet, usageCount: snippet.usageCount + 1, lastUsedAt: now };
}

/** Counts one use (inserted, expanded or copied): search ranks often-used snippets first. */
export async function recordSnippetUse(id: Id, now = Date.now()): Promise<Snippet> {
  const db = getDb();
  return db.transaction('rw', db.snippets, () =>
    changeRow(db.snippets, 'snippet', id, (current) => counted(current, now)),
  );
}

/** A snippet put into an email, as `recordSnippetInsert` recorded it. */
export interface SnippetInsert {
  /** The snippet with this use counted. */
  snippet: Snippet;
  /** The client the thread is tagged to, when it still exists. */
  client: Client | null;
  /** The entry for the snippet's minutes, or null when none was logged. */
  logged: TimeEntry | null;
  /** Why the minutes were refused (an archived client, …); the use counts all the same. */
  refused: ValidationError | null;
}

/**
 * A snippet was inserted or expanded into an email: counts the use and, in the same
 * transaction, logs the snippet's minutes to the client the thread is tagged to (linked to the
 * thread, billable, the title as the note). The side panel and the Gmail shortcut both call it.
 */
export async function recordSnippetInsert(
  id: Id,
  thread: { account: number; threadId: string } | null,
  now = Date.now(),
): Promise<SnippetInsert> {
  const db = getDb();
  const use = await db.transaction(
    'rw',
    [db.snippets, db.threads, db.clients, db.timeEntries],
    async (): Promise<SnippetInsert> => {
      const snippet = await changeRow(db.snippets, 'snippet', id, (s) => counted(s, now));
      const tag = thread ? await db.threads.get(threadKey(thread.account, thread.threadId)) : null;
      const client = (tag && (await db.clients.get(tag.clientId))) ?? null;
      if (!tag || !client || snippet.minutesToLog <= 0)
        return { snippet, client, logged: null, refused: null };
      const input = emailMinutesInput(
        {
          clientId: client.id,
          threadId: tag.id,
          minutes: snippet.minutesToLog,
          note: snippet.title,
          billable: true,
        },
        now,
      );
      try {
        await activeClient(db, client.id);
        checkEntry(input, now);
      } catch (error) {
        if (error instanceof ValidationError)
          return { snippet, client, logged: null, refused: error };
        throw error;
      }
      const logged = build(input, now);
      await db.timeEntries.add(logged);
      return { snippet, client, logged, refused: null };
    },
  );
  if (use.logged) await bumpRevision(timerRevision);
  return use;
}

export async function countSnippets(): Promise<number> {
  return getDb().snippets.count();
}

/** An import refused: the file's problems, in words the panel shows; nothing was changed. */
export class SnippetImportError extends Error {
  readonly problems: ImportProblem[];
  readonly more: number;
  constructor(problems: ImportProblem[], more: number) {
    super(problems.map((p) => p.message).join('; '));
    this.name = 'SnippetImportError';
    this.problems = problems;
    this.more = more;
  }
}

/**
 * Imports a snippets file (see utils/snippets/import-export.ts): checked against the clients and
 * the library inside the transaction that writes, so it adds everything or changes nothing.
 */
export async function importSnippets(
  text: string,
  now = Date.now(),
): Promise<{ added: number; skipped: number }> {
  const db = getDb();
  return db
    .transaction('rw', db.snippets, db.clients, async () => {
      const [clients, snippets] = await Promise.all([db.clients.toArray(), db.snippets.toArray()]);
      const plan = planSnippetImport(text, { clients, snippets });
      if (!plan.ok) throw new SnippetImportError(plan.problems, plan.more);
      await db.snippets.bulkAdd(plan.add.map((input) => buildSnippet(input, now)));
      return { added: plan.add.length, skipped: plan.skipped };
    })
    .then(afterWrite);
}

/** The whole library as the text of a snippets file. */
export async function exportSnippets(now = Date.now()): Promise<string> {
  const db = getDb();
  return db.transaction('r', db.snippets, db.clients, async () =>
    serializeSnippets(await db.snippets.toArray(), await db.clients.toArray(), now),
  );
}

/**
 * Adds the starter snippets (Italian and English). One whose shortcut is already taken, or that
 * is already in the library, is left out; returns how many were added.
 */
export async function addStarterSnippets(now = Date.now()): Promise<number> {
  const db = getDb();
  return db
    .transaction('rw', db.snippets, async () => {
      const existing = await db.snippets.toArray();
      const taken = new Set(existing.map((s) => s.shortcut).filter(Boolean));
      const titles = new Set(existing.map((s) => `${s.language}|${s.title}`));
      const fresh = STARTER_SNIPPETS.filter(
        (s) => !taken.has(s.shortcut) && !titles.has(`${s.language}|${s.title}`),
      ).map((s) => buildSnippet(normalizeSnippetInput(s), now));
      await db.snippets.bulkAdd(fresh);
      return fresh.length;
    })
    .then(afterWrite);
}
