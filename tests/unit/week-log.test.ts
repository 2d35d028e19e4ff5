import { describe, expect, it } from 'vitest';
import type { EventChip } from '@/utils/calendar/types';
import { weekLogRows, type WeekLogInput } from '@/utils/calendar/week-log';
import type { Appointment } from '@/utils/model/types';
import { ALL_CALENDAR_CLIENTS, BIANCHI, ROSSI } from './fixtures/calendar-clients';

const NOW = Date.parse('2026-11-26T10:00:00+01:00');
const at = (iso: string) => Date.parse(`${iso}+01:00`);

const ALL = ALL_CALENDAR_CLIENTS;

describe("this week's events of a client", () => {
  const WEEK = { from: at('2026-11-23T00:00:00'), to: at('2026-11-30T00:00:00') };
  const chip = (
    id: string,
    title: string,
    from: string | null,
    to: string | null,
    extra: Partial<EventChip> = {},
  ): EventChip => ({
    eventId: id,
    title,
    day: from ? from.slice(0, 10) : null,
    start: from ? at(from) : null,
    end: to ? at(to) : null,
    allDay: false,
    ...extra,
  });
  const appointment = (
    id: string,
    clientId: string,
    from: string,
    to: string,
    extra: Partial<Appointment> = {},
  ): Appointment => ({
    id: `a-${id}`,
    clientId,
    title: `Stored ${id}`,
    start: at(from),
    end: at(to),
    timeZone: 'Europe/Rome',
    location: '',
    guests: [],
    notes: '',
    threadId: null,
    calendarEventId: id,
    status: 'scheduled',
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  });

  it('lists linked events and those whose title names the client, with what can be logged', () => {
    const input: WeekLogInput = {
      client: ROSSI,
      clients: ALL,
      chips: [
        chip('moved', 'Udienza Rossi (spostata)', '2026-11-24T15:00:00', '2026-11-24T16:00:00'),
        chip(
          'named',
          'Punto settimanale Studio Rossi',
          '2026-11-23T09:30:00',
          '2026-11-23T10:00:00',
        ),
        chip('other', 'Rossi per Bianchi', '2026-11-23T11:00:00', '2026-11-23T12:00:00'),
        chip('later', 'Rossi: firma', '2026-11-26T15:00:00', '2026-11-26T16:00:00'),
        chip('f24', 'Scadenza F24 – Rossi', '2026-11-24T00:00:00', '2026-11-25T00:00:00', {
          allDay: true,
        }),
        chip('unread', 'Rossi ?', null, null, { day: '2026-11-27' }),
        chip('nextweek', 'Rossi', '2026-11-30T09:00:00', '2026-11-30T10:00:00'),
        chip('done', 'Rossi, già fatto', '2026-11-23T15:00:00', '2026-11-23T16:00:00'),
        chip('dentist', 'Dentista', '2026-11-25T11:30:00', '2026-11-25T12:30:00'),
      ],
      appointments: [
        appointment('moved', ROSSI.id, '2026-11-24T10:00:00', '2026-11-24T11:00:00'),
        appointment('stored', ROSSI.id, '2026-11-25T10:00:00', '2026-11-25T11:00:00'),
        appointment('cancelled', ROSSI.id, '2026-11-25T12:00:00', '2026-11-25T13:00:00', {
          status: 'cancelled',
        }),
      ],
      chipLinks: new Map([
        ['moved', appointment('moved', ROSSI.id, '2026-11-24T10:00:00', '2026-11-24T11:00:00')],
        ['other', appointment('other', BIANCHI.id, '2026-11-23T11:00:00', '2026-11-23T12:00:00')],
      ]),
      logged: new Set(['done']),
      week: WEEK,
      now: NOW,
    };
    expect(
      weekLogRows(input).map((r) => [
        r.eventId,
        r.title,
        r.status,
        r.source,
        r.start && new Date(r.start).toISOString(),
      ]),
    ).toEqual([
      ['named', 'Punto settimanale Studio Rossi', 'ready', 'title', '2026-11-23T08:30:00.000Z'],
      ['done', 'Rossi, già fatto', 'logged', 'title', '2026-11-23T14:00:00.000Z'],
      ['f24', 'Scadenza F24 – Rossi', 'noTimes', 'title', '2026-11-23T23:00:00.000Z'],
      ['moved', 'Udienza Rossi (spostata)', 'ready', 'linked', '2026-11-24T14:00:00.000Z'],
      ['stored', 'Stored stored', 'ready', 'linked', '2026-11-25T09:00:00.000Z'],
      ['later', 'Rossi: firma', 'notOver', 'title', '2026-11-26T14:00:00.000Z'],
      ['unread', 'Rossi ?', 'noTimes', 'title', null],
    ]);
  });
});
