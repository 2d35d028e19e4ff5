import type { ClientInput } from '@/utils/clients/validate';
import type { Client } from '@/utils/model/types';
import type { Snippet } from '@/utils/model/types';
import type { TimeEntry } from '@/utils/model/types';
import type { EntryInput } from '@/utils/model/inputs';

/** A valid client as the VA would enter it: no rate, no rounding, Italian, billable. */
export function clientInput(name: string, overrides: Partial<ClientInput> = {}): ClientInput {
  return {
    name,
    shortName: '',
    color: '#1a73e8',
    emails: [],
    domains: [],
    gmailAccounts: [],
    hourlyRate: 0,
    currency: 'EUR',
    rounding: 0,
    minimumMinutes: 0,
    timeZone: 'Europe/Rome',
    language: 'it',
    billableByDefault: true,
    monthlyBudgetHours: null,
    notes: '',
    ...overrides,
  };
}

/** That client as the database holds it: an id from its name, no task types, not archived. */
export function storedClient(name: string, overrides: Partial<Client> = {}): Client {
  return {
    ...clientInput(name),
    id: name.toLowerCase().replace(/\W+/g, '-'),
    nameKey: name.toLowerCase(),
    taskTypes: [],
    archived: 0,
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

/** A billable email entry as a form submits it: no note, task, caller, thread or event. */
export function entryInput(
  clientId: string,
  start: number,
  end: number | null,
  overrides: Partial<EntryInput> = {},
): EntryInput {
  return {
    clientId,
    start,
    end,
    note: '',
    billable: true,
    activityType: 'email',
    task: null,
    caller: '',
    threadId: null,
    appointmentId: null,
    calendarEventId: null,
    ...overrides,
  };
}

/** That entry as the database holds it, created when it starts; running when it has no end. */
export function storedEntry(
  id: string,
  clientId: string,
  start: number,
  end: number | null,
  overrides: Partial<TimeEntry> = {},
): TimeEntry {
  return {
    ...entryInput(clientId, start, end),
    id,
    ...(end === null ? { running: 1 as const } : {}),
    createdAt: start,
    updatedAt: start,
    ...overrides,
  };
}

/** An Italian snippet with no text, shortcut, tags or client, never used. */
export function storedSnippet(
  id: string,
  title: string,
  overrides: Partial<Snippet> = {},
): Snippet {
  return {
    id,
    title,
    body: '',
    shortcut: '',
    language: 'it',
    tags: [],
    clientId: '',
    minutesToLog: 0,
    usageCount: 0,
    lastUsedAt: null,
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}
