import { t } from '@/utils/i18n/messages';
import type { CsvOptions } from '@/utils/reports/csv';

type Separator = CsvOptions['separator'];
type Decimal = CsvOptions['decimal'];

function Choice<Value extends string>(props: {
  label: string;
  value: Value;
  /** Each value with its words. */
  options: readonly (readonly [Value, string])[];
  onChange: (value: Value) => void;
}) {
  return (
    <label>
      {props.label}{' '}
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as Value)}>
        {props.options.map(([value, words]) => (
          <option key={value} value={value}>
            {words}
          </option>
        ))}
      </select>
    </label>
  );
}

interface ReportActionsProps {
  separator: Separator;
  decimal: Decimal;
  onSeparator: (separator: Separator) => void;
  onDecimal: (decimal: Decimal) => void;
  /** False when the report has no client, so there is nothing to export. */
  canExport: boolean;
  onExportCsv: () => void;
  /** Only with one client selected: whether it has an address to write to. */
  send: { hasEmail: boolean } | null;
  onSend: () => void;
  notice: string;
}

/** What the VA does with the report: the CSV file (with its separators), print, send to the client. */
export function ReportActions(props: ReportActionsProps) {
  return (
    <div class="report-actions no-print">
      <fieldset class="report-csv">
        <legend>{t('reportCsv')}</legend>
        <Choice
          label={t('reportCsvSeparator')}
          value={props.separator}
          options={[
            [',', t('reportCsvComma')],
            [';', t('reportCsvSemicolon')],
          ]}
          onChange={props.onSeparator}
        />
        <Choice
          label={t('reportCsvDecimal')}
          value={props.decimal}
          options={[
            ['.', t('reportCsvPoint')],
            [',', t('reportCsvDecimalComma')],
          ]}
          onChange={props.onDecimal}
        />
        <button type="button" onClick={props.onExportCsv} disabled={!props.canExport}>
          {t('reportDownloadCsv')}
        </button>
      </fieldset>
      <button type="button" onClick={() => window.print()}>
        {t('reportPrint')}
      </button>
      {props.send && (
        <button
          type="button"
          onClick={props.onSend}
          disabled={!props.send.hasEmail}
          title={props.send.hasEmail ? undefined : t('reportSendNeedsEmail')}
        >
          {t('reportSend')}
        </button>
      )}
      <p class="notice-inline" role="status">
        {props.notice}
      </p>
    </div>
  );
}
