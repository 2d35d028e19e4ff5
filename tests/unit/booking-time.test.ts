import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { newEventUrl, utcStamp, type NewEventLink } from '@/utils/calendar/event-url';
import { appointmentIcs, icsFileName } from '@/utils/calendar/ics';
import { formatSlot, proposeSlotsText } from '@/utils/calendar/propose';
import {
  findConflicts,
  findFreeSlots,
  withinWorkingHours,
  workingWindows,
  type BusyInterval,
  type WorkingHours,
} from '@/utils/calendar/slots';
import type { CalendarPageState } from '@/utils/calendar/types';
import type { Appointment } from '@/utils/model/types';
import { calendarBusy } from '@/utils/ui/use-calendar-busy';
import { zonedParts, zonedToInstant } from '@/utils/time/zoned';

const MIN = 60_000;
const utc = (iso: string) => Date.parse(`${iso}Z`);
const iso = (instant: number) => new Date(instant).toISOString().slice(0, 16);

describe('time-zone conversions across DST (the US and the EU switch on different dates)', () => {
  // 2026: the US springs forward on 8 March and falls back on 1 November; the EU on 29 March and
  // 25 October. In between, Rome is 5 hours ahead of New York instead of 6.
  it.each([
    ['2026-03-05', '10:00', 'America/New_York', 'Europe/Rome', '2026-03-05 16:00'],
    ['2026-03-20', '10:00', 'America/New_York', 'Europe/Rome', '2026-03-20 15:00'],
    ['2026-03-30', '10:00', 'America/New_York', 'Europe/Rome', '2026-03-30 16:00'],
    ['2026-03-20', '15:00', 'Europe/Rome', 'America/New_York', '2026-03-20 10:00'],
    ['2026-03-30', '15:00', 'Europe/Rome', 'America/New_York', '2026-03-30 09:00'],
    ['2026-10-20', '10:00', 'America/New_York', 'Europe/Rome', '2026-10-20 16:00'],
    ['2026-10-28', '10:00', 'America/New_York', 'Europe/Rome', '2026-10-28 15:00'],
    ['2026-11-03', '10:00', 'America/New_York', 'Europe/Rome', '2026-11-03 16:00'],
    ['2026-10-28', '15:00', 'Europe/Rome', 'America/New_York', '2026-10-28 10:00'],
    ['2026-10-24', '01:00', 'Europe/Rome', 'America/New_York', '2026-10-23 19:00'],
  ])('%s %s in %s is %s… in %s', (date, time, from, to, expected) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const [hour, minute] = time.split(':').map(Number) as [number, number];
    const instant = zonedToInstant({ year, month, day }, { hour, minute }, from);
    const p = zonedParts(instant, to);
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(`${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`).toBe(
      expected,
    );
  });

  it.each([
    // Skipped by spring forward: the clock time an hour later.
    [{ year: 2026, month: 3, day: 29 }, 'Europe/Rome', '2026-03-29T01:30'],
    [{ year: 2026, month: 3, day: 8 }, 'America/New_York', '2026-03-08T07:30'],
  ])('02:30 on %o in %s (skipped) is %s UTC', (date, zone, expected) => {
    expect(iso(zonedToInstant(date, { hour: 2, minute: 30 }, zone))).toBe(expected);
  });

  it.each([
    // Repeated by fall back: the first occurrence.
    [{ year: 2026, month: 10, day: 25 }, 2, 'Europe/Rome', '2026-10-25T00:30'],
    [{ year: 2026, month: 11, day: 1 }, 1, 'America/New_York', '2026-11-01T05:30'],
  ])('%o %i:30 in %s (repeated) is %s UTC', (date, hour, zone, expected) => {
    expect(iso(zonedToInstant(date, { hour, minute: 30 }, zone))).toBe(expected);
  });
});

