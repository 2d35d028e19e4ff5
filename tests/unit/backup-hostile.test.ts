// Damaged, foreign and hostile backup files: each is rejected with its own reason, in English and
// Italian, and the database and extension storage are exactly as they were.
import { beforeEach, describe, expect, it } from 'vitest';
import { backupToJson } from '@/utils/backup/export';
import type { Backup } from '@/utils/backup/format';
import {
  MAX_BACKUP_CHARS,
  backupTooLarge,
  parseBackup,
  type ValidBackup,
} from '@/utils/backup/validate';
import { CURRENT_VERSION } from '@/utils/db/schema';
import { getLanguage, setLanguage, t, type MessageKey } from '@/utils/i18n/messages';
import { NOW, sampleBackup } from './fixtures/backups/sample';
import { dumpAll } from './fixtures/backups/seed';
import { restoreBackup } from '@/utils/db/backup-repo';
import type { RestoreMode } from '@/utils/backup/restore-rules';
import { BackupRejectedError, type BackupError } from '@/utils/backup/errors';

type Row = Record<string, unknown>;
/** The sample file as plain JSON to break; `rows('timeEntries')` are its rows. */
type Draft = Row & { tables: Record<string, Row[]>; settings: Row };

function file(mutate: (draft: Draft) => void): () => string {
  return () => {
    const draft = JSON.parse(JSON.stringify(sampleBackup())) as Draft;
    mutate(draft);
    return JSON.stringify(draft);
  };
}

const row = (d: Draft, table: string, id: string): Row =>
  d.tables[table]!.find((r) => r.id === id)!;

const sampleText = () => backupToJson(sampleBackup());

/** Parses, then restores as asked; returns why it was refused (fails the test if it was not). */
async function attempt(
  text: string,
  mode: RestoreMode,
  options: { maxLength?: number; knownClientIds?: string[] } = {},
): Promise<BackupError> {
  const parsed = parseBackup(text, { now: NOW, ...options });
  if (!parsed.ok) return parsed.error;
  try {
    await restoreBackup(parsed.backup, mode, NOW);
  } catch (error) {
    if (error instanceof BackupRejectedError) return error.error;
    throw error;
  }
  throw new Error('the file was accepted');
}

interface Case {
  name: string;
  text: () => string;
  message: MessageKey;
  detail?: MessageKey;
  mode?: RestoreMode;
  maxLength?: number;
  knownClientIds?: string[];
}

const MB_STRING = 'x'.repeat(1024 * 1024);

