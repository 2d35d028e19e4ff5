// Reads a backup file the VA picked: every check runs before anything is written, and the first
// problem found is named in words ("Time entry 3 of 120: The end must come after the start.").
//
// Rows are rebuilt from the fields VA Desk knows, into fresh objects: unknown extra fields are
// dropped (a hand-annotated file still restores; nothing unknown is ever stored), and names that
// could reach an object's prototype (`__proto__`, `constructor`, `prototype`) reject the whole file.
import {
  isValidTimeZone,
  LIMITS,
  nameKey,
  validateClientInput,
  type ClientInput,
} from '@/utils/clients/validate';
import { emailActivityId } from '@/utils/db/email-activity-repo';
import { CURRENT_VERSION } from '@/utils/db/schema';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '@/utils/db/settings';
import { THREAD_NOTES_LIMIT, threadKey } from '@/utils/db/threads-repo';
import {
  TRIAGE_STATUSES,
  type Appointment,
  type Client,
  type EmailActivity,
  type Id,
  type Language,
  type Snippet,
  type TaggedThread,
  type TaskType,
  type TimeEntry,
} from '@/utils/model/types';
import { getLanguage, t, type MessageKey } from '@/utils/i18n/messages';
import { validateEntryTimes } from '@/utils/time/validate-entry';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  type Backup,
  type BackupScope,
  type BackupTableName,
  type BackupTables,
} from './format';
import { parseDateInput } from '@/utils/time/local-day';

/** 100 MB of text: years of a busy VA's data fit in a fraction of it. */
export const MAX_BACKUP_CHARS = 100 * 1024 * 1024;

/** A message key and its substitutions (plain text). */
export interface BackupMessage {
  message: MessageKey;
  params: string[];
}

/**
 * Why a file was rejected. `t(message, params)` is the whole sentence (params are already in the
 * language parsing ran in); `detail` is the row's own problem, for code and tests.
 */
export interface BackupError extends BackupMessage {
  detail?: BackupMessage;
}

declare const validated: unique symbol;
/** A backup that passed `parseBackup`: the only kind `restoreBackup` accepts. */
export type ValidBackup = Backup & { readonly [validated]: true };

export type ParseResult = { ok: true; backup: ValidBackup } | { ok: false; error: BackupError };

/** Thrown by `restoreBackup` when a valid file still cannot go into this database (nothing was written). */
export class BackupRejectedError extends Error {
  readonly error: BackupError;
  constructor(error: BackupError) {
    super(`${error.message}${error.detail ? ` (${error.detail.message})` : ''}`);
    this.name = 'BackupRejectedError';
    this.error = error;
  }
}

export interface ParseOptions {
  /** Entries may not end after today, as when they are logged. */
  now: number;
  /** Clients already in VA Desk: in a merge, rows may point at them too. */
  knownClientIds?: Iterable<Id>;
  /** Text longer than this is rejected before parsing (default 100 MB). */
  maxLength?: number;
  /** The language of the words in `error.params` (default: the UI's). */
  language?: Language;
}

/** Every key a file may not contain anywhere. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The sentence naming a row of each table ("Time entry $1: $2"). */
export const ROW_KEYS: Record<BackupTableName, MessageKey> = {
  clients: 'backupRowClients',
  threads: 'backupRowThreads',
  snippets: 'backupRowSnippets',
  appointments: 'backupRowAppointments',
  timeEntries: 'backupRowTimeEntries',
  emailActivity: 'backupRowEmailActivity',
};

export const TABLE_LABEL_KEYS: Record<BackupTableName, MessageKey> = {
  clients: 'backupTableClients',
  threads: 'backupTableThreads',
  snippets: 'backupTableSnippets',
  appointments: 'backupTableAppointments',
  timeEntries: 'backupTableTimeEntries',
  emailActivity: 'backupTableEmailActivity',
};

const ID_MAX = 200;
/** Free text without a rule of its own (subjects, titles, locations). */
const TEXT_MAX = 20_000;
const LIST_MAX = 1_000;

/** Values from the file, shortened before they go into a message. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return clip(value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  return Array.isArray(value) ? 'list' : typeof value;
}

// ---- Problems inside one row; the row loop adds where they are. --------------------------------

class RowProblem {
  constructor(
    readonly message: MessageKey,
    readonly params: string[] = [],
  ) {}
}

/** A whole-file problem: validation stops at the first one. */
class Rejection {
  constructor(readonly error: BackupError) {}
}

const wrongField = (field: string) => new RowProblem('backupDetailField', [field]);

type Check<T> = (value: unknown, field: string) => T;
type Spec<T> = { [K in keyof T]-?: Check<T[K]> };

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}

