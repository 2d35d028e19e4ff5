import { describe, expect, it } from 'vitest';
import { createDb } from '@/utils/db/app-db';
import { CURRENT_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from '@/utils/db/schema';
import { V1_ROWS } from './fixtures/db-v1';
import { OLD_SNIPPETS } from './fixtures/db-old-snippets';

/** Opens a database exactly as the VA Desk that shipped `version` would have. */
function openAt(name: string, version: number) {
  return createDb(
    name,
    SCHEMA_VERSIONS.filter((v) => v.version <= version),
  );
}

async function writeRows(name: string, version: number, rows: Record<string, unknown[]>) {
  const db = openAt(name, version);
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await db.table(table).bulkAdd(list);
  });
  db.close();
}

describe('schema versions', () => {
  it('are declared in ascending order with every table from the start', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(Object.keys(SCHEMA_VERSIONS[0]!.stores).sort()).toEqual([
      'appointments',
      'clients',
      'snippets',
      'threads',
      'timeEntries',
    ]);
  });

  it.each(SCHEMA_VERSIONS.map((v) => v.version))(
    'upgrades data written by version %i to the current version with every row intact',
    async (version) => {
      const name = `mig-${version}-${crypto.randomUUID()}`;
      await writeRows(name, version, V1_ROWS);
      const db = createDb(name);
      await db.open();
      expect(db.verno).toBe(CURRENT_VERSION);
      // Every old row is kept as it was; version 2 only adds empty defaults.
      const v2Defaults = version < 2;
      expect(await db.clients.orderBy('nameKey').toArray()).toEqual(
        [...V1_ROWS.clients]
          .sort((a, b) => a.nameKey.localeCompare(b.nameKey))
          .map((c) => (v2Defaults ? { ...c, taskTypes: [] } : c)),
      );
      expect(await db.timeEntries.toArray()).toEqual(
        expect.arrayContaining(
          V1_ROWS.timeEntries.map((e) => (v2Defaults ? { ...e, task: null, caller: '' } : e)),
        ),
      );
      expect(await db.emailActivity.count()).toBe(0);
      // The indexes later code relies on answer queries on upgraded data.
      expect(await db.clients.where('domains').equals('studiorossi.it').count()).toBe(1);
      expect(await db.timeEntries.where('running').equals(1).count()).toBe(1);
      expect(
        await db.timeEntries
          .where('[clientId+start]')
          .between(['c-rossi', 0], ['c-rossi', Infinity])
          .count(),
      ).toBe(2);
      db.close();
    },
  );

  it('fails loudly on a broken upgrade and leaves the old data as it was', async () => {
    const name = `broken-${crypto.randomUUID()}`;
    await writeRows(name, CURRENT_VERSION, V1_ROWS);
    const broken: SchemaVersion = {
      version: CURRENT_VERSION + 1,
      stores: {},
      // Clients are rewritten first, then the next table's upgrade throws.
      upgrade: {
        clients: (rows) => rows.map((c) => ({ ...c, name: 'half-migrated' })),
        timeEntries: () => {
          throw new Error('upgrade bug');
        },
      },
    };
    const db = createDb(name, [...SCHEMA_VERSIONS, broken]);
    await expect(db.open()).rejects.toThrow(/upgrade bug/);
    db.close();

    const again = createDb(name);
    await again.open();
    expect(again.verno).toBe(CURRENT_VERSION);
    expect((await again.clients.toArray()).map((c) => c.name).sort()).toEqual(
      V1_ROWS.clients.map((c) => c.name).sort(),
    );
    again.close();
  });
});

describe('version 3: snippet minutes and shortcuts', () => {
  it.each([1, 2])(
    'gives snippets written by version %i minutesToLog 0 and lower-case unique shortcuts',
    async (version) => {
      const name = `mig-v3-${version}-${crypto.randomUUID()}`;
      await writeRows(name, version, { ...V1_ROWS, snippets: OLD_SNIPPETS });
      const db = createDb(name);
      await db.open();
      const rows = await db.snippets.orderBy('id').toArray();
      expect(rows.map((s) => [s.id, s.shortcut, s.minutesToLog])).toEqual([
        ['s1', ';grazie', 0],
        ['s2', '', 0],
        ['s3', '', 0],
        ['s4', '/sollecito', 0],
      ]);
      // Nothing else changes.
      expect(rows.map(({ shortcut: _s, minutesToLog: _m, ...rest }) => rest)).toEqual(
        OLD_SNIPPETS.map(({ shortcut: _s, ...rest }) => rest),
      );
      expect(await db.snippets.where('shortcut').equals(';grazie').count()).toBe(1);
      expect(await db.snippets.where('clientId').equals('c-rossi').count()).toBe(1);
      db.close();
    },
  );

  it('keeps minutes already set by a newer writer', async () => {
    const name = `mig-v3-kept-${crypto.randomUUID()}`;
    await writeRows(name, 2, { snippets: [{ ...OLD_SNIPPETS[0]!, minutesToLog: 5 }] });
    const db = createDb(name);
    await db.open();
    expect((await db.snippets.get('s1'))?.minutesToLog).toBe(5);
    db.close();
  });
});
