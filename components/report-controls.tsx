import { useEffect, useState } from 'preact/hooks';
import { ClientOptions } from './client-options';
import { Field } from './field';
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

const RANGE_ERROR_ID = 'report-range-error';

/** One end of the range; the range's error (order, length) is about both ends. */
function RangeDate(props: {
  id: string;
  label: string;
  value: string;
  error: MessageKey | null;
  onValue: (value: string) => void;
}) {
  return (
    <Field id={props.id} label={props.label}>
      {(aria) => (
        <input
          {...aria}
          type="date"
          value={props.value}
          aria-invalid={props.error !== null}
          aria-describedby={props.error ? RANGE_ERROR_ID : undefined}
          onInput={(e) => props.onValue(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

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
      <Field id="report-client" label={t('reportClient')}>
        {(aria) => (
          <select
            {...aria}
            value={query.clientId ?? ''}
            onChange={(e) => onQuery({ ...query, clientId: e.currentTarget.value || null })}
          >
            <option value="">{t('reportAllClients')}</option>
            <ClientOptions clients={clients} markArchived />
          </select>
        )}
      </Field>
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
        <RangeDate
          id="report-from"
          label={t('reportFrom')}
          value={from}
          error={error}
          onValue={setFrom}
        />
        <RangeDate id="report-to" label={t('reportTo')} value={to} error={error} onValue={setTo} />
        <button type="submit">{t('reportShowRange')}</button>
        {error && (
          <p id={RANGE_ERROR_ID} class="form-error" role="alert">
            {t(error)}
          </p>
        )}
      </form>
    </div>
  );
}