const weekdays = [1, 2, 3, 4, 5];
const rome: WorkingHours = {
  timeZone: 'Europe/Rome',
  startMinutes: 540,
  endMinutes: 1080,
  days: weekdays,
};
const newYork: WorkingHours = { ...rome, timeZone: 'America/New_York' };
const busy = (start: string, end: string, id = start): BusyInterval => ({
  start: utc(start),
  end: utc(end),
  title: id,
  source: 'appointment',
  id,
});

describe('findConflicts and withinWorkingHours', () => {
  const diary = [
    busy('2026-11-30T09:00', '2026-11-30T10:00', 'a'),
    busy('2026-11-30T11:00', '2026-11-30T11:30', 'b'),
  ];
  it.each([
    ['2026-11-30T08:30', '2026-11-30T09:00', []],
    ['2026-11-30T08:30', '2026-11-30T09:01', ['a']],
    ['2026-11-30T09:15', '2026-11-30T09:45', ['a']],
    ['2026-11-30T10:00', '2026-11-30T11:00', []],
    ['2026-11-30T09:30', '2026-11-30T11:15', ['a', 'b']],
  ])('%s–%s overlaps %j', (start, end, ids) => {
    expect(findConflicts({ start: utc(start), end: utc(end) }, diary).map((b) => b.id)).toEqual(
      ids,
    );
  });

  it.each([
    // Monday 30 November: Rome is UTC+1, New York UTC-5.
    ['2026-11-30T08:00', '2026-11-30T08:30', rome, true],
    ['2026-11-30T07:45', '2026-11-30T08:15', rome, false],
    ['2026-11-30T16:30', '2026-11-30T17:00', rome, true],
    ['2026-11-30T16:45', '2026-11-30T17:15', rome, false],
    ['2026-11-30T13:30', '2026-11-30T14:00', newYork, false],
    ['2026-11-30T14:00', '2026-11-30T14:30', newYork, true],
    // Saturday 28 November: not a working day.
    ['2026-11-28T10:00', '2026-11-28T10:30', rome, false],
    // Late March: New York already on summer time, so its day starts at 13:00 UTC.
    ['2026-03-23T13:00', '2026-03-23T13:30', newYork, true],
    ['2026-03-23T12:45', '2026-03-23T13:15', newYork, false],
  ])('%s–%s inside %o: %s', (start, end, hours, expected) => {
    expect(withinWorkingHours({ start: utc(start), end: utc(end) }, hours)).toBe(expected);
  });
});

describe('workingWindows', () => {
  it.each([
    // The day Rome springs forward: 09:00–18:00 is 07:00–16:00 UTC, the Friday before 08:00–17:00.
    [
      rome,
      '2026-03-27T00:00',
      '2026-03-31T00:00',
      ['2026-03-27T08:00–2026-03-27T17:00', '2026-03-30T07:00–2026-03-30T16:00'],
    ],
    [
      newYork,
      '2026-03-06T12:00',
      '2026-03-10T00:00',
      ['2026-03-06T14:00–2026-03-06T23:00', '2026-03-09T13:00–2026-03-09T22:00'],
    ],
    // A window already under way is kept; one ended is not.
    [rome, '2026-11-30T12:00', '2026-11-30T23:00', ['2026-11-30T08:00–2026-11-30T17:00']],
    [rome, '2026-11-30T17:00', '2026-11-30T23:00', []],
    // Until midnight.
    [
      { ...rome, startMinutes: 20 * 60, endMinutes: 24 * 60 },
      '2026-11-30T12:00',
      '2026-11-30T23:30',
      ['2026-11-30T19:00–2026-11-30T23:00'],
    ],
  ])('%o from %s to %s', (hours, from, to, expected) => {
    expect(
      workingWindows(hours, utc(from), utc(to)).map((w) => `${iso(w.start)}–${iso(w.end)}`),
    ).toEqual(expected);
  });
});

