import type { BillingSummary } from '@/utils/time/billing';
import { formatMinutes, formatMoney } from '@/utils/i18n/format';
import { getLocale, t } from '@/utils/i18n/messages';

export function taskCountLabel(count: number): string {
  return new Intl.PluralRules(getLocale()).select(count) === 'one'
    ? t('timeTaskCountOne')
    : t('timeTaskCountOther', [count]);
}

/**
 * The parts of a total, in reading order: raw time, billable time after each client's rounding
 * and minimum, then money per currency (time plus task fees), never summed across currencies.
 */
export function totalsParts(summary: BillingSummary): string[] {
  let raw = 0;
  let billable = 0;
  let tasks = 0;
  for (const c of summary.totals) {
    raw += c.rawMinutes;
    billable += c.billableMinutes;
    tasks += c.taskCount;
  }
  const parts = [
    t('timeTotalRaw', [formatMinutes(Math.floor(raw))]),
    t('timeTotalBillable', [formatMinutes(billable)]),
  ];
  if (tasks > 0) parts.push(taskCountLabel(tasks));
  for (const c of summary.totals) {
    const money = c.amountMinor + c.taskAmountMinor;
    if (money > 0) parts.push(formatMoney(money, c.currency));
  }
  return parts;
}

/** One line of totals: "Total 1 h 20 min · billable 1 h 28 min · €31.67 · £10.50". */
export function TimeTotals({ summary }: { summary: BillingSummary }) {
  const parts = totalsParts(summary);
  return (
    <p class="time-totals">
      {parts.map((part, i) => (
        <span key={i} class={i === 0 ? 'time-totals__raw' : 'time-totals__part'}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          {part}
        </span>
      ))}
    </p>
  );
}
