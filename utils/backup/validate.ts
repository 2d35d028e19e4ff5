// Reads a backup file the VA picked: every check runs before anything is written, and the first
// problem found is named in words ("Time entry 3 of 120: The end must come after the start.").
//
// Rows are rebuilt from the fields VA Desk knows, into fresh objects: unknown extra fields are
// dropped (a hand-annotated file still restores; nothing unknown is ever stored), and names that
// could reach an object's prototype (`__proto__`, `constructor`, `prototype`) reject the whole file.
import { DEFAULT_SETTINGS, type Settings } from '@/utils/model/settings';
import type { Id, Language } from '@/utils/model/types';
import { getLanguage, t, type MessageKey } from '@/utils/i18n/messages';
import { CURRENT_VERSION } from '@/utils/db/schema';
import { validateSettings } from '@/utils/settings/validate';
import { firstIssue, isPlain, readFields, Rejection, RowProblem } from './checks';
import type { BackupError } from './errors';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type Backup, type BackupScope } from './format';
import { upgradeOldTables, type TablesInput } from './old-files';
import { readTables } from './read-tables';
import { settingsSpec } from './specs';

/** 100 MB of text: years of a busy VA's data fit in a fraction of it. */
export const MAX_BACKUP_CHARS = 100 * 1024 * 1024;

declare const validated: unique symbol;
/** A backup that passed `parseBackup`: the only kind `restoreBackup` accepts. */
export type ValidBackup = Backup & { readonly [validated]: true };

export type ParseResult = { ok: true; backup: ValidBackup } | { ok: false; error: BackupError };

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
  upgradeOldTables(input, schemaVersion);

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
