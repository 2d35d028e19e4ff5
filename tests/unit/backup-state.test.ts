import { describe, expect, it } from 'vitest';
import {
  BACKUP_REMINDER_MS,
  backupReminderDue,
  lastBackupAt,
  recordBackup,
} from '@/utils/backup/state';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 10, 26, 9, 0).getTime();

describe('weekly backup reminder', () => {
  it.each([
    ['never backed up, first used today', null, NOW, false],
    ['never backed up, first used 6 days ago', null, NOW - 6 * DAY, false],
    ['never backed up, first used 7 days ago', null, NOW - 7 * DAY, true],
    ['never backed up, first use unknown', null, null, false],
    ['backed up yesterday', NOW - DAY, NOW - 30 * DAY, false],
    ['backed up 6 days 23 hours ago', NOW - 7 * DAY + 3_600_000, null, false],
    ['backed up exactly 7 days ago', NOW - 7 * DAY, null, true],
    ['backed up a month ago', NOW - 30 * DAY, NOW - 60 * DAY, true],
    ['last backup in the future (clock set back)', NOW + DAY, null, false],
  ] as const)('%s → %s', (_, last, installed, expected) => {
    expect(backupReminderDue(last, installed, NOW)).toBe(expected);
  });

  it('is a week', () => {
    expect(BACKUP_REMINDER_MS).toBe(7 * DAY);
  });

  it('records the last backup in extension storage (none at first)', async () => {
    expect(await lastBackupAt.getValue()).toBeNull();
    await recordBackup(NOW);
    expect(await lastBackupAt.getValue()).toBe(NOW);
    expect(backupReminderDue(await lastBackupAt.getValue(), null, NOW + 7 * DAY)).toBe(true);
  });
});
