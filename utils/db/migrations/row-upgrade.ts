/** A stored row as an older VA Desk wrote it: nothing about its fields is trusted. */
export type Row = Record<string, unknown>;

/**
 * What one schema version does to stored rows, as pure functions: for each table it changes, that
 * table's rows in, the same rows upgraded out (one for one, in the same order). The database runs
 * it inside Dexie's upgrade (utils/db/app-db.ts) and the backup reader runs it on an older file's
 * rows (utils/backup/old-files.ts), so both upgrade the same rows the same way.
 */
export type RowUpgrade = Readonly<Record<string, (rows: readonly Row[]) => Row[]>>;
