// What a VA bills: per-entry rounding and minimum, hourly amounts, fixed-fee tasks, monthly packages.
// Time is summed in integer milliseconds and money in integer minor units, so totals are exact.

import type {
  Client,
  Id,
  MinorUnits,
  RoundingStep,
  TaskType,
  TimeEntry,
} from '@/utils/model/types';
import { HOUR_MS, MINUTE_MS } from '@/utils/time/units';

/**
 * Whether new time for `client` starts billable: as the client usually is, unless it is a task
 * with a fee, which bills the fee, its minutes then non-billable unless the VA says so.
 */
export function defaultBillable(
  client: Pick<Client, 'billableByDefault'> | null | undefined,
  task: Pick<TaskType, 'fee'> | null,
): boolean {
  if (task && task.fee > 0) return false;
  return client?.billableByDefault ?? true;
}

export interface BillingRule {
  rounding: RoundingStep;
  minimumMinutes: number;
}

/** Billable milliseconds of one entry: up to the next step, then at least the minimum. */
function billableMs(ms: number, rule: BillingRule): number {
  if (!(ms > 0)) return 0; // nothing worked bills nothing, not even the minimum
  const step = rule.rounding * MINUTE_MS;
  const rounded = step > 0 ? Math.ceil(ms / step) * step : ms;
  return Math.max(rounded, rule.minimumMinutes * MINUTE_MS);
}

/**
 * Billable minutes of one entry lasting `ms` milliseconds: rounded UP to the client's step
 * (0 = exact, so the result may be fractional; 1 = whole minutes), then raised to the minimum.
 * An entry of 0 ms or less bills 0.
 */
export function entryBillableMinutes(ms: number, rule: BillingRule): number {
  return billableMs(ms, rule) / MINUTE_MS;
}

/** Same as `entryBillableMinutes`, for a raw duration in (possibly fractional) minutes. */
export function billableMinutes(rawMinutes: number, rule: BillingRule): number {
  // Back to whole ms first, so 7.0000000001 from float sums does not round up to 8.
  return entryBillableMinutes(Math.round(rawMinutes * MINUTE_MS), rule);
}

/** `n / d` rounded half away from zero, exact for integers below 2^53. */
function divideHalfUp(n: number, d: number): number {
  const shifted = Math.abs(n) + d / 2;
  const quotient = (shifted - (shifted % d)) / d;
  return n < 0 ? -quotient : quotient;
}

function amountForMs(ms: number, hourlyRateMinor: MinorUnits): MinorUnits {
  return divideHalfUp(ms * hourlyRateMinor, HOUR_MS);
}

/**
 * Money for `billableMinutes` at `hourlyRateMinor` per hour, in whole minor units.
 * Rounded half-up (half a cent becomes a cent), as Italian invoices and most VAs' spreadsheets do;
 * banker's rounding would surprise a client checking the sum by hand.
 */
export function amountMinor(billableMinutes: number, hourlyRateMinor: MinorUnits): MinorUnits {
  return amountForMs(Math.round(billableMinutes * MINUTE_MS), hourlyRateMinor);
}

/** A time entry as billing needs it; `taskFeeMinor` is optional until the schema stores it. */
export type BillableEntry = Pick<TimeEntry, 'clientId' | 'start' | 'end' | 'billable'> & {
  /** A fixed-fee task ("appuntamento fissato: 5,00 €"), billed on top of any time. */
  taskFeeMinor?: MinorUnits | null;
};

export type BillingClient = Pick<Client, 'hourlyRate' | 'currency' | 'rounding' | 'minimumMinutes'>;

export interface BillingTotals {
  /** Every minute worked inside the range, billable or not. */
  rawMinutes: number;
  /** After per-entry rounding and minimum; billable entries only. */
  billableMinutes: number;
  nonBillableMinutes: number;
  /** Money for the billable minutes (tasks excluded). */
  amountMinor: MinorUnits;
  entryCount: number;
  taskCount: number;
  taskAmountMinor: MinorUnits;
}

export interface ClientBilling extends BillingTotals {
  clientId: Id;
  currency: string;
}

export interface CurrencyTotals extends BillingTotals {
  currency: string;
}

export interface BillingSummary {
  /** Clients with something in the range, in the order of `clientsById`. */
  clients: ClientBilling[];
  /** One row per currency, by currency code: amounts in different currencies are never added. */
  totals: CurrencyTotals[];
  /** Clients of entries missing from `clientsById` (e.g. deleted); their entries are left out. */
  unknownClientIds: Id[];
}

