import { describe, expect, it } from 'vitest';
import {
  dayStarts,
  isoWeekNumber,
  monthRange,
  weekRange,
  type WeekStart,
} from '@/utils/time/weeks';
import { startOfLocalDay } from '@/utils/time/local-day';

// These run in whatever zone the process has. Zone-specific DST assertions are guarded below;
// everything else holds in any zone (run the file with TZ=Europe/Rome, America/New_York, UTC…).
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const HOUR = 60 * 60_000;
const WEEK_STARTS: WeekStart[] = [0, 1, 6];

/** Local wall-clock time: `2026-11-25` (midnight) or `2026-11-25 15:30`. */
function local(text: string): number {
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0] = text.split(/[- :]/).map(Number);
  return new Date(y, mo - 1, d, h, mi).getTime();
}
/** `2026-03-22T23:00Z` → epoch ms, whatever the zone. */
const utc = (iso: string) => Date.parse(iso);

/** What every local week must satisfy, whatever the zone and its DST rules. */
function expectWellFormedWeek(instant: number, weekStart: WeekStart) {
  const { from, to } = weekRange(instant, weekStart);
  expect(from).toBeLessThanOrEqual(instant);
  expect(instant).toBeLessThan(to);
  expect(startOfLocalDay(from)).toBe(from);
  expect(startOfLocalDay(to)).toBe(to);
  expect(new Date(from).getDay()).toBe(weekStart);
  expect(new Date(to).getDay()).toBe(weekStart);
  expect(Math.abs(to - from - 168 * HOUR)).toBeLessThanOrEqual(HOUR);
  expect(weekRange(to, weekStart).from).toBe(to); // the next week starts where this one ends
  expect(weekRange(to - 1, weekStart)).toEqual({ from, to });
  expect(dayStarts(from, to)).toHaveLength(7);
}

describe('weekRange', () => {
  // [instant, week start (0 Sun, 1 Mon, 6 Sat), from, to]
  it.each<[string, WeekStart, string, string]>([
    ['2026-11-25 15:30', 1, '2026-11-23', '2026-11-30'], // Wednesday
    ['2026-11-25 15:30', 0, '2026-11-22', '2026-11-29'],
    ['2026-11-25 15:30', 6, '2026-11-21', '2026-11-28'],
    ['2026-11-23 00:00', 1, '2026-11-23', '2026-11-30'], // Monday midnight: its own week
    ['2026-11-29 23:59', 1, '2026-11-23', '2026-11-30'], // Sunday night: still Monday's week
    ['2026-11-29 00:00', 0, '2026-11-29', '2026-12-06'],
    ['2026-11-27 23:59', 6, '2026-11-21', '2026-11-28'],
    ['2026-11-28 00:00', 6, '2026-11-28', '2026-12-05'],
    ['2026-12-31 12:00', 1, '2026-12-28', '2027-01-04'], // across the year
    ['2027-01-01 12:00', 0, '2026-12-27', '2027-01-03'],
    ['2026-03-01 09:00', 1, '2026-02-23', '2026-03-02'], // across February
    ['2028-02-29 09:00', 1, '2028-02-28', '2028-03-06'], // leap day
  ])('%s, week start %i → %s … %s', (instant, weekStart, from, to) => {
    expect(weekRange(local(instant), weekStart)).toEqual({ from: local(from), to: local(to) });
  });

  it.each(WEEK_STARTS)('tiles every week of 2026 (week start %i)', (weekStart) => {
    let { from } = weekRange(local('2026-01-01'), weekStart);
    let weeks = 0;
    while (from < local('2027-01-01')) {
      expectWellFormedWeek(from, weekStart);
      expectWellFormedWeek(from + 84 * HOUR, weekStart);
      from = weekRange(from, weekStart).to;
      weeks += 1;
    }
    expect(weeks).toBe(53);
  });

  // The DST Sundays of 2026 in Europe and the US; in other zones, ordinary weeks.
  const DST_SUNDAYS = [
    '2026-03-29 12:00',
    '2026-10-25 12:00',
    '2026-03-08 12:00',
    '2026-11-01 12:00',
  ];
  it.each(WEEK_STARTS.flatMap((weekStart) => DST_SUNDAYS.map((day) => [day, weekStart] as const)))(
    'the week of %s (week start %i) is well formed',
    (instant, weekStart) => {
      expectWellFormedWeek(local(instant), weekStart);
    },
  );
});

