import type { Transaction } from 'dexie';

/**
 * Every schema version, oldest first. A new version is appended here with its own upgrade file in
 * `migrations/`; old entries are never edited, so the migration tests can open data exactly as an
 * older VA Desk wrote it.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      clients: 'id, nameKey, archived, *emails, *domains, *gmailAccounts',
      threads: 'id, threadId, clientId, [clientId+status], status, followUpAt, *participants',
      snippets: 'id, clientId, shortcut, lastUsedAt',
      appointments: 'id, clientId, start, [clientId+start], threadId, calendarEventId',
      timeEntries:
        'id, clientId, start, [clientId+start], running, threadId, appointmentId, calendarEventId',
    },
  },
];

export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