const text =
  (max: number, required = false): Check<string> =>
  (value, field) => {
    if (typeof value !== 'string') throw wrongField(field);
    if (value.length > max) throw new RowProblem('backupDetailTooLong', [field, String(max)]);
    if (required && !value.trim()) throw wrongField(field);
    return value;
  };

const id = text(ID_MAX, true);

/** Epoch ms: a whole, non-negative number (NaN, Infinity and strings never are). */
const instant: Check<number> = (value, field) => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    throw wrongField(field);
  return value;
};

const integer =
  (min: number, max: number): Check<number> =>
  (value, field) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
      throw wrongField(field);
    return value;
  };

/** Any finite number: the domain validator that follows says what is wrong with it. */
const finite: Check<number> = (value, field) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw wrongField(field);
  return value;
};

const boolean: Check<boolean> = (value, field) => {
  if (typeof value !== 'boolean') throw wrongField(field);
  return value;
};

const oneOf =
  <T>(allowed: readonly T[]): Check<T> =>
  (value, field) => {
    if (!allowed.includes(value as T))
      throw new RowProblem('backupDetailNotInList', [field, describe(value)]);
    return value as T;
  };

const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value, field) =>
    value === null ? null : check(value, field);

const listOf =
  <T>(check: Check<T>, max = LIST_MAX): Check<T[]> =>
  (value, field) => {
    if (!Array.isArray(value) || value.length > max) throw wrongField(field);
    return value.map((item) => check(item, field));
  };

/** A nested record, rebuilt from its known fields. */
const recordOf =
  <T>(spec: Spec<T>): Check<T> =>
  (value, field) => {
    if (!isPlain(value)) throw wrongField(field);
    return readFields(value, spec, `${field}.`);
  };

function readFields<T>(raw: Plain, spec: Spec<T>, prefix = '', defaults?: Partial<T>): T {
  const out = {} as Record<string, unknown>;
  for (const field of Object.keys(spec) as (keyof T & string)[]) {
    const value = raw[field] === undefined && defaults ? defaults[field] : raw[field];
    out[field] = spec[field](value, prefix + field);
  }
  return out as T;
}

// ---- One spec per table: `Spec<T>` makes the compiler list every field of every entity. --------

const taskTypeSpec: Spec<TaskType> = { id, name: text(ID_MAX), fee: finite };

const clientSpec: Spec<Client> = {
  id,
  name: text(TEXT_MAX),
  nameKey: text(TEXT_MAX),
  shortName: text(TEXT_MAX),
  color: text(ID_MAX),
  emails: listOf(text(ID_MAX * 2)),
  domains: listOf(text(ID_MAX * 2)),
  gmailAccounts: listOf(finite),
  hourlyRate: finite,
  currency: text(ID_MAX),
  rounding: finite as Check<Client['rounding']>,
  minimumMinutes: finite,
  timeZone: text(ID_MAX),
  language: text(ID_MAX) as Check<Language>,
  billableByDefault: boolean,
  monthlyBudgetHours: nullable(finite),
  notes: text(TEXT_MAX),
  taskTypes: listOf(recordOf(taskTypeSpec)),
  archived: oneOf([0, 1] as const),
  createdAt: instant,
  updatedAt: instant,
};

const threadSpec: Spec<TaggedThread> = {
  id,
  threadId: text(ID_MAX, true),
  account: integer(0, LIMITS.maxGmailAccount),
  clientId: id,
  subject: text(TEXT_MAX),
  participants: listOf(text(ID_MAX * 2)),
  status: oneOf(TRIAGE_STATUSES),
  followUpAt: nullable(instant),
  notes: text(THREAD_NOTES_LIMIT),
  lastSeenAt: instant,
  createdAt: instant,
  updatedAt: instant,
};

const snippetSpec: Spec<Snippet> = {
  id,
  title: text(TEXT_MAX),
  body: text(TEXT_MAX),
  shortcut: text(ID_MAX),
  language: oneOf(['en', 'it'] as const),
  tags: listOf(text(ID_MAX)),
  clientId: text(ID_MAX),
  minutesToLog: integer(0, 480),
  usageCount: integer(0, Number.MAX_SAFE_INTEGER),
  lastUsedAt: nullable(instant),
  createdAt: instant,
  updatedAt: instant,
};

const appointmentSpec: Spec<Appointment> = {
  id,
  clientId: id,
  title: text(TEXT_MAX),
  start: instant,
  end: instant,
  timeZone: text(ID_MAX),
  location: text(TEXT_MAX),
  guests: listOf(text(ID_MAX * 2)),
  notes: text(TEXT_MAX),
  threadId: nullable(id),
  calendarEventId: nullable(text(TEXT_MAX, true)),
  status: oneOf(['scheduled', 'cancelled'] as const),
  createdAt: instant,
  updatedAt: instant,
};

const entryTaskSpec: Spec<NonNullable<TimeEntry['task']>> = {
  typeId: id,
  name: text(ID_MAX),
  fee: finite,
};

