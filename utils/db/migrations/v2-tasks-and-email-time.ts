import type { RowUpgrade } from './row-upgrade';

/**
 * Version 2: fixed-fee task types per client, a task and a caller on each time entry, and the
 * `emailActivity` table (active time per Gmail thread per day; new, so empty). Old rows get empty
 * defaults.
 */
export const upgradeToV2: RowUpgrade = {
  clients: (rows) => rows.map((client) => ({ ...client, taskTypes: client.taskTypes ?? [] })),
  timeEntries: (rows) =>
    rows.map((entry) => ({ ...entry, task: entry.task ?? null, caller: entry.caller ?? '' })),
};
