// How a rejected backup is named to the VA: a message key, its words, and the row's own problem.
import type { MessageKey } from '@/utils/i18n/messages';
import type { BackupTableName } from './format';

/** A message key and its substitutions (plain text). */
interface BackupMessage {
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

/** Thrown by `restoreBackup` when a valid file still cannot go into this database (nothing was written). */
export class BackupRejectedError extends Error {
  readonly error: BackupError;
  constructor(error: BackupError) {
    super(`${error.message}${error.detail ? ` (${error.detail.message})` : ''}`);
    this.name = 'BackupRejectedError';
    this.error = error;
  }
}

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

/** Values from the file, shortened before they go into a message. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
