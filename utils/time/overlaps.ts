import type { Id, TimeEntry } from '@/utils/model/types';

/**
 * Ids of entries that overlap another entry: a double booking to fix before billing.
 * Intervals are half-open, so one ending when the next starts is fine; a running entry ends at
 * `now`; an entry with no length (e.g. a fixed-fee task) overlaps nothing. O(n log n).
 */
export function findOverlaps(
  entries: readonly Pick<TimeEntry, 'id' | 'start' | 'end'>[],
  now: number,
): Set<Id> {
  const spans = entries
    .map((e) => ({ id: e.id, start: e.start, end: e.end ?? now }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);

  const overlapping = new Set<Id>();
  // The span reaching furthest so far: anything starting before its end overlaps it.
  let furthest: (typeof spans)[number] | undefined;
  for (const span of spans) {
    if (furthest && span.start < furthest.end) {
      overlapping.add(span.id);
      overlapping.add(furthest.id);
    }
    if (!furthest || span.end > furthest.end) furthest = span;
  }
  return overlapping;
}