const CASES: Case[] = [
  { name: 'not JSON at all', text: () => 'Ciao, ecco il backup', message: 'backupErrorNotJson' },
  { name: 'an empty file', text: () => '', message: 'backupErrorEmpty' },
  { name: 'only blank lines', text: () => '\n  \n', message: 'backupErrorEmpty' },
  {
    name: 'a file cut short',
    text: () => sampleText().slice(0, 1500),
    message: 'backupErrorNotJson',
  },
  { name: 'null', text: () => 'null', message: 'backupErrorNotBackup' },
  { name: 'a list', text: () => '[]', message: 'backupErrorNotBackup' },
  { name: 'a bare string', text: () => '"va-desk-backup"', message: 'backupErrorNotBackup' },
  {
    name: 'a snippets export, not a backup',
    text: file((d) => (d.format = 'va-desk-snippets')),
    message: 'backupErrorNotBackup',
  },
  {
    name: 'file format version 99',
    text: file((d) => (d.formatVersion = 99)),
    message: 'backupErrorFormatVersion',
  },
  {
    name: 'file format version as text',
    text: file((d) => (d.formatVersion = '1')),
    message: 'backupErrorHeader',
  },
  {
    name: 'made by a newer VA Desk',
    text: file((d) => (d.schemaVersion = CURRENT_VERSION + 1)),
    message: 'backupErrorNewerVersion',
  },
  {
    name: 'schema version 0',
    text: file((d) => (d.schemaVersion = 0)),
    message: 'backupErrorHeader',
  },
  {
    name: 'an export date that is no date',
    text: file((d) => (d.exportedAt = 'ieri')),
    message: 'backupErrorHeader',
  },
  {
    name: 'a client file whose client is missing',
    text: file((d) => (d.scope = { clientId: 'c-nobody' })),
    message: 'backupErrorHeader',
  },
  {
    name: 'the time entries missing',
    text: file((d) => delete d.tables.timeEntries),
    message: 'backupErrorTable',
  },
  {
    name: 'clients that are not a list',
    text: file((d) => ((d.tables as Row).clients = { 'c-rossi': {} })),
    message: 'backupErrorTable',
  },
  {
    name: 'a time entry that is a number',
    text: file((d) => ((d.tables.timeEntries as unknown[])[1] = 42)),
    message: 'backupRowTimeEntries',
    detail: 'backupDetailNotRecord',
  },
  {
    name: 'a currency that is no currency code',
    text: file((d) => (row(d, 'clients', 'c-rossi').currency = 'EURO')),
    message: 'backupRowClients',
    detail: 'errorCurrencyInvalid',
  },
  {
    name: 'a colour that is no colour',
    text: file((d) => (row(d, 'clients', 'c-rossi').color = 'red')),
    message: 'backupRowClients',
    detail: 'errorColorInvalid',
  },
  {
    name: 'an hourly rate written as text',
    text: file((d) => (row(d, 'clients', 'c-rossi').hourlyRate = '30')),
    message: 'backupRowClients',
    detail: 'backupDetailField',
  },
  {
    name: 'a negative hourly rate',
    text: file((d) => (row(d, 'clients', 'c-rossi').hourlyRate = -3000)),
    message: 'backupRowClients',
    detail: 'errorRateNegative',
  },
  {
    name: 'a shared mail domain identifying a client',
    text: file((d) => (row(d, 'clients', 'c-hartley').domains = ['gmail.com'])),
    message: 'backupRowClients',
    detail: 'errorDomainShared',
  },
  {
    name: 'two clients with one name',
    text: file((d) => (row(d, 'clients', 'c-hartley').name = 'studio legale ROSSI')),
    message: 'backupRowClients',
    detail: 'errorNameTaken',
  },
  {
    name: 'a 1 MB client name',
    text: file((d) => (row(d, 'clients', 'c-rossi').name = MB_STRING)),
    message: 'backupRowClients',
    detail: 'backupDetailTooLong',
  },
  {
    name: 'a time entry ending before it starts',
    text: file((d) => (row(d, 'timeEntries', 'e-email').end = NOW - 5 * 24 * 3_600_000)),
    message: 'backupRowTimeEntries',
    detail: 'errorEndBeforeStart',
  },
  {
    name: 'a start of 1e400 (Infinity once read)',
    text: () =>
      sampleText().replace(
        /("id":"e-email",[^\n]*?"start":)\d+/,
        (_, head: string) => `${head}1e400`,
      ),
    message: 'backupRowTimeEntries',
    detail: 'backupDetailField',
  },
  {
    name: 'a start given as text',
    text: file((d) => (row(d, 'timeEntries', 'e-email').start = '2026-11-23T09:00')),
    message: 'backupRowTimeEntries',
    detail: 'backupDetailField',
  },
  {
    name: 'a start with a fraction of a millisecond',
    text: file((d) => (row(d, 'timeEntries', 'e-email').start = 1795446000000.5)),
    message: 'backupRowTimeEntries',
    detail: 'backupDetailField',
  },
  {
    name: 'an entry longer than 24 hours',
    text: file((d) => (row(d, 'timeEntries', 'e-call').end = NOW - 60_000)),
    message: 'backupRowTimeEntries',
    detail: 'errorDurationTooLong',
  },
  {
    name: 'an entry after today',
    text: file((d) => {
      const e = row(d, 'timeEntries', 'e-email');
      e.start = NOW + 2 * 24 * 3_600_000;
      e.end = NOW + 2 * 24 * 3_600_000 + 60_000;
    }),
    message: 'backupRowTimeEntries',
    detail: 'errorEntryInFuture',
  },
  {
    name: 'a task with a negative fee',
    text: file((d) => ((row(d, 'timeEntries', 'e-task').task as Row).fee = -500)),
    message: 'backupRowTimeEntries',
    detail: 'errorTaskFeeInvalid',
  },
  {
    name: 'a billable flag written as "yes"',
    text: file((d) => (row(d, 'timeEntries', 'e-email').billable = 'yes')),
    message: 'backupRowTimeEntries',
    detail: 'backupDetailField',
  },
  {
    name: 'two time entries with one id',
    text: file((d) => (row(d, 'timeEntries', 'e-call').id = 'e-email')),
    message: 'backupRowTimeEntries',
    detail: 'backupDetailDuplicate',
  },
  {
    name: 'a thread of a client not in the file',
    text: file((d) => (row(d, 'threads', '1:18f0a1b2c3d4e5f6').clientId = 'c-nobody')),
    message: 'backupRowThreads',
    detail: 'backupDetailUnknownClient',
  },
  {
    name: 'a thread whose id is not its account and thread',
    text: file((d) => (row(d, 'threads', '1:18f0a1b2c3d4e5f6').account = 2)),
    message: 'backupRowThreads',
    detail: 'backupDetailIdMismatch',
  },
  {
    name: 'an unknown triage status',
    text: file((d) => (row(d, 'threads', '1:18f0a1b2c3d4e5f6').status = 'urgent')),
    message: 'backupRowThreads',
    detail: 'backupDetailNotInList',
  },
  {
    name: 'a snippet for a client not in the file',
    text: file((d) => (row(d, 'snippets', 's-udienza').clientId = 'c-nobody')),
    message: 'backupRowSnippets',
    detail: 'backupDetailUnknownClient',
  },
  {
    name: 'two snippets with one shortcut',
    text: file((d) => (row(d, 'snippets', 's-udienza').shortcut = ';GRAZIE')),
    message: 'backupRowSnippets',
    detail: 'backupDetailShortcutTaken',
  },
  {
    name: 'an appointment ending before it starts',
    text: file((d) => (row(d, 'appointments', 'a-udienza').end = 0)),
    message: 'backupRowAppointments',
    detail: 'errorEndBeforeStart',
  },
  {
    name: 'email time on 30 February',
    text: file((d) => {
      const a = (d.tables.emailActivity as Row[])[0]!;
      a.day = '2026-02-30';
      a.id = '2026-02-30|1:18f0a1b2c3d4e5f6';
    }),
    message: 'backupRowEmailActivity',
    detail: 'errorDateInvalid',
  },
  {
    name: 'two running timers',
    text: file((d) => {
      const e = row(d, 'timeEntries', 'e-email');
      e.end = null;
      e.start = NOW - 60_000;
    }),
    message: 'backupErrorTwoTimers',
  },
  {
    name: 'settings with a bad currency',
    text: file((d) => (d.settings.defaultCurrency = 'LIRE')),
    message: 'backupRowSettings',
    detail: 'errorCurrencyInvalid',
  },
  {
    name: 'settings with working days as text',
    text: file((d) => (d.settings.workingDays = 'lun-ven')),
    message: 'backupRowSettings',
    detail: 'backupDetailField',
  },
  {
    name: 'a __proto__ key in a client',
    text: () =>
      sampleText().replace('{"archived":0,', '{"__proto__":{"isAdmin":true},"archived":0,'),
    message: 'backupErrorForbiddenKey',
  },
  {
    name: 'a constructor key at the top',
    text: () => sampleText().replace('{\n', '{"constructor":{"prototype":{"polluted":1}},\n'),
    message: 'backupErrorForbiddenKey',
  },
  {
    name: 'a file over the size limit',
    text: () => ' '.repeat(2049),
    maxLength: 2048,
    message: 'backupErrorTooLarge',
  },
  {
    name: 'a client file restored by replacing everything',
    text: file((d) => {
      d.scope = { clientId: 'c-hartley' };
      d.tables.clients = [row(d, 'clients', 'c-hartley')];
      for (const table of ['threads', 'snippets', 'appointments', 'emailActivity'])
        d.tables[table] = [];
      d.tables.timeEntries = [row(d, 'timeEntries', 'e-call')];
    }),
    message: 'backupErrorClientFile',
  },
  {
    name: 'a replace whose entries lean on a client only in VA Desk',
    text: file((d) => (row(d, 'timeEntries', 'e-call').clientId = 'c-elsewhere')),
    knownClientIds: ['c-elsewhere'],
    message: 'backupRowTimeEntries',
    detail: 'backupDetailUnknownClient',
  },
  {
    name: 'a merge bringing a second client with the same name',
    text: file((d) => {
      // Only the name is shared: addresses, domains and Gmail accounts are its own.
      const twin = { ...row(d, 'clients', 'c-rossi'), id: 'c-rossi-2' };
      Object.assign(twin, { emails: [], domains: [], gmailAccounts: [] });
      d.tables = { clients: [twin] };
      for (const table of ['threads', 'snippets', 'appointments', 'timeEntries', 'emailActivity'])
        d.tables[table] = [];
    }),
    mode: 'merge',
    message: 'backupErrorMergeClash',
    detail: 'errorNameTaken',
  },
  {
    name: 'a merge bringing a second running timer',
    text: file((d) => {
      const e = { ...row(d, 'timeEntries', 'e-running'), id: 'e-running-2' };
      d.tables.timeEntries = [e];
    }),
    mode: 'merge',
    message: 'backupErrorMergeTwoTimers',
  },
  {
    name: 'a merge with an entry of a client in neither',
    text: file((d) => (row(d, 'timeEntries', 'e-call').clientId = 'c-nobody')),
    mode: 'merge',
    knownClientIds: ['c-rossi', 'c-hartley'],
    message: 'backupRowTimeEntries',
    detail: 'backupDetailUnknownClientMerge',
  },
];

