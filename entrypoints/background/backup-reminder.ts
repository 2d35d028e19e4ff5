// The weekly "back up your data" reminder: a daily alarm checks the date of the last backup and,
// when a week has gone by, shows a notification that opens the options page's backup section.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { backupReminderDue, lastBackupAt } from '@/utils/backup/state';
import { formatDate } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import { DAY_MS } from '@/utils/time/units';

export const BACKUP_ALARM = 'va-desk-backup-reminder';
export const BACKUP_NOTIFICATION = 'va-desk-backup';
const ICON = '/icon/128.png';

/** When VA Desk first ran here: the reminder counts from it until the first backup. */
export const firstUseAt = storage.defineItem<number | null>('local:firstUseAt', { fallback: null });
/** At most one reminder a day, even when the worker wakes up often. */
const lastBackupReminderAt = storage.defineItem<number | null>('local:lastBackupReminderAt', {
  fallback: null,
});

export async function configureBackupAlarm(now: number = Date.now()): Promise<void> {
  if ((await firstUseAt.getValue()) === null) await firstUseAt.setValue(now);
  if (!(await browser.alarms.get(BACKUP_ALARM)))
    await browser.alarms.create(BACKUP_ALARM, { delayInMinutes: 1, periodInMinutes: 6 * 60 });
}

/** Shows the reminder when a backup is due; returns whether it did. */
export async function onBackupAlarm(now: number = Date.now()): Promise<boolean> {
  const [last, first, reminded] = await Promise.all([
    lastBackupAt.getValue(),
    firstUseAt.getValue(),
    lastBackupReminderAt.getValue(),
  ]);
  if (!backupReminderDue(last, first, now)) return false;
  if (reminded !== null && now - reminded < DAY_MS && reminded <= now) return false;
  await lastBackupReminderAt.setValue(now);
  await browser.notifications.create(BACKUP_NOTIFICATION, {
    type: 'basic',
    iconUrl: ICON,
    title: t('backupReminderTitle'),
    message:
      last === null ? t('backupReminderNever') : t('backupReminderMessage', [formatDate(last)]),
  });
  return true;
}

export async function onBackupNotificationClicked(id: string): Promise<void> {
  if (id !== BACKUP_NOTIFICATION) return;
  await browser.notifications.clear(id);
  await browser.tabs.create({ url: '/options.html#data' });
}
