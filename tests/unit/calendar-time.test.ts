import { timerRevision } from '@/utils/messaging/revision-items';
import { describe, expect, it } from 'vitest';
import { clientNamedIn, suggestEventClient } from '@/utils/calendar/suggest';
import type { EventChip } from '@/utils/calendar/types';
import { weekLogRows, type WeekLogInput } from '@/utils/calendar/week-log';
import {
  getAppointmentForEvent,
  getEntriesForEvents,
  linkEventToClient,
  logEventAsTime,
  logEventsAsTime,
} from '@/utils/db/calendar-events-repo';
import { listAppointmentsForClient } from '@/utils/db/appointments-repo';
import { getDb } from '@/utils/db/app-db';
import { createClient, setClientArchived } from '@/utils/db/clients-repo';
import { ValidationError } from '@/utils/model/errors';
import { deleteEntry } from '@/utils/db/time-entries-repo';
import type { Appointment, Client } from '@/utils/model/types';
import { clientInput } from './factories';
import type { CalendarEventInput } from '@/utils/model/inputs';

const MIN = 60_000;
const NOW = Date.parse('2026-11-26T10:00:00+01:00');
const at = (iso: string) => Date.parse(`${iso}+01:00`);

const event = (id: string, extra: Partial<CalendarEventInput> = {}): CalendarEventInput => ({
  eventId: id,
  title: `Evento ${id}`,
  start: at('2026-11-25T10:00:00'),
  end: at('2026-11-25T11:00:00'),
  timeZone: 'Europe/Rome',
  location: '',
  guests: [],
  ...extra,
});

async function issuesOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues.map((i) => i.message);
}

async function clients() {
  const rossi = await createClient(
    clientInput('Studio Legale Rossi', {
      shortName: 'Rossi',
      domains: ['studiorossi.it'],
      emails: ['avv.rossi@studiorossi.it'],
    }),
  );
  const bianchi = await createClient(
    clientInput('Bianchi Immobiliare', {
      shortName: 'Bianchi',
      domains: ['bianchi-immobiliare.it'],
      billableByDefault: false,
    }),
  );
  return { rossi, bianchi };
}

describe('linking an event to a client', () => {
  it('stores the event as the client’s appointment, once per event', async () => {
    const { rossi } = await clients();
    const first = await linkEventToClient(
      event('e1', { guests: ['Laura@X.it ', 'laura@x.it'], location: ' Milano ' }),
      rossi.id,
      NOW,
    );
    expect(first).toMatchObject({
      clientId: rossi.id,
      calendarEventId: 'e1',
      title: 'Evento e1',
      location: 'Milano',
      guests: ['laura@x.it'],
      status: 'scheduled',
      threadId: null,
      timeZone: 'Europe/Rome',
    });
    // The event moved in Calendar: linking again updates the same row.
    const again = await linkEventToClient(
      event('e1', { start: at('2026-11-25T15:00:00'), end: at('2026-11-25T16:00:00') }),
      rossi.id,
      NOW + MIN,
    );
    expect(again.id).toBe(first.id);
    // Read from a chip (no location, no guests): what the card gave is kept.
    expect(again).toMatchObject({ location: 'Milano', guests: ['laura@x.it'] });
    expect(await getDb().appointments.count()).toBe(1);
    expect((await getAppointmentForEvent('e1'))?.start).toBe(at('2026-11-25T15:00:00'));
  });

  it('moves the logged time along when the event goes to another client', async () => {
    const { rossi, bianchi } = await clients();
    await logEventAsTime(rossi.id, event('e1'), NOW);
    const revision = await timerRevision.getValue();
    await linkEventToClient(event('e1'), bianchi.id, NOW);
    const entries = await getEntriesForEvents(['e1']);
    expect(entries.get('e1')?.clientId).toBe(bianchi.id);
    expect((await getAppointmentForEvent('e1'))?.clientId).toBe(bianchi.id);
    expect(await timerRevision.getValue()).toBeGreaterThanOrEqual(revision);
  });

  it.each([
    ['no event id', event(' '), 'errorEventUnknown'],
    ['an end before the start', event('e1', { end: at('2026-11-25T09:00:00') }), 'errorEventTimes'],
    ['no times at all', event('e1', { start: NaN }), 'errorEventTimes'],
    ['a huge title', event('e1', { title: 'x'.repeat(501) }), 'errorNotesTooLong'],
  ])('refuses %s', async (_, input, message) => {
    const { rossi } = await clients();
    expect(await issuesOf(linkEventToClient(input, rossi.id, NOW))).toEqual([message]);
    expect(await getDb().appointments.count()).toBe(0);
  });

  it('refuses archived clients', async () => {
    const { rossi } = await clients();
    await setClientArchived(rossi.id, true);
    expect(await issuesOf(linkEventToClient(event('e1'), rossi.id, NOW))).toEqual([
      'errorClientArchived',
    ]);
  });
});

