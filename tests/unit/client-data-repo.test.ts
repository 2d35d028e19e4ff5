import { tagsRevision, timerRevision } from '@/utils/messaging/revision-items';
import { beforeEach, describe, expect, it } from 'vitest';
import { backupToJson } from '@/utils/backup/export';
import { countRows, type BackupTables } from '@/utils/backup/format';
import { parseBackup } from '@/utils/backup/validate';
import { countClientData, eraseClient, exportClientBackup } from '@/utils/db/client-data-repo';
import { MissingRecordError, ValidationError } from '@/utils/model/errors';
import { getSettings } from '@/utils/db/settings';
import { getRunningEntry } from '@/utils/db/time-entries-repo';
import { NOW } from './fixtures/backups/sample';
import { dumpAll, dumpTables, seedWithRepos, type Seeded } from './fixtures/backups/seed';
import { exportBackup, restoreBackup } from '@/utils/db/backup-repo';

let seeded: Seeded;
let everything: BackupTables;

beforeEach(async () => {
  seeded = await seedWithRepos();
  everything = (await exportBackup(NOW)).tables;
});

/** The rows linked to `clientId`, picked out of the full export by hand. */
function linkedTo(clientId: string): BackupTables {
  const threads = everything.threads.filter((t) => t.clientId === clientId);
  const threadIds = threads.map((t) => t.id);
  return {
    clients: everything.clients.filter((c) => c.id === clientId),
    threads,
    snippets: everything.snippets.filter((s) => s.clientId === clientId),
    appointments: everything.appointments.filter((a) => a.clientId === clientId),
    timeEntries: everything.timeEntries.filter((e) => e.clientId === clientId),
    emailActivity: everything.emailActivity.filter((a) =>
      threadIds.includes(a.id.slice(a.id.indexOf('|') + 1)),
    ),
  };
}

function without(tables: BackupTables, removed: BackupTables): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [name, rows] of Object.entries(tables) as [keyof BackupTables, { id: string }[]][]) {
    const gone = new Set((removed[name] as { id: string }[]).map((r) => r.id));
    out[name] = rows.filter((r) => !gone.has(r.id)).sort((a, b) => a.id.localeCompare(b.id));
  }
  return out;
}

describe('per-client export', () => {
  it.each(['rossi', 'bianchi', 'hartley'] as const)(
    'holds exactly the rows of %s, and reads back as a valid file',
    async (who) => {
      const client = seeded[who];
      const backup = await exportClientBackup(client.id, NOW);
      expect(backup.scope).toEqual({ clientId: client.id });
      expect(backup.settings).toBeNull();
      const byId = (t: BackupTables) =>
        Object.fromEntries(
          Object.entries(t).map(([k, rows]) => [
            k,
            [...(rows as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id)),
          ]),
        );
      expect(byId(backup.tables)).toEqual(byId(linkedTo(client.id)));
      const parsed = parseBackup(backupToJson(backup), { now: NOW });
      expect(parsed.ok).toBe(true);
    },
  );

  it('takes the snippets scoped to the client, not those for every client', async () => {
    const backup = await exportClientBackup(seeded.rossi.id, NOW);
    expect(backup.tables.snippets.map((s) => s.id)).toEqual(['s-rossi']);
    expect(backup.tables.emailActivity.map((a) => a.id).sort()).toEqual([
      '2026-11-24|1:18f0a1b2c3d4e5f6',
      '2026-11-25|1:18f0a1b2c3d4e5f6',
    ]);
  });

  it('counts what erasing would delete', async () => {
    expect(await countClientData(seeded.rossi.id)).toEqual({
      clients: 1,
      threads: 1,
      snippets: 1,
      appointments: 1,
      timeEntries: 3,
      emailActivity: 2,
    });
    expect(await countClientData(seeded.hartley.id)).toEqual(
      countRows(linkedTo(seeded.hartley.id)),
    );
  });

  it('refuses an unknown client', async () => {
    await expect(exportClientBackup('c-nobody', NOW)).rejects.toBeInstanceOf(MissingRecordError);
    await expect(countClientData('c-nobody')).rejects.toBeInstanceOf(MissingRecordError);
    await expect(eraseClient('c-nobody', 'x')).rejects.toBeInstanceOf(MissingRecordError);
  });
});

describe('erase client', () => {
  it.each(['', 'Rossi', 'Studio Legale Rosso', 'Bianchi Immobiliare', 'Studio  Legale  Rossi  x'])(
    'changes nothing when the typed name is %j',
    async (typed) => {
      const before = await dumpAll();
      const error = await eraseClient(seeded.rossi.id, typed).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toEqual([
        {
          field: 'confirmation',
          message: 'errorEraseConfirmation',
          params: ['Studio Legale Rossi'],
        },
      ]);
      expect(await dumpAll()).toEqual(before);
    },
  );

  it.each(['Studio Legale Rossi', '  studio legale rossi ', 'STUDIO LEGALE ROSSI'])(
    'erases the client and everything linked, nothing else, when %j is typed',
    async (typed) => {
      const settings = await getSettings();
      await timerRevision.setValue(0);
      await tagsRevision.setValue(0);
      const linked = linkedTo(seeded.rossi.id);
      expect(await getRunningEntry()).toMatchObject({ clientId: seeded.rossi.id });

      const counts = await eraseClient(seeded.rossi.id, typed);

      expect(counts).toEqual(countRows(linked));
      expect(await dumpTables()).toEqual(without(everything, linked));
      // Its running timer went with it; the badge and Gmail's chips redraw.
      expect(await getRunningEntry()).toBeUndefined();
      expect(await timerRevision.getValue()).toBeGreaterThan(0);
      expect(await tagsRevision.getValue()).toBeGreaterThan(0);
      expect(await getSettings()).toEqual(settings);
    },
  );

  it('can be undone by merging the client’s export back', async () => {
    const before = await dumpTables();
    const file = backupToJson(await exportClientBackup(seeded.bianchi.id, NOW));
    await eraseClient(seeded.bianchi.id, 'Bianchi Immobiliare');
    expect(await dumpTables()).not.toEqual(before);
    const parsed = parseBackup(file, { now: NOW });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    await restoreBackup(parsed.backup, 'merge', NOW);
    expect(await dumpTables()).toEqual(before);
  });
});
