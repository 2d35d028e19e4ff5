import { describe, expect, it } from 'vitest';
import { formatDurationInput, parseDuration, type DurationError } from '@/utils/time/duration';
import { MAX_ENTRY_MINUTES } from '@/utils/time/units';

describe('parseDuration: English forms', () => {
  it.each<[string, number]>([
    ['25', 25],
    ['  45  ', 45],
    ['1:30', 90],
    ['0:05', 5],
    ['10:00', 600],
    ['1h', 60],
    ['1H', 60],
    ['1h30', 90],
    ['1h30m', 90],
    ['1h 30m', 90],
    ['1 H 30 M', 90],
    ['1h 30min', 90],
    ['1 hour 30 minutes', 90],
    ['1 hr and 30 mins', 90],
    ['2 hours', 120],
    ['90m', 90],
    ['90 min', 90],
    ['90 minutes', 90],
    ['1.5h', 90],
    ['1.25 h', 75],
    ['0.1h', 6],
    ['24:00', MAX_ENTRY_MINUTES],
    ['24h', MAX_ENTRY_MINUTES],
    // Fractions round to the nearest minute, halves up.
    ['1.01h', 61], // 60.6
    ['1.0125h', 61], // 60.75
    ['1.0075h', 60], // 60.45
    ['0.0125h', 1], // 0.75
    ['2.5m', 3],
    ['2.4 min', 2],
    ['0.5 min', 1],
  ])('%j → %i min', (text, minutes) => {
    expect(parseDuration(text)).toEqual({ ok: true, minutes });
  });
});

describe('parseDuration: Italian forms', () => {
  it.each<[string, number]>([
    ['1,5h', 90],
    ['1,5 h', 90],
    ['1,5 ore', 90],
    ['0,5 ore', 30],
    ['1,25 ore', 75],
    ['2 ore', 120],
    ['1 ora', 60],
    ['1 Ora', 60],
    ['45 minuti', 45],
    ['1 minuto', 1],
    ["45'", 45],
    ['1 ora e 30', 90],
    ['1 ora e 30 minuti', 90],
    ['1 Ora E 30', 90],
    ['2 ore e 15 min', 135],
    ['2 ore 15', 135],
    ['2,5 min', 3],
    ['1\u00a0h\u00a030', 90], // no-break spaces pasted from a document
  ])('%j → %i min', (text, minutes) => {
    expect(parseDuration(text)).toEqual({ ok: true, minutes });
  });
});

describe('parseDuration: refusals', () => {
  it.each<[string, DurationError]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['0', 'zero'],
    ['00', 'zero'],
    ['0:00', 'zero'],
    ['0h', 'zero'],
    ['0 min', 'zero'],
    ['0,4 min', 'zero'], // rounds to 0
    ['0,001 ore', 'zero'], // 0.06 min
    ['24:01', 'tooLong'],
    ['25:00', 'tooLong'],
    ['25h', 'tooLong'],
    ['24,5 ore', 'tooLong'],
    ['1441', 'tooLong'],
    ['1441 min', 'tooLong'],
    ['99999999999999999999h', 'tooLong'],
    ['1:75', 'invalid'],
    ['1:60', 'invalid'],
    ['1:5', 'invalid'],
    ['1:30:00', 'invalid'],
    ['1h 75m', 'invalid'],
    ['1 ora e 60', 'invalid'],
    ['1,5h 30m', 'invalid'],
    ['-5', 'invalid'],
    ['-1:30', 'invalid'],
    ['-1h', 'invalid'],
    ['1,5', 'invalid'], // bare decimal: hours or minutes?
    ['1.30', 'invalid'], // clock time or 1.3 hours?
    ['1..5h', 'invalid'],
    ['1,5,0h', 'invalid'],
    ['abc', 'invalid'],
    ['h', 'invalid'],
    ['1x', 'invalid'],
    ['30 sec', 'invalid'],
    ['1 ora e', 'invalid'],
    ['e 30', 'invalid'],
    ['1h30h', 'invalid'],
    ['mezz’ora', 'invalid'],
  ])('%j → %s', (text, error) => {
    expect(parseDuration(text)).toEqual({ ok: false, error });
  });
});

describe('formatDurationInput', () => {
  it.each<[number, string]>([
    [0, '0:00'],
    [5, '0:05'],
    [45, '0:45'],
    [60, '1:00'],
    [90, '1:30'],
    [605, '10:05'],
    [1440, '24:00'],
    [89.6, '1:30'],
    [0.4, '0:00'],
    [-0.4, '0:00'],
    [-90, '-1:30'],
    [Number.NaN, ''],
  ])('%d → %j', (minutes, text) => {
    expect(formatDurationInput(minutes)).toBe(text);
  });

  it.each([1, 5, 59, 60, 61, 90, 599, 1439, 1440])('%i min survives a round trip', (minutes) => {
    expect(parseDuration(formatDurationInput(minutes))).toEqual({ ok: true, minutes });
  });
});
