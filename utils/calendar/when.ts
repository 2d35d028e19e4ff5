// Reads the localized date and time texts Calendar shows, in English (US and UK) and Italian:
//   details card  "Wednesday, November 25⋅2:30 – 3:30pm", "mercoledì 25 novembre⋅14:30 – 15:30",
//                 "November 25 – 27, 2026", "April 25, 2023, 11:15pm – April 26, 2023, 6:45am"
//   chip text     "2:30pm to 3:30pm", "dalle 14:30 alle 15:30", "January 4, 2024 at 10pm to …"
// These texts are LOCALIZED (google-dom.md §2.4, §2.5): the parser only looks for month names,
// day numbers and clock times, never for whole sentences, and gives up (null parts) rather than
// guess. Weekday names and words like "at", "to", "alle" are ignored.
import {
  addDays,
  isRealDate,
  zonedToInstant,
  type CalendarDate,
  type WallTime,
} from '@/utils/time/zoned';

/** A date as written: the year is often left out for the current year. */
export interface WrittenDate {
  year: number | null;
  month: number;
  day: number;
}

export interface WhenParts {
  startDate: WrittenDate | null;
  /** The last day (inclusive) when the text names a second date. */
  endDate: WrittenDate | null;
  start: WallTime | null;
  end: WallTime | null;
}

