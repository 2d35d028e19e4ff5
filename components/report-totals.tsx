import { DataTable, type Column } from './data-table';
import type { CurrencyTotals } from '@/utils/time/billing';
import { formatMinutes, formatMoney } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';

/** Totals of the selected clients, one row per currency: amounts in different currencies are never added. */
export function ReportTotals({ totals }: { totals: readonly CurrencyTotals[] }) {
  return (
    <DataTable
      class="report-table report-summary"
      caption={t('reportSummary')}
      rows={totals}
      rowKey={(row) => row.currency}
      rowData={(row) => ({ 'data-currency': row.currency })}
      columns={[
        { label: t('reportColumnCurrency'), cell: (row) => row.currency },
        ...minutesColumns<CurrencyTotals>(),
        { label: t('reportTasks'), num: true, cell: (row) => row.taskCount },
        {
          label: t('reportTotalAmount'),
          num: true,
          total: 'amount',
          cell: (row) => formatMoney(row.amountMinor + row.taskAmountMinor, row.currency),
        },
      ]}
    />
  );
}

/** A column of minutes, aligned right. */
export function minutesColumn<Row>(label: string, minutes: (row: Row) => number): Column<Row> {
  return { label, num: true, cell: (row) => formatMinutes(minutes(row)) };
}

/** The time and billable time columns of a report table. */
export function minutesColumns<
  Row extends { rawMinutes: number; billableMinutes: number },
>(): Column<Row>[] {
  return [
    minutesColumn(t('reportColumnMinutes'), (row) => row.rawMinutes),
    minutesColumn(t('reportColumnBillable'), (row) => row.billableMinutes),
  ];
}
