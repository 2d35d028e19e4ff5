// One upgrade per schema version, run by the database and by the backup reader alike: the same old
// rows come out the same both ways.
import { describe, expect, it } from 'vitest';
import { parseBackup } from '@/utils/backup/validate';
import { createDb } from '@/utils/db/app-db';
import type { Row } from '@/utils/db/migrations/row-upgrade';
import { upgradeToV2 } from '@/utils/db/migrations/v2-tasks-and-email-time';
import { upgradeToV3 } from '@/utils/db/migrations/v3-snippet-minutes';
import { SCHEMA_VERSIONS } from '@/utils/db/schema';
import { V1_ROWS } from './fixtures/db-v1';
import { NOW } from './fixtures/backups/sample';
import { OLD_SNIPPETS } from './fixtures/db-old-snippets';

/** The same data as versions 1 and 2 stored it (version 2 added tasks, callers, email time). */
function rowsAt(version: number): Record<string, Row[]> {
  const v1 = { ...structuredClone(V1_ROWS), snippets: structuredClone(OLD_SNIPPETS) };
  if (version === 1) return v1;
  return {
    ...v1,
    clients: v1.clients.map((c) => ({ ...c, taskTypes: [] })),
    timeEntries: v1.timeEntries.map((e) => ({ ...e, task: null, caller: '' })),
    emailActivity: [],
  };
}

async function upgradedByDexie(version: number) {
  const name = `old-${version}-${crypto.randomUUID()}`;
  const old = createDb(
    name,
    SCHEMA_VERSIONS.filter((v) => v.version <= version),
  );
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(rowsAt(version)))
      await old.table(table).bulkAdd(rows);
  });
  old.close();
  const db = createDb(name);
  await db.open();
  const tables = Object.fromEntries(
    await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
  db.close();
  return tables;
}

function upgradedByBackupReader(version: number) {
  const file = {
    format: 'va-desk-backup',
    formatVersion: 1,
    schemaVersion: version,
    exportedAt: '2025-11-25T12:00:00.000Z',
    scope: 'all',
    settings: null,
    tables: rowsAt(version),
  };
  const parsed = parseBackup(JSON.stringify(file), { now: NOW });
  if (!parsed.ok) throw new Error(`rejected: ${JSON.stringify(parsed.error)}`);
  return parsed.backup.tables;
}

const byId = (rows: readonly unknown[]) =>
  [...(rows as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));

describe('old rows upgraded by the database and by the backup reader', () => {
  it.each([1, 2])('come out equal from version %i', async (version) => {
    const fromDb = await upgradedByDexie(version);
    const fromFile = upgradedByBackupReader(version);
    for (const [table, rows] of Object.entries(fromFile))
      expect([table, byId(rows)]).toEqual([table, byId(fromDb[table] ?? [])]);
  });

  it.each([1, 2])(
    'clear the newer of two shortcuts that collide (version %i file restores)',
    (version) => {
      const snippets = byId(upgradedByBackupReader(version).snippets) as Row[];
      expect(snippets.map((s) => [s.id, s.shortcut, s.minutesToLog])).toEqual([
        ['s1', ';grazie', 0],
        ['s2', '', 0],
        ['s3', '', 0],
        ['s4', '/sollecito', 0],
      ]);
    },
  );
});

describe('row upgrades are pure', () => {
  it.each([
    [
      'v2 client without task types',
      upgradeToV2.clients!,
      [{ id: 'c' }],
      [{ id: 'c', taskTypes: [] }],
    ],
    [
      'v2 client keeps its task types',
      upgradeToV2.clients!,
      [{ id: 'c', taskTypes: [{ id: 't' }] }],
      [{ id: 'c', taskTypes: [{ id: 't' }] }],
    ],
    [
      'v2 entry gets no task and no caller',
      upgradeToV2.timeEntries!,
      [{ id: 'e' }],
      [{ id: 'e', task: null, caller: '' }],
    ],
    [
      'v3 keeps the older shortcut, in lower case',
      upgradeToV3.snippets!,
      [
        { id: 'b', shortcut: ';A', createdAt: 2 },
        { id: 'a', shortcut: ' ;a', createdAt: 1 },
      ],
      [
        { id: 'b', shortcut: '', createdAt: 2, minutesToLog: 0 },
        { id: 'a', shortcut: ';a', createdAt: 1, minutesToLog: 0 },
      ],
    ],
    [
      'v3 tie on age goes to the smaller id',
      upgradeToV3.snippets!,
      [
        { id: 'b', shortcut: ';x', createdAt: 1 },
        { id: 'a', shortcut: ';X', createdAt: 1 },
      ],
      [
        { id: 'b', shortcut: '', createdAt: 1, minutesToLog: 0 },
        { id: 'a', shortcut: ';x', createdAt: 1, minutesToLog: 0 },
      ],
    ],
    [
      'v3 keeps minutes already set, and leaves a shortcut of another type for the checks',
      upgradeToV3.snippets!,
      [{ id: 'a', shortcut: 42, minutesToLog: 5 }],
      [{ id: 'a', shortcut: 42, minutesToLog: 5 }],
    ],
    [
      'v3 gives a missing shortcut the empty one',
      upgradeToV3.snippets!,
      [{ id: 'a' }],
      [{ id: 'a', shortcut: '', minutesToLog: 0 }],
    ],
  ])('%s', (_name, upgrade, rows, expected) => {
    const input = structuredClone(rows) as Row[];
    expect(upgrade(input)).toEqual(expected);
    expect(input).toEqual(rows);
  });
});
