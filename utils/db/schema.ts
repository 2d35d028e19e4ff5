import type { RowUpgrade } from './migrations/row-upgrade';
import { upgradeToV2 } from './migrations/v2-tasks-and-email-time';
import { upgradeToV3 } from './migrations/v3-snippet-minutes';

/**
 * Every schema version, oldest first. A new version is appended here with its own upgrade file in
 * `migrations/`; old entries are never edited, so the migration tests can open data exactly as an
 * older VA Desk wrote it. This file and `migrations/` are pure (no Dexie at run time): the backup
 * reader upgrades an older file's rows with the same upgrades.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: RowUpgrade;
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
  {
    version: 2,
    stores: {
      emailActivity: 'id, day, [account+threadId]',
    },
    upgrade: upgradeToV2,
  },
  {
    version: 3,
    stores: {},
    upgrade: upgradeToV3,
  },
];

export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
