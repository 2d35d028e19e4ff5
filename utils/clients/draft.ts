import type { FieldIssue } from '@/utils/model/errors';
import type { Client, Language, RoundingStep, TaskType } from '@/utils/model/types';
import { ROUNDING_STEPS } from '@/utils/model/types';
import { formatMinorForInput, parseDecimal, parseMoneyToMinor } from '@/utils/i18n/format';
import type { ClientInput } from './validate';

/** The client form's fields exactly as typed (strings), before parsing. */
export interface ClientDraft {
  name: string;
  shortName: string;
  color: string;
  emails: string;
  domains: string;
  gmailAccounts: string;
  hourlyRate: string;
  currency: string;
  rounding: string;
  minimumMinutes: string;
  timeZone: string;
  language: Language;
  billableByDefault: boolean;
  monthlyBudgetHours: string;
  notes: string;
  /** Fixed-fee tasks with the fee as typed. */
  taskTypes: { id: string; name: string; fee: string }[];
}

export interface DraftDefaults {
  color: string;
  currency: string;
  rounding: RoundingStep;
  timeZone: string;
  language: Language;
}

export function emptyClientDraft(defaults: DraftDefaults): ClientDraft {
  return {
    name: '',
    shortName: '',
    color: defaults.color,
    emails: '',
    domains: '',
    gmailAccounts: '',
    hourlyRate: '',
    currency: defaults.currency,
    rounding: String(defaults.rounding),
    minimumMinutes: '0',
    timeZone: defaults.timeZone,
    language: defaults.language,
    billableByDefault: true,
    monthlyBudgetHours: '',
    notes: '',
    taskTypes: [],
  };
}

export function draftFromClient(client: Client, locale: string): ClientDraft {
  return {
    name: client.name,
    shortName: client.shortName,
    color: client.color,
    emails: client.emails.join(', '),
    domains: client.domains.join(', '),
    gmailAccounts: client.gmailAccounts.join(', '),
    hourlyRate: formatMinorForInput(client.hourlyRate, client.currency, locale),
    currency: client.currency,
    rounding: String(client.rounding),
    minimumMinutes: String(client.minimumMinutes),
    timeZone: client.timeZone,
    language: client.language,
    billableByDefault: client.billableByDefault,
    monthlyBudgetHours:
      client.monthlyBudgetHours === null
        ? ''
        : new Intl.NumberFormat(locale, { useGrouping: false }).format(client.monthlyBudgetHours),
    notes: client.notes,
    taskTypes: (client.taskTypes ?? []).map((task) => ({
      id: task.id,
      name: task.name,
      fee: formatMinorForInput(task.fee, client.currency, locale),
    })),
  };
}

/** Lists typed as `a@x.it, b@y.it` or one per line. */
export function splitList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Turns the typed form into a `ClientInput`, or the fields that are not numbers at all.
 * Business rules (duplicates, ranges) are checked afterwards by the repository.
 */
export function inputFromClientDraft(
  draft: ClientDraft,
): { ok: true; input: ClientInput } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const currency = draft.currency.trim().toUpperCase();

  let hourlyRate = 0;
  if (draft.hourlyRate.trim()) {
    const parsed = parseMoneyToMinor(
      draft.hourlyRate,
      /^[A-Z]{3}$/.test(currency) ? currency : 'EUR',
    );
    if (parsed === null) issues.push({ field: 'hourlyRate', message: 'errorRateInvalid' });
    else hourlyRate = parsed;
  }

  const minimum = draft.minimumMinutes.trim() ? parseDecimal(draft.minimumMinutes) : 0;
  if (minimum === null || !Number.isInteger(minimum))
    issues.push({ field: 'minimumMinutes', message: 'errorMinimumInvalid', params: ['480'] });

  let budget: number | null = null;
  if (draft.monthlyBudgetHours.trim()) {
    budget = parseDecimal(draft.monthlyBudgetHours);
    if (budget === null)
      issues.push({ field: 'monthlyBudgetHours', message: 'errorBudgetInvalid', params: ['744'] });
  }

  const accounts: number[] = [];
  for (const part of splitList(draft.gmailAccounts)) {
    const n = /^\d{1,2}$/.test(part) ? Number(part) : NaN;
    if (Number.isNaN(n))
      issues.push({ field: 'gmailAccounts', message: 'errorAccountInvalid', params: [part] });
    else accounts.push(n);
  }

  const rounding = Number(draft.rounding);
  if (!(ROUNDING_STEPS as readonly number[]).includes(rounding))
    issues.push({ field: 'rounding', message: 'errorRoundingInvalid' });

  const taskTypes: TaskType[] = [];
  for (const task of draft.taskTypes) {
    if (!task.name.trim() && !task.fee.trim()) continue;
    const fee = parseMoneyToMinor(task.fee, /^[A-Z]{3}$/.test(currency) ? currency : 'EUR');
    if (fee === null)
      issues.push({ field: 'taskTypes', message: 'errorTaskFeeInvalid', params: [task.name] });
    else taskTypes.push({ id: task.id, name: task.name, fee });
  }

  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    input: {
      name: draft.name,
      shortName: draft.shortName,
      color: draft.color,
      emails: splitList(draft.emails),
      domains: splitList(draft.domains),
      gmailAccounts: accounts,
      hourlyRate,
      currency,
      rounding: rounding as RoundingStep,
      minimumMinutes: minimum ?? 0,
      timeZone: draft.timeZone,
      language: draft.language,
      billableByDefault: draft.billableByDefault,
      monthlyBudgetHours: budget,
      notes: draft.notes,
      taskTypes,
    },
  };
}
