import { timerRevision } from '@/utils/messaging/revision-items';
import { describe, expect, it } from 'vitest';
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
