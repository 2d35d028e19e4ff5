// Writes a checked backup into the database in one transaction: all of it or nothing.
//
// replace: every table is cleared and refilled from the file, and the file's settings replace the
//   VA's (after the transaction committed: settings live in extension storage, not IndexedDB).
// merge: rows with new ids are added; for an id on both sides the row with the later `updatedAt`
//   wins (a tie keeps VA Desk's). Settings stay as they are. A merge that would break what the
//   repositories guarantee is rejected before anything is written: a client of the file clashing
//   with a different client in VA Desk (same name, address, domain or Gmail account; ids are not
//   remapped, as every entry and thread points at its client by id), a row whose client is in
//   neither, two snippets with one shortcut, or two running timers.
import { tagsRevision, timerRevision } from '@/utils/messaging/revision-items';
import { validateClientInput } from '@/utils/clients/validate';
import { getDb, type AppDb } from '@/utils/db/app-db';
import { saveSettings } from '@/utils/db/settings';
import { syncSnippetShortcuts } from '@/utils/db/snippets-repo';
import type { Client, Id, Snippet, TimeEntry } from '@/utils/model/types';
import { t, type MessageKey } from '@/utils/i18n/messages';
import {
  BACKUP_TABLES,
  countRows,
  emptyCounts,
  type BackupTableName,
  type BackupTables,
  type TableCounts,
} from './format';
import {
  BackupRejectedError,
  clip,
  ROW_KEYS,
  type BackupError,
  type ValidBackup,
} from './validate';

export type RestoreMode = 'replace' | 'merge';

export interface RestoreResult {
  mode: RestoreMode;
  /** Rows written per table: every row of the file when replacing; new or newer rows when merging. */
  written: TableCounts;
  /** Merge: rows of the file left out because VA Desk's copy is as recent or more recent. */
  kept: TableCounts;
  /** Whether the VA's settings were replaced by the file's. */
  settingsRestored: boolean;
}

function reject(error: BackupError): never {
  throw new BackupRejectedError(error);
}

/** A rejection naming one row of the file, like the file checks do. */
function rowError(
  table: BackupTableName,
  label: string,
  detail: { message: MessageKey; params?: string[] },
): BackupError {
  const params = (detail.params ?? []).map((p) => clip(p));
  return {
    message: ROW_KEYS[table],
    params: [label, t(detail.message, params)],
    detail: { message: detail.message, params },
  };
}

const quoted = (name: string) => `“${clip(name.trim(), 40)}”`;
const position = (index: number, total: number) =>
  t('backupPosition', [String(index + 1), String(total)]);

async function replaceAll(db: AppDb, tables: BackupTables): Promise<void> {
  for (const name of BACKUP_TABLES) await db.table(name).clear();
  for (const name of BACKUP_TABLES) await db.table(name).bulkAdd(tables[name]);
}

interface MergePlan {
  winners: BackupTables;
  kept: TableCounts;
}

/** Splits the file's rows into those that win over VA Desk's copy and those that do not. */
async function planMerge(db: AppDb, tables: BackupTables): Promise<MergePlan> {
  const winners = {} as Record<BackupTableName, { id: Id; updatedAt: number }[]>;
  const kept = emptyCounts();
  for (const name of BACKUP_TABLES) {
    const rows: readonly { id: Id; updatedAt: number }[] = tables[name];
    const current = (await db.table(name).bulkGet(rows.map((r) => r.id))) as (
      { updatedAt: number } | undefined
    )[];
    winners[name] = rows.filter((row, i) => {
      const mine = current[i];
      const wins = !mine || row.updatedAt > mine.updatedAt;
      if (!wins) kept[name] += 1;
      return wins;
    });
  }
  return { winners: winners as unknown as BackupTables, kept };
}

/**
 * Every row written must point at a client the database will hold afterwards: the file's when
 * replacing (a file checked with `knownClientIds` may lean on clients a replace clears), the
 * file's or VA Desk's when merging.
 */
function checkReferences(
  tables: BackupTables,
  written: BackupTables,
  clientIds: ReadonlySet<Id>,
  message: 'backupDetailUnknownClient' | 'backupDetailUnknownClientMerge',
): void {
  for (const table of ['threads', 'appointments', 'timeEntries'] as const) {
    const rows: readonly { id: Id; clientId: Id }[] = tables[table];
    for (const row of written[table]) {
      if (clientIds.has(row.clientId)) continue;
      const index = rows.findIndex((r) => r.id === row.id);
      reject(rowError(table, position(index, rows.length), { message }));
    }
  }
  for (const snippet of written.snippets)
    if (snippet.clientId !== '' && !clientIds.has(snippet.clientId))
      reject(rowError('snippets', quoted(snippet.title), { message }));
}

