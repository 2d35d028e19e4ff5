import { describe, expect, it } from 'vitest';
import {
  bookAppointment,
  cancelAppointment,
  hasAppointmentInProgress,
} from '@/utils/db/appointments-repo';
import { createClient } from '@/utils/db/clients-repo';
import { HOUR_MS, MINUTE_MS } from '@/utils/time/units';
import { clientInput } from './factories';

const at = (iso: string) => Date.parse(`${iso}+01:00`);
const START = at('2026-11-30T15:00:00');
const END = at('2026-11-30T15:30:00');

async function bookedClient(cancelled = false) {
  const client = await createClient(clientInput('Rossi'), at('2026-11-26T10:00:00'));
  const appointment = await bookAppointment(
    {
      clientId: client.id,
      title: 'Call',
      start: START,
      end: END,
      timeZone: 'Europe/Rome',
      location: '',
      guests: [],
      notes: '',
      threadId: null,
    },
    at('2026-11-26T10:00:00'),
  );
  if (cancelled) await cancelAppointment(appointment.id);
  return client;
}

describe('hasAppointmentInProgress', () => {
  it.each([
    ['before the start', START - MINUTE_MS, false],
    // The index read stops just before `now`: the first instant of an appointment is not yet in it.
    ['at the start instant', START, false],
    ['a minute in', START + MINUTE_MS, true],
    ['in the middle', START + 15 * MINUTE_MS, true],
    ['at the end', END, false],
    ['an hour later', END + HOUR_MS, false],
  ])('%s: %s', async (_when, now, expected) => {
    const client = await bookedClient();
    expect(await hasAppointmentInProgress(client.id, now)).toBe(expected);
  });

  it('ignores a cancelled appointment and other clients', async () => {
    const client = await bookedClient(true);
    expect(await hasAppointmentInProgress(client.id, START + MINUTE_MS)).toBe(false);
    const other = await createClient(clientInput('Bianchi'));
    expect(await hasAppointmentInProgress(other.id, START + MINUTE_MS)).toBe(false);
  });
});
