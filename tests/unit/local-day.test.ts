import { describe, expect, it } from 'vitest';
import {
  atLocalTime,
  dateInputValue,
  endOfLocalDay,
  hhmm,
  minutesToHHMM,
  parseDateInput,
  parseHHMM,
  startOfLocalDay,
} from '@/utils/time/local-day';

/** Local (Europe/Rome, set in vitest.config.ts) wall time. */
const at = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) =>
  new Date(y, mo - 1, d, h, mi, s).getTime();

describe('minutesToHHMM', () => {
  it.each([
    [0, '00:00'],
    [5, '00:05'],
    [540, '09:00'],
    [570, '09:30'],
    [1080, '18:00'],
    [1439, '23:59'],
    [1440, '24:00'],
  ])('%i → %j', (minutes, expected) => {
    expect(minutesToHHMM(minutes)).toBe(expected);
  });
});

describe('parseHHMM', () => {
  it.each<[string, number | null]>([
    ['00:00', 0],
    ['09:00', 540],
    ['9:00', 540],
    ['9:30', 570],
    ['9.30', 570],
    [' 18:00 ', 1080],
    ['23:59', 1439],
    ['24:00', 1440],
    ['24:01', null],
    ['25:00', null],
    ['12:60', null],
    ['930', null],
    ['9', null],
    ['9:3', null],
    ['9:300', null],
    ['09,30', null],
    ['100:00', null],
    ['-1:00', null],
    ['9:30 am', null],
    ['noon', null],
    ['', null],
  ])('%j → %s', (text, expected) => {
    expect(parseHHMM(text)).toBe(expected);
  });

  it.each([0, 5, 540, 570, 1439, 1440])('reads back minutesToHHMM(%i)', (minutes) => {
    expect(parseHHMM(minutesToHHMM(minutes))).toBe(minutes);
  });
});

describe('hhmm', () => {
  it.each([
    [at(2026, 11, 26, 9, 5, 59), '09:05'],
    [at(2026, 11, 26, 0, 0), '00:00'],
    [at(2026, 11, 26, 23, 59, 30), '23:59'],
    // The hour after the spring-forward gap.
    [at(2026, 3, 29, 3, 30), '03:30'],
  ])('%d → %s', (instant, expected) => {
    expect(hhmm(instant)).toBe(expected);
  });
});

describe('dateInputValue: the local day of an instant', () => {
  it.each([
    [at(2026, 11, 26, 10), '2026-11-26'],
    [at(2026, 1, 1, 0, 0, 0), '2026-01-01'],
    [at(2025, 12, 31, 23, 59, 59), '2025-12-31'],
    [at(2026, 3, 29, 0, 30), '2026-03-29'],
    [at(2026, 3, 29, 3, 30), '2026-03-29'],
    [at(2026, 10, 25, 2, 30), '2026-10-25'],
    [at(2026, 10, 25, 23, 59, 59), '2026-10-25'],
  ])('%d → %s', (instant, expected) => {
    expect(dateInputValue(instant)).toBe(expected);
  });
});

describe('parseDateInput', () => {
  it.each<[string, number | null]>([
    ['2026-11-26', at(2026, 11, 26)],
    ['2026-03-29', at(2026, 3, 29)],
    ['2026-02-30', null],
    ['2026-13-01', null],
    ['26/11/2026', null],
    ['', null],
  ])('%j → %s', (text, expected) => {
    expect(parseDateInput(text)).toBe(expected);
  });

  it.each(['2026-01-01', '2026-03-29', '2026-10-25', '2026-12-31'])(
    'reads back dateInputValue of %s',
    (text) => {
      expect(dateInputValue(parseDateInput(text)!)).toBe(text);
    },
  );
});

describe('startOfLocalDay and endOfLocalDay', () => {
  it.each([
    ['a morning', at(2026, 11, 26, 9, 30), at(2026, 11, 26), at(2026, 11, 27)],
    ['midnight itself', at(2026, 11, 26), at(2026, 11, 26), at(2026, 11, 27)],
    // 23 and 25 hours long: the next day is built from date parts, not by adding 24 hours.
    ['the spring-forward day', at(2026, 3, 29, 12), at(2026, 3, 29), at(2026, 3, 30)],
    ['the fall-back day', at(2026, 10, 25, 12), at(2026, 10, 25), at(2026, 10, 26)],
  ])('%s', (_, instant, start, end) => {
    expect(startOfLocalDay(instant)).toBe(start);
    expect(endOfLocalDay(instant)).toBe(end);
  });
});

describe('atLocalTime', () => {
  it.each([
    ['09:30 on an ordinary day', at(2026, 11, 26), 570, at(2026, 11, 26, 9, 30)],
    ['from any instant of the day', at(2026, 11, 26, 17, 45), 60, at(2026, 11, 26, 1, 0)],
    ['after the spring-forward gap', at(2026, 3, 29), 4 * 60, at(2026, 3, 29, 4, 0)],
    ['on the fall-back day', at(2026, 10, 25), 12 * 60, at(2026, 10, 25, 12, 0)],
  ])('%s', (_, day, minutes, expected) => {
    expect(atLocalTime(day, minutes)).toBe(expected);
  });
});

describe('date inputs', () => {
  it.each([
    ['2026-11-27', new Date(2026, 10, 27).getTime()],
    ['2026-02-30', null],
    ['27/11/2026', null],
    ['', null],
  ])('%s → %s', (value, expected) => {
    expect(parseDateInput(value)).toBe(expected);
  });

  it('round-trips a local date', () => {
    expect(dateInputValue(parseDateInput('2026-03-29')!)).toBe('2026-03-29');
  });
});