interface Tally {
  rawMs: number;
  billableMs: number;
  nonBillableMs: number;
  amountMinor: MinorUnits;
  entryCount: number;
  taskCount: number;
  taskAmountMinor: MinorUnits;
}

const emptyTally = (): Tally => ({
  rawMs: 0,
  billableMs: 0,
  nonBillableMs: 0,
  amountMinor: 0,
  entryCount: 0,
  taskCount: 0,
  taskAmountMinor: 0,
});

function totalsOf(t: Tally): BillingTotals {
  return {
    rawMinutes: t.rawMs / MINUTE_MS,
    billableMinutes: t.billableMs / MINUTE_MS,
    nonBillableMinutes: t.nonBillableMs / MINUTE_MS,
    amountMinor: t.amountMinor,
    entryCount: t.entryCount,
    taskCount: t.taskCount,
    taskAmountMinor: t.taskAmountMinor,
  };
}

/**
 * Billing per client for [from, to). Each entry counts only its part inside the range (a running
 * entry up to `now`), and rounding and minimum apply to that part: an entry crossing midnight is
 * billed per day in a daily summary. Non-billable entries count as raw minutes only. A task fee
 * counts in the range where its entry starts, whether or not the entry has minutes; its minutes
 * bill only when the entry is billable. Each client's amount is priced once on its billable total,
 * so per-entry cent rounding never adds up.
 */
export function summarize(
  entries: readonly BillableEntry[],
  clientsById: ReadonlyMap<Id, BillingClient>,
  options: { from: number; to: number; now: number },
): BillingSummary {
  const { from, to, now } = options;
  const tallies = new Map<Id, Tally>();
  const unknown = new Set<Id>();

  for (const entry of entries) {
    const client = clientsById.get(entry.clientId);
    if (!client) {
      unknown.add(entry.clientId);
      continue;
    }
    const inRangeMs = Math.max(0, Math.min(entry.end ?? now, to) - Math.max(entry.start, from));
    const fee = entry.taskFeeMinor;
    const isTask = fee !== undefined && fee !== null && entry.start >= from && entry.start < to;
    if (inRangeMs === 0 && !isTask) continue;

    let tally = tallies.get(entry.clientId);
    if (!tally) tallies.set(entry.clientId, (tally = emptyTally()));
    tally.entryCount += 1;
    tally.rawMs += inRangeMs;
    if (entry.billable) tally.billableMs += billableMs(inRangeMs, client);
    else tally.nonBillableMs += inRangeMs;
    if (isTask) {
      tally.taskCount += 1;
      tally.taskAmountMinor += fee;
    }
  }

  const clients: ClientBilling[] = [];
  const byCurrency = new Map<string, Tally>();
  for (const [clientId, client] of clientsById) {
    const tally = tallies.get(clientId);
    if (!tally) continue;
    tally.amountMinor = amountForMs(tally.billableMs, client.hourlyRate);
    clients.push({ clientId, currency: client.currency, ...totalsOf(tally) });

    let sum = byCurrency.get(client.currency);
    if (!sum) byCurrency.set(client.currency, (sum = emptyTally()));
    for (const key of Object.keys(sum) as (keyof Tally)[]) sum[key] += tally[key];
  }

  const totals = [...byCurrency]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, sum]) => ({ currency, ...totalsOf(sum) }));
  return { clients, totals, unknownClientIds: [...unknown].sort() };
}

export type BudgetLevel = 'ok' | 'warn' | 'over';

export interface BudgetStatus {
  usedHours: number;
  /** Negative once the package is exceeded. */
  leftHours: number;
  /** Used / budget: 0.8 = 80 %. */
  ratio: number;
  /** `warn` from 80 % used, `over` from 100 %. */
  level: BudgetLevel;
}

/** Where a client's monthly hours package stands; null when the client has none (or 0 hours). */
export function budgetStatus(
  usedBillableMinutes: number,
  monthlyBudgetHours: number | null,
): BudgetStatus | null {
  if (monthlyBudgetHours === null || !(monthlyBudgetHours > 0)) return null;
  const budgetMinutes = monthlyBudgetHours * 60;
  const used = usedBillableMinutes;
  // Compared in minutes (× 5 vs × 4 for 80 %) so that exactly 80 % is never lost to float error.
  const level: BudgetLevel =
    used >= budgetMinutes ? 'over' : used * 5 >= budgetMinutes * 4 ? 'warn' : 'ok';
  return {
    usedHours: used / 60,
    leftHours: (budgetMinutes - used) / 60,
    ratio: used / budgetMinutes,
    level,
  };
}