describe('malformed and hostile backup files', () => {
  beforeEach(async () => {
    // VA Desk holds the sample data, so "nothing changed" is checked against real rows.
    const parsed = parseBackup(sampleText(), { now: NOW });
    if (!parsed.ok) throw new Error('the sample must be valid');
    await restoreBackup(parsed.backup, 'replace', NOW);
  });

  it('has at least 20 cases, each its own', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES)('rejects $name: $message $detail', async (c) => {
    const before = await dumpAll();
    const text = c.text();
    const options = { maxLength: c.maxLength, knownClientIds: c.knownClientIds };
    const mode = c.mode ?? 'replace';

    const en = await attempt(text, mode, options);
    expect(en.message).toBe(c.message);
    expect(en.detail?.message).toBe(c.detail);
    setLanguage('it');
    const it = await attempt(text, mode, options);
    setLanguage('en');
    expect(it.message).toBe(c.message);

    const english = t(en.message, en.params, 'en');
    const italian = t(it.message, it.params, 'it');
    for (const sentence of [english, italian]) {
      expect(sentence.trim()).not.toBe('');
      expect(sentence).not.toMatch(/\$\d/);
      // Values from the file are shortened before they are shown.
      expect(sentence.length).toBeLessThan(400);
    }
    expect(italian).not.toBe(english);
    expect(await dumpAll()).toEqual(before);
  });

  it('names the row in words a VA understands', async () => {
    const text = file((d) => (row(d, 'clients', 'c-rossi').currency = 'EURO'))();
    const error = await attempt(text, 'replace');
    expect(t(error.message, error.params)).toBe(
      'Client “Studio Legale Rossi”: “EURO” is not a currency code. Use a three-letter code such as EUR or USD.',
    );
    const entry = await attempt(
      file((d) => (row(d, 'timeEntries', 'e-call').end = 0))(),
      'replace',
    );
    expect(t(entry.message, entry.params)).toBe(
      'Time entry 3 of 4: The end must come after the start.',
    );
    expect(getLanguage()).toBe('en');
  });

  it('never lets a __proto__ key reach an object prototype', () => {
    const text = sampleText().replace(
      '{"archived":0,',
      '{"__proto__":{"polluted":1},"archived":0,',
    );
    parseBackup(text, { now: NOW });
    expect(({} as Row).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('checks the size before reading: 100 MB and one character is too much', () => {
    expect(backupTooLarge(MAX_BACKUP_CHARS)).toBeNull();
    expect(backupTooLarge(MAX_BACKUP_CHARS + 1)).toEqual({
      message: 'backupErrorTooLarge',
      params: ['101', '100'],
    });
  });

  it('restores nothing from a Backup that did not go through parseBackup', () => {
    // A compile-time guarantee: restoreBackup takes only what parseBackup returned.
    const unchecked: Backup = sampleBackup();
    // @ts-expect-error an unchecked backup is not a ValidBackup
    const _valid: ValidBackup = unchecked;
    expect(_valid).toBe(unchecked);
  });
});
