import { appointmentsRevision } from '@/utils/messaging/revision-items';
import { describe, expect, it } from 'vitest';
import {
  bookAppointment,
  cancelAppointment,
  listAppointmentsBetween,
  listBusyAppointments,
  logAppointmentAsTime,
  loggedAppointmentIds,
  updateAppointment,
} from '@/utils/db/appointments-repo';
import { getDb } from '@/utils/db/app-db';
import { createClient, setClientArchived } from '@/utils/db/clients-repo';
import { ValidationError } from '@/utils/model/errors';
import { clientInput } from './factories';
import type { BookingInput } from '@/utils/model/inputs';

const at = (iso: string) => Date.parse(`${iso}+01:00`);
const NOW = at('2026-11-26T10:00:00');

const booking = (clientId: string, extra: Partial<BookingInput> = {}): BookingInput => ({
  clientId,
  title: '  Call with Anna ',
  start: at('2026-11-30T15:00:00'),
  end: at('2026-11-30T15:30:00'),
  timeZone: 'America/New_York',
  location: ' https://meet.google.com/abc ',
  guests: ['Anna@Rossi.it', 'anna@rossi.it ', ''],
  notes: '',
  threadId: '0:abc',
  ...extra,
});

async function issuesOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues.map((i) => i.message);
}

describe('booking appointments', () => {
  it('stores a clean appointment with its client and thread, and bumps the revision', async () => {
    const client = await createClient(clientInput('Rossi'));
    const before = await appointmentsRevision.getValue();
    const a = await bookAppointment(booking(client.id), NOW);
    expect(a).toMatchObject({
      clientId: client.id,
      title: 'Call with Anna',
      location: 'https://meet.google.com/abc',
      guests: ['anna@rossi.it'],
      threadId: '0:abc',
      timeZone: 'America/New_York',
      status: 'scheduled',
      calendarEventId: null,
      createdAt: NOW,
    });
    expect(await getDb().appointments.get(a.id)).toEqual(a);
    expect(await appointmentsRevision.getValue()).toBeGreaterThan(before);
  });

  it.each([
    [{ title: '  ' }, ['errorTitleRequired']],
    [{ end: at('2026-11-30T15:00:00') }, ['errorDurationZero']],
    [{ end: at('2026-12-02T15:00:00') }, ['errorDurationTooLong']],
    [{ start: Number.NaN }, ['errorEventTimes']],
    [{ timeZone: 'Mars/Base' }, ['errorTimeZoneInvalid']],
    [{ guests: ['not an address'] }, ['errorEmailInvalid']],
    [{ notes: 'x'.repeat(5001) }, ['errorNotesTooLong']],
  ])('refuses %o', async (extra, messages) => {
    const client = await createClient(clientInput('Rossi'));
    expect(await issuesOf(bookAppointment(booking(client.id, extra), NOW))).toEqual(messages);
    expect(await getDb().appointments.count()).toBe(0);
  });

  it('refuses archived and unknown clients', async () => {
    const client = await createClient(clientInput('Rossi'));
    await setClientArchived(client.id, true);
    expect(await issuesOf(bookAppointment(booking(client.id), NOW))).toEqual([
      'errorClientArchived',
    ]);
    expect(await issuesOf(bookAppointment(booking('nobody'), NOW))).toEqual(['errorClientUnknown']);
  });

  it('edits and cancels, keeping the row', async () => {
    const rossi = await createClient(clientInput('Rossi'));
    const bianchi = await createClient(clientInput('Bianchi'));
    const a = await bookAppointment(booking(rossi.id), NOW);
    const moved = await updateAppointment(
      a.id,
      booking(bianchi.id, {
        title: 'Moved',
        start: at('2026-12-01T10:00:00'),
        end: at('2026-12-01T11:00:00'),
      }),
      NOW + 1,
    );
    expect(moved).toMatchObject({
      id: a.id,
      clientId: bianchi.id,
      title: 'Moved',
      createdAt: NOW,
      updatedAt: NOW + 1,
    });
    const cancelled = await cancelAppointment(a.id, NOW + 2);
    expect(cancelled.status).toBe('cancelled');
    expect(await getDb().appointments.count()).toBe(1);
    // Still listed, but no longer busy.
    const from = at('2026-12-01T00:00:00');
    const to = at('2026-12-02T00:00:00');
    expect((await listAppointmentsBetween(from, to)).map((x) => x.id)).toEqual([a.id]);
    expect(await listBusyAppointments(from, to)).toEqual([]);
  });

  it('lists busy appointments that overlap the range, even when they started before it', async () => {
    const client = await createClient(clientInput('Rossi'));
    const a = await bookAppointment(
      booking(client.id, { start: at('2026-11-30T23:00:00'), end: at('2026-12-01T01:00:00') }),
      NOW,
    );
    await bookAppointment(
      booking(client.id, { start: at('2026-11-30T20:00:00'), end: at('2026-11-30T21:00:00') }),
      NOW,
    );
    const busy = await listBusyAppointments(at('2026-12-01T00:00:00'), at('2026-12-02T00:00:00'));
    expect(busy.map((x) => x.id)).toEqual([a.id]);
  });

  it('logs a past appointment as time once, with its id on the entry', async () => {
    const client = await createClient(clientInput('Rossi', { billableByDefault: false }));
    const a = await bookAppointment(booking(client.id), NOW);
    const after = at('2026-11-30T16:00:00');
    const entry = await logAppointmentAsTime(a.id, after);
    expect(entry).toMatchObject({
      clientId: client.id,
      start: a.start,
      end: a.end,
      note: 'Call with Anna',
      billable: false,
      activityType: 'meeting',
      appointmentId: a.id,
      threadId: '0:abc',
    });
    expect(await loggedAppointmentIds([a.id, 'other'])).toEqual(new Set([a.id]));
    expect(await issuesOf(logAppointmentAsTime(a.id, after))).toEqual(['errorEventAlreadyLogged']);
    expect(await getDb().timeEntries.count()).toBe(1);
  });

  it('does not log a future or a cancelled appointment', async () => {
    const client = await createClient(clientInput('Rossi'));
    const a = await bookAppointment(booking(client.id), NOW);
    expect(await issuesOf(logAppointmentAsTime(a.id, NOW))).toEqual(['errorEntryInFuture']);
    await cancelAppointment(a.id, NOW);
    expect(await issuesOf(logAppointmentAsTime(a.id, at('2026-12-01T10:00:00')))).toEqual([
      'errorAppointmentCancelled',
    ]);
    expect(await getDb().timeEntries.count()).toBe(0);
  });
});
