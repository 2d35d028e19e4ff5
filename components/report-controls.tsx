import { useEffect, useState } from 'preact/hooks';
import type { Client } from '@/utils/model/types';
import { t, type MessageKey } from '@/utils/i18n/messages';
import { periodFromDates, type PeriodError } from '@/utils/reports/period';
import type { ReportQuery } from '@/utils/reports/types';
import { dateInputValue } from '@/utils/time/local-day';

const PERIOD_ERRORS: Record<PeriodError, MessageKey> = {
  dateInvalid: 'errorDateInvalid',
  rangeOrder: 'reportErrorRangeOrder',
  rangeTooLong: 'reportErrorRangeTooLong',
};

/** Which client and which days: week by week, or any range of days. */
export function ReportControls({
  clients,
  query,
  onQuery,
  onStep,
  onThisWeek,
}: {
  clients: readonly Client[];
  query: ReportQuery;
  onQuery: (query: ReportQuery) => void;
  onStep: (direction: -1 | 1) => void;
  onThisWeek: () => void;
}) {
  const [from, setFrom] = useState(dateInputValue(query.from));
  const [to, setTo] = useState(dateInputValue(query.to - 1));
  const [error, setError] = useState<MessageKey | null>(null);
  // Stepping week by week shows the new days in the fields too.
  useEffect(() => {
    setFrom(dateInputValue(query.from));
    setTo(dateInputValue(query.to - 1));
  }, [query.from, query.to]);

  function applyRange(event: Event) {
    event.preventDefault();
    const parsed = periodFromDates(from, to, query.clientId);
    if (!parsed.ok) {
      setError(PERIOD_ERRORS[parsed.error]);
      return;
    }
    setError(null);
    onQuery(parsed.query);
  }

  return (
    <div class="report-controls no-print">
      <div class="field">
        <label for="report-client">{t('reportClient')}</label>
        <select
          id="report-client"
          value={query.clientId ?? ''}
          onChange={(e) => onQuery({ ...query, clientId: e.currentTarget.value || null })}
        >
          <option value="">{t('reportAllClients')}</option>
          {clients.map((c) => (
            <option key={c.id} value={c.id}>
              {c.archived ? `${c.name} (${t('clientArchivedBadge')})` : c.name}
            </option>
          ))}
        </select>
      </div>
      <div class="toolbar" role="group" aria-label={t('reportPeriod')}>
        <button type="button" onClick={() => onStep(-1)}>
          {t('reportPrevious')}
        </button>
        <button type="button" onClick={onThisWeek}>
          {t('timeThisWeek')}
        </button>
        <button type="button" onClick={() => onStep(1)}>
          {t('reportNext')}
        </button>
      </div>
      <form class="report-range" onSubmit={applyRange} noValidate>
        <div class="field">
          <label for="report-from">{t('reportFrom')}</label>
          <input
            id="report-from"
            type="date"
            value={from}
            aria-invalid={error !== null}
            aria-describedby={error ? 'report-range-error' : undefined}
            onInput={(e) => setFrom(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="report-to">{t('reportTo')}</label>
          <input
            id="report-to"
            type="date"
            value={to}
            aria-invalid={error !== null}
            aria-describedby={error ? 'report-range-error' : undefined}
            onInput={(e) => setTo(e.currentTarget.value)}
          />
        </div>
        <button type="submit">{t('reportShowRange')}</button>
        {error && (
          <p id="report-range-error" class="form-error" role="alert">
            {t(error)}
          </p>
        )}
      </form>
    </div>
  );
}