// Exact instants and lengths, checked only in the zone they describe:
// [instant (UTC), week start, from (UTC), to (UTC), hours]
const DST_WEEKS: Record<string, [string, WeekStart, string, string, number][]> = {
  'Europe/Rome': [
    // Summer time starts Sun 29 Mar 2026 at 02:00 CET: that week has 167 h.
    ['2026-03-29T10:00Z', 1, '2026-03-22T23:00Z', '2026-03-29T22:00Z', 167],
    ['2026-03-29T10:00Z', 0, '2026-03-28T23:00Z', '2026-04-04T22:00Z', 167],
    ['2026-03-29T10:00Z', 6, '2026-03-27T23:00Z', '2026-04-03T22:00Z', 167],
    ['2026-04-01T10:00Z', 1, '2026-03-29T22:00Z', '2026-04-05T22:00Z', 168],
    // Summer time ends Sun 25 Oct 2026 at 03:00 CEST: that week has 169 h.
    ['2026-10-25T10:00Z', 1, '2026-10-18T22:00Z', '2026-10-25T23:00Z', 169],
    ['2026-10-25T10:00Z', 0, '2026-10-24T22:00Z', '2026-10-31T23:00Z', 169],
    ['2026-10-25T10:00Z', 6, '2026-10-23T22:00Z', '2026-10-30T23:00Z', 169],
  ],
  'America/New_York': [
    ['2026-03-08T17:00Z', 1, '2026-03-02T05:00Z', '2026-03-09T04:00Z', 167],
    ['2026-03-08T17:00Z', 0, '2026-03-08T05:00Z', '2026-03-15T04:00Z', 167],
    ['2026-11-01T17:00Z', 1, '2026-10-26T04:00Z', '2026-11-02T05:00Z', 169],
  ],
};

describe.runIf(ZONE in DST_WEEKS)(`weekRange across DST in ${ZONE}`, () => {
  it.each(DST_WEEKS[ZONE] ?? [])(
    '%s, week start %i → %s … %s (%i h)',
    (instant, weekStart, from, to, hours) => {
      const range = weekRange(utc(instant), weekStart);
      expect(range).toEqual({ from: utc(from), to: utc(to) });
      expect(range.to - range.from).toBe(hours * HOUR);
    },
  );
});

describe.runIf(ZONE === 'Europe/Rome')('dayStarts and monthRange across DST in Europe/Rome', () => {
  it('lists the seven midnights of the spring week, the Sunday being 23 h', () => {
    const { from, to } = weekRange(utc('2026-03-29T10:00Z'), 1);
    const days = dayStarts(from, to);
    expect(days).toEqual(
      ['22', '23', '24', '25', '26', '27', '28'].map((d) => utc(`2026-03-${d}T23:00Z`)),
    );
    expect(to - days[6]!).toBe(23 * HOUR);
  });

  it('makes the autumn Sunday 25 h', () => {
    const { from, to } = weekRange(utc('2026-10-25T10:00Z'), 1);
    const days = dayStarts(from, to);
    expect(days[6]).toBe(utc('2026-10-24T22:00Z'));
    expect(to - days[6]!).toBe(25 * HOUR);
  });

  it.each([
    ['2026-03-15T12:00Z', '2026-02-28T23:00Z', '2026-03-31T22:00Z', 31 * 24 - 1],
    ['2026-10-15T12:00Z', '2026-09-30T22:00Z', '2026-10-31T23:00Z', 31 * 24 + 1],
  ])('monthRange(%s) → %s … %s (%i h)', (instant, from, to, hours) => {
    const range = monthRange(utc(instant));
    expect(range).toEqual({ from: utc(from), to: utc(to) });
    expect(range.to - range.from).toBe(hours * HOUR);
  });
});