const entrySpec: Spec<TimeEntry> = {
  id,
  clientId: id,
  start: instant,
  end: nullable(instant),
  // Derived from `end` below; only checked here.
  running: (value, field) => {
    if (value !== undefined && value !== 1) throw wrongField(field);
    return value as 1 | undefined;
  },
  note: text(TEXT_MAX),
  billable: boolean,
  activityType: text(ID_MAX),
  task: nullable(recordOf(entryTaskSpec)),
  caller: text(TEXT_MAX),
  threadId: nullable(id),
  appointmentId: nullable(id),
  calendarEventId: nullable(text(TEXT_MAX, true)),
  createdAt: instant,
  updatedAt: instant,
};

const activitySpec: Spec<EmailActivity> = {
  id: text(ID_MAX * 2, true),
  day: text(10, true),
  account: integer(0, LIMITS.maxGmailAccount),
  threadId: text(ID_MAX, true),
  activeMs: integer(0, Number.MAX_SAFE_INTEGER),
  updatedAt: instant,
};

const settingsSpec: Spec<Settings> = {
  vaName: text(TEXT_MAX),
  signature: text(TEXT_MAX),
  workStartMinutes: finite,
  workEndMinutes: finite,
  workingDays: listOf(finite, 7),
  defaultCurrency: text(ID_MAX),
  defaultRounding: finite as Check<Settings['defaultRounding']>,
  weekStart: finite as Check<Settings['weekStart']>,
  language: text(ID_MAX) as Check<Settings['language']>,
  activityTypes: listOf(text(ID_MAX), 100),
  idleMinutes: finite,
  reminderMinutes: finite,
  appointmentReminderMinutes: finite,
  endOfDay: oneOf(['ask', 'stop'] as const),
};

// ---- Rules within one row that the type checks cannot express. ---------------------------------

function firstIssue(issues: readonly { message: MessageKey; params?: string[] }[]): void {
  const issue = issues[0];
  if (issue)
    throw new RowProblem(
      issue.message,
      (issue.params ?? []).map((p) => clip(p)),
    );
}

function checkThread(row: TaggedThread): TaggedThread {
  if (row.id !== threadKey(row.account, row.threadId))
    throw new RowProblem('backupDetailIdMismatch', [clip(row.id)]);
  return row;
}

function checkAppointment(row: Appointment): Appointment {
  if (!isValidTimeZone(row.timeZone))
    throw new RowProblem('errorTimeZoneInvalid', [clip(row.timeZone)]);
  if (row.end < row.start) throw new RowProblem('errorEndBeforeStart');
  return row;
}

function checkEntry(row: TimeEntry, now: number): TimeEntry {
  if (row.task) {
    const { fee, name } = row.task;
    if (!Number.isInteger(fee) || fee < 0 || fee > LIMITS.maxHourlyRate)
      throw new RowProblem('errorTaskFeeInvalid', [clip(name)]);
  }
  firstIssue(validateEntryTimes(row, now, row.task !== null));
  // A running timer is exactly an entry without an end.
  const { running: _running, ...rest } = row;
  return row.end === null ? { ...rest, running: 1 } : rest;
}

function checkActivity(row: EmailActivity): EmailActivity {
  if (parseDateInput(row.day) === null) throw new RowProblem('errorDateInvalid');
  if (row.id !== emailActivityId(row.day, row.account, row.threadId))
    throw new RowProblem('backupDetailIdMismatch', [clip(row.id)]);
  return row;
}

function checkClientFields(row: Client): Client {
  const { id: _id, nameKey: _key, archived: _a, createdAt: _c, updatedAt: _u, ...input } = row;
  // Uniqueness against the other clients is checked once every client is read.
  firstIssue(validateClientInput(input satisfies ClientInput, []));
  // The sort and duplicate key is derived from the name, never trusted from the file.
  return { ...row, nameKey: nameKey(row.name) };
}

// ---- Old files: rows of an older schema get the defaults its upgrade gave stored rows. ---------

type TablesInput = Record<string, unknown>;

function eachRecord(list: unknown, fill: (row: Plain) => void): void {
  if (Array.isArray(list)) for (const row of list) if (isPlain(row)) fill(row);
}

/**
 * For each schema version after 1, what its upgrade (utils/db/migrations) adds to old rows. A new
 * schema version adds its step here (a test checks every version has one).
 */
