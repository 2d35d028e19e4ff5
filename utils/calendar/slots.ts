// Free slots and conflicts for booking: pure functions over instants, with working hours read on
// the clock of their own zone (through utils/time/zoned.ts, so daylight saving comes from Intl).
import { addDays, zonedParts, zonedToInstant, type CalendarDate } from '@/utils/time/zoned';
import { DAY_MINUTES, DAY_MS, MINUTE_MS } from '@/utils/time/units';

export interface Interval {
  start: number;
  end: number;
}

/** Something already in the diary: a VA Desk appointment or an event seen in a Calendar tab. */
export interface BusyInterval extends Interval {
  title: string;
  source: 'appointment' | 'calendar';
  /** The appointment id or the calendar event id. */
  id: string;
}

/** Working days and hours on the clock of `timeZone`. */
export interface WorkingHours {
  timeZone: string;
  /** Minutes after midnight. */
  startMinutes: number;
  endMinutes: number;
  /** 0 = Sunday … 6 = Saturday. */
  days: readonly number[];
}

/** The busy intervals that overlap `slot` (touching ends do not overlap). */
export function findConflicts<T extends Interval>(slot: Interval, busy: readonly T[]): T[] {
  return busy.filter((b) => b.start < slot.end && b.end > slot.start);
}

function weekday(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** The instant `minutes` after midnight of `date` on `timeZone`'s clock (24:00 = next midnight). */
function atMinutes(date: CalendarDate, minutes: number, timeZone: string): number {
  if (minutes >= DAY_MINUTES)
    return zonedToInstant(addDays(date, 1), { hour: 0, minute: 0 }, timeZone);
  return zonedToInstant(date, { hour: Math.floor(minutes / 60), minute: minutes % 60 }, timeZone);
}

/** Whether `slot` lies inside one working day of `hours`, on that zone's clock. */
export function withinWorkingHours(slot: Interval, hours: WorkingHours): boolean {
  const p = zonedParts(slot.start, hours.timeZone);
  const date = { year: p.year, month: p.month, day: p.day };
  if (!hours.days.includes(weekday(date))) return false;
  const at = (minutes: number) =>
    minutes >= DAY_MINUTES
      ? zonedToInstant(addDays(date, 1), { hour: 0, minute: 0 }, hours.timeZone)
      : zonedToInstant(
          date,
          { hour: Math.floor(minutes / 60), minute: minutes % 60 },
          hours.timeZone,
        );
  return slot.start >= at(hours.startMinutes) && slot.end <= at(hours.endMinutes);
}

/** The working windows of `hours` that overlap [from, to), on its zone's clock, in order. */
export function workingWindows(hours: WorkingHours, from: number, to: number): Interval[] {
  const windows: Interval[] = [];
  const first = zonedParts(from, hours.timeZone);
  // A day before and after: a window of one zone's date can cross the other's midnight.
  for (
    let date = addDays(first, -1), n = 0;
    n < 3 + (to - from) / DAY_MS;
    date = addDays(date, 1), n++
  ) {
    if (!hours.days.includes(weekday(date))) continue;
    const window = {
      start: atMinutes(date, hours.startMinutes, hours.timeZone),
      end: atMinutes(date, hours.endMinutes, hours.timeZone),
    };
    if (window.end > from && window.start < to && window.end > window.start) windows.push(window);
  }
  return windows;
}

/** Where every list has a window: the intersection of sorted, non-overlapping interval lists. */
function intersect(lists: readonly Interval[][]): Interval[] {
  return lists.reduce((acc, list) => {
    const out: Interval[] = [];
    let i = 0;
    let j = 0;
    while (i < acc.length && j < list.length) {
      const a = acc[i]!;
      const b = list[j]!;
      const start = Math.max(a.start, b.start);
      const end = Math.min(a.end, b.end);
      if (start < end) out.push({ start, end });
      if (a.end < b.end) i++;
      else j++;
    }
    return out;
  });
}

export interface FreeSlotQuery {
  /** Slots start at or after this instant. */
  from: number;
  durationMinutes: number;
  busy: readonly Interval[];
  /** Every set must hold (the VA's hours in the VA's zone, the client's in the client's). */
  hours: readonly WorkingHours[];
  count?: number;
  /** Slots start on multiples of this many minutes (of the UTC clock, so of every real zone). */
  stepMinutes?: number;
  /** How far ahead to look. */
  horizonDays?: number;
}

/**
 * The first `count` free slots of `durationMinutes` from `from`: inside every set of working hours,
 * overlapping nothing busy, starting on a step boundary. Slots follow each other without overlap.
 */
export function findFreeSlots(query: FreeSlotQuery): Interval[] {
  const { durationMinutes, busy, hours } = query;
  const count = query.count ?? 3;
  const step = (query.stepMinutes ?? 15) * MINUTE_MS;
  const limit = query.from + (query.horizonDays ?? 14) * DAY_MS;
  const duration = durationMinutes * MINUTE_MS;
  const found: Interval[] = [];
  if (duration <= 0 || step <= 0 || !hours.length) return found;
  const roundUp = (t: number) => Math.ceil(t / step) * step;
  const windows = intersect(hours.map((h) => workingWindows(h, query.from, limit)));
  for (const window of windows) {
    let start = roundUp(Math.max(query.from, window.start));
    while (found.length < count && start + duration <= window.end && start < limit) {
      const slot = { start, end: start + duration };
      const clash = findConflicts(slot, busy);
      if (clash.length) start = roundUp(Math.max(...clash.map((c) => c.end)));
      else {
        found.push(slot);
        start = roundUp(slot.end);
      }
    }
    if (found.length >= count) break;
  }
  return found;
}
