import { describe, expect, it } from 'vitest';
import { hasClockText, parseWhen, resolveWhen } from '@/utils/calendar/when';

const NOW = Date.parse('2026-11-26T10:00:00+01:00');
const WED = { year: 2026, month: 11, day: 25 };

/** A text read in Rome, with Wednesday 25 November as the chip's day: [start, end] as ISO. */
function read(text: string, zone = 'Europe/Rome', date: typeof WED | null = WED) {
  const r = resolveWhen(parseWhen(text), { date, reference: NOW, timeZone: zone });
  return (
    r && [
      new Date(r.start).toISOString(),
      r.end === null ? null : new Date(r.end).toISOString(),
      r.allDay,
    ]
  );
}

describe('Calendar date and time texts', () => {
  it.each([
    // details card, English (US and UK) and Italian
    [
      'Wednesday, November 25⋅2:30 – 3:30pm',
      '2026-11-25T13:30:00.000Z',
      '2026-11-25T14:30:00.000Z',
    ],
    ['Wednesday, November 25⋅2 – 3pm', '2026-11-25T13:00:00.000Z', '2026-11-25T14:00:00.000Z'],
    [
      'Wednesday, November 25⋅11:30am – 12:30pm',
      '2026-11-25T10:30:00.000Z',
      '2026-11-25T11:30:00.000Z',
    ],
    ['Wednesday, November 25⋅11 – 1pm', '2026-11-25T10:00:00.000Z', '2026-11-25T12:00:00.000Z'],
    ['Wednesday, November 25⋅12am – 1am', '2026-11-24T23:00:00.000Z', '2026-11-25T00:00:00.000Z'],
    [
      'Wednesday, 25 November⋅14:30 – 15:30',
      '2026-11-25T13:30:00.000Z',
      '2026-11-25T14:30:00.000Z',
    ],
    ['mercoledì 25 novembre⋅14:30 – 15:30', '2026-11-25T13:30:00.000Z', '2026-11-25T14:30:00.000Z'],
    [
      'mercoledì, 25 novembre · 14.30–15.30',
      '2026-11-25T13:30:00.000Z',
      '2026-11-25T14:30:00.000Z',
    ],
    [
      'Friday, November 27, 2026⋅9 – 9:15am',
      '2026-11-27T08:00:00.000Z',
      '2026-11-27T08:15:00.000Z',
    ],
    // overnight on one line, and across two written dates
    ['Wednesday, November 25⋅11pm – 1am', '2026-11-25T22:00:00.000Z', '2026-11-26T00:00:00.000Z'],
    [
      'April 25, 2023, 11:15pm – April 26, 2023, 6:45am',
      '2023-04-25T21:15:00.000Z',
      '2023-04-26T04:45:00.000Z',
    ],
    // chip texts: the day comes from the chip's column
    ['10am to 11am', '2026-11-25T09:00:00.000Z', '2026-11-25T10:00:00.000Z'],
    ['dalle 10:00 alle 11:00', '2026-11-25T09:00:00.000Z', '2026-11-25T10:00:00.000Z'],
    [
      'January 4, 2024 at 10pm to January 5, 2024 at 1:15am',
      '2024-01-04T21:00:00.000Z',
      '2024-01-05T00:15:00.000Z',
    ],
    // a start without an end (month view chips)
    ['10am', '2026-11-25T09:00:00.000Z', null],
  ])('%s', (text, start, end) => {
    expect(read(text)).toEqual([start, end, false]);
  });

  it.each([
    ['Wednesday, November 25', '2026-11-24T23:00:00.000Z', '2026-11-25T23:00:00.000Z'],
    ['November 25 – 27, 2026', '2026-11-24T23:00:00.000Z', '2026-11-27T23:00:00.000Z'],
    ['25 – 27 novembre 2026', '2026-11-24T23:00:00.000Z', '2026-11-27T23:00:00.000Z'],
    ['November 30 – December 2, 2026', '2026-11-29T23:00:00.000Z', '2026-12-02T23:00:00.000Z'],
    ['30 novembre – 2 dicembre 2026', '2026-11-29T23:00:00.000Z', '2026-12-02T23:00:00.000Z'],
    ['December 30 – January 2, 2027', '2026-12-29T23:00:00.000Z', '2027-01-02T23:00:00.000Z'],
    ['All day', '2026-11-24T23:00:00.000Z', '2026-11-25T23:00:00.000Z'],
  ])('all day: %s', (text, start, end) => {
    expect(read(text)).toEqual([start, end, true]);
  });

  it.each([
    ['no day anywhere', '2pm to 3pm', null],
    ['a month name alone', 'novembre', null],
    ['impossible times', '25:00 – 26:00', null],
    ['the 31st of a short month', 'November 31, 2026', null],
  ])('gives up on %s', (_, text, date) => {
    expect(read(text, 'Europe/Rome', date)).toBeNull();
  });

  it('never reads "mar" (Tuesday in Italian) as March', () => {
    expect(parseWhen('mar 24 nov 2026').startDate).toEqual({ year: 2026, month: 11, day: 24 });
  });

  it('picks the year nearest to the reference when none is written', () => {
    const jan = resolveWhen(parseWhen('Monday, January 4⋅9 – 10am'), {
      reference: Date.parse('2026-12-28T10:00:00+01:00'),
      timeZone: 'Europe/Rome',
    });
    expect(new Date(jan!.start).toISOString()).toBe('2027-01-04T08:00:00.000Z');
  });

  it.each([
    ['14:30', true],
    ['2pm', true],
    ['2 p.m.', true],
    ['Tutto il giorno', false],
    ['Mittwoch, 25. November', false],
  ])('hasClockText(%j) is %s', (text, yes) => {
    expect(hasClockText(text)).toBe(yes);
  });
});
