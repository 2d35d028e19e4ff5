import type { Transaction } from 'dexie';

interface OldSnippet {
  id: string;
  shortcut?: unknown;
  minutesToLog?: unknown;
  createdAt?: number;
}

/**
 * Version 3: snippets get `minutesToLog` (billable minutes logged on insert; 0 for old rows), and
 * shortcuts are kept trimmed and in lower case, because Gmail expansion matches them without case.
 * Should two old shortcuts now collide, the older snippet keeps it and the newer one loses it:
 * nothing is deleted, and the VA can give it a new one.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const table = tx.table<OldSnippet, string>('snippets');
  const rows = (await table.toArray()).sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0));
  const taken = new Set<string>();
  for (const row of rows) {
    const wanted = typeof row.shortcut === 'string' ? row.shortcut.trim().toLowerCase() : '';
    const shortcut = wanted && !taken.has(wanted) ? wanted : '';
    if (shortcut) taken.add(shortcut);
    const minutesToLog = typeof row.minutesToLog === 'number' ? row.minutesToLog : 0;
    await table.update(row.id, { shortcut, minutesToLog });
  }
}
