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
