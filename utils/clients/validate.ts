import type { FieldIssue } from '@/utils/model/errors';
import { ROUNDING_STEPS, type Client, type TaskType } from '@/utils/model/types';

/** What a VA enters for a client; the repository adds ids, keys and timestamps. */
export type ClientInput = Omit<
  Client,
  'id' | 'nameKey' | 'archived' | 'createdAt' | 'updatedAt' | 'taskTypes'
> & {
  /** Fixed-fee tasks; none when left out. */
  taskTypes?: TaskType[];
};

/**
 * Mail providers shared by many people: a domain like gmail.com says nothing about which client
 * wrote, so it can never identify one (add the client's full address instead).
 */
export const SHARED_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'outlook.it',
  'hotmail.com',
  'hotmail.it',
  'live.com',
  'live.it',
  'msn.com',
  'yahoo.com',
  'yahoo.it',
  'icloud.com',
  'me.com',
  'libero.it',
  'virgilio.it',
  'alice.it',
  'tim.it',
  'tiscali.it',
  'fastwebnet.it',
  'email.it',
  'inwind.it',
  'aruba.it',
  'pec.it',
  'legalmail.it',
  'proton.me',
  'protonmail.com',
  'aol.com',
  'gmx.com',
  'gmx.net',
]);

export const CLIENT_PALETTE = [
  '#1a73e8',
  '#d93025',
  '#188038',
  '#e37400',
  '#9334e6',
  '#007b83',
  '#b31412',
  '#3c4043',
] as const;

const EMAIL_RE =
  /^[^\s@<>()[\]\\,;:"]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
const DOMAIN_RE =
  /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,63}$/;