describe('dayStarts', () => {
  it.each<[string, string, string, string[]]>([
    ['empty range', '2026-11-23', '2026-11-23', []],
    ['reversed range', '2026-11-24', '2026-11-23', []],
    ['one day', '2026-11-23', '2026-11-24', ['2026-11-23']],
    ['from inclusive, to exclusive', '2026-11-23', '2026-11-25', ['2026-11-23', '2026-11-24']],
    ['from mid-morning', '2026-11-23 10:00', '2026-11-25 10:00', ['2026-11-24', '2026-11-25']],
    ['within one day', '2026-11-23 10:00', '2026-11-23 18:00', []],
    ['across the year', '2026-12-30', '2027-01-02', ['2026-12-30', '2026-12-31', '2027-01-01']],
  ])('%s: %s … %s', (_, from, to, expected) => {
    expect(dayStarts(local(from), local(to))).toEqual(expected.map(local));
  });

  it.each(['2026-03-29 12:00', '2026-10-25 12:00', '2026-03-08 12:00', '2026-11-01 12:00'])(
    'gives seven consecutive local midnights in the week of %s',
    (instant) => {
      const { from, to } = weekRange(local(instant), 1);
      const days = dayStarts(from, to);
      expect(days[0]).toBe(from);
      days.forEach((start, i) => {
        expect(startOfLocalDay(start)).toBe(start);
        expect(new Date(start).getDay()).toBe((1 + i) % 7);
        if (i > 0) expect(Math.abs(start - days[i - 1]! - 24 * HOUR)).toBeLessThanOrEqual(HOUR);
      });
    },
  );

  it('gives every day of 2026 once', () => {
    const days = dayStarts(local('2026-01-01'), local('2027-01-01'));
    expect(days).toHaveLength(365);
    expect(new Set(days.map((d) => new Date(d).toDateString())).size).toBe(365);
  });
});

describe('monthRange', () => {
  it.each([
    ['2026-11-25 15:00', '2026-11-01', '2026-12-01'],
    ['2026-11-01 00:00', '2026-11-01', '2026-12-01'],
    ['2026-11-30 23:59', '2026-11-01', '2026-12-01'],
    ['2026-12-31 23:59', '2026-12-01', '2027-01-01'],
    ['2026-02-14 12:00', '2026-02-01', '2026-03-01'],
    ['2028-02-29 12:00', '2028-02-01', '2028-03-01'], // leap year
    ['2026-03-29 12:00', '2026-03-01', '2026-04-01'], // DST in Europe and the US
    ['2026-10-25 12:00', '2026-10-01', '2026-11-01'], // DST in Europe
  ])('%s → %s … %s', (instant, from, to) => {
    expect(monthRange(local(instant))).toEqual({ from: local(from), to: local(to) });
  });

  it('tiles the twelve months of 2026', () => {
    let from = local('2026-01-01');
    for (let month = 0; month < 12; month += 1) {
      const range = monthRange(from);
      expect(range.from).toBe(from);
      expect(new Date(range.to).getMonth()).toBe((month + 1) % 12);
      from = range.to;
    }
    expect(from).toBe(local('2027-01-01'));
  });
});

describe('isoWeekNumber', () => {
  it.each<[string, number]>([
    ['2025-12-29 09:00', 1], // Monday: week 1 of 2026
    ['2026-01-01 09:00', 1],
    ['2026-01-04 23:59', 1], // Sunday night
    ['2026-01-05 00:00', 2], // Monday midnight
    ['2026-03-29 12:00', 13], // DST in Europe
    ['2026-11-25 15:00', 48],
    ['2026-12-31 09:00', 53],
    ['2027-01-01 09:00', 53], // still week 53 of 2026
    ['2027-01-03 23:59', 53],
    ['2027-01-04 00:00', 1],
    ['2024-12-30 09:00', 1], // week 1 of 2025
    ['2021-01-03 09:00', 53], // week 53 of 2020
    ['2023-01-01 09:00', 52], // week 52 of 2022
  ])('%s → %i', (instant, week) => {
    expect(isoWeekNumber(local(instant))).toBe(week);
  });

  it('is the same for every instant of a Monday-start week', () => {
    const { from, to } = weekRange(local('2026-10-25 12:00'), 1);
    expect(new Set([from, from + 72 * HOUR, to - 1].map(isoWeekNumber))).toEqual(new Set([43]));
    expect(isoWeekNumber(to)).toBe(44);
  });
});