const MONTH_NAMES: Record<string, number> = {};
[
  'january february march april may june july august september october november december',
  'jan feb mar apr may jun jul aug sep oct nov dec',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  // Italian abbreviations without "mar": it is also Tuesday ("mar 24 nov").
  'gen feb _ apr mag giu lug ago set ott nov dic',
].forEach((line) =>
  line.split(' ').forEach((name, i) => {
    if (name !== '_') MONTH_NAMES[name] = i + 1;
  }),
);
MONTH_NAMES.sept = 9;
const MONTH = `(${Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4}))?';
/** A day number that is really the start of a clock time ("25 – 2:30pm" never happens, but "2 – 3pm" does). */
const NOT_TIME = '(?!\\s*(?:[:.]\\d|[ap]\\.?\\s?m\\b))';

interface DatePattern {
  re: RegExp;
  read(m: RegExpExecArray): [WrittenDate, WrittenDate | null];
}

const num = (s: string | undefined) => (s === undefined ? null : Number(s));
const month = (s: string | undefined) => MONTH_NAMES[s ?? ''] ?? 0;

/** In order: ranges inside one month first, then single dates in both orders. */
const DATE_PATTERNS: DatePattern[] = [
  {
    // "25 – 27 novembre 2026"
    re: new RegExp(`\\b${DAY}\\s*–\\s*${DAY}\\s+${MONTH}${YEAR}`, 'g'),
    read: (m) => {
      const y = num(m[4]);
      return [
        { year: y, month: month(m[3]), day: Number(m[1]) },
        { year: y, month: month(m[3]), day: Number(m[2]) },
      ];
    },
  },
  {
    // "November 25 – 27, 2026"
    re: new RegExp(`\\b${MONTH}\\s+${DAY}\\s*–\\s*${DAY}${NOT_TIME}${YEAR}`, 'g'),
    read: (m) => {
      const y = num(m[4]);
      return [
        { year: y, month: month(m[1]), day: Number(m[2]) },
        { year: y, month: month(m[1]), day: Number(m[3]) },
      ];
    },
  },
  {
    // "25 novembre 2026", "25 November"
    re: new RegExp(`\\b${DAY}\\s+${MONTH}${YEAR}`, 'g'),
    read: (m) => [{ year: num(m[3]), month: month(m[2]), day: Number(m[1]) }, null],
  },
  {
    // "November 25, 2026", "Nov 25"
    re: new RegExp(`\\b${MONTH}\\s+${DAY}${NOT_TIME}${YEAR}\\b`, 'g'),
    read: (m) => [{ year: num(m[3]), month: month(m[1]), day: Number(m[2]) }, null],
  },
];

/** "2:30pm", "2pm", "2:30 p.m.", "14:30", "14.30", or a bare hour that starts a range ("2 – 3pm"). */
const TIME =
  /\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?|\b(\d{1,2})[:.](\d{2})\b|\b(\d{1,2})(?=\s*(?:–|to|alle)\s*\d)/g;

interface TimeToken {
  hour: number;
  minute: number;
  meridiem: 'a' | 'p' | null;
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(/[\u22c5\u00b7\u2022|]/g, ' | ')
    .replace(/\s+[-\u2010-\u2015\u2212]\s+|[\u2013\u2014\u2212]/g, ' – ')
    .replace(/\s+/g, ' ')
    .trim();
}

function clock(token: TimeToken, meridiem: 'a' | 'p' | null): WallTime | null {
  const { hour, minute } = token;
  if (minute > 59) return null;
  if (!meridiem) return hour <= 23 ? { hour, minute } : null;
  if (hour < 1 || hour > 12) return null;
  return { hour: (hour % 12) + (meridiem === 'p' ? 12 : 0), minute };
}

const minutesOf = (t: WallTime) => t.hour * 60 + t.minute;

/** The dates and clock times a Calendar text names; every part it cannot find is null. */
export function parseWhen(text: string): WhenParts {
  let s = ` ${normalize(text)} `;
  const found: { at: number; dates: [WrittenDate, WrittenDate | null] }[] = [];
  for (const pattern of DATE_PATTERNS) {
    s = s.replace(pattern.re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      const at = args[args.length - 2] as number;
      const dates = pattern.read(m);
      if (!dates.every((d) => !d || (d.month && d.day >= 1 && d.day <= 31))) return m[0];
      found.push({ at, dates });
      // Keep the length, so later matches keep their positions for ordering.
      return ' '.repeat(m[0].length);
    });
  }
  found.sort((a, b) => a.at - b.at);
  const dates = found.flatMap((f) => f.dates.filter((d): d is WrittenDate => d !== null));
  let startDate = dates[0] ?? null;
  let endDate = dates.length > 1 ? dates[dates.length - 1]! : null;
  // "November 30 – December 2, 2026": the first date takes the year of the last.
  if (startDate && endDate) {
    if (startDate.year === null && endDate.year !== null)
      startDate = {
        ...startDate,
        year: endDate.year - (startDate.month > endDate.month ? 1 : 0),
      };
    else if (endDate.year === null && startDate.year !== null)
      endDate = {
        ...endDate,
        year: startDate.year + (endDate.month < startDate.month ? 1 : 0),
      };
  }

  const tokens: TimeToken[] = [];
  for (const m of s.matchAll(TIME)) {
    if (m[1] !== undefined)
      tokens.push({ hour: +m[1], minute: +(m[2] ?? 0), meridiem: m[3] as 'a' | 'p' });
    else if (m[4] !== undefined) tokens.push({ hour: +m[4], minute: +m[5]!, meridiem: null });
    else tokens.push({ hour: +m[6]!, minute: 0, meridiem: null });
  }
  let start: WallTime | null = null;
  let end: WallTime | null = null;
  const [first, second] = tokens;
  if (first && second) {
    end = clock(second, second.meridiem);
    // "2:30 – 3:30pm": the start takes the end's am/pm, unless that puts it after the end.
    start = clock(first, first.meridiem ?? second.meridiem);
    if (start && end && !first.meridiem && second.meridiem && !endDate) {
      if (minutesOf(start) > minutesOf(end))
        start = clock(first, second.meridiem === 'p' ? 'a' : 'p');
    }
    if (!start || !end) start = end = null;
  } else if (first) start = clock(first, first.meridiem);
  return { startDate, endDate, start, end };
}

export interface ResolvedWhen {
  start: number;
  /** Null when only a start time was written. */
  end: number | null;
  allDay: boolean;
}

export interface ResolveContext {
  /** The day from elsewhere (the chip's column) when the text names none. */
  date?: CalendarDate | null;
  /** An instant near the event (the visible range, or now): picks the year when none is written. */
  reference: number;
  timeZone: string;
}

function withYear(date: WrittenDate, reference: number, timeZone: string): CalendarDate | null {
  if (date.year !== null) return isRealDate(date as CalendarDate) ? (date as CalendarDate) : null;
  const year = new Date(reference).getUTCFullYear();
  let best: CalendarDate | null = null;
  let distance = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const candidate = { year: y, month: date.month, day: date.day };
    if (!isRealDate(candidate)) continue;
    const d = Math.abs(zonedToInstant(candidate, { hour: 12, minute: 0 }, timeZone) - reference);
    if (d < distance) [best, distance] = [candidate, d];
  }
  return best;
}

/** Whether a text holds something like a clock time, read or not ("14:30", "2pm"). */
export function hasClockText(text: string): boolean {
  return /\d[:.]\d\d|\d\s*[ap]\.?\s?m\b/i.test(text);
}

/** Instants for parsed parts, in the Calendar's zone; null when there is no day or no time at all. */
export function resolveWhen(parts: WhenParts, context: ResolveContext): ResolvedWhen | null {
  const { reference, timeZone } = context;
  const startDate = parts.startDate
    ? withYear(parts.startDate, reference, timeZone)
    : (context.date ?? null);
  if (!startDate) return null;
  const endDate = parts.endDate ? withYear(parts.endDate, reference, timeZone) : null;
  if (parts.endDate && !endDate) return null;
  const midnight = { hour: 0, minute: 0 };
  if (!parts.start) {
    if (parts.end) return null;
    // No clock time: an all-day event, ending at the midnight after its last day.
    const last = endDate ?? startDate;
    const start = zonedToInstant(startDate, midnight, timeZone);
    const end = zonedToInstant(addDays(last, 1), midnight, timeZone);
    return end > start ? { start, end, allDay: true } : null;
  }
  const start = zonedToInstant(startDate, parts.start, timeZone);
  if (!parts.end) return { start, end: null, allDay: false };
  let end = zonedToInstant(endDate ?? startDate, parts.end, timeZone);
  // "11pm – 1am" on one day: it ends the next morning.
  if (end <= start && !endDate) end = zonedToInstant(addDays(startDate, 1), parts.end, timeZone);
  return end > start ? { start, end, allDay: false } : null;
}