describe('logging events as time', () => {
  it('logs the event’s own span as a meeting, billable as the client says, the title as the note', async () => {
    const { rossi, bianchi } = await clients();
    const before = await timerRevision.getValue();
    const entry = await logEventAsTime(rossi.id, event('e1', { title: '  Udienza  ' }), NOW);
    expect(entry).toMatchObject({
      clientId: rossi.id,
      start: at('2026-11-25T10:00:00'),
      end: at('2026-11-25T11:00:00'),
      note: 'Udienza',
      billable: true,
      activityType: 'meeting',
      calendarEventId: 'e1',
      threadId: null,
    });
    const appointment = await getAppointmentForEvent('e1');
    expect(entry.appointmentId).toBe(appointment?.id);
    expect(appointment?.clientId).toBe(rossi.id);
    expect(await timerRevision.getValue()).toBeGreaterThan(before);

    const other = await logEventAsTime(bianchi.id, event('e2'), NOW);
    expect(other.billable).toBe(false); // Bianchi is non-billable by default
  });

  it('never logs an event twice, even with two clicks at once', async () => {
    const { rossi } = await clients();
    const results = await Promise.allSettled([
      logEventAsTime(rossi.id, event('e1'), NOW),
      logEventAsTime(rossi.id, event('e1'), NOW),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as ValidationError).issues[0]?.message).toBe('errorEventAlreadyLogged');
    expect(await getDb().timeEntries.count()).toBe(1);
  });

  it('logs a week at once, skipping what is already logged and duplicates in the list', async () => {
    const { rossi } = await clients();
    await logEventAsTime(rossi.id, event('e1'), NOW);
    const { logged, skipped } = await logEventsAsTime(
      rossi.id,
      [
        event('e1'),
        event('e2'),
        event('e3', { start: at('2026-11-23T09:00:00'), end: at('2026-11-23T09:30:00') }),
        event('e2'),
      ],
      NOW,
    );
    expect(logged.map((e) => e.calendarEventId)).toEqual(['e2', 'e3']);
    expect(skipped).toEqual(['e1']);
    expect(await getDb().timeEntries.count()).toBe(3);
    expect(await getDb().appointments.count()).toBe(3);
    // Logged again: nothing new.
    const again = await logEventsAsTime(rossi.id, [event('e2'), event('e3')], NOW);
    expect(again).toEqual({ logged: [], skipped: ['e2', 'e3'] });
    expect(await getDb().timeEntries.count()).toBe(3);
  });

  it('can log an event again once its entry was deleted', async () => {
    const { rossi } = await clients();
    const entry = await logEventAsTime(rossi.id, event('e1'), NOW);
    await deleteEntry(entry.id);
    expect((await logEventAsTime(rossi.id, event('e1'), NOW)).calendarEventId).toBe('e1');
  });

  it('writes nothing when one event of the batch breaks a rule', async () => {
    const { rossi } = await clients();
    const tomorrow = event('e2', {
      start: at('2026-11-27T10:00:00'),
      end: at('2026-11-27T11:00:00'),
    });
    expect(await issuesOf(logEventsAsTime(rossi.id, [event('e1'), tomorrow], NOW))).toEqual([
      'errorEntryInFuture',
    ]);
    expect(await getDb().timeEntries.count()).toBe(0);
    expect(await getDb().appointments.count()).toBe(0);
  });

  it('lists a client’s appointments of a week', async () => {
    const { rossi, bianchi } = await clients();
    await linkEventToClient(event('e1'), rossi.id, NOW);
    await linkEventToClient(
      event('e2', { start: at('2026-11-30T10:00:00'), end: at('2026-11-30T11:00:00') }),
      rossi.id,
      NOW,
    );
    await linkEventToClient(event('e3'), bianchi.id, NOW);
    const week = await listAppointmentsForClient(
      rossi.id,
      at('2026-11-23T00:00:00'),
      at('2026-11-30T00:00:00'),
    );
    expect(week.map((a) => a.calendarEventId)).toEqual(['e1']);
  });
});

function client(name: string, extra: Partial<Client> = {}): Client {
  return {
    id: name.toLowerCase().replace(/\W+/g, '-'),
    name,
    nameKey: name.toLowerCase(),
    shortName: name.split(' ').pop()!,
    color: '#1a73e8',
    emails: [],
    domains: [],
    gmailAccounts: [],
    hourlyRate: 0,
    currency: 'EUR',
    rounding: 0,
    minimumMinutes: 0,
    timeZone: 'Europe/Rome',
    language: 'it',
    billableByDefault: true,
    monthlyBudgetHours: null,
    notes: '',
    taskTypes: [],
    archived: 0,
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  };
}

