import { getDb, type AppDb } from '@/utils/db/app-db';
import { CURRENT_VERSION } from '@/utils/db/schema';
import { getSettings } from '@/utils/db/settings';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  type Backup,
  type BackupTables,
} from './format';

/** Every row of every table, read in one transaction so the file is one consistent moment. */
export async function readAllTables(db: AppDb = getDb()): Promise<BackupTables> {
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

/** Object keys sorted at every depth, so the same data always gives the same text. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
    );
  return value;
}

const line = (value: unknown) => JSON.stringify(sortedKeys(value));

/**
 * The file's text: the header in a fixed order, then one row per line with its keys sorted, so
 * files diff well and two exports of the same data are byte-identical.
 */
export function backupToJson(backup: Backup): string {
  const header = [
    `  "format": ${line(backup.format)}`,
    `  "formatVersion": ${line(backup.formatVersion)}`,
    `  "schemaVersion": ${line(backup.schemaVersion)}`,
    `  "exportedAt": ${line(backup.exportedAt)}`,
    `  "scope": ${line(backup.scope)}`,
    `  "settings": ${line(backup.settings)}`,
  ];
  const tables = BACKUP_TABLES.map((name) => {
    const rows: readonly unknown[] = backup.tables[name];
    if (!rows.length) return `    ${line(name)}: []`;
    return `    ${line(name)}: [\n${rows.map((row) => `      ${line(row)}`).join(',\n')}\n    ]`;
  });
  return `{\n${header.join(',\n')},\n  "tables": {\n${tables.join(',\n')}\n  }\n}\n`;
}
