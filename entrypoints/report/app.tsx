import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { activityLabel } from '@/components/labels';
import { ReportActions } from '@/components/report-actions';
import { ReportChart } from '@/components/report-chart';
import { ReportClient } from '@/components/report-client';
import { ReportControls } from '@/components/report-controls';
import { ReportTotals } from '@/components/report-totals';
import type { Settings } from '@/utils/model/settings';
import { getLanguage, t } from '@/utils/i18n/messages';
import { clientSummaryEmail, gmailComposeUrl } from '@/utils/reports/client-email';
import { csvFileName, entriesToCsv, type CsvOptions } from '@/utils/reports/csv';
import { loadReport } from '@/utils/db/report-reader';
import {
  formatDayRange,
  isoWeekOf,
  periodFromSearch,
  periodToSearch,
  shiftPeriod,
} from '@/utils/reports/period';
import type { Report, ReportQuery } from '@/utils/reports/types';
import { weekRange } from '@/utils/time/weeks';
import { downloadText } from '@/utils/ui/download';
import { useAllClients } from '@/utils/ui/use-clients';
import { useLiveQuery } from '@/utils/ui/use-live-query';
import { useSettings } from '@/utils/ui/use-settings';

function periodLabel(query: ReportQuery): string {
  const days = formatDayRange(query, getLanguage());
  const week = isoWeekOf(query);
  return week === null ? days : t('reportWeekLabel', [week, days]);
}

function reportCsv(report: Report, options: CsvOptions): string {
  const entries = report.clients.flatMap((c) => c.days.flatMap((d) => d.lines.map((l) => l.entry)));
  const threadSubjects = new Map<string, string>();
  for (const c of report.clients)
    for (const row of c.threads) threadSubjects.set(row.thread.id, row.thread.subject);
  for (const day of report.days)
    for (const line of day.lines)
      if (line.entry.threadId && line.threadSubject !== null)
        threadSubjects.set(line.entry.threadId, line.threadSubject);
  return entriesToCsv(
    entries,
    {
      clientsById: new Map(report.clients.map((c) => [c.client.id, c.client])),
      threadSubjects,
      activityLabel,
      range: { from: report.query.from, to: report.query.to },
      now: report.generatedAt,
    },
    options,
  );
}

export function App({ initialSettings }: { initialSettings: Settings }) {
  const settings = useSettings(initialSettings);
  const [query, setQuery] = useState<ReportQuery>(() =>
    periodFromSearch(location.search, Date.now(), initialSettings.weekStart),
  );
  useEffect(() => history.replaceState(null, '', periodToSearch(query)), [query]);

  const clients = useAllClients();
  const report = useLiveQuery(
    () => loadReport(query, Date.now()),
    [query.from, query.to, query.clientId],
  );
  const italian = getLanguage() === 'it';
  const [separator, setSeparator] = useState<CsvOptions['separator']>(italian ? ';' : ',');
  const [decimal, setDecimal] = useState<CsvOptions['decimal']>(italian ? ',' : '.');
  const [notice, setNotice] = useState('');
  const label = useMemo(() => periodLabel(query), [query, settings.language]);

  const ready = report.status === 'ready' ? report.value : null;
  const single =
    ready && query.clientId ? ready.clients.find((c) => c.client.id === query.clientId) : undefined;
  const selectedClient =
    clients.status === 'ready' ? clients.value.find((c) => c.id === query.clientId) : undefined;

  function exportCsv() {
    if (!ready) return;
    const csv = reportCsv(ready, { separator, decimal, language: getLanguage() });
    downloadText(csvFileName(selectedClient?.name ?? null, query), csv, 'text/csv;charset=utf-8');
    setNotice(t('reportCsvSaved'));
  }

  function sendToClient() {
    if (!single) return;
    const email = clientSummaryEmail(single, query, settings.vaName);
    void browser.tabs.create({ url: gmailComposeUrl(email, single.client.gmailAccounts[0] ?? 0) });
  }

  return (
    <div class="page page--report">
      <header class="page-header no-print">
        <h1>{t('reportTitle')}</h1>
      </header>
      <ReportControls
        clients={clients.status === 'ready' ? clients.value : []}
        query={query}
        onQuery={setQuery}
        onStep={(direction) => setQuery(shiftPeriod(query, direction, settings.weekStart))}
        onThisWeek={() =>
          setQuery({ ...weekRange(Date.now(), settings.weekStart), clientId: query.clientId })
        }
      />
      <main class={query.clientId ? 'report--single' : undefined}>
        <div class="report-heading">
          <h2 class="report-period">{label}</h2>
          <p class="report-meta">
            {selectedClient ? selectedClient.name : t('reportAllClients')}
            {settings.vaName && ` · ${t('reportPreparedBy', [settings.vaName])}`}
          </p>
        </div>
        {report.status === 'loading' && (
          <p class="loading" role="status">
            {t('reportLoading')}
          </p>
        )}
        {report.status === 'error' && (
          <p class="form-error" role="alert">
            {t('reportLoadFailed')}
          </p>
        )}
        {ready && (
          <>
            <ReportActions
              separator={separator}
              decimal={decimal}
              onSeparator={setSeparator}
              onDecimal={setDecimal}
              canExport={ready.clients.length > 0}
              onExportCsv={exportCsv}
              send={single ? { hasEmail: single.client.emails.length > 0 } : null}
              onSend={sendToClient}
              notice={notice}
            />
            {ready.clients.length === 0 ? (
              <p class="empty">{t('reportEmpty')}</p>
            ) : (
              <>
                <ReportTotals totals={ready.totals} />
                <ReportChart days={ready.days} />
                {ready.clients.map((c) => (
                  <ReportClient
                    key={c.client.id}
                    report={c}
                    vaName={settings.vaName}
                    periodLabel={label}
                  />
                ))}
              </>
            )}
          </>
        )}
      </main>
    </div>
  );
}