describe('findFreeSlots', () => {
  it.each([
    {
      name: 'the VA alone: Monday morning, rounded up to the quarter hour',
      from: '2026-11-30T08:07',
      duration: 30,
      busy: [],
      hours: [rome],
      expected: ['2026-11-30T08:15', '2026-11-30T08:45', '2026-11-30T09:15'],
    },
    {
      name: 'a Rome VA and a New York client: only their overlap (15:00–18:00 Rome)',
      from: '2026-11-30T07:00',
      duration: 30,
      busy: [],
      hours: [rome, newYork],
      expected: ['2026-11-30T14:00', '2026-11-30T14:30', '2026-11-30T15:00'],
    },
    {
      name: 'the same, around an appointment from 15:00 to 15:45 Rome',
      from: '2026-11-30T07:00',
      duration: 30,
      busy: [busy('2026-11-30T14:00', '2026-11-30T14:45')],
      hours: [rome, newYork],
      expected: ['2026-11-30T14:45', '2026-11-30T15:15', '2026-11-30T15:45'],
    },
    {
      name: 'late March: New York on summer time, Rome not yet, the overlap starts at 14:00 Rome',
      from: '2026-03-23T07:00',
      duration: 30,
      busy: [],
      hours: [rome, newYork],
      expected: ['2026-03-23T13:00', '2026-03-23T13:30', '2026-03-23T14:00'],
    },
    {
      name: 'late October: Rome back on winter time, New York not yet',
      from: '2026-10-26T07:00',
      duration: 60,
      busy: [],
      hours: [rome, newYork],
      expected: ['2026-10-26T13:00', '2026-10-26T14:00', '2026-10-26T15:00'],
    },
    {
      name: 'Friday evening: the hour does not fit before 18:00, so Monday',
      from: '2026-11-27T16:15',
      duration: 60,
      busy: [],
      hours: [rome],
      expected: ['2026-11-30T08:00', '2026-11-30T09:00', '2026-11-30T10:00'],
    },
    {
      name: 'a full day of events pushes to the next day; overlapping events merge',
      from: '2026-11-30T07:00',
      duration: 60,
      busy: [
        busy('2026-11-30T08:00', '2026-11-30T13:00'),
        busy('2026-11-30T12:00', '2026-11-30T16:30'),
        busy('2026-11-30T16:30', '2026-11-30T17:00'),
        busy('2026-12-01T09:00', '2026-12-01T09:10'),
      ],
      hours: [rome],
      expected: ['2026-12-01T08:00', '2026-12-01T09:15', '2026-12-01T10:15'],
    },
    {
      name: 'a Tokyo client: the only overlap is 09:00–10:00 in Rome (17:00–18:00 in Tokyo)',
      from: '2026-11-30T07:00',
      duration: 30,
      busy: [],
      hours: [rome, { ...rome, timeZone: 'Asia/Tokyo' }],
      expected: ['2026-11-30T08:00', '2026-11-30T08:30', '2026-12-01T08:00'],
    },
    {
      name: 'no working days: nothing within the horizon',
      from: '2026-11-30T07:00',
      duration: 30,
      busy: [],
      hours: [{ ...rome, days: [] }],
      expected: [],
    },
    {
      name: 'longer than the working day: nothing',
      from: '2026-11-30T07:00',
      duration: 10 * 60,
      busy: [],
      hours: [rome],
      expected: [],
    },
  ])('$name', ({ from, duration, busy: diary, hours, expected }) => {
    const slots = findFreeSlots({ from: utc(from), durationMinutes: duration, busy: diary, hours });
    expect(slots.map((s) => iso(s.start))).toEqual(expected);
    for (const s of slots) expect(s.end - s.start).toBe(duration * MIN);
  });

  it('asks for as many as it is told', () => {
    const slots = findFreeSlots({
      from: utc('2026-11-30T08:00'),
      durationMinutes: 60,
      busy: [],
      hours: [rome],
      count: 5,
      stepMinutes: 30,
    });
    expect(slots.map((s) => iso(s.start))).toEqual([
      '2026-11-30T08:00',
      '2026-11-30T09:00',
      '2026-11-30T10:00',
      '2026-11-30T11:00',
      '2026-11-30T12:00',
    ]);
  });
});

