import { describe, expect, it } from 'vitest';
import {
  bookingDraftAt,
  bookingDraftSlot,
  bookingHours,
  checkBookingSlot,
  draftFromAppointment,
  emptyBookingDraft,
  extraGuestZone,
  inputFromBookingDraft,
  parseGuests,
  switchBookingZone,
  type BookingDraft,
} from '@/utils/calendar/booking-draft';
import type { FieldIssue } from '@/utils/model/errors';
import type { Appointment } from '@/utils/model/types';

const at = (iso: string) => Date.parse(`${iso}+01:00`);
const ZONES = { va: 'Europe/Rome', client: 'America/New_York' };
const WORKING = { startMinutes: 540, endMinutes: 1080, days: [1, 2, 3, 4, 5] };

const filled = (patch: Partial<BookingDraft> = {}): BookingDraft => ({
  ...emptyBookingDraft({ clientId: 'acme', title: 'Kick-off' }, null, ZONES),
  date: '2026-11-30',
  time: '15:00',
  ...patch,
});

describe('draft helpers', () => {
  it.each([
    ['a@b.it, C@d.com;e@f.org\ng@h.io  a@b.it', ['a@b.it', 'c@d.com', 'e@f.org', 'g@h.io']],
    ['', []],
  ])('parseGuests(%j)', (text, guests) => expect(parseGuests(text)).toEqual(guests));

  it.each([
    ['2026-03-29', '02:30', '2026-03-29T01:30:00.000Z'],
    ['2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'],
    ['2026-03-20', '15:00', '2026-03-20T14:00:00.000Z'],
  ])('%s %s in Rome is %s', (date, time, expected) => {
    const draft = { ...emptyBookingDraft({ clientId: 'x', title: 't' }, null, ZONES), date, time };
    const result = inputFromBookingDraft(draft, ZONES, null);
    expect(result.ok && new Date(result.input.start).toISOString()).toBe(expected);
  });
});

describe('emptyBookingDraft', () => {
  it('starts blank, 30 minutes long, on the VA’s clock', () => {
    expect(emptyBookingDraft({}, null, ZONES)).toEqual({
      clientId: '',
      title: '',
      date: '',
      time: '',
      duration: '0:30',
      entryZone: 'va',
      location: '',
      guests: '',
      guestZone: '',
      notes: '',
    });
  });

  it('takes a free slot’s start and length', () => {
    const slot = { start: at('2026-11-30T15:00:00'), end: at('2026-11-30T16:15:00') };
    expect(emptyBookingDraft({ guests: 'ann@acme.com' }, slot, ZONES)).toMatchObject({
      date: '2026-11-30',
      time: '15:00',
      duration: '1:15',
      guests: 'ann@acme.com',
    });
  });
});

describe('draftFromAppointment and back', () => {
  const appointment: Appointment = {
    id: 'a1',
    clientId: 'acme',
    title: 'Review',
    start: Date.parse('2026-11-30T14:00:00Z'),
    end: Date.parse('2026-11-30T14:45:00Z'),
    timeZone: 'America/New_York',
    location: 'Zoom',
    guests: ['ann@acme.com', 'bo@acme.com'],
    notes: 'Bring the figures',
    threadId: null,
    calendarEventId: null,
    status: 'scheduled',
    createdAt: 0,
    updatedAt: 0,
  };

  it('is on the client’s clock when it was entered there', () => {
    expect(draftFromAppointment(appointment, ZONES)).toEqual({
      clientId: 'acme',
      title: 'Review',
      date: '2026-11-30',
      time: '09:00',
      duration: '0:45',
      entryZone: 'client',
      location: 'Zoom',
      guests: 'ann@acme.com, bo@acme.com',
      guestZone: '',
      notes: 'Bring the figures',
    });
  });

  it('reads back into the same appointment input', () => {
    const result = inputFromBookingDraft(draftFromAppointment(appointment, ZONES), ZONES, '0:t');
    expect(result).toEqual({
      ok: true,
      input: {
        clientId: 'acme',
        title: 'Review',
        start: appointment.start,
        end: appointment.end,
        timeZone: 'America/New_York',
        location: 'Zoom',
        guests: ['ann@acme.com', 'bo@acme.com'],
        notes: 'Bring the figures',
        threadId: '0:t',
      },
    });
  });
});

