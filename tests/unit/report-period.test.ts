import { describe, expect, it } from 'vitest';
import {
  formatDayRange,
  isoWeekOf,
  isWholeWeek,
  periodFromDates,
  periodFromSearch,
  periodToSearch,
  shiftPeriod,
} from '@/utils/reports/period';
import { weekRange } from '@/utils/time/weeks';
import { dateInputValue } from '@/utils/time/local-day';

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();
const days = (q: { from: number; to: number }) => [
  dateInputValue(q.from),
  dateInputValue(q.to - 1),
];

describe('report period', () => {
  it.each([
    ['2026-11-23', '2026-11-29', ['2026-11-23', '2026-11-29']],
    ['2026-10-19', '2026-10-25', ['2026-10-19', '2026-10-25']], // ends on the fall-back Sunday
    ['2026-02-01', '2026-02-01', ['2026-02-01', '2026-02-01']],
    ['2025-12-01', '2026-11-30', ['2025-12-01', '2026-11-30']],
  ])('from %s to %s (inclusive)', (from, to, expected) => {
    const parsed = periodFromDates(from, to, null);
    expect(parsed.ok && days(parsed.query)).toEqual(expected);
  });

  it.each([
    ['', '2026-11-29', 'dateInvalid'],
    ['2026-02-30', '2026-03-01', 'dateInvalid'],
    ['29/11/2026', '2026-11-30', 'dateInvalid'],
    ['2026-11-29', '2026-11-23', 'rangeOrder'],
    ['2024-01-01', '2026-01-01', 'rangeTooLong'],
  ])('rejects %s to %s: %s', (from, to, error) => {
    expect(periodFromDates(from, to, null)).toEqual({ ok: false, error });
  });

  it('round-trips through the URL, and falls back to this week on a broken one', () => {
    const query = { ...weekRange(at(2026, 11, 25), 1), clientId: 'c1' };
    expect(periodToSearch(query)).toBe('?from=2026-11-23&to=2026-11-29&client=c1');
    expect(periodFromSearch(periodToSearch(query), 0, 1)).toEqual(query);
    expect(periodFromSearch('?from=2026-13-01&to=x', at(2026, 11, 25), 1)).toEqual({
      ...weekRange(at(2026, 11, 25), 1),
      clientId: null,
    });
  });

  it.each([
    [
      'a Monday week steps a week back',
      weekRange(at(2026, 11, 25), 1),
      -1,
      ['2026-11-16', '2026-11-22'],
    ],
    [
      'into the daylight-saving week',
      weekRange(at(2026, 11, 4), 1),
      -1,
      ['2026-10-26', '2026-11-01'],
    ],
    ['across the fall-back week', weekRange(at(2026, 10, 14), 1), 1, ['2026-10-19', '2026-10-25']],
    ['a Sunday week', weekRange(at(2026, 11, 25), 0), 1, ['2026-11-29', '2026-12-05']],
  ] as const)('shift: %s', (_, range, direction, expected) => {
    const weekStart = new Date(range.from).getDay() as 0 | 1;
    const next = shiftPeriod({ ...range, clientId: null }, direction, weekStart);
    expect(days(next)).toEqual(expected);
    expect(isWholeWeek(next, weekStart)).toBe(true);
  });

  it('shifts a custom range by its own length', () => {
    const parsed = periodFromDates('2026-11-10', '2026-11-12', null);
    if (!parsed.ok) throw new Error('bad range');
    expect(days(shiftPeriod(parsed.query, 1, 1))).toEqual(['2026-11-13', '2026-11-15']);
    expect(days(shiftPeriod(parsed.query, -1, 1))).toEqual(['2026-11-07', '2026-11-09']);
  });

  it.each([
    ['en', '23 – 29 Nov 2026'],
    ['it', '23–29 nov 2026'],
  ] as const)('labels a week in %s', (language, label) => {
    const week = weekRange(at(2026, 11, 25), 1);
    expect(formatDayRange(week, language).replace(/\s/g, ' ')).toBe(label);
    expect(isoWeekOf(week)).toBe(48);
    expect(isoWeekOf({ from: week.from, to: week.to - 1 })).toBeNull();
  });
});
