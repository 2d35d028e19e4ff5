import type { Transaction } from 'dexie';

/**
 * Version 2: fixed-fee task types per client, a task and a caller on each time entry, and the
 * `emailActivity` table (active time per Gmail thread per day). Old rows get empty defaults.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('clients')
    .toCollection()
    .modify((client: { taskTypes?: unknown }) => {
      client.taskTypes ??= [];
    });
  await tx
    .table('timeEntries')
    .toCollection()
    .modify((entry: { task?: unknown; caller?: unknown }) => {
      entry.task ??= null;
      entry.caller ??= '';
    });
}
