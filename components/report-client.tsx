import { activityLabel, statusLabel } from './labels';
import {
  formatDate,
  formatMinutes,
  formatMoney,
  formatNumber,
  formatTime,
} from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import type { ClientReport } from '@/utils/reports/types';

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
  const { client, totals } = report;
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

      <dl class="report-totals">
        <div>
          <dt>{t('reportColumnMinutes')}</dt>
          <dd data-total="raw">{formatMinutes(totals.rawMinutes)}</dd>
        </div>
        <div>
          <dt>{t('reportColumnBillable')}</dt>
          <dd data-total="billable">{formatMinutes(totals.billableMinutes)}</dd>
        </div>
        {totals.nonBillableMinutes > 0 && (
          <div>
            <dt>{t('reportNonBillable')}</dt>
            <dd>{formatMinutes(totals.nonBillableMinutes)}</dd>
          </div>
        )}
        <div>
          <dt>{t('reportTimeAmount')}</dt>
          <dd>{money(totals.amountMinor)}</dd>
        </div>
        {totals.taskCount > 0 && (
          <div>
            <dt>{t('reportTasksAmount')}</dt>
            <dd>{money(totals.taskAmountMinor)}</dd>
          </div>
        )}
        <div class="report-totals__grand">
          <dt>{t('reportTotalAmount')}</dt>
          <dd data-total="amount">{money(totals.amountMinor + totals.taskAmountMinor)}</dd>
        </div>
      </dl>
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
        <table class="report-table">
          <caption>{t('reportActivities')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reportColumnActivity')}</th>
              <th scope="col" class="num">
                {t('reportColumnMinutes')}
              </th>
              <th scope="col" class="num">
                {t('reportColumnBillable')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.activities.map((a) => (
              <tr key={a.activityType}>
                <th scope="row">{activityLabel(a.activityType)}</th>
                <td class="num">{formatMinutes(a.rawMinutes)}</td>
                <td class="num">{formatMinutes(a.billableMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {report.tasks.length > 0 && (
        <table class="report-table">
          <caption>{t('reportTasks')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reportColumnTask')}</th>
              <th scope="col" class="num">
                {t('reportColumnCount')}
              </th>
              <th scope="col" class="num">
                {t('reportColumnAmount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.tasks.map((task) => (
              <tr key={`${task.typeId}|${task.name}`}>
                <th scope="row">{task.name}</th>
                <td class="num">{task.count}</td>
                <td class="num">{money(task.amountMinor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {report.threads.length > 0 && (
        <table class="report-table">
          <caption>{t('reportThreads')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reportColumnSubject')}</th>
              <th scope="col">{t('reportColumnStatus')}</th>
              <th scope="col" class="num">
                {t('reportColumnLogged')}
              </th>
              <th scope="col" class="num">
                {t('reportColumnEmailTime')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.threads.map((row) => (
              <tr key={row.thread.id}>
                <th scope="row">{row.thread.subject || t('noSubject')}</th>
                <td>{statusLabel(row.thread.status)}</td>
                <td class="num">{formatMinutes(row.loggedMinutes)}</td>
                <td class="num">{formatMinutes(row.emailMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
          <thead>
            <tr>
              <th scope="col">{t('reportColumnTime')}</th>
              <th scope="col" class="num">
                {t('reportColumnMinutes')}
              </th>
              <th scope="col" class="num">
                {t('reportColumnBillable')}
              </th>
              <th scope="col">{t('reportColumnActivity')}</th>
              <th scope="col">{t('reportColumnNote')}</th>
            </tr>
          </thead>
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
