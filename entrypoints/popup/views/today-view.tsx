import { TodayTotals, type TodayClientRow } from '@/components/today-totals';
import type { Client, Id, TimeEntry } from '@/utils/model/types';
import { summarize } from '@/utils/time/billing';
import { minutesInRange } from '@/utils/time/totals';

interface Range {
  from: number;
  to: number;
  now: number;
}

/**
 * Each client's time today: raw minutes, billable minutes after the client's rounding and minimum
 * (per entry, as billed), money, and fixed-fee tasks. Minutes are shown whole (rounded down).
 */
export function todayRows(
  entries: readonly TimeEntry[],
  clients: readonly Client[],
  range: Range,
): TodayClientRow[] {
  const byId = new Map<Id, Client>(clients.map((c) => [c.id, c]));
  const summary = summarize(
    entries.map((e) => ({ ...e, taskFeeMinor: e.task?.fee ?? null })),
    byId,
    range,
  );
  return summary.clients.map((s) => ({
    client: byId.get(s.clientId)!,
    rawMinutes: Math.floor(s.rawMinutes),
    billableMinutes: Math.floor(s.billableMinutes),
    currency: s.currency,
    amountMinor: s.amountMinor,
    taskCount: s.taskCount,
    taskAmountMinor: s.taskAmountMinor,
  }));
}

interface TodayViewProps extends Range {
  entries: readonly TimeEntry[] | null;
  clients: readonly Client[] | null;
}

export function TodayView({ entries, clients, from, to, now }: TodayViewProps) {
  const range = { from, to, now };
  return (
    <TodayTotals
      totalMinutes={entries ? minutesInRange(entries, from, to, now) : null}
      rows={entries && clients ? todayRows(entries, clients, range) : []}
    />
  );
}
