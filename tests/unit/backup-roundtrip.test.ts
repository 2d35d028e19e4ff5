import { tagsRevision, timerRevision } from '@/utils/messaging/revision-items';
import { describe, expect, it } from 'vitest';
import { backupToJson } from '@/utils/backup/export';
import {
  backupFileName,
  clientBackupFileName,
  clientSlug,
  countRows,
  type Backup,
} from '@/utils/backup/format';
import { parseBackup, type ParseResult, type ValidBackup } from '@/utils/backup/validate';
import { createDb } from '@/utils/db/app-db';
import { createClient } from '@/utils/db/clients-repo';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from '@/utils/db/schema';
import { getSettings } from '@/utils/db/settings';
import { addEntry, getRunningEntry } from '@/utils/db/time-entries-repo';
import { clientInput, entryInput } from './factories';
import { V1_ROWS } from './fixtures/db-v1';
import { NOW, sampleBackup } from './fixtures/backups/sample';
import { dumpTables, seedWithRepos, wipe } from './fixtures/backups/seed';
import { exportBackup, restoreBackup } from '@/utils/db/backup-repo';

function valid(result: ParseResult): ValidBackup {
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.error)}`);
  return result.backup;
}

describe('backup round trip', () => {
  it('export → JSON → wipe → parse → replace gives back every row and the settings', async () => {
    const { rossi } = await seedWithRepos();
    const tables = await dumpTables();
    const settings = await getSettings();
    expect(settings.vaName).toBe('Giulia Bianchi');
    // Every kind of row is there, so the comparison below covers each table.
    for (const rows of Object.values(tables)) expect(rows.length).toBeGreaterThan(0);

    const text = backupToJson(await exportBackup(NOW));
    await wipe();
    expect(await getSettings()).not.toEqual(settings);
    expect(Object.values(await dumpTables()).flat()).toEqual([]);

    const result = await restoreBackup(valid(parseBackup(text, { now: NOW })), 'replace', NOW + 1);
    expect(await dumpTables()).toEqual(tables);
    expect(await getSettings()).toEqual(settings);
    expect(result).toEqual({
      mode: 'replace',
      written: {
        clients: 3,
        threads: 2,
        snippets: 3,
        appointments: 2,
        timeEntries: 5,
        emailActivity: 4,
      },
      kept: {
        clients: 0,
        threads: 0,
        snippets: 0,
        appointments: 0,
        timeEntries: 0,
        emailActivity: 0,
      },
      settingsRestored: true,
    });
    // The running timer is found through its index again, and the badge and chips redraw.
    expect(await getRunningEntry()).toMatchObject({ clientId: rossi.id, end: null, running: 1 });
    expect(await timerRevision.getValue()).toBe(NOW + 1);
    expect(await tagsRevision.getValue()).toBe(NOW + 1);
  });

  it('replace leaves nothing of what was there before', async () => {
    await seedWithRepos();
    const tables = await dumpTables();
    const text = backupToJson(await exportBackup(NOW));
    const extra = await createClient(clientInput('Verdi Consulenze'), NOW);
    await addEntry(
      entryInput(extra.id, NOW - 60_000 * 90, NOW - 60_000 * 60, { activityType: 'admin' }),
      NOW,
    );
    await restoreBackup(valid(parseBackup(text, { now: NOW })), 'replace', NOW);
    expect(await dumpTables()).toEqual(tables);
  });

  it('writes the same text for the same data, and reading it back changes nothing', async () => {
    await seedWithRepos();
    const first = backupToJson(await exportBackup(NOW));
    expect(backupToJson(await exportBackup(NOW))).toBe(first);
    expect(backupToJson(valid(parseBackup(first, { now: NOW })))).toBe(first);
  });

  it('keeps the file format as documented (golden file)', async () => {
    const text = backupToJson(sampleBackup());
    await expect(text).toMatchFileSnapshot('./fixtures/backups/sample.json');
    const parsed = valid(parseBackup(text, { now: NOW }));
    expect(parsed).toEqual(sampleBackup());
    expect(countRows(parsed.tables)).toEqual({
      clients: 2,
      threads: 1,
      snippets: 2,
      appointments: 1,
      timeEntries: 4,
      emailActivity: 1,
    });
  });

  it('drops fields VA Desk does not know and fills settings added after the file was made', () => {
    const file = sampleBackup() as unknown as {
      tables: { clients: Record<string, unknown>[] };
      settings: Record<string, unknown>;
    };
    file.tables.clients[0]!.favouriteColour = 'blue';
    delete file.settings.endOfDay;
    const parsed = valid(parseBackup(JSON.stringify(file), { now: NOW }));
    expect(parsed.tables.clients[0]).not.toHaveProperty('favouriteColour');
    expect(parsed.tables.clients[0]).toEqual(sampleBackup().tables.clients[0]);
    expect(parsed.settings?.endOfDay).toBe('ask');
  });

  it('derives the running mark from the end, never from the file', () => {
    const file = sampleBackup();
    const running = file.tables.timeEntries.find((e) => e.id === 'e-running')!;
    delete running.running;
    const finished = file.tables.timeEntries.find((e) => e.id === 'e-email')!;
    finished.running = 1;
    const parsed = valid(parseBackup(JSON.stringify(file), { now: NOW }));
    const byId = new Map(parsed.tables.timeEntries.map((e) => [e.id, e]));
    expect(byId.get('e-running')).toHaveProperty('running', 1);
    expect(byId.get('e-email')).not.toHaveProperty('running');
  });
});

describe('backups made by older versions', () => {
  const v1File = (): Backup =>
    ({
      format: 'va-desk-backup',
      formatVersion: 1,
      schemaVersion: 1,
      exportedAt: '2025-11-25T12:00:00.000Z',
      scope: 'all',
      settings: null,
      tables: structuredClone(V1_ROWS),
    }) as unknown as Backup;

  it('every schema version after 1 says what it does to old rows (the backup reader runs it too)', () => {
    const versions = SCHEMA_VERSIONS.filter((v) => v.version > 1);
    expect(versions.filter((v) => typeof v.upgrade !== 'object').map((v) => v.version)).toEqual([]);
  });

  it('reads a version 1 file into the rows the database upgrade makes of the same data', async () => {
    const parsed = valid(parseBackup(JSON.stringify(v1File()), { now: NOW }));
    expect(parsed.schemaVersion).toBe(CURRENT_VERSION);

    // The same rows written by VA Desk 1 and opened by this version (the real migration).
    const name = `v1-${crypto.randomUUID()}`;
    const old = createDb(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version === 1),
    );
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(V1_ROWS)) await old.table(table).bulkAdd(rows);
    });
    old.close();
    const upgraded = createDb(name);
    await upgraded.open();
    const byId = (rows: readonly { id: string }[]) =>
      [...rows].sort((a, b) => a.id.localeCompare(b.id));
    for (const table of ['clients', 'threads', 'snippets', 'appointments', 'timeEntries'] as const)
      expect(byId(parsed.tables[table])).toEqual(byId(await upgraded.table(table).toArray()));
    upgraded.close();
    expect(parsed.tables.emailActivity).toEqual([]);
    expect(parsed.tables.clients.map((c) => c.taskTypes)).toEqual([[], []]);
    expect(parsed.tables.timeEntries.map((e) => [e.task, e.caller])).toEqual([
      [null, ''],
      [null, ''],
    ]);
  });

  it('restores a version 1 file and keeps the current settings (it has none)', async () => {
    await seedWithRepos();
    const settings = await getSettings();
    const result = await restoreBackup(
      valid(parseBackup(JSON.stringify(v1File()), { now: NOW })),
      'replace',
      NOW,
    );
    expect(result.settingsRestored).toBe(false);
    expect(await getSettings()).toEqual(settings);
    expect((await dumpTables()).clients).toHaveLength(2);
    expect(await getRunningEntry()).toMatchObject({ id: 'e2', task: null, caller: '' });
  });
});

describe('file names', () => {
  it.each([
    [new Date(2026, 10, 26, 9).getTime(), undefined, 'va-desk-backup-2026-11-26.json'],
    // 00:30 on 27 Nov in Rome is still 26 Nov in London.
    [new Date(2026, 10, 27, 0, 30).getTime(), 'Europe/London', 'va-desk-backup-2026-11-26.json'],
    [new Date(2026, 0, 5, 12).getTime(), 'Europe/Rome', 'va-desk-backup-2026-01-05.json'],
  ])('backupFileName(%i, %s) → %s', (now, zone, expected) => {
    expect(backupFileName(now, zone)).toBe(expected);
  });

  it.each([
    ['Studio Legale Rossi', 'studio-legale-rossi'],
    ['Società Bianchi & C. S.r.l.', 'societa-bianchi-c-s-r-l'],
    ['  Hartley Coaching  ', 'hartley-coaching'],
    ['../../etc/passwd', 'etc-passwd'],
    ['日本', 'client'],
    ['', 'client'],
    ['A'.repeat(80), 'a'.repeat(40)],
  ])('clientSlug(%j) → %s', (name, expected) => {
    expect(clientSlug(name)).toBe(expected);
  });

  it('names a client file after the client and the day', () => {
    expect(clientBackupFileName('Studio Legale Rossi', NOW)).toBe(
      'va-desk-studio-legale-rossi-2026-11-26.json',
    );
  });
});
