import { getDb } from './app-db';
import type { TimeEntry } from './types';

/** No entry may last longer than this (validated on write), so range reads can bound their index scan. */
export const MAX_ENTRY_MS = 24 * 60 * 60 * 1000;

/** Entries that overlap [from, to), read through the `start` index (a running one included). */
export async function listEntriesOverlapping(from: number, to: number): Promise<TimeEntry[]> {
  const rows = await getDb()
    .timeEntries.where('start')
    .between(from - MAX_ENTRY_MS, to, true, false)
    .toArray();
  return rows.filter((e) => e.end === null || e.end > from);
}