describe('the prefilled event editor URL', () => {
  const base: NewEventLink = {
    title: 'Call with Rossi',
    start: utc('2026-11-30T14:00'),
    end: utc('2026-11-30T14:30'),
    details: '',
    location: '',
    guests: [],
    timeZone: 'Europe/Rome',
  };
  const prefix = 'https://calendar.google.com/calendar/u/0/r/eventedit?';
  it.each([
    [base, 'text=Call%20with%20Rossi&dates=20261130T140000Z%2F20261130T143000Z&ctz=Europe%2FRome'],
    [
      {
        ...base,
        title: 'Riunione & caffè',
        details: 'Da email\nsecond line',
        location: 'Milano, via Roma 1',
      },
      'text=Riunione%20%26%20caff%C3%A8&dates=20261130T140000Z%2F20261130T143000Z&details=Da%20email%0Asecond%20line&location=Milano%2C%20via%20Roma%201&ctz=Europe%2FRome',
    ],
    [
      { ...base, guests: ['anna@rossi.it', 'bob+x@example.com'], timeZone: 'America/New_York' },
      'text=Call%20with%20Rossi&dates=20261130T140000Z%2F20261130T143000Z&add=anna%40rossi.it%2Cbob%2Bx%40example.com&ctz=America%2FNew_York',
    ],
    // Across the US change: the UTC stamp is the exact instant whatever the zone.
    [
      {
        ...base,
        start: utc('2026-03-20T14:00'),
        end: utc('2026-03-20T15:15'),
        timeZone: 'America/New_York',
      },
      'text=Call%20with%20Rossi&dates=20260320T140000Z%2F20260320T151500Z&ctz=America%2FNew_York',
    ],
  ])('%o', (link, query) => {
    expect(newEventUrl(link)).toBe(prefix + query);
  });

  it('targets the Google account', () => {
    expect(newEventUrl({ ...base, account: 2 })).toMatch(
      /^https:\/\/calendar\.google\.com\/calendar\/u\/2\/r\/eventedit\?/,
    );
    const url = new URL(newEventUrl({ ...base, guests: ['a@b.it'] }));
    expect(url.searchParams.get('dates')).toBe('20261130T140000Z/20261130T143000Z');
    expect(url.searchParams.get('add')).toBe('a@b.it');
  });

  it.each([
    [utc('2026-11-30T14:00'), '20261130T140000Z'],
    [utc('2026-01-01T00:00') - 1000, '20251231T235959Z'],
  ])('utcStamp(%i) = %s', (instant, stamp) => expect(utcStamp(instant)).toBe(stamp));
});

const appointment = (extra: Partial<Appointment> = {}): Appointment => ({
  id: 'a1b2',
  clientId: 'c1',
  title: 'Riunione con Rossi; budget, Q1',
  start: utc('2026-11-30T14:00'),
  end: utc('2026-11-30T14:45'),
  timeZone: 'Europe/Rome',
  location: 'https://meet.google.com/abc-defg-hij',
  guests: ['anna@rossi.it', 'luca@rossi.it'],
  notes: 'Ordine del giorno:\n1. budget\n2. date',
  threadId: '0:abc',
  calendarEventId: null,
  status: 'scheduled',
  createdAt: 0,
  updatedAt: 0,
  ...extra,
});

