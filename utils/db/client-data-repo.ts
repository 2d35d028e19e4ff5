// One client's data: export it in the backup format, count it, erase it.
import { tagsRevision, timerRevision } from '@/utils/messaging/revision-items';
import { getDb, type AppDb } from './app-db';
import { MissingRecordError, ValidationError } from '@/utils/model/errors';
import { CURRENT_VERSION } from './schema';
import { syncSnippetShortcuts } from './snippets-repo';
import type { Client, Id } from '@/utils/model/types';
import { nameKey } from '@/utils/clients/validate';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  countRows,
  type Backup,
  type BackupTables,
  type TableCounts,
} from '@/utils/backup/format';

/**
 * Everything linked to the client, read in the caller's transaction (which must include every
 * table): its threads, time entries, appointments, the snippets scoped to it (not those for every
 * client) and the email time counted on its threads.
 */
async function readClientData(db: AppDb, clientId: Id): Promise<BackupTables> {
  const client = await db.clients.get(clientId);
  if (!client) throw new MissingRecordError('client', clientId);
  const [threads, timeEntries, appointments, snippets] = await Promise.all([
    db.threads.where('clientId').equals(clientId).toArray(),
    db.timeEntries.where('clientId').equals(clientId).toArray(),
    db.appointments.where('clientId').equals(clientId).toArray(),
    db.snippets.where('clientId').equals(clientId).toArray(),
  ]);
  // Email time rows are keyed `<day>|<account>:<threadId>`; the thread's id is `<account>:<threadId>`.
  const perThread = await Promise.all(
    threads.map((t) =>
      db.emailActivity.where('[account+threadId]').equals([t.account, t.threadId]).toArray(),
    ),
  );
  const emailActivity = perThread.flat();
  const byId = <T extends { id: Id }>(rows: T[]) => rows.sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    clients: [client],
    threads: byId(threads),
    snippets: byId(snippets),
    appointments: byId(appointments),
    timeEntries: byId(timeEntries),
    emailActivity: byId(emailActivity),
  };
}

function allTables(db: AppDb) {
  return BACKUP_TABLES.map((name) => db.table(name));
}

/** One client's data as a backup file (scope `{ clientId }`, no settings); throws when unknown. */
export async function exportClientBackup(clientId: Id, now: number = Date.now()): Promise<Backup> {
  const db = getDb();
  const tables = await db.transaction('r', allTables(db), () => readClientData(db, clientId));
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: CURRENT_VERSION,
    exportedAt: new Date(now).toISOString(),
    scope: { clientId },
    settings: null,
    tables,
  };
}

/** How many rows erasing the client would delete, per table (the client itself counts 1). */
export async function countClientData(clientId: Id): Promise<TableCounts> {
  const db = getDb();
  const tables = await db.transaction('r', allTables(db), () => readClientData(db, clientId));
  return countRows(tables);
}

/**
 * Erases the client and everything linked to it, in one transaction, once the VA has typed the
 * client's name (spaces at the ends and letter case aside). A running timer of the client goes too.
 * Returns what was deleted, per table.
 */
export async function eraseClient(clientId: Id, typedConfirmation: string): Promise<TableCounts> {
  const db = getDb();
  const counts = await db.transaction('rw', allTables(db), async () => {
    const tables = await readClientData(db, clientId);
    const client = tables.clients[0] as Client;
    if (nameKey(typedConfirmation) !== nameKey(client.name))
      throw new ValidationError([
        { field: 'confirmation', message: 'errorEraseConfirmation', params: [client.name] },
      ]);
    for (const name of BACKUP_TABLES)
      await db.table(name).bulkDelete(tables[name].map((row) => row.id));
    return countRows(tables);
  });
  // Open pages, the toolbar badge and Gmail's chips redraw without the client.
  const now = Date.now();
  await timerRevision.setValue(now);
  await tagsRevision.setValue(now);
  // Gmail's shortcut expansion reads the shortcuts from extension storage.
  await syncSnippetShortcuts();
  return counts;
}
