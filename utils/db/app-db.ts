import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { RowUpgrade } from './migrations/row-upgrade';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import type {
  Appointment,
  Client,
  EmailActivity,
  Snippet,
  TaggedThread,
  TimeEntry,
} from '@/utils/model/types';

export const DB_NAME = 'va-desk';

export type AppDb = Dexie & {
  clients: EntityTable<Client, 'id'>;
  threads: EntityTable<TaggedThread, 'id'>;
  snippets: EntityTable<Snippet, 'id'>;
  appointments: EntityTable<Appointment, 'id'>;
  timeEntries: EntityTable<TimeEntry, 'id'>;
  emailActivity: EntityTable<EmailActivity, 'id'>;
};

/** Builds the database with the given versions (all of them by default; tests pass older lists). */
export function createDb(
  name: string = DB_NAME,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): AppDb {
  const db = new Dexie(name) as AppDb;
  for (const v of versions) {
    const version = db.version(v.version).stores(v.stores);
    const { upgrade } = v;
    if (upgrade) version.upgrade((tx) => applyRowUpgrade(tx, upgrade));
  }
  return db;
}

/** A version's pure row upgrade inside Dexie's upgrade transaction: each table it changes is read,
 * upgraded and written back (one row out for each row in, same ids). */
async function applyRowUpgrade(tx: Transaction, upgrade: RowUpgrade): Promise<void> {
  for (const [name, upgradeRows] of Object.entries(upgrade)) {
    const table = tx.table(name);
    await table.bulkPut(upgradeRows(await table.toArray()));
  }
}

let instance: AppDb | undefined;

/** The one database of this context (a connection, not state: it can be reopened at any time). */
export function getDb(): AppDb {
  instance ??= createDb();
  return instance;
}

/** Tests swap the database for a fresh one. */
export function setDbForTests(db: AppDb | undefined): void {
  instance = db;
}
