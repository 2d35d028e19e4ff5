import { describe, expect, it } from 'vitest';
import { eidOf, parseEventId } from '@/utils/calendar/event-id';
import {
  calendarAccountIndex,
  calendarDateFromUrl,
  calendarViewFromUrl,
  eidFromUrl,
} from '@/utils/calendar/page';
import { hasClockText, parseWhen, resolveWhen } from '@/utils/calendar/when';
import {
  addDays,
  isValidTimeZone,
  parseIsoDate,
  zonedParts,
  zonedToInstant,
} from '@/utils/time/zoned';

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

describe('wall times in a zone, across daylight-saving changes', () => {
  it.each([
    // Rome: clocks go forward at 02:00 on 29 March 2026 and back at 03:00 on 25 October 2026.
    ['Europe/Rome', '2026-03-28', '09:00', '2026-03-28T08:00:00.000Z'],
    ['Europe/Rome', '2026-03-29', '01:30', '2026-03-29T00:30:00.000Z'],
    ['Europe/Rome', '2026-03-29', '02:30', '2026-03-29T01:30:00.000Z'], // skipped: reads as 03:30
    ['Europe/Rome', '2026-03-29', '09:00', '2026-03-29T07:00:00.000Z'],
    ['Europe/Rome', '2026-10-24', '09:00', '2026-10-24T07:00:00.000Z'],
    ['Europe/Rome', '2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'], // twice: the first
    ['Europe/Rome', '2026-10-25', '09:00', '2026-10-25T08:00:00.000Z'],
    // New York: forward on 8 March, back on 1 November 2026.
    ['America/New_York', '2026-03-27', '10:00', '2026-03-27T14:00:00.000Z'],
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:30:00.000Z'],
    ['America/New_York', '2026-10-26', '10:00', '2026-10-26T14:00:00.000Z'],
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00.000Z'],
    ['America/New_York', '2026-11-02', '10:00', '2026-11-02T15:00:00.000Z'],
    ['Asia/Kolkata', '2026-11-25', '10:00', '2026-11-25T04:30:00.000Z'],
  ])('%s %s %s is %s', (zone, date, time, iso) => {
    const [hour, minute] = time.split(':').map(Number);
    const instant = zonedToInstant(parseIsoDate(date)!, { hour: hour!, minute: minute! }, zone);
    expect(new Date(instant).toISOString()).toBe(iso);
  });

  it('reads a Rome meeting in late March as New York sees it (their clocks changed first)', () => {
    const meeting = zonedToInstant(
      { year: 2026, month: 3, day: 27 },
      { hour: 15, minute: 0 },
      'Europe/Rome',
    );
    expect(zonedParts(meeting, 'America/New_York')).toMatchObject({ day: 27, hour: 10, minute: 0 });
    const after = zonedToInstant(
      { year: 2026, month: 3, day: 30 },
      { hour: 15, minute: 0 },
      'Europe/Rome',
    );
    expect(zonedParts(after, 'America/New_York')).toMatchObject({ day: 30, hour: 9, minute: 0 });
  });

  it('steps calendar days and checks zones', () => {
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({
      year: 2027,
      month: 1,
      day: 1,
    });
    expect(addDays({ year: 2028, month: 3, day: 1 }, -1)).toEqual({
      year: 2028,
      month: 2,
      day: 29,
    });
    expect(isValidTimeZone('Europe/Rome')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(parseIsoDate('2026-02-29')).toBeNull();
  });
});

describe('event ids', () => {
  const payload = '7l0c2n4p6r8t1v3x5z7b9d1f3h giulia@contiassistenza.it';
  const canonical = 'N2wwYzJuNHA2cjh0MXYzeDV6N2I5ZDFmM2ggZ2l1bGlhQGNvbnRpYXNzaXN0ZW56YS5pdA';

  it.each([
    ['URL-safe without padding', canonical],
    ['standard with padding', `${canonical}==`],
    ['with spaces around', `  ${canonical}\n`],
  ])('reads the %s form as one canonical id', (_, raw) => {
    expect(parseEventId(raw)).toEqual({
      eid: canonical,
      eventId: '7l0c2n4p6r8t1v3x5z7b9d1f3h',
      calendarId: 'giulia@contiassistenza.it',
      instanceStart: null,
      kind: 'event',
    });
    expect(eidOf('7l0c2n4p6r8t1v3x5z7b9d1f3h', 'giulia@contiassistenza.it')).toBe(canonical);
    expect(atob(canonical)).toBe(payload);
  });

  it.each([
    ['abc d~?>@x.it', 'YWJjIGR+Pz5AeC5pdA=='],
    ['abcd b???@x.it', 'YWJjZCBiPz8/QHguaXQ='],
  ])('turns "+" and "/" into the URL-safe alphabet (%s)', (payload, raw) => {
    expect(btoa(payload)).toBe(raw);
    const eid = raw.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(parseEventId(raw)?.eid).toBe(eid);
    expect(parseEventId(eid)?.eid).toBe(eid);
  });

  it('reads the start of a recurring instance from its id', () => {
    const ref = parseEventId(
      btoa('5c7e9g1i3k5m7o9q1s3u5w7y9a_20261126T140000Z giulia@contiassistenza.it'),
    );
    expect(new Date(ref!.instanceStart!).toISOString()).toBe('2026-11-26T14:00:00.000Z');
  });

  it.each([
    ['a Google Tasks chip', 'tasks_OXVqNTdkUnBXdTJmWm1nQg', 'task'],
    ['a task time-block', 'ttb_MTIzNDU2', 'task'],
    ['an id that is not base64 of the usual pair', 'abc123', 'event'],
  ])('keeps %s as it is', (_, raw, kind) => {
    expect(parseEventId(raw)).toMatchObject({ eid: raw, eventId: null, kind });
  });

  it.each(['', '   ', 'not an id!', null, undefined, 'x'.repeat(2000)])('%j is no id', (raw) => {
    expect(parseEventId(raw)).toBeNull();
  });
});

describe('Calendar URLs', () => {
  it.each([
    ['https://calendar.google.com/calendar/u/1/r/week/2026/11/25', 'week', '2026-11-25', 1],
    ['https://calendar.google.com/calendar/r/day/2026/3/9', 'day', '2026-03-09', 0],
    ['https://calendar.google.com/calendar/u/0/r/month/2026/11', 'month', '2026-11-01', 0],
    ['https://calendar.google.com/calendar/u/0/r/customday/2026/11/23', 'custom', '2026-11-23', 0],
    ['https://calendar.google.com/calendar/u/0/r/agenda', 'agenda', null, 0],
    ['https://calendar.google.com/calendar/u/2/r', null, null, 2],
    ['https://calendar.google.com/calendar/u/0/r/eventedit/abc', 'eventEdit', null, 0],
    ['https://calendar.google.com/calendar/u/0/r/settings/general', 'other', null, 0],
    ['https://calendar.google.com/calendar/u/0/r/week/2026/2/30', 'week', null, 0],
  ])('%s', (url, view, date, account) => {
    expect(calendarViewFromUrl(url)).toBe(view);
    const d = calendarDateFromUrl(url);
    expect(
      d && `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`,
    ).toBe(date);
    expect(calendarAccountIndex(url)).toBe(account);
  });

  it.each([
    ['https://calendar.google.com/calendar/u/0/r/eventedit/N2wwYzJu', 'N2wwYzJu'],
    ['https://calendar.google.com/calendar/event?eid=N2wwYzJu', 'N2wwYzJu'],
    ['https://calendar.google.com/calendar/u/0/r/week/2026/11/25', null],
  ])('event id in %s', (url, eid) => {
    expect(eidFromUrl(url)).toBe(eid);
  });
});
