import { DAY_MS } from '@/utils/time/units';
// Wall-clock dates and times in a named IANA zone, through `Intl` only: no offset is ever written
// by hand, so daylight-saving changes come from the browser's own zone data.

/** A calendar date; `month` is 1-based. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock time, 24-hour. */
export interface WallTime {
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether `Intl` knows the zone (`Europe/Rome` yes, `Mars/Base` no). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The date and time `instant` shows on a clock in `timeZone`. */
export function zonedParts(instant: number, timeZone: string): CalendarDate & WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
  };
}

/** How far `timeZone`'s clock is ahead of UTC at `instant`, in ms (Rome in winter: 3_600_000). */
function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const p = zonedParts(whole, timeZone);
  const seconds = new Date(whole).getUTCSeconds();
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, seconds) - whole;
}

/**
 * The instant a clock in `timeZone` shows `date` at `time`. A time skipped by a spring-forward
 * change (02:30 in Rome on the last Sunday of March) gives the instant one hour later on the
 * clock; a repeated autumn time gives its first occurrence.
 */
export function zonedToInstant(date: CalendarDate, time: WallTime, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  // Zone changes are months apart, so the offsets a day either side hold both sides of any change
  // near this wall time; the right instant is one of them applied.
  const offsets = [-DAY_MS, 0, DAY_MS].map((shift) => offsetAt(wall + shift, timeZone));
  const candidates = offsets
    .map((offset) => wall - offset)
    .filter((instant) => instant + offsetAt(instant, timeZone) === wall);
  if (candidates.length) return Math.min(...candidates);
  // Skipped by a spring-forward change: read it with the smaller (earlier) offset, i.e. later.
  return wall - Math.min(...offsets);
}

/** `date` moved by `days` calendar days (month and year roll over). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `2026-11-25`. */
export function isoDate(date: CalendarDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** `2026-11-25` → the date; anything else → null. */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDate(date) ? date : null;
}

/** Whether the date exists (no 31 April, no 29 February 2026). */
export function isRealDate(date: CalendarDate): boolean {
  if (!Number.isInteger(date.year) || date.month < 1 || date.month > 12 || date.day < 1)
    return false;
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return d.getUTCMonth() === date.month - 1 && d.getUTCDate() === date.day;
}
