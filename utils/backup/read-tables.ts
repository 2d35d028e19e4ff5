// Every table's rows, each read against its spec and rules; the first bad row rejects the file,
// named by its place ("Time entry 3 of 120") or its name.
import type { MessageKey } from '@/utils/i18n/messages';
import { validateClientInput } from '@/utils/clients/validate';
import type { Id } from '@/utils/model/types';
import { firstIssue, isPlain, readFields, Rejection, RowProblem, type Plain } from './checks';
import { clip, ROW_KEYS, TABLE_LABEL_KEYS } from './errors';
import { BACKUP_TABLES, type BackupTableName, type BackupTables } from './format';
import {
  checkActivity,
  checkAppointment,
  checkClientFields,
  checkEntry,
  checkThread,
} from './row-rules';
import {
  activitySpec,
  appointmentSpec,
  clientSpec,
  entrySpec,
  snippetSpec,
  threadSpec,
} from './specs';
import type { TablesInput } from './old-files';
import type { ParseOptions } from './validate';

type Words = (key: MessageKey, params?: readonly string[]) => string;

/** The place of row `index` in words: the client's name where it has one, else "3 of 120". */
function rowLabel(
  table: BackupTableName,
  raw: unknown,
  index: number,
  total: number,
  words: Words,
) {
  const name = isPlain(raw)
    ? table === 'clients'
      ? raw.name
      : table === 'snippets'
        ? raw.title
        : null
    : null;
  if (typeof name === 'string' && name.trim()) return `“${clip(name.trim(), 40)}”`;
  return words('backupPosition', [String(index + 1), String(total)]);
}

function rowRejection(
  table: BackupTableName,
  rows: readonly unknown[],
  index: number,
  problem: RowProblem,
  words: Words,
): Rejection {
  const detail = { message: problem.message, params: problem.params };
  return new Rejection({
    message: ROW_KEYS[table],
    params: [
      rowLabel(table, rows[index], index, rows.length, words),
      words(detail.message, detail.params),
    ],
    detail,
  });
}

export function readTables(input: TablesInput, options: ParseOptions, words: Words): BackupTables {
  const raw = {} as Record<BackupTableName, unknown[]>;
  for (const table of BACKUP_TABLES) {
    const rows = input[table];
    if (!Array.isArray(rows))
      throw new Rejection({
        message: 'backupErrorTable',
        params: [words(TABLE_LABEL_KEYS[table])],
      });
    raw[table] = rows;
  }

  /** Reads every row of `table` with `read`, which throws a RowProblem for a bad row. */
  function rowsOf<T extends { id: string }>(table: BackupTableName, read: (row: Plain) => T): T[] {
    const seen = new Set<string>();
    return raw[table].map((row, index) => {
      try {
        if (!isPlain(row)) throw new RowProblem('backupDetailNotRecord');
        const clean = read(row);
        if (seen.has(clean.id)) throw new RowProblem('backupDetailDuplicate', [clip(clean.id)]);
        seen.add(clean.id);
        return clean;
      } catch (problem) {
        if (problem instanceof RowProblem)
          throw rowRejection(table, raw[table], index, problem, words);
        throw problem;
      }
    });
  }

  const clients = rowsOf('clients', (row) => checkClientFields(readFields(row, clientSpec)));
  const threads = rowsOf('threads', (row) => checkThread(readFields(row, threadSpec)));
  const snippets = rowsOf('snippets', (row) => readFields(row, snippetSpec));
  const appointments = rowsOf('appointments', (row) =>
    checkAppointment(readFields(row, appointmentSpec)),
  );
  const timeEntries = rowsOf('timeEntries', (row) =>
    checkEntry(readFields(row, entrySpec), options.now),
  );
  const emailActivity = rowsOf('emailActivity', (row) =>
    checkActivity(readFields(row, activitySpec)),
  );
  const tables: BackupTables = {
    clients,
    threads,
    snippets,
    appointments,
    timeEntries,
    emailActivity,
  };

  /** Runs `check` on each row of `table`, naming the first row it throws for. */
  function eachRow<T>(
    table: BackupTableName,
    rows: readonly T[],
    check: (row: T, i: number) => void,
  ) {
    rows.forEach((row, index) => {
      try {
        check(row, index);
      } catch (problem) {
        if (problem instanceof RowProblem)
          throw rowRejection(table, raw[table], index, problem, words);
        throw problem;
      }
    });
  }

  // Names, addresses, domains and Gmail accounts identify one client each.
  eachRow('clients', clients, (client, i) =>
    firstIssue(validateClientInput(client, [...clients.slice(0, i), ...clients.slice(i + 1)])),
  );

  const inFile = new Set(clients.map((c) => c.id));
  const known = new Set(options.knownClientIds ?? []);
  const merging = options.knownClientIds !== undefined;
  const clientExists = (clientId: Id) => {
    if (!inFile.has(clientId) && !known.has(clientId))
      throw new RowProblem(
        merging ? 'backupDetailUnknownClientMerge' : 'backupDetailUnknownClient',
      );
  };
  eachRow('threads', threads, (row) => clientExists(row.clientId));
  eachRow('appointments', appointments, (row) => clientExists(row.clientId));
  eachRow('timeEntries', timeEntries, (row) => clientExists(row.clientId));
  const shortcuts = new Set<string>();
  eachRow('snippets', snippets, (row) => {
    // '' = a snippet for every client.
    if (row.clientId !== '') clientExists(row.clientId);
    const shortcut = row.shortcut.trim().toLowerCase();
    if (shortcut && shortcuts.has(shortcut))
      throw new RowProblem('backupDetailShortcutTaken', [clip(row.shortcut)]);
    shortcuts.add(shortcut);
  });

  const running = timeEntries.filter((e) => e.end === null).length;
  if (running > 1)
    throw new Rejection({ message: 'backupErrorTwoTimers', params: [String(running)] });

  return tables;
}
