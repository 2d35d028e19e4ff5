import type { Table } from 'dexie';
import { MissingRecordError } from '@/utils/model/errors';
import type { Id } from '@/utils/model/types';

/** The row `id` of `table`, or a MissingRecordError naming `what`. Inside a transaction. */
export async function existingRow<T, TInsert>(
  table: Table<T, Id, TInsert>,
  what: string,
  id: Id,
): Promise<T> {
  const row = await table.get(id);
  if (row === undefined) throw new MissingRecordError(what, id);
  return row;
}

/**
 * Replaces the row `id` of `table` with what `change` makes of it, and returns the new row; a
 * MissingRecordError naming `what` when there is none. Inside a transaction.
 */
export async function changeRow<T, TInsert>(
  table: Table<T, Id, TInsert>,
  what: string,
  id: Id,
  change: (current: T) => T,
): Promise<T> {
  // `change` is synchronous: awaiting anything but the database inside a transaction ends it.
  return putRow(table, change(await existingRow(table, what, id)));
}

/** Stores `row` in `table`, new or in place of the row with its id, and returns it. Inside a transaction. */
export async function putRow<T, TInsert>(table: Table<T, Id, TInsert>, row: T): Promise<T> {
  // A stored row is always a valid insert (its id is set): Dexie's types cannot say so.
  await table.put(row as unknown as TInsert);
  return row;
}

/**
 * Deletes the row `id` of `table` and returns it (to undo), or a MissingRecordError naming
 * `what`. Inside a transaction.
 */
export async function deleteRow<T, TInsert>(
  table: Table<T, Id, TInsert>,
  what: string,
  id: Id,
): Promise<T> {
  const current = await existingRow(table, what, id);
  await table.delete(id);
  return current;
}
