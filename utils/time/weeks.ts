// Calendar ranges in the VA's local zone. Days are stepped through the Date constructor, never by
// adding 24 h, so weeks and months stay aligned to local midnight across DST changes.

import { startOfLocalDay } from './local-day';
import { DAY_MS, WEEK_MS } from '@/utils/time/units';

/** 0 = Sunday, 1 = Monday (Italy, ISO), 6 = Saturday. */
export type WeekStart = 0 | 1 | 6;

export interface Range {
  from: number;
  to: number;
}

/** First instant of local day `year-month-day`; out-of-range days roll over (Date normalises). */
function localDayStart(year: number, month: number, day: number): number {
  // Noon always exists; startOfLocalDay then finds that day's first instant, even in zones where
  // DST skips midnight itself.
  return startOfLocalDay(new Date(year, month, day, 12).getTime());
}

/** The local week containing `instant`: [week-start day 00:00, the next one) — 167 to 169 h. */
export function weekRange(instant: number, weekStart: WeekStart): Range {
  const d = new Date(instant);
  const first = d.getDate() - ((d.getDay() - weekStart + 7) % 7);
  return {
    from: localDayStart(d.getFullYear(), d.getMonth(), first),
    to: localDayStart(d.getFullYear(), d.getMonth(), first + 7),
  };
}

/** Local midnights in [from, to), e.g. the seven days of a `weekRange`. */
export function dayStarts(from: number, to: number): number[] {
  const days: number[] = [];
  if (!(from < to)) return days;
  const d = new Date(from);
  for (let offset = 0; ; offset += 1) {
    const start = localDayStart(d.getFullYear(), d.getMonth(), d.getDate() + offset);
    if (start >= to) return days;
    if (start >= from) days.push(start);
  }
}

/** The local calendar month containing `instant`: [1st 00:00, next 1st 00:00). */
export function monthRange(instant: number): Range {
  const d = new Date(instant);
  return {
    from: localDayStart(d.getFullYear(), d.getMonth(), 1),
    to: localDayStart(d.getFullYear(), d.getMonth() + 1, 1),
  };
}

/** ISO 8601 week number (1–53) of the local date of `instant`; weeks start on Monday. */
export function isoWeekNumber(instant: number): number {
  const d = new Date(instant);
  // Calendar arithmetic on the local date, done in UTC where every day is exactly 24 h.
  const date = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  const mondayBased = (new Date(date).getUTCDay() + 6) % 7;
  const thursday = date + (3 - mondayBased) * DAY_MS; // the week belongs to its Thursday's year
  const yearStart = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return Math.floor((thursday - yearStart) / WEEK_MS) + 1;
}
