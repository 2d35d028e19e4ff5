import { describe, expect, it } from 'vitest';
import { dateInputValue, parseDateInput } from '@/utils/time/date-input';

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
