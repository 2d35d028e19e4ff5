import Dexie, { type EntityTable } from 'dexie';
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
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  return db;
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

/**
 * Asks the browser not to evict VA Desk's data under storage pressure. Extensions with
 * `unlimitedStorage` are usually persistent already; this makes it explicit where supported.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
