import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BACKUP_NOTIFICATION,
  configureBackupAlarm,
  firstUseAt,
  onBackupAlarm,
} from '@/entrypoints/background/backup-reminder';
import { lastBackupAt } from '@/utils/backup/state';

const DAY = 24 * 60 * 60 * 1000;

describe('weekly backup reminder', () => {
  it('reminds a week after first use or the last backup, at most once a day', async () => {
    const now = Date.UTC(2026, 10, 26, 9);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await configureBackupAlarm(now);
    expect(await firstUseAt.getValue()).toBe(now);
    expect(await fakeBrowser.alarms.get('va-desk-backup-reminder')).toBeTruthy();

    expect(await onBackupAlarm(now + 6 * DAY)).toBe(false);
    expect(await onBackupAlarm(now + 7 * DAY)).toBe(true);
    expect(create).toHaveBeenLastCalledWith(
      BACKUP_NOTIFICATION,
      expect.objectContaining({ title: 'Time for your weekly backup' }),
    );
    expect(await onBackupAlarm(now + 7 * DAY + 60_000)).toBe(false);

    await lastBackupAt.setValue(now + 8 * DAY);
    expect(await onBackupAlarm(now + 9 * DAY)).toBe(false);
    expect(await onBackupAlarm(now + 15 * DAY)).toBe(true);
    expect(create).toHaveBeenCalledTimes(2);
  });
});
