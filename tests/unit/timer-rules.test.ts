import { describe, expect, it } from 'vitest';
import {
  badgeText,
  idleStretch,
  isWorkingTime,
  nextWorkEnd,
  shouldRemindNoTimer,
} from '@/utils/time/timer-rules';

const MIN = 60_000;
const working = { workStartMinutes: 9 * 60, workEndMinutes: 18 * 60, workingDays: [1, 2, 3, 4, 5] };
const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime(); // 23 Nov 2026 is a Monday

describe('badgeText', () => {
  it.each([
    [0, '0m'],
    [59 * MIN + 59_000, '59m'],
    [60 * MIN, '1h00'],
    [125 * MIN, '2h05'],
    [600 * MIN, '10h'],
    [-5, '0m'],
  ])('%i ms → %s', (ms, text) => expect(badgeText(ms)).toBe(text));
});

describe('working time', () => {
  it.each([
    [at(23, 8, 59), false],
    [at(23, 9), true],
    [at(23, 17, 59), true],
    [at(23, 18), false],
    [at(28, 10), false], // Saturday
  ])('%i → %s', (now, expected) => expect(isWorkingTime(now, working)).toBe(expected));

  it('finds the next end of a working day, skipping the weekend', () => {
    expect(nextWorkEnd(at(23, 10), working)).toBe(at(23, 18));
    expect(nextWorkEnd(at(27, 19), working)).toBe(at(30, 18)); // Friday evening → Monday
  });
});

describe('no-timer reminder', () => {
  const base = {
    working,
    afterMinutes: 30,
    running: false,
    lastActivityEnd: null,
    lastReminderAt: null,
  };
  it.each([
    ['off', { afterMinutes: 0, now: at(23, 12) }, false],
    ['timer running', { running: true, now: at(23, 12) }, false],
    ['outside hours', { now: at(23, 19) }, false],
    ['quiet since the day began', { now: at(23, 9, 30) }, true],
    ['just after the day began', { now: at(23, 9, 29) }, false],
    ['recent entry', { now: at(23, 12), lastActivityEnd: at(23, 11, 45) }, false],
    ['old entry', { now: at(23, 12), lastActivityEnd: at(23, 11) }, true],
    [
      'already reminded for this gap',
      { now: at(23, 12), lastActivityEnd: at(23, 11), lastReminderAt: at(23, 11, 40) },
      false,
    ],
  ])('%s', (_, patch, expected) => {
    expect(
      shouldRemindNoTimer({ ...base, ...patch } as Parameters<typeof shouldRemindNoTimer>[0]),
    ).toBe(expected);
  });
});

describe('idle stretch', () => {
  it.each([
    ['no timer', null, at(23, 10), at(23, 10, 20), null],
    ['short', { start: at(23, 9) }, at(23, 10), at(23, 10, 5), null],
    [
      'long',
      { start: at(23, 9) },
      at(23, 10),
      at(23, 10, 20),
      { from: at(23, 10), to: at(23, 10, 20) },
    ],
    [
      'idle before the timer started',
      { start: at(23, 10, 5) },
      at(23, 10),
      at(23, 10, 20),
      { from: at(23, 10, 5), to: at(23, 10, 20) },
    ],
  ])('%s', (_, running, since, now, expected) => {
    expect(idleStretch(running, since, now, 10)).toEqual(expected);
  });
});
