import type { TimeEntry } from '@/utils/model/types';
import { MINUTE_MS } from '@/utils/time/units';

/**
 * Minutes of the entries that fall inside [from, to), a running entry counting up to `now`.
 * An entry crossing midnight counts only its part inside the range.
 */
export function minutesInRange(
  entries: readonly Pick<TimeEntry, 'start' | 'end'>[],
  from: number,
  to: number,
  now: number,
): number {
  let ms = 0;
  for (const entry of entries) {
    const end = entry.end ?? now;
    const overlap = Math.min(end, to) - Math.max(entry.start, from);
    if (overlap > 0) ms += overlap;
  }
  return Math.floor(ms / MINUTE_MS);
}
