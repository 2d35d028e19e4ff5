import type { CurrencyTotals } from '@/utils/time/billing';
import { formatMinutes, formatMoney } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';

/** Totals of the selected clients, one row per currency: amounts in different currencies are never added. */
export function ReportTotals({ totals }: { totals: readonly CurrencyTotals[] }) {
  return (
    <table class="report-table report-summary">
      <caption>{t('reportSummary')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reportColumnCurrency')}</th>
          <th scope="col" class="num">
            {t('reportColumnMinutes')}
          </th>
          <th scope="col" class="num">
            {t('reportColumnBillable')}
          </th>
          <th scope="col" class="num">
            {t('reportTasks')}
          </th>
          <th scope="col" class="num">
            {t('reportTotalAmount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {totals.map((row) => (
          <tr key={row.currency} data-currency={row.currency}>
            <th scope="row">{row.currency}</th>
            <td class="num">{formatMinutes(row.rawMinutes)}</td>
            <td class="num">{formatMinutes(row.billableMinutes)}</td>
            <td class="num">{row.taskCount}</td>
            <td class="num" data-total="amount">
              {formatMoney(row.amountMinor + row.taskAmountMinor, row.currency)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