/** Every rule the merged database must still meet; throws before anything is written. */
async function checkMerge(db: AppDb, tables: BackupTables, winners: BackupTables): Promise<void> {
  const clients = new Map<Id, Client>((await db.clients.toArray()).map((c) => [c.id, c]));
  for (const client of winners.clients) clients.set(client.id, client);

  for (const client of winners.clients) {
    const others = [...clients.values()].filter((c) => c.id !== client.id);
    const issue = validateClientInput(client, others)[0];
    if (issue) {
      const detail = { message: issue.message, params: (issue.params ?? []).map((p) => clip(p)) };
      reject({
        message: 'backupErrorMergeClash',
        params: [quoted(client.name), t(detail.message, detail.params)],
        detail,
      });
    }
  }

  checkReferences(tables, winners, new Set(clients.keys()), 'backupDetailUnknownClientMerge');

  // One shortcut, one snippet (case aside), as the snippets repository keeps it.
  const snippets = new Map<Id, Snippet>((await db.snippets.toArray()).map((s) => [s.id, s]));
  for (const snippet of winners.snippets) snippets.set(snippet.id, snippet);
  const owners = new Map<string, Id[]>();
  for (const snippet of snippets.values()) {
    const shortcut = snippet.shortcut.trim().toLowerCase();
    if (shortcut) owners.set(shortcut, [...(owners.get(shortcut) ?? []), snippet.id]);
  }
  for (const snippet of winners.snippets)
    if ((owners.get(snippet.shortcut.trim().toLowerCase())?.length ?? 0) > 1)
      reject(
        rowError('snippets', quoted(snippet.title), {
          message: 'backupDetailShortcutTaken',
          params: [snippet.shortcut],
        }),
      );

  // Never two running timers: a row of the file replaces VA Desk's row with the same id.
  const running = new Map<Id, TimeEntry>(
    (await db.timeEntries.where('running').equals(1).toArray()).map((e) => [e.id, e]),
  );
  for (const entry of winners.timeEntries) {
    if (entry.end === null) running.set(entry.id, entry);
    else running.delete(entry.id);
  }
  if (running.size > 1) reject({ message: 'backupErrorMergeTwoTimers', params: [] });
}

/**
 * Restores a backup checked by `parseBackup`, in one transaction over every table; throws
 * `BackupRejectedError` (nothing written) when it cannot go into this database as asked.
 * Open pages and the toolbar badge refresh through the revision items bumped afterwards.
 */
export async function restoreBackup(
  backup: ValidBackup,
  mode: RestoreMode,
  now: number = Date.now(),
): Promise<RestoreResult> {
  const { scope, tables } = backup;
  if (mode === 'replace') {
    if (scope !== 'all') {
      const client = tables.clients.find((c) => c.id === scope.clientId);
      reject({ message: 'backupErrorClientFile', params: [quoted(client?.name ?? '')] });
    }
    const inFile = new Set(tables.clients.map((c) => c.id));
    checkReferences(tables, tables, inFile, 'backupDetailUnknownClient');
  }
  const db = getDb();
  const result = await db.transaction(
    'rw',
    BACKUP_TABLES.map((name) => db.table(name)),
    async (): Promise<RestoreResult> => {
      if (mode === 'replace') {
        await replaceAll(db, tables);
        return { mode, written: countRows(tables), kept: emptyCounts(), settingsRestored: false };
      }
      const { winners, kept } = await planMerge(db, tables);
      await checkMerge(db, tables, winners);
      for (const name of BACKUP_TABLES) await db.table(name).bulkPut(winners[name]);
      return { mode, written: countRows(winners), kept, settingsRestored: false };
    },
  );
  // Settings live in extension storage: written only once the tables committed.
  if (mode === 'replace' && backup.settings) {
    await saveSettings(backup.settings);
    result.settingsRestored = true;
  }
  // The background redraws the badge (a restored running timer) and Gmail redraws its chips.
  await timerRevision.setValue(now);
  await tagsRevision.setValue(now);
  // Gmail's shortcut expansion reads the shortcuts from extension storage.
  await syncSnippetShortcuts();
  return result;
}
