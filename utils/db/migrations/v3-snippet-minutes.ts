import type { Row, RowUpgrade } from './row-upgrade';

const createdAt = (row: Row) => (typeof row.createdAt === 'number' ? row.createdAt : 0);

/** Oldest first; a tie goes by id, the order IndexedDB lists the rows in. */
function olderFirst(a: Row, b: Row): number {
  const byAge = createdAt(a) - createdAt(b);
  if (byAge) return byAge;
  const [x, y] = [String(a.id), String(b.id)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Version 3: snippets get `minutesToLog` (billable minutes logged on insert; 0 for old rows), and
 * shortcuts are kept trimmed and in lower case, because Gmail expansion matches them without case.
 * Should two old shortcuts now collide, the older snippet keeps it and the newer one loses it:
 * nothing is deleted, and the VA can give it a new one. A value of another type is left as it is
 * (VA Desk never stored one; the backup reader refuses it with the row named).
 */
export const upgradeToV3: RowUpgrade = {
  snippets: (rows) => {
    const taken = new Set<string>();
    const shortcuts = new Map<Row, string>();
    for (const row of [...rows].sort(olderFirst)) {
      if (typeof row.shortcut !== 'string') continue;
      const wanted = row.shortcut.trim().toLowerCase();
      const shortcut = wanted && !taken.has(wanted) ? wanted : '';
      if (shortcut) taken.add(shortcut);
      shortcuts.set(row, shortcut);
    }
    return rows.map((row) => ({
      ...row,
      shortcut: shortcuts.get(row) ?? row.shortcut ?? '',
      minutesToLog: row.minutesToLog ?? 0,
    }));
  },
};
