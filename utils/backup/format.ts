// The backup file: one JSON document with every table's rows exactly as stored, plus settings.
import type {
  Appointment,
  Client,
  EmailActivity,
  Id,
  Snippet,
  TaggedThread,
  TimeEntry,
} from '@/utils/model/types';
import type { Settings } from '@/utils/model/settings';

export const BACKUP_FORMAT = 'va-desk-backup';
/** The shape of the file itself; the shape of the rows is `schemaVersion` (utils/db/schema.ts). */
export const BACKUP_FORMAT_VERSION = 1;

/** Every table, in the order files list them and restores check them (clients first: others point at them). */
export const BACKUP_TABLES = [
  'clients',
  'threads',
  'snippets',
  'appointments',
  'timeEntries',
  'emailActivity',
] as const;
export type BackupTableName = (typeof BACKUP_TABLES)[number];

export interface BackupTables {
  clients: Client[];
  threads: TaggedThread[];
  snippets: Snippet[];
  appointments: Appointment[];
  timeEntries: TimeEntry[];
  emailActivity: EmailActivity[];
}

/** The whole database, or one client's data (per-client export). */
export type BackupScope = 'all' | { clientId: Id };

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  /** The database schema version the rows follow. */
  schemaVersion: number;
  /** ISO 8601 instant. */
  exportedAt: string;
  scope: BackupScope;
  /** null in a per-client export: the VA's settings are not the client's data. */
  settings: Settings | null;
  tables: BackupTables;
}

export type TableCounts = Record<BackupTableName, number>;

export function emptyCounts(): TableCounts {
  return {
    clients: 0,
    threads: 0,
    snippets: 0,
    appointments: 0,
    timeEntries: 0,
    emailActivity: 0,
  };
}

export function countRows(tables: BackupTables): TableCounts {
  const counts = emptyCounts();
  for (const table of BACKUP_TABLES) counts[table] = tables[table].length;
  return counts;
}

/** `now` as the local date `YYYY-MM-DD` in `timeZone` (the browser's zone when left out). */
function localDateStamp(now: number, timeZone?: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** `va-desk-backup-2026-11-26.json` */
export function backupFileName(now: number, timeZone?: string): string {
  return `va-desk-backup-${localDateStamp(now, timeZone)}.json`;
}

/** `Studio Legale Rossi & C.` → `studio-legale-rossi-c`: safe in a file name on every system. */
export function clientSlug(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return slug || 'client';
}

/** `va-desk-studio-legale-rossi-2026-11-26.json` */
export function clientBackupFileName(clientName: string, now: number, timeZone?: string): string {
  return `va-desk-${clientSlug(clientName)}-${localDateStamp(now, timeZone)}.json`;
}
