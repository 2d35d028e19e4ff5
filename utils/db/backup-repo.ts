// The backup's two transactions: reading every table for an export, and writing a checked file
// back (all of it or nothing). What a file may contain is utils/backup/validate; what a restore
// must still guarantee is utils/backup/restore-rules.
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  countRows,
  emptyCounts,
  type Backup,
  type BackupTableName,
  type BackupTables,
  type TableCounts,
} from '@/utils/backup/format';
import {
  checkMerge,
  checkReplace,
  type RestoreMode,
  type RestoreResult,
} from '@/utils/backup/restore-rules';
import type { ValidBackup } from '@/utils/backup/validate';
import type { Id } from '@/utils/model/types';
import { getDb, type AppDb } from './app-db';
import { CURRENT_VERSION } from './schema';
import { getSettings, saveSettings } from './settings';
import { syncSnippetShortcuts } from './snippets-repo';
import { tagsRevision, timerRevision } from '@/utils/messaging/revision-items';

/** Every row of every table, read in one transaction so the file is one consistent moment. */
async function readAllTables(db: AppDb = getDb()): Promise<BackupTables> {
  return db.transaction(
    'r',
    BACKUP_TABLES.map((name) => db.table(name)),
    async () => {
      const [clients, threads, snippets, appointments, timeEntries, emailActivity] =
        await Promise.all([
          db.clients.toArray(),
          db.threads.toArray(),
          db.snippets.toArray(),
          db.appointments.toArray(),
          db.timeEntries.toArray(),
          db.emailActivity.toArray(),
        ]);
      return { clients, threads, snippets, appointments, timeEntries, emailActivity };
    },
  );
}

/** The whole database and the VA's settings as one backup. */
export async function exportBackup(now: number = Date.now()): Promise<Backup> {
  // Settings live in extension storage: read them outside the Dexie transaction (awaiting
  // anything but Dexie inside one would end it early).
  const settings = await getSettings();
  const tables = await readAllTables();
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: CURRENT_VERSION,
    exportedAt: new Date(now).toISOString(),
    scope: 'all',
    settings,
    tables,
  };
}

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
 * Restores a backup checked by `parseBackup`, in one transaction over every table; throws
 * `BackupRejectedError` (nothing written) when it cannot go into this database as asked.
 * Open pages and the toolbar badge refresh through the revision items bumped afterwards.
 */
export async function restoreBackup(
  backup: ValidBackup,
  mode: RestoreMode,
  now: number = Date.now(),
): Promise<RestoreResult> {
  const { tables } = backup;
  if (mode === 'replace') checkReplace(backup);
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
      const [clients, snippets, running] = await Promise.all([
        db.clients.toArray(),
        db.snippets.toArray(),
        db.timeEntries.where('running').equals(1).toArray(),
      ]);
      checkMerge(tables, winners, { clients, snippets, running });
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
