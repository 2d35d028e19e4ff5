import { beforeEach, describe, expect, it } from 'vitest';
import { backupToJson } from '@/utils/backup/export';
import type { Backup } from '@/utils/backup/format';
import { parseBackup, type ValidBackup } from '@/utils/backup/validate';
import { getDb } from '@/utils/db/app-db';
import { getSettings } from '@/utils/db/settings';
import { getRunningEntry } from '@/utils/db/time-entries-repo';
import type { MessageKey } from '@/utils/i18n/messages';
import { NOW, sampleBackup } from './fixtures/backups/sample';
import { dumpAll, dumpTables } from './fixtures/backups/seed';
import { restoreBackup } from '@/utils/db/backup-repo';
import { BackupRejectedError, type BackupError } from '@/utils/backup/errors';

const SAMPLE_CLIENTS = ['c-rossi', 'c-hartley'];

function parsed(backup: Backup, knownClientIds: string[] = SAMPLE_CLIENTS): ValidBackup {
  const result = parseBackup(backupToJson(backup), { now: NOW, knownClientIds });
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.error)}`);
  return result.backup;
}

/** A file with only these rows (every other table empty). */
function only(tables: Partial<Backup['tables']>): Backup {
  return {
    ...sampleBackup(),
    tables: {
      clients: [],
      threads: [],
      snippets: [],
      appointments: [],
      timeEntries: [],
      emailActivity: [],
      ...tables,
    },
  };
}

const sample = () => sampleBackup().tables;
const rossi = () => sample().clients.find((c) => c.id === 'c-rossi')!;

async function rejection(promise: Promise<unknown>): Promise<BackupError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BackupRejectedError);
  return (error as BackupRejectedError).error;
}

beforeEach(async () => {
  await restoreBackup(parsed(sampleBackup()), 'replace', NOW);
});

describe('merge', () => {
  it('adds new rows, takes newer ones, keeps VA Desk’s when as new or newer, and keeps the settings', async () => {
    const settings = await getSettings();
    const file = sampleBackup();
    const t = file.tables;
    Object.assign(t.clients[0]!, {
      notes: 'Nuovo indirizzo',
      updatedAt: t.clients[0]!.updatedAt + 1,
    });
    Object.assign(t.threads[0]!, {
      subject: 'Vecchio oggetto',
      updatedAt: t.threads[0]!.updatedAt - 1,
    });
    Object.assign(t.snippets[0]!, { body: 'Stesso momento' });
    t.timeEntries.push({ ...t.timeEntries[2]!, id: 'e-call-2', caller: 'Tom Hartley' });
    t.clients.push({
      ...t.clients[1]!,
      id: 'c-verdi',
      name: 'Verdi Consulenze',
      nameKey: 'verdi consulenze',
      domains: ['verdi.it'],
    });
    file.settings!.vaName = 'Someone else';

    const result = await restoreBackup(parsed(file), 'merge', NOW);

    expect(result.written).toEqual({
      clients: 2,
      threads: 0,
      snippets: 0,
      appointments: 0,
      timeEntries: 1,
      emailActivity: 0,
    });
    expect(result.kept).toEqual({
      clients: 1,
      threads: 1,
      snippets: 2,
      appointments: 1,
      timeEntries: 4,
      emailActivity: 1,
    });
    expect(result.settingsRestored).toBe(false);
    const db = getDb();
    expect((await db.clients.get('c-rossi'))?.notes).toBe('Nuovo indirizzo');
    expect((await db.clients.get('c-verdi'))?.name).toBe('Verdi Consulenze');
    expect((await db.threads.toArray())[0]?.subject).toBe('Udienza del 3 dicembre');
    expect((await db.snippets.get('s-grazie'))?.body).toBe(sample().snippets[0]!.body);
    expect((await db.timeEntries.get('e-call-2'))?.caller).toBe('Tom Hartley');
    expect(await getSettings()).toEqual(settings);
  });

  it('changes no row when the same backup is merged again', async () => {
    const before = await dumpTables();
    const result = await restoreBackup(parsed(sampleBackup()), 'merge', NOW);
    expect(Object.values(result.written)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await dumpTables()).toEqual(before);
  });

  it('renames a client when the file has the newer version of it', async () => {
    const renamed = { ...rossi(), name: 'Rossi & Partners', updatedAt: rossi().updatedAt + 1 };
    await restoreBackup(parsed(only({ clients: [renamed] })), 'merge', NOW);
    expect(await getDb().clients.get('c-rossi')).toMatchObject({
      name: 'Rossi & Partners',
      nameKey: 'rossi & partners',
    });
  });

  it('ignores an older version of a client even when its old name would clash', async () => {
    const old = { ...rossi(), name: 'Hartley Coaching', updatedAt: rossi().updatedAt - 1 };
    const result = await restoreBackup(parsed(only({ clients: [old] })), 'merge', NOW);
    expect(result.kept.clients).toBe(1);
    expect((await getDb().clients.get('c-rossi'))?.name).toBe('Studio Legale Rossi');
  });

  it('adds rows for a client that is only in VA Desk', async () => {
    const entry = { ...sample().timeEntries[2]!, id: 'e-call-3' };
    const result = await restoreBackup(parsed(only({ timeEntries: [entry] })), 'merge', NOW);
    expect(result.written.timeEntries).toBe(1);
    expect(await getDb().timeEntries.get('e-call-3')).toEqual(entry);
  });

  it('stops the running timer when the file has it stopped later', async () => {
    const running = sample().timeEntries.find((e) => e.id === 'e-running')!;
    const { running: _r, ...rest } = running;
    const stopped = { ...rest, end: NOW - 60_000, updatedAt: NOW - 60_000 };
    await restoreBackup(parsed(only({ timeEntries: [stopped] })), 'merge', NOW);
    expect(await getRunningEntry()).toBeUndefined();
    expect(await getDb().timeEntries.get('e-running')).toEqual(stopped);
  });

  it.each<[string, Record<string, unknown>, MessageKey]>([
    ['the same name', { name: 'STUDIO legale rossi' }, 'errorNameTaken'],
    ['the same address', { emails: ['avv.rossi@studiorossi.it'] }, 'errorEmailTaken'],
    ['the same domain', { domains: ['hartleycoaching.co.uk'] }, 'errorDomainTaken'],
    ['the same Gmail account', { gmailAccounts: [1] }, 'errorAccountTaken'],
  ])('rejects a different client with %s, changing nothing', async (_, clash, detail) => {
    const before = await dumpAll();
    const client = {
      ...sample().clients[1]!,
      id: 'c-new',
      name: 'Nuovo Cliente',
      nameKey: 'nuovo cliente',
      domains: [],
      ...clash,
    };
    const entry = { ...sample().timeEntries[2]!, id: 'e-new', clientId: 'c-new' };
    const error = await rejection(
      restoreBackup(parsed(only({ clients: [client], timeEntries: [entry] })), 'merge', NOW),
    );
    expect(error.message).toBe('backupErrorMergeClash');
    expect(error.detail?.message).toBe(detail);
    expect(await dumpAll()).toEqual(before);
  });

  it('rejects a snippet whose shortcut another snippet already has', async () => {
    const before = await dumpAll();
    const snippet = { ...sample().snippets[0]!, id: 's-new', shortcut: ';Grazie' };
    const error = await rejection(
      restoreBackup(parsed(only({ snippets: [snippet] })), 'merge', NOW),
    );
    expect(error).toMatchObject({
      message: 'backupRowSnippets',
      detail: { message: 'backupDetailShortcutTaken' },
    });
    expect(await dumpAll()).toEqual(before);
  });

  it('rechecks clients in VA Desk when writing (one erased since the file was checked)', async () => {
    const entry = { ...sample().timeEntries[2]!, id: 'e-late', clientId: 'c-gone' };
    const checked = parsed(only({ timeEntries: [entry] }), [...SAMPLE_CLIENTS, 'c-gone']);
    const before = await dumpAll();
    const error = await rejection(restoreBackup(checked, 'merge', NOW));
    expect(error).toMatchObject({
      message: 'backupRowTimeEntries',
      detail: { message: 'backupDetailUnknownClientMerge' },
    });
    expect(await dumpAll()).toEqual(before);
  });
});