const ROSSI = client('Studio Legale Rossi', {
  emails: ['avv.rossi@studiorossi.it'],
  domains: ['studiorossi.it'],
});
const BIANCHI = client('Bianchi Immobiliare', {
  shortName: 'Bianchi',
  domains: ['bianchi-immobiliare.it'],
});
const HARTLEY = client('Hartley Coaching', {
  shortName: 'Hartley',
  domains: ['hartleycoaching.co.uk'],
});
const VERDI = client('Dott.ssa Verdi', {
  shortName: 'Verdi',
  emails: ['segreteria.verdi@gmail.com'],
});
const OLD = client('Studio Neri', { shortName: 'Neri', archived: 1, domains: ['neri.it'] });
const ALL = [ROSSI, BIANCHI, HARTLEY, VERDI, OLD];
const ME = 'giulia@contiassistenza.it';
const SELF = [ME];

describe('suggesting the client of an event', () => {
  it.each([
    [
      'the organizer’s address',
      'avv.rossi@studiorossi.it',
      [],
      'Riunione',
      'Studio Legale Rossi',
      'senderEmail',
      'avv.rossi@studiorossi.it',
    ],
    [
      'a guest’s address',
      ME,
      ['segreteria.verdi@gmail.com'],
      'Chiamata',
      'Dott.ssa Verdi',
      'recipientEmail',
      'segreteria.verdi@gmail.com',
    ],
    [
      'the organizer’s domain',
      'laura.bianchi@bianchi-immobiliare.it',
      ['marco.rossi@studiorossi.it'],
      'Call',
      'Bianchi Immobiliare',
      'senderDomain',
      'bianchi-immobiliare.it',
    ],
    [
      'a guest’s domain, the VA organizing',
      ME,
      [ME, 'emma@hartleycoaching.co.uk'],
      'Session',
      'Hartley Coaching',
      'recipientDomain',
      'hartleycoaching.co.uk',
    ],
    [
      'the full name in the title',
      null,
      [],
      'Udienza – Studio Legale Rossi',
      'Studio Legale Rossi',
      'title',
      'Studio Legale Rossi',
    ],
    [
      'the short name in the title, any case and accents',
      null,
      [],
      'Weekly check-in HARTLEY',
      'Hartley Coaching',
      'title',
      'Hartley',
    ],
    [
      'the short name after punctuation',
      null,
      [],
      'Chiamata (Verdì): referti',
      'Dott.ssa Verdi',
      'title',
      'Verdi',
    ],
  ])('from %s', (_, organizer, guests, title, name, kind, value) => {
    const s = suggestEventClient({ organizer, guests, title, clients: ALL, self: SELF });
    expect(s && { name: s.client.name, kind: s.kind, value: s.value }).toEqual({
      name,
      kind,
      value,
    });
  });

  it.each([
    ['a shared provider domain only', 'someone@gmail.com', [], 'Riunione'],
    ['the VA’s own address', ME, [ME], 'Dentista'],
    ['an archived client', 'a@neri.it', [], 'Studio Neri'],
    ['a title naming two clients', null, [], 'Rossi e Bianchi: accordo'],
    ['a short name inside another word', null, [], 'Rossini concerto'],
  ])('not from %s', (_, organizer, guests, title) => {
    expect(suggestEventClient({ organizer, guests, title, clients: ALL, self: SELF })).toBeNull();
  });

  it('falls back on earlier Gmail tags of a guest, but not of the VA', () => {
    const history = { clientId: BIANCHI.id, email: 'studio@esterno.it' };
    expect(
      suggestEventClient({
        organizer: null,
        guests: ['studio@esterno.it'],
        title: 'Incontro',
        clients: ALL,
        history,
      }),
    ).toMatchObject({ client: { name: 'Bianchi Immobiliare' }, kind: 'history' });
    expect(
      suggestEventClient({
        organizer: null,
        guests: [],
        title: 'Incontro',
        clients: ALL,
        self: ['studio@esterno.it'],
        history,
      }),
    ).toBeNull();
  });

  it('prefers addresses over the title', () => {
    expect(
      suggestEventClient({
        organizer: 'emma@hartleycoaching.co.uk',
        guests: [],
        title: 'Rossi',
        clients: ALL,
      }),
    ).toMatchObject({ client: { name: 'Hartley Coaching' } });
    expect(clientNamedIn('   ', ALL)).toBeNull();
  });
});

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
