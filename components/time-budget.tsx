import type { Client, Id, TimeEntry } from '@/utils/model/types';
import { formatMinutes } from '@/utils/i18n/format';
import { getLocale, t } from '@/utils/i18n/messages';
import { budgetStatus, summarize, type BudgetStatus } from '@/utils/time/billing';
import type { Range } from '@/utils/time/weeks';
import { ClientChip } from './client-chip';
import { billable } from './time-day-group';

export interface BudgetRow {
  client: Client;
  /** Billable minutes of the month, after each entry's rounding and minimum. */
  usedMinutes: number;
  status: BudgetStatus;
}

/**
 * Clients with a monthly hours package and time this month, in the order of `clients`: what they
 * used (billable minutes, as the package is invoiced) and what is left.
 */
export function budgetRows(
  monthEntries: readonly TimeEntry[],
  clients: readonly Client[],
  month: Range,
  now: number,
): BudgetRow[] {
  const withPackage = new Map<Id, Client>(
    clients.filter((c) => c.monthlyBudgetHours !== null).map((c) => [c.id, c]),
  );
  const summary = summarize(monthEntries.map(billable), withPackage, { ...month, now });
  const rows: BudgetRow[] = [];
  for (const totals of summary.clients) {
    const client = withPackage.get(totals.clientId)!;
    const status = budgetStatus(totals.billableMinutes, client.monthlyBudgetHours);
    if (status) rows.push({ client, usedMinutes: totals.billableMinutes, status });
  }
  return rows;
}

function percent(ratio: number): string {
  // Floored, so 79.9 % never reads as "80 %" before the warning starts.
  return new Intl.NumberFormat(getLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(
    Math.floor(ratio * 100 + 1e-9) / 100,
  );
}

/** Each monthly hours package with time this month: used, left, and a warning from 80 %. */
export function TimeBudget({ rows }: { rows: readonly BudgetRow[] }) {
  if (!rows.length) return null;
  return (
    <section class="time-budget" aria-labelledby="time-budget-heading">
      <h2 id="time-budget-heading">{t('timeBudgetTitle')}</h2>
      <ul class="time-budget__list">
        {rows.map(({ client, usedMinutes, status }) => {
          const budgetMinutes = (client.monthlyBudgetHours ?? 0) * 60;
          const leftMinutes = budgetMinutes - usedMinutes;
          return (
            <li
              key={client.id}
              class={`time-budget__item time-budget__item--${status.level}`}
              aria-label={t('timeBudgetClient', [client.name])}
            >
              <div class="time-budget__head">
                <ClientChip client={client} />
                <span>
                  {t('timeBudgetUsed', [formatMinutes(usedMinutes), formatMinutes(budgetMinutes)])}
                  {' · '}
                  {leftMinutes >= 0
                    ? t('timeBudgetLeft', [formatMinutes(leftMinutes)])
                    : t('timeBudgetOverBy', [formatMinutes(-leftMinutes)])}
                </span>
              </div>
              <div class="time-budget__bar" aria-hidden="true">
                <span style={{ width: `${Math.min(100, status.ratio * 100)}%` }} />
              </div>
              {status.level !== 'ok' && (
                <p class={`time-budget__alert time-budget__alert--${status.level}`}>
                  <span aria-hidden="true">⚠ </span>
                  {status.level === 'warn'
                    ? t('timeBudgetWarn', [percent(status.ratio)])
                    : t('timeBudgetOver', [percent(status.ratio)])}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
