import { describe, expect, it } from 'vitest';
import { BackupRejectedError } from '@/utils/backup/errors';
import type { BackupTables } from '@/utils/backup/format';
import { checkMerge, checkReplace } from '@/utils/backup/restore-rules';
import type { ValidBackup } from '@/utils/backup/validate';
import { sampleBackup } from './fixtures/backups/sample';

const valid = (backup = sampleBackup()) => backup as ValidBackup;
const none = { clients: [], snippets: [], running: [] };

/** The message key a check rejects with, or null when it passes. */
function rejection(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (error) {
    if (!(error instanceof BackupRejectedError)) throw error;
    return error.error.detail?.message ?? error.error.message;
  }
}

describe('checkReplace', () => {
  it.each<[string, (b: ReturnType<typeof sampleBackup>) => void, string | null]>([
    ['a whole-database file', () => {}, null],
    ["one client's file", (b) => (b.scope = { clientId: 'c-rossi' }), 'backupErrorClientFile'],
    [
      'a row of a client not in the file',
      (b) => (b.tables.timeEntries[0]!.clientId = 'c-gone'),
      'backupDetailUnknownClient',
    ],
  ])('%s', (_name, change, expected) => {
    const backup = sampleBackup();
    change(backup);
    expect(rejection(() => checkReplace(valid(backup)))).toBe(expected);
  });
});

describe('checkMerge', () => {
  const tables = () => sampleBackup().tables;
  it.each<[string, (t: BackupTables) => Parameters<typeof checkMerge>[2], string | null]>([
    ['into an empty database', () => none, null],
    [
      'a client clashing with another one of VA Desk',
      (t) => ({ ...none, clients: [{ ...t.clients[0]!, id: 'c-other' }] }),
      'errorNameTaken',
    ],
    [
      'a snippet whose shortcut VA Desk already has',
      (t) => ({ ...none, snippets: [{ ...t.snippets[0]!, id: 's-other' }] }),
      'backupDetailShortcutTaken',
    ],
    [
      'a second running timer',
      (t) => ({
        ...none,
        running: [{ ...t.timeEntries.find((e) => e.end === null)!, id: 'e-other' }],
      }),
      'backupErrorMergeTwoTimers',
    ],
  ])('%s', (_name, current, expected) => {
    const file = tables();
    expect(rejection(() => checkMerge(file, file, current(file)))).toBe(expected);
  });
});
