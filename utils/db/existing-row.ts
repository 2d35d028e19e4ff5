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
  const next = change(await existingRow(table, what, id));
  // A stored row is always a valid insert (its id is set): Dexie's types cannot say so.
  await table.put(next as unknown as TInsert);
  return next;
}