describe('ICS output, parsed back by ical.js', () => {
  it('keeps the instants, text, location and guests', () => {
    const text = appointmentIcs(appointment(), utc('2026-11-26T10:00'));
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('DTSTART:20261130T140000Z');
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe('a1b2@va-desk');
    expect(event.summary).toBe('Riunione con Rossi; budget, Q1');
    expect(event.description).toBe('Ordine del giorno:\n1. budget\n2. date');
    expect(event.location).toBe('https://meet.google.com/abc-defg-hij');
    expect(event.startDate.toJSDate().getTime()).toBe(utc('2026-11-30T14:00'));
    expect(event.endDate.toJSDate().getTime()).toBe(utc('2026-11-30T14:45'));
    expect(event.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual([
      'mailto:anna@rossi.it',
      'mailto:luca@rossi.it',
    ]);
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-26T10:00:00Z');
  });

  it('marks a cancelled appointment and leaves empty fields out', () => {
    const text = appointmentIcs(
      appointment({ status: 'cancelled', notes: '', location: '', guests: [] }),
      utc('2026-11-26T10:00'),
    );
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.hasProperty('description')).toBe(false);
    expect(vevent.hasProperty('location')).toBe(false);
    expect(vevent.hasProperty('attendee')).toBe(false);
  });

  it.each([
    [appointment(), '2026-11-30-riunione-con-rossi-budget-q1.ics'],
    [appointment({ title: '<script>/../' }), '2026-11-30-script.ics'],
    [appointment({ title: '日本' }), '2026-11-30.ics'],
    // Cut at 40 characters, never ending on a dash.
    [
      appointment({ title: 'Rinnovo locazione ufficio – Corso Venezia 18, Milano' }),
      '2026-11-30-rinnovo-locazione-ufficio-corso-venezia.ics',
    ],
  ])('file name %#', (a, name) => expect(icsFileName(a)).toBe(name));
});

describe('proposed slots in the guest language and zone', () => {
  const slot = { start: utc('2026-11-30T14:00'), end: utc('2026-11-30T14:30') };
  it.each([
    ['it', 'Europe/Rome', 'lunedì 30 novembre, 15:00–15:30 (Ora dell’Europa centrale)'],
    ['en', 'America/New_York', 'Monday 30 November, 09:00–09:30 (Eastern Time)'],
    ['it', 'America/New_York', 'lunedì 30 novembre, 09:00–09:30 (Ora orientale USA)'],
    ['en', 'Asia/Tokyo', 'Monday 30 November, 23:00–23:30 (Japan Standard Time)'],
  ] as const)('%s, %s', (language, zone, text) => {
    expect(formatSlot(slot, language, zone)).toBe(text);
  });

  it('opens, lists one slot a line and closes, in the guest language', () => {
    const text = proposeSlotsText(
      [slot, { start: slot.start + 3600_000, end: slot.end + 3600_000 }],
      'it',
      'Europe/Rome',
    );
    expect(text.split('\n')).toEqual([
      'Ecco alcuni orari disponibili:',
      '• lunedì 30 novembre, 15:00–15:30 (Ora dell’Europa centrale)',
      '• lunedì 30 novembre, 16:00–16:30 (Ora dell’Europa centrale)',
      '',
      'Mi faccia sapere quale preferisce.',
    ]);
  });
});

describe('events of open Calendar tabs as busy time', () => {
  const page = (events: CalendarPageState['events']): CalendarPageState => ({
    url: 'https://calendar.google.com/calendar/u/0/r/week',
    account: 0,
    view: 'week',
    range: null,
    timeZone: 'Europe/Rome',
    events,
    open: null,
  });
  it('keeps timed events once, and leaves out all-day and unreadable ones', () => {
    const chip = (eventId: string, start: number | null, allDay = false) => ({
      eventId,
      title: `T ${eventId}`,
      day: null,
      start,
      end: start === null ? null : start + 30 * MIN,
      allDay,
    });
    const t0 = utc('2026-11-30T09:00');
    const busy = calendarBusy([
      page([chip('a', t0), chip('b', null), chip('c', t0, true)]),
      page([chip('a', t0), chip('d', t0 + 60 * MIN)]),
    ]);
    expect(busy).toEqual([
      { start: t0, end: t0 + 30 * MIN, title: 'T a', source: 'calendar', id: 'a' },
      { start: t0 + 60 * MIN, end: t0 + 90 * MIN, title: 'T d', source: 'calendar', id: 'd' },
    ]);
  });
});
