// Appointment reminders: one alarm at the next reminder time, set again from the database on every
// wake-up, after every appointment write (appointmentsRevision) and when the setting changes. The
// service worker keeps nothing in memory: who was reminded lives in storage.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { planReminders, type Reminded } from '@/utils/calendar/reminders';
import { listUpcomingAppointments } from '@/utils/db/appointments-repo';
import { listClients } from '@/utils/db/clients-repo';
import { getSettings } from '@/utils/db/settings';
import { formatTime } from '@/utils/i18n/format';
import { resolveLanguage, setLanguage, t } from '@/utils/i18n/messages';

export const APPOINTMENT_ALARM = 'va-desk-appointment-reminder';
const NOTIFICATION_PREFIX = 'va-desk-appointment:';
const ICON = '/icon/128.png';

const remindedAppointments = storage.defineItem<Reminded>('local:remindedAppointments', {
  fallback: {},
});

/** Shows the reminders that are due and sets the alarm for the next one (or clears it). */
export async function runAppointmentReminders(now: number = Date.now()): Promise<number> {
  const settings = await getSettings();
  setLanguage(resolveLanguage(settings.language, browser.i18n.getUILanguage()));
  const [upcoming, reminded] = await Promise.all([
    listUpcomingAppointments(now),
    remindedAppointments.getValue(),
  ]);
  const plan = planReminders(upcoming, settings.appointmentReminderMinutes, now, reminded);
  await remindedAppointments.setValue(plan.reminded);
  if (plan.due.length) {
    const clients = new Map((await listClients({ includeArchived: true })).map((c) => [c.id, c]));
    for (const a of plan.due)
      await browser.notifications.create(`${NOTIFICATION_PREFIX}${a.id}`, {
        type: 'basic',
        iconUrl: ICON,
        title: t('appointmentReminderTitle', [formatTime(a.start), a.title]),
        message: t('appointmentReminderMessage', [
          clients.get(a.clientId)?.name ?? '',
          a.location || '—',
        ]),
      });
  }
  if (plan.nextAt === null) await browser.alarms.clear(APPOINTMENT_ALARM);
  else await browser.alarms.create(APPOINTMENT_ALARM, { when: plan.nextAt });
  return plan.due.length;
}
