import { DataTable } from './data-table';
import type { Client, MinorUnits } from '@/utils/model/types';
import { formatMinutes, formatMoney } from '@/utils/i18n/format';
import { getLocale, t } from '@/utils/i18n/messages';

export interface TodayClientRow {
  client: Pick<Client, 'id' | 'name' | 'color'>;
  /** Whole minutes worked today, billable or not. */
  rawMinutes: number;
  /** After the client's rounding and minimum; billable entries only. */
  billableMinutes: number;
  currency: string;
  amountMinor: MinorUnits;
  taskCount: number;
  taskAmountMinor: MinorUnits;
}

interface TodayTotalsProps {
  /** null while loading. */
  totalMinutes: number | null;
  rows: readonly TodayClientRow[];
}

function tasksLabel(count: number, amount: string): string {
  return new Intl.PluralRules(getLocale()).select(count) === 'one'
    ? t('todayTasksOne', [amount])
    : t('todayTasksOther', [count, amount]);
}

/** Today's time: the day total, then each client's raw and billable time (and tasks). */
export function TodayTotals({ totalMinutes, rows }: TodayTotalsProps) {
  return (
    <section aria-labelledby="today-heading" class="today">
      <h2 id="today-heading">{t('todayTotal')}</h2>
      <p class="today__total" data-testid="today-total">
        {totalMinutes === null ? t('loading') : formatMinutes(totalMinutes)}
      </p>
      {totalMinutes !== null && rows.length === 0 && <p class="empty">{t('todayNothing')}</p>}
      {rows.length > 0 && (
        <DataTable
          class="today__clients"
          testId="today-clients"
          caption={t('todayPerClient')}
          captionClass="visually-hidden"
          rows={rows}
          rowKey={(row) => row.client.id}
          rowData={(row) => ({ 'data-client-id': row.client.id })}
          columns={[
            { label: t('todayColClient'), cell: (row) => <ClientCell row={row} /> },
            { label: t('todayColTime'), num: true, cell: (row) => formatMinutes(row.rawMinutes) },
            { label: t('todayColBillable'), num: true, cell: (row) => <BillableCell row={row} /> },
          ]}
        />
      )}
    </section>
  );
}

function ClientCell({ row }: { row: TodayClientRow }) {
  return (
    <>
      <span class="client-chip">
        <span class="swatch" style={{ background: row.client.color }} aria-hidden="true" />
        <span class="today__name">{row.client.name}</span>
      </span>
      {row.taskCount > 0 && (
        <span class="today__sub">
          {tasksLabel(row.taskCount, formatMoney(row.taskAmountMinor, row.currency))}
        </span>
      )}
    </>
  );
}

function BillableCell({ row }: { row: TodayClientRow }) {
  return (
    <>
      {formatMinutes(row.billableMinutes)}
      {row.amountMinor > 0 && (
        <span class="today__sub">{formatMoney(row.amountMinor, row.currency)}</span>
      )}
    </>
  );
}
