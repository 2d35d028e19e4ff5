// Old files: the rows of a file from an older schema get exactly what the database upgrade gives
// stored rows, through the same pure upgrades (utils/db/migrations).
import type { Row } from '@/utils/db/migrations/row-upgrade';
import { SCHEMA_VERSIONS } from '@/utils/db/schema';
import { isPlain } from './checks';

/** The tables of a file as read, before any check. */
export type TablesInput = Record<string, unknown>;

/** Whether `table` first appears in `version` (the database creates it empty then). */
function isNewIn(version: number, table: string): boolean {
  return !SCHEMA_VERSIONS.some((v) => v.version < version && table in v.stores);
}

/**
 * Upgrades, in place, the rows of a file written at `fromVersion` to the current schema. Entries
 * that are not records are left where they are, for the row checks to name.
 */
export function upgradeOldTables(tables: TablesInput, fromVersion: number): void {
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    if (version <= fromVersion) continue;
    for (const table of Object.keys(stores)) if (isNewIn(version, table)) tables[table] ??= [];
    for (const [table, upgradeRows] of Object.entries(upgrade ?? {})) {
      const list = tables[table];
      if (!Array.isArray(list)) continue;
      const at = list.flatMap((row: unknown, i) => (isPlain(row) ? [i] : []));
      const upgraded = upgradeRows(at.map((i) => list[i] as Row));
      at.forEach((index, n) => (list[index] = upgraded[n]));
    }
  }
}
