import { storage } from 'wxt/utils/storage';
import { WEEK_MS } from '@/utils/time/units';

/** When the VA last saved a full backup (epoch ms); null = never. */
export const lastBackupAt = storage.defineItem<number | null>('local:lastBackupAt', {
  fallback: null,
});

/** Remind to back up once a week. */
export const BACKUP_REMINDER_MS = WEEK_MS;

/** Call once the full backup file was saved (a per-client export is not a backup). */
export async function recordBackup(now: number = Date.now()): Promise<void> {
  await lastBackupAt.setValue(now);
}

/**
 * Whether to remind the VA to back up: 7 days or more since the last backup or, when there was
 * none yet, since VA Desk was first used. No reminder when neither is known, nor when the clock
 * says the last backup is in the future (a clock set back is not a week gone by).
 */
export function backupReminderDue(
  lastBackup: number | null,
  installedAt: number | null,
  now: number,
): boolean {
  const since = lastBackup ?? installedAt;
  if (since === null || !Number.isFinite(since)) return false;
  return now - since >= BACKUP_REMINDER_MS;
}
