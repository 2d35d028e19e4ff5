import { getDb } from './app-db';
import type { TimeEntry } from './types';

/** No entry may last longer than this (validated on write), so range reads can bound their index scan. */
export const MAX_ENTRY_MS = 24 * 60 * 60 * 1000;

/**
 * Entries that overlap [from, to), read through the `start` index, plus the running timer even
 * when it was left running for longer than a day (the sparse `running` index finds it).
 */
export async function listEntriesOverlapping(from: number, to: number): Promise<TimeEntry[]> {
  const db = getDb();
  return db.transaction('r', db.timeEntries, async () => {
    const [recent, running] = await Promise.all([
      db.timeEntries
        .where('start')
        .between(from - MAX_ENTRY_MS, to, true, false)
        .toArray(),
      db.timeEntries.where('running').equals(1).toArray(),
    ]);
    const byId = new Map(recent.map((e) => [e.id, e]));
    for (const e of running) if (e.start < to) byId.set(e.id, e);
    return [...byId.values()].filter((e) => e.end === null || e.end > from);
  });
}