export const BACKUP_ROW_UPGRADES: Readonly<Record<number, (tables: TablesInput) => void>> = {
  2: (tables) => {
    tables.emailActivity ??= [];
    eachRecord(tables.clients, (client) => {
      client.taskTypes ??= [];
    });
    eachRecord(tables.timeEntries, (entry) => {
      entry.task ??= null;
      entry.caller ??= '';
    });
  },
  3: (tables) => {
    // As utils/db/migrations/v3-snippet-minutes.ts: shortcuts in lower case (duplicates are then
    // refused by the shortcut check, with the row named), and no minutes logged on insert.
    eachRecord(tables.snippets, (snippet) => {
      snippet.minutesToLog ??= 0;
      if (typeof snippet.shortcut === 'string')
        snippet.shortcut = snippet.shortcut.trim().toLowerCase();
    });
  },
};

// ---- The whole file. ---------------------------------------------------------------------------

/** The size check alone, so a page can refuse a huge file before reading it into memory. */
export function backupTooLarge(size: number, maxLength = MAX_BACKUP_CHARS): BackupError | null {
  if (size <= maxLength) return null;
  const mb = (n: number) => String(Math.ceil(n / (1024 * 1024)));
  return { message: 'backupErrorTooLarge', params: [mb(size), mb(maxLength)] };
}

function headerError(field: string): Rejection {
  return new Rejection({ message: 'backupErrorHeader', params: [field] });
}

function readScope(value: unknown): BackupScope {
  if (value === 'all') return 'all';
  if (isPlain(value) && typeof value.clientId === 'string' && value.clientId.trim())
    return { clientId: value.clientId };
  throw headerError('scope');
}

/**
 * Checks a backup file's text completely and returns the backup with its rows in the current
 * shape, or the first problem in words. Nothing is read from or written to the database.
 */
export function parseBackup(text: string, options: ParseOptions): ParseResult {
  const language = options.language ?? getLanguage();
  try {
    const backup = readBackup(text, options, language);
    return { ok: true, backup };
  } catch (error) {
    if (error instanceof Rejection) return { ok: false, error: error.error };
    throw error;
  }
}

function readBackup(text: string, options: ParseOptions, language: Language): ValidBackup {
  const tooLarge = backupTooLarge(text.length, options.maxLength);
  if (tooLarge) throw new Rejection(tooLarge);
  if (!text.trim()) throw new Rejection({ message: 'backupErrorEmpty', params: [] });

  let forbidden: string | null = null;
  let root: unknown;
  try {
    root = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return value;
    });
  } catch {
    throw new Rejection({ message: 'backupErrorNotJson', params: [] });
  }
  if (forbidden !== null)
    throw new Rejection({ message: 'backupErrorForbiddenKey', params: [forbidden] });
  if (!isPlain(root) || root.format !== BACKUP_FORMAT)
    throw new Rejection({ message: 'backupErrorNotBackup', params: [] });

  const { formatVersion, schemaVersion } = root;
  if (typeof formatVersion !== 'number' || !Number.isSafeInteger(formatVersion))
    throw headerError('formatVersion');
  if (formatVersion !== BACKUP_FORMAT_VERSION)
    throw new Rejection({ message: 'backupErrorFormatVersion', params: [String(formatVersion)] });
  if (
    typeof schemaVersion !== 'number' ||
    !Number.isSafeInteger(schemaVersion) ||
    schemaVersion < 1
  )
    throw headerError('schemaVersion');
  if (schemaVersion > CURRENT_VERSION)
    throw new Rejection({
      message: 'backupErrorNewerVersion',
      params: [String(schemaVersion), String(CURRENT_VERSION)],
    });
  if (typeof root.exportedAt !== 'string' || !Number.isFinite(Date.parse(root.exportedAt)))
    throw headerError('exportedAt');
  const scope = readScope(root.scope);
  if (root.settings !== null && !isPlain(root.settings)) throw headerError('settings');
  if (!isPlain(root.tables)) throw headerError('tables');

  const input: TablesInput = root.tables;
  for (let v = schemaVersion + 1; v <= CURRENT_VERSION; v++) BACKUP_ROW_UPGRADES[v]?.(input);

  const words = (key: MessageKey, params: readonly string[] = []) => t(key, params, language);
  const tables = readTables(input, options, words);

  if (scope !== 'all' && !tables.clients.some((c) => c.id === scope.clientId))
    throw headerError('scope');

  let settings: Settings | null = null;
  if (isPlain(root.settings)) {
    try {
      settings = readFields(root.settings, settingsSpec, '', DEFAULT_SETTINGS);
      firstIssue(validateSettings(settings));
    } catch (problem) {
      if (!(problem instanceof RowProblem)) throw problem;
      const detail = { message: problem.message, params: problem.params };
      throw new Rejection({
        message: 'backupRowSettings',
        params: [words(detail.message, detail.params)],
        detail,
      });
    }
  }

  const backup: Backup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: CURRENT_VERSION,
    exportedAt: root.exportedAt,
    scope,
    settings,
    tables,
  };
  return backup as ValidBackup;
}

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

function readTables(input: TablesInput, options: ParseOptions, words: Words): BackupTables {
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
