import { DataTable, TableHead } from './data-table';
import { activityLabel, statusLabel } from './labels';
import { minutesColumn, minutesColumns } from './report-totals';
import {
  formatDate,
  formatMinutes,
  formatMoney,
  formatNumber,
  formatTime,
} from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import type { ActivityTotal, ClientReport, ThreadWorked } from '@/utils/reports/types';

/** One client's report: a page of its own when printed. */
export function ReportClient({
  report,
  vaName,
  periodLabel,
}: {
  report: ClientReport;
  vaName: string;
  periodLabel: string;
}) {
  const { client } = report;
  const money = (minor: number) => formatMoney(minor, client.currency);
  const headingId = `report-client-${client.id}`;
  const days = report.days.filter((d) => d.lines.length > 0);
  return (
    <section class="report-client card" aria-labelledby={headingId} data-client-id={client.id}>
      <header class="report-client__header">
        <h2 id={headingId}>
          <span class="swatch" style={{ background: client.color }} aria-hidden="true" />
          {client.name}
          {client.archived === 1 && <span class="badge">{t('clientArchivedBadge')}</span>}
        </h2>
        <p class="report-client__meta">
          {periodLabel}
          {vaName && ` · ${t('reportPreparedBy', [vaName])}`}
        </p>
      </header>

      <ReportClientTotals report={report} />
      {client.hourlyRate > 0 && (
        <p class="report-client__rule">
          {t('reportRate', [money(client.hourlyRate)])}
          {client.rounding > 0 && ` · ${t('reportRounding', [client.rounding])}`}
          {client.minimumMinutes > 0 && ` · ${t('reportMinimum', [client.minimumMinutes])}`}
        </p>
      )}
      {report.budget && (
        <p class={`report-budget report-budget--${report.budget.status.level}`}>
          {t('reportBudget', [
            formatNumber(report.budget.status.usedHours, undefined, 1),
            formatNumber(client.monthlyBudgetHours ?? 0, undefined, 1),
            Math.round(report.budget.status.ratio * 100),
          ])}
        </p>
      )}

      {report.activities.length > 0 && (
        <DataTable
          class="report-table"
          caption={t('reportActivities')}
          rows={report.activities}
          rowKey={(a) => a.activityType}
          columns={[
            { label: t('reportColumnActivity'), cell: (a) => activityLabel(a.activityType) },
            ...minutesColumns<ActivityTotal>(),
          ]}
        />
      )}

      {report.tasks.length > 0 && (
        <DataTable
          class="report-table"
          caption={t('reportTasks')}
          rows={report.tasks}
          rowKey={(task) => `${task.typeId}|${task.name}`}
          columns={[
            { label: t('reportColumnTask'), cell: (task) => task.name },
            { label: t('reportColumnCount'), num: true, cell: (task) => task.count },
            { label: t('reportColumnAmount'), num: true, cell: (task) => money(task.amountMinor) },
          ]}
        />
      )}

      {report.threads.length > 0 && (
        <DataTable
          class="report-table"
          caption={t('reportThreads')}
          rows={report.threads}
          rowKey={(row) => row.thread.id}
          columns={[
            {
              label: t('reportColumnSubject'),
              cell: (row) => row.thread.subject || t('noSubject'),
            },
            { label: t('reportColumnStatus'), cell: (row) => statusLabel(row.thread.status) },
            minutesColumn(t('reportColumnLogged'), (row: ThreadWorked) => row.loggedMinutes),
            minutesColumn(t('reportColumnEmailTime'), (row: ThreadWorked) => row.emailMinutes),
          ]}
        />
      )}

      {report.appointments.length > 0 && (
        <>
          <h3>{t('reportAppointments')}</h3>
          <ul class="report-appointments">
            {report.appointments.map((a) => (
              <li key={a.id}>
                {formatDate(a.start)} {formatTime(a.start)}–{formatTime(a.end)} · {a.title}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('reportEntries')}</h3>
      {days.length === 0 ? (
        <p class="empty">{t('reportNoEntries')}</p>
      ) : (
        <table class="report-table report-entries">
          <TableHead
            columns={[
              { label: t('reportColumnTime') },
              { label: t('reportColumnMinutes'), num: true },
              { label: t('reportColumnBillable'), num: true },
              { label: t('reportColumnActivity') },
              { label: t('reportColumnNote') },
            ]}
          />
          {days.map((day) => (
            <tbody key={day.dayStart}>
              <tr class="report-entries__day">
                <th scope="rowgroup" colSpan={5}>
                  {formatDate(day.dayStart)} · {formatMinutes(day.rawMinutes)}
                </th>
              </tr>
              {day.lines.map((line) => (
                <tr key={line.entry.id}>
                  <td>
                    {formatTime(line.start)}–{formatTime(line.end)}
                    {line.entry.end === null && ` (${t('reportRunning')})`}
                  </td>
                  <td class="num">{formatMinutes(line.rawMinutes)}</td>
                  <td class="num">{formatMinutes(line.billableMinutes)}</td>
                  <td>
                    {activityLabel(line.entry.activityType)}
                    {line.entry.task && ` · ${line.entry.task.name}`}
                  </td>
                  <td class="report-entries__note">
                    {line.entry.note}
                    {line.threadSubject && (
                      <span class="report-entries__thread">{line.threadSubject}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      )}
    </section>
  );
}

interface TotalItem {
  label: string;
  value: string;
  total?: string;
  class?: string;
}

/** The client's figures: time, billable time, amounts; the lines that would say zero are left out. */
function ReportClientTotals({ report: { client, totals } }: { report: ClientReport }) {
  const money = (minor: number) => formatMoney(minor, client.currency);
  const items: TotalItem[] = [
    { label: t('reportColumnMinutes'), value: formatMinutes(totals.rawMinutes), total: 'raw' },
    {
      label: t('reportColumnBillable'),
      value: formatMinutes(totals.billableMinutes),
      total: 'billable',
    },
    ...(totals.nonBillableMinutes > 0
      ? [{ label: t('reportNonBillable'), value: formatMinutes(totals.nonBillableMinutes) }]
      : []),
    { label: t('reportTimeAmount'), value: money(totals.amountMinor) },
    ...(totals.taskCount > 0
      ? [{ label: t('reportTasksAmount'), value: money(totals.taskAmountMinor) }]
      : []),
    {
      label: t('reportTotalAmount'),
      value: money(totals.amountMinor + totals.taskAmountMinor),
      total: 'amount',
      class: 'report-totals__grand',
    },
  ];
  return (
    <dl class="report-totals">
      {items.map((item) => (
        <div key={item.label} class={item.class}>
          <dt>{item.label}</dt>
          <dd data-total={item.total}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
