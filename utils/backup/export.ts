// The backup file's text (the rows are read by utils/db/backup-repo.ts).
import { BACKUP_TABLES, type Backup } from './format';

/** Object keys sorted at every depth, so the same data always gives the same text. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
    );
  return value;
}

const line = (value: unknown) => JSON.stringify(sortedKeys(value));

/**
 * The file's text: the header in a fixed order, then one row per line with its keys sorted, so
 * files diff well and two exports of the same data are byte-identical.
 */
export function backupToJson(backup: Backup): string {
  const header = [
    `  "format": ${line(backup.format)}`,
    `  "formatVersion": ${line(backup.formatVersion)}`,
    `  "schemaVersion": ${line(backup.schemaVersion)}`,
    `  "exportedAt": ${line(backup.exportedAt)}`,
    `  "scope": ${line(backup.scope)}`,
    `  "settings": ${line(backup.settings)}`,
  ];
  const tables = BACKUP_TABLES.map((name) => {
    const rows: readonly unknown[] = backup.tables[name];
    if (!rows.length) return `    ${line(name)}: []`;
    return `    ${line(name)}: [\n${rows.map((row) => `      ${line(row)}`).join(',\n')}\n    ]`;
  });
  return `{\n${header.join(',\n')},\n  "tables": {\n${tables.join(',\n')}\n  }\n}\n`;
}