describe('inputFromBookingDraft: what it refuses', () => {
  it.each<[string, Partial<BookingDraft>, FieldIssue[]]>([
    ['no client', { clientId: '' }, [{ field: 'clientId', message: 'errorClientUnknown' }]],
    ['no date', { date: '' }, [{ field: 'date', message: 'errorDateInvalid' }]],
    ['a time that is no time', { time: '3pm' }, [{ field: 'time', message: 'errorTimeInvalid' }]],
    ['24:00', { time: '24:00' }, [{ field: 'time', message: 'errorTimeInvalid' }]],
    ['no duration', { duration: '' }, [{ field: 'duration', message: 'errorDurationInvalid' }]],
    [
      'a guest zone that is no zone',
      { guestZone: ' Mars/Base ' },
      [{ field: 'guestZone', message: 'errorTimeZoneInvalid', params: ['Mars/Base'] }],
    ],
  ])('%s', (_, patch, issues) => {
    expect(inputFromBookingDraft(filled(patch), ZONES, null)).toEqual({ ok: false, issues });
  });
});

describe('the slot a draft describes', () => {
  it.each<[string, Partial<BookingDraft>, { start: number; end: number } | null]>([
    ['on the VA’s clock', {}, { start: at('2026-11-30T15:00:00'), end: at('2026-11-30T15:30:00') }],
    [
      'on the client’s clock',
      { entryZone: 'client', time: '09:00' },
      { start: at('2026-11-30T15:00:00'), end: at('2026-11-30T15:30:00') },
    ],
    ['not while the time is half typed', { time: '15' }, null],
    ['not while the duration is no duration', { duration: 'long' }, null],
  ])('%s', (_, patch, expected) => {
    expect(bookingDraftSlot(filled(patch), ZONES)).toEqual(expected);
  });

  it('keeps the instant when the VA switches clocks', () => {
    const there = switchBookingZone(filled(), 'client', ZONES);
    expect(there).toMatchObject({ entryZone: 'client', date: '2026-11-30', time: '09:00' });
    expect(switchBookingZone(there, 'va', ZONES)).toMatchObject({ time: '15:00' });
  });

  it('moves to a picked slot on the draft’s own clock', () => {
    const slot = { start: at('2026-12-01T10:00:00'), end: at('2026-12-01T10:30:00') };
    expect(bookingDraftAt(filled({ entryZone: 'client' }), slot, ZONES)).toMatchObject({
      date: '2026-12-01',
      time: '04:00',
    });
  });
});

describe('checking a slot', () => {
  const slot = { start: at('2026-11-30T15:00:00'), end: at('2026-11-30T15:30:00') };
  const busy = [
    { id: 'e', source: 'calendar' as const, title: 'Dentist', start: slot.start, end: slot.end },
  ];

  it.each([
    ['the VA’s hours only, without a client', false, ['Europe/Rome']],
    ['both clocks with a client elsewhere', true, ['Europe/Rome', 'America/New_York']],
  ])('%s', (_, hasClient, zones) => {
    expect(bookingHours(WORKING, ZONES, hasClient).map((h) => h.timeZone)).toEqual(zones);
  });

  it.each([
    [
      'a free slot inside both days',
      [],
      slot,
      { conflicts: [], outsideVa: false, outsideClient: false },
    ],
    ['a clash', busy, slot, { conflicts: busy, outsideVa: false, outsideClient: false }],
    [
      'a morning in Rome, before New York is up',
      [],
      { start: at('2026-11-30T10:00:00'), end: at('2026-11-30T10:30:00') },
      { conflicts: [], outsideVa: false, outsideClient: true },
    ],
    ['no slot yet', busy, null, { conflicts: [], outsideVa: false, outsideClient: false }],
  ])('%s', (_, busyList, s, expected) => {
    expect(checkBookingSlot(s, busyList, bookingHours(WORKING, ZONES, true))).toEqual(expected);
  });

  it.each([
    ['', null],
    ['Asia/Tokyo', 'Asia/Tokyo'],
    ['Europe/Rome', null],
    ['America/New_York', null],
    ['Mars/Base', null],
  ])('the guests’ zone %j is shown as %j', (guestZone, expected) => {
    expect(extraGuestZone(filled({ guestZone }), ZONES)).toBe(expected);
  });
});