const COLOR_RE = /^#[0-9a-f]{6}$/;
const IANA_RE = /^(?:UTC|[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+)$/i;

export const LIMITS = {
  nameLength: 80,
  shortNameLength: 12,
  notesLength: 5000,
  maxMinimumMinutes: 480,
  maxBudgetHours: 744,
  maxGmailAccount: 99,
  /** 100,000.00 per hour in minor units: anything above is a typing mistake. */
  maxHourlyRate: 10_000_000,
} as const;

export function isValidEmail(email: string): boolean {
  return email.length <= 254 && EMAIL_RE.test(email);
}

export function isValidDomain(domain: string): boolean {
  return domain.length <= 253 && DOMAIN_RE.test(domain);
}

export function isValidTimeZone(zone: string): boolean {
  if (!IANA_RE.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `europe/rome` → `Europe/Rome`: the zone as the browser spells it (unchanged when unknown). */
export function canonicalTimeZone(zone: string): string {
  const trimmed = zone.trim();
  if (!isValidTimeZone(trimmed)) return trimmed;
  return new Intl.DateTimeFormat('en', { timeZone: trimmed }).resolvedOptions().timeZone;
}

export function isValidCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  try {
    return Intl.supportedValuesOf('currency').includes(code);
  } catch {
    return true;
  }
}

export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

export function defaultShortName(name: string): string {
  const first = name.trim().split(/\s+/)[0] ?? '';
  return first.slice(0, LIMITS.shortNameLength);
}

function uniqueLower(values: string[]): string[] {
  const out: string[] = [];
  for (const raw of values) {
    const v = raw.trim().toLowerCase().replace(/^@/, '');
    if (v && !out.includes(v)) out.push(v);
  }
  return out;
}

/** Trims and lower-cases what the VA typed, so validation and storage see one form. */
export function normalizeClientInput(input: ClientInput): ClientInput {
  const name = input.name.trim().replace(/\s+/g, ' ');
  const shortName = input.shortName.trim() || defaultShortName(name);
  return {
    ...input,
    name,
    shortName,
    color: input.color.trim().toLowerCase(),
    emails: uniqueLower(input.emails),
    domains: uniqueLower(input.domains),
    gmailAccounts: [...new Set(input.gmailAccounts)].sort((a, b) => a - b),
    currency: input.currency.trim().toUpperCase(),
    timeZone: canonicalTimeZone(input.timeZone),
    notes: input.notes.trim(),
    taskTypes: input.taskTypes
      ?.map((task) => ({ ...task, name: task.name.trim().replace(/\s+/g, ' ') }))
      .filter((task) => task.name),
  };
}

type Other = Pick<Client, 'id' | 'name' | 'nameKey' | 'emails' | 'domains' | 'gmailAccounts'>;

/** Every rule a client must meet; `others` are the other clients, archived ones included. */
export function validateClientInput(input: ClientInput, others: readonly Other[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: FieldIssue['message'], ...params: string[]) =>
    issues.push({ field, message, params });

  if (!input.name) add('name', 'errorNameRequired');
  else if (input.name.length > LIMITS.nameLength)
    add('name', 'errorNameTooLong', String(LIMITS.nameLength));
  else {
    const key = nameKey(input.name);
    const twin = others.find((o) => o.nameKey === key);
    if (twin) add('name', 'errorNameTaken', twin.name);
  }
  if (input.shortName.length > LIMITS.shortNameLength)
    add('shortName', 'errorShortNameTooLong', String(LIMITS.shortNameLength));
  if (!COLOR_RE.test(input.color)) add('color', 'errorColorInvalid');

  for (const email of input.emails) {
    if (!isValidEmail(email)) add('emails', 'errorEmailInvalid', email);
    else {
      const owner = others.find((o) => o.emails.includes(email));
      if (owner) add('emails', 'errorEmailTaken', email, owner.name);
    }
  }
  for (const domain of input.domains) {
    if (!isValidDomain(domain)) add('domains', 'errorDomainInvalid', domain);
    else if (SHARED_MAIL_DOMAINS.has(domain)) add('domains', 'errorDomainShared', domain);
    else {
      const owner = others.find((o) => o.domains.includes(domain));
      if (owner) add('domains', 'errorDomainTaken', domain, owner.name);
    }
  }
  for (const account of input.gmailAccounts) {
    if (!Number.isInteger(account) || account < 0 || account > LIMITS.maxGmailAccount)
      add('gmailAccounts', 'errorAccountInvalid', String(account));
    else {
      const owner = others.find((o) => o.gmailAccounts.includes(account));
      if (owner) add('gmailAccounts', 'errorAccountTaken', String(account), owner.name);
    }
  }

  if (!Number.isInteger(input.hourlyRate)) add('hourlyRate', 'errorRateInvalid');
  else if (input.hourlyRate < 0) add('hourlyRate', 'errorRateNegative');
  else if (input.hourlyRate > LIMITS.maxHourlyRate) add('hourlyRate', 'errorRateTooHigh');
  if (!isValidCurrency(input.currency)) add('currency', 'errorCurrencyInvalid', input.currency);
  if (!(ROUNDING_STEPS as readonly number[]).includes(input.rounding))
    add('rounding', 'errorRoundingInvalid');
  if (
    !Number.isInteger(input.minimumMinutes) ||
    input.minimumMinutes < 0 ||
    input.minimumMinutes > LIMITS.maxMinimumMinutes
  )
    add('minimumMinutes', 'errorMinimumInvalid', String(LIMITS.maxMinimumMinutes));
  if (!isValidTimeZone(input.timeZone)) add('timeZone', 'errorTimeZoneInvalid', input.timeZone);
  if (input.language !== 'en' && input.language !== 'it') add('language', 'errorLanguageInvalid');
  if (
    input.monthlyBudgetHours !== null &&
    (!Number.isFinite(input.monthlyBudgetHours) ||
      input.monthlyBudgetHours <= 0 ||
      input.monthlyBudgetHours > LIMITS.maxBudgetHours)
  )
    add('monthlyBudgetHours', 'errorBudgetInvalid', String(LIMITS.maxBudgetHours));
  if (input.notes.length > LIMITS.notesLength)
    add('notes', 'errorNotesTooLong', String(LIMITS.notesLength));
  const taskNames = new Set<string>();
  for (const task of input.taskTypes ?? []) {
    const key = task.name.toLocaleLowerCase();
    if (task.name.length > 60) add('taskTypes', 'errorNameTooLong', '60');
    if (taskNames.has(key)) add('taskTypes', 'errorTaskDuplicate', task.name);
    taskNames.add(key);
    if (!Number.isInteger(task.fee) || task.fee < 0 || task.fee > LIMITS.maxHourlyRate)
      add('taskTypes', 'errorTaskFeeInvalid', task.name);
  }
  return issues;
}

/** Case- and accent-insensitive search over name, short name, addresses, domains and notes. */
export function matchesClientQuery(client: Client, query: string): boolean {
  const q = fold(query.trim());
  if (!q) return true;
  const hay = fold(
    [client.name, client.shortName, ...client.emails, ...client.domains, client.notes].join(' '),
  );
  return q.split(/\s+/).every((word) => hay.includes(word));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
