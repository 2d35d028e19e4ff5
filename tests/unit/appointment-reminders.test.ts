import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  APPOINTMENT_ALARM,
  runAppointmentReminders,
} from '@/entrypoints/background/appointment-reminders';
import { planReminders } from '@/utils/calendar/reminders';
import {
  bookAppointment,
  cancelAppointment,
  updateAppointment,
} from '@/utils/db/appointments-repo';
import { createClient } from '@/utils/db/clients-repo';
import { getSettings, saveSettings } from '@/utils/db/settings';
import type { Appointment } from '@/utils/model/types';
import { clientInput } from './factories';
import type { BookingInput } from '@/utils/model/inputs';
import { DEFAULT_SETTINGS } from '@/utils/model/settings';

const MIN = 60_000;
const at = (iso: string) => Date.parse(`${iso}+01:00`);
const NOW = at('2026-11-26T10:00:00');

const appt = (id: string, start: string, extra: Partial<Appointment> = {}): Appointment => ({
  id,
  clientId: 'c',
  title: id,
  start: at(start),
  end: at(start) + 30 * MIN,
  timeZone: 'Europe/Rome',
  location: '',
  guests: [],
  notes: '',
  threadId: null,
  calendarEventId: null,
  status: 'scheduled',
  createdAt: 0,
  updatedAt: 0,
  ...extra,
});

describe('planReminders', () => {
  const rows = [
    appt('started', '2026-11-26T09:55:00'),
    appt('soon', '2026-11-26T10:05:00'),
    appt('edge', '2026-11-26T10:10:00'),
    appt('later', '2026-11-26T11:00:00'),
    appt('off', '2026-11-26T10:03:00', { status: 'cancelled' }),
    appt('tomorrow', '2026-11-27T09:00:00'),
  ];
  it.each<{
    minutes: number;
    reminded: Record<string, number>;
    due: string[];
    next: string | null;
  }>([
    { minutes: 10, reminded: {}, due: ['soon', 'edge'], next: '2026-11-26T10:50:00' },
    {
      minutes: 10,
      reminded: { soon: at('2026-11-26T10:05:00') },
      due: ['edge'],
      next: '2026-11-26T10:50:00',
    },
    // Moved after its reminder: reminded again for the new start.
    {
      minutes: 10,
      reminded: { soon: at('2026-11-26T09:30:00') },
      due: ['soon', 'edge'],
      next: '2026-11-26T10:50:00',
    },
    { minutes: 2, reminded: {}, due: [], next: '2026-11-26T10:03:00' },
    { minutes: 120, reminded: {}, due: ['soon', 'edge', 'later'], next: '2026-11-27T07:00:00' },
    { minutes: 0, reminded: {}, due: [], next: null },
  ])('$minutes min before, reminded $reminded', ({ minutes, reminded, due, next }) => {
    const plan = planReminders(rows, minutes, NOW, reminded);
    expect(plan.due.map((a) => a.id)).toEqual(due);
    expect(plan.nextAt).toBe(next === null ? null : at(next));
    for (const id of due) expect(plan.reminded[id]).toBe(rows.find((a) => a.id === id)!.start);
  });

  it('forgets appointments that have started', () => {
    const plan = planReminders([], 10, NOW, { gone: NOW - MIN, coming: NOW + MIN });
    expect(plan.reminded).toEqual({ coming: NOW + MIN });
  });
});

describe('the background reminder', () => {
  // The fake browser has no UI language: the VA's is English here.
  beforeEach(() => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
  });

  const booking = (
    clientId: string,
    start: number,
    extra: Partial<BookingInput> = {},
  ): BookingInput => ({
    clientId,
    title: 'Call with Anna',
    start,
    end: start + 30 * MIN,
    timeZone: 'Europe/Rome',
    location: 'Zoom',
    guests: [],
    notes: '',
    threadId: null,
    ...extra,
  });

  it('sets the alarm from the database, notifies once, and follows edits, cancels and the setting', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const client = await createClient(clientInput('Rossi'));
    expect((await getSettings()).appointmentReminderMinutes).toBe(
      DEFAULT_SETTINGS.appointmentReminderMinutes,
    );
    const a = await bookAppointment(booking(client.id, at('2026-11-26T11:00:00')), NOW);

    expect(await runAppointmentReminders(NOW)).toBe(0);
    expect((await fakeBrowser.alarms.get(APPOINTMENT_ALARM))?.scheduledTime).toBe(
      at('2026-11-26T10:50:00'),
    );

    const alarmTime = at('2026-11-26T10:50:00');
    expect(await runAppointmentReminders(alarmTime)).toBe(1);
    expect(create).toHaveBeenCalledWith(
      `va-desk-appointment:${a.id}`,
      expect.objectContaining({
        title: 'At 11:00: Call with Anna',
        message: 'Appointment for Rossi · Zoom',
      }),
    );
    // A second wake-up does not remind again, and no alarm is left.
    expect(await runAppointmentReminders(alarmTime + MIN)).toBe(0);
    expect(await fakeBrowser.alarms.get(APPOINTMENT_ALARM)).toBeUndefined();

    // Moved to the afternoon: a new alarm, and a new reminder then.
    await updateAppointment(a.id, booking(client.id, at('2026-11-26T15:00:00')), NOW);
    expect(await runAppointmentReminders(alarmTime + 2 * MIN)).toBe(0);
    expect((await fakeBrowser.alarms.get(APPOINTMENT_ALARM))?.scheduledTime).toBe(
      at('2026-11-26T14:50:00'),
    );

    // A longer notice from the settings.
    await saveSettings({ ...(await getSettings()), appointmentReminderMinutes: 60 });
    await runAppointmentReminders(alarmTime + 3 * MIN);
    expect((await fakeBrowser.alarms.get(APPOINTMENT_ALARM))?.scheduledTime).toBe(
      at('2026-11-26T14:00:00'),
    );

    // Cancelled: no alarm.
    await cancelAppointment(a.id, NOW);
    await runAppointmentReminders(alarmTime + 4 * MIN);
    expect(await fakeBrowser.alarms.get(APPOINTMENT_ALARM)).toBeUndefined();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('is off at 0 minutes', async () => {
    const client = await createClient(clientInput('Rossi'));
    await saveSettings({ ...(await getSettings()), appointmentReminderMinutes: 0 });
    await bookAppointment(booking(client.id, at('2026-11-26T10:05:00')), NOW);
    expect(await runAppointmentReminders(NOW)).toBe(0);
    expect(await fakeBrowser.alarms.get(APPOINTMENT_ALARM)).toBeUndefined();
  });

  it.each([[-1], [1441], [2.5]])('refuses %s minutes in the settings', async (minutes) => {
    await expect(
      saveSettings({ ...(await getSettings()), appointmentReminderMinutes: minutes }),
    ).rejects.toThrow(/appointmentReminderMinutes/);
  });
});
