import { DataTable } from './data-table';
import { formatDate, formatMinutes } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import type { ReportDay } from '@/utils/reports/types';

const WIDTH = 640;
const HEIGHT = 160;
const AXIS = 18;

/** Bars of time per day (raw behind, billable in front), with the same figures as a table for screen readers. */
export function ReportChart({ days }: { days: readonly ReportDay[] }) {
  const max = Math.max(60, ...days.map((d) => Math.max(d.rawMinutes, d.billableMinutes)));
  const slot = WIDTH / Math.max(1, days.length);
  const bar = Math.max(2, Math.min(36, slot * 0.6));
  const height = (minutes: number) => ((HEIGHT - AXIS) * minutes) / max;
  const dayLabel = (d: ReportDay) =>
    days.length > 14
      ? String(new Date(d.dayStart).getDate())
      : formatDate(d.dayStart).split(' ').slice(0, 2).join(' ');
  return (
    <figure class="report-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="report-chart-title"
        preserveAspectRatio="none"
      >
        <title id="report-chart-title">{t('reportChartTitle')}</title>
        <line x1="0" x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} class="report-chart__axis" />
        {days.map((d, i) => {
          const x = i * slot + (slot - bar) / 2;
          const base = HEIGHT - AXIS;
          return (
            <g key={d.dayStart}>
              <rect
                class="report-chart__raw"
                x={x}
                width={bar}
                y={base - height(d.rawMinutes)}
                height={height(d.rawMinutes)}
              />
              <rect
                class="report-chart__billable"
                x={x + bar * 0.25}
                width={bar * 0.5}
                y={base - height(d.billableMinutes)}
                height={height(d.billableMinutes)}
              />
              {(days.length <= 31 || i % 7 === 0) && (
                <text x={i * slot + slot / 2} y={HEIGHT - 4} class="report-chart__label">
                  {dayLabel(d)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption class="report-chart__legend">
        <span class="report-chart__key report-chart__key--raw" aria-hidden="true" />
        {t('reportColumnMinutes')}
        <span class="report-chart__key report-chart__key--billable" aria-hidden="true" />
        {t('reportColumnBillable')}
      </figcaption>
      <DataTable
        class="visually-hidden"
        caption={t('reportChartTitle')}
        rows={days}
        rowKey={(d) => d.dayStart}
        columns={[
          { label: t('reportColumnDate'), cell: (d) => formatDate(d.dayStart) },
          { label: t('reportColumnMinutes'), cell: (d) => formatMinutes(d.rawMinutes) },
          { label: t('reportColumnBillable'), cell: (d) => formatMinutes(d.billableMinutes) },
        ]}
      />
    </figure>
  );
}
