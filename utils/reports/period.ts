// The report's period: a week (the VA's week start) or any range of whole local days, kept in the
// page URL as `?from=YYYY-MM-DD&to=YYYY-MM-DD&client=<id>` (`to` inclusive, as the VA reads it), so
// a reload, a bookmark or the print dialog shows the same report.

import type { Id, Language } from '@/utils/model/types';
import { getLocale } from '@/utils/i18n/messages';
import { dayStarts, isoWeekNumber, weekRange, type WeekStart } from '@/utils/time/weeks';
import type { ReportQuery } from './types';
import { dateInputValue, parseDateInput, startOfLocalDay } from '@/utils/time/local-day';

/** A longer range would still work, but nobody bills a client for more than a year at once. */
export const MAX_REPORT_DAYS = 366;

export type PeriodError = 'dateInvalid' | 'rangeOrder' | 'rangeTooLong';
export type ParsedPeriod = { ok: true; query: ReportQuery } | { ok: false; error: PeriodError };

/** The day after local day `instant`, at its first instant (23, 24 or 25 h later). */
function nextDay(instant: number): number {
  const d = new Date(instant);
  return startOfLocalDay(new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 12).getTime());
}

/** `from`/`to` as typed in two date fields (`to` inclusive). */
export function periodFromDates(from: string, to: string, clientId: Id | null): ParsedPeriod {
  const start = parseDateInput(from);
  const last = parseDateInput(to);
  if (start === null || last === null) return { ok: false, error: 'dateInvalid' };
  if (last < start) return { ok: false, error: 'rangeOrder' };
  const end = nextDay(last);
  if (dayStarts(start, end).length > MAX_REPORT_DAYS) return { ok: false, error: 'rangeTooLong' };
  return { ok: true, query: { from: start, to: end, clientId } };
}

/** The query in the URL, or this week (all clients) when the URL has none or a broken one. */
export function periodFromSearch(search: string, now: number, weekStart: WeekStart): ReportQuery {
  const params = new URLSearchParams(search);
  const clientId = params.get('client') || null;
  const from = params.get('from');
  const to = params.get('to');
  if (from && to) {
    const parsed = periodFromDates(from, to, clientId);
    if (parsed.ok) return parsed.query;
  }
  return { ...weekRange(now, weekStart), clientId };
}

export function periodToSearch(query: ReportQuery): string {
  const params = new URLSearchParams({
    from: dateInputValue(query.from),
    to: dateInputValue(query.to - 1),
  });
  if (query.clientId) params.set('client', query.clientId);
  return `?${params.toString()}`;
}

/** True when the range is exactly one week starting on the VA's week start. */
export function isWholeWeek(
  query: Pick<ReportQuery, 'from' | 'to'>,
  weekStart: WeekStart,
): boolean {
  const week = weekRange(query.from, weekStart);
  return week.from === query.from && week.to === query.to;
}

/** The same length of time before (-1) or after (+1): a week steps by a week. */
export function shiftPeriod(
  query: ReportQuery,
  direction: -1 | 1,
  weekStart: WeekStart,
): ReportQuery {
  if (isWholeWeek(query, weekStart)) {
    const middle = query.from + 3.5 * 24 * 3600_000 + direction * 7 * 24 * 3600_000;
    return { ...weekRange(middle, weekStart), clientId: query.clientId };
  }
  const days = dayStarts(query.from, query.to).length;
  const d = new Date(query.from);
  const from = startOfLocalDay(
    new Date(d.getFullYear(), d.getMonth(), d.getDate() + direction * days, 12).getTime(),
  );
  const e = new Date(from);
  const to = startOfLocalDay(
    new Date(e.getFullYear(), e.getMonth(), e.getDate() + days, 12).getTime(),
  );
  return { from, to, clientId: query.clientId };
}

/** "23–29 Nov 2026" / "23–29 nov 2026": the days of the range, last day inclusive. */
export function formatDayRange(
  query: Pick<ReportQuery, 'from' | 'to'>,
  language: Language,
): string {
  const format = new Intl.DateTimeFormat(getLocale(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  const last = startOfLocalDay(query.to - 1);
  return last === query.from ? format.format(query.from) : format.formatRange(query.from, last);
}

/** The ISO week number when the range is one whole week starting on Monday, else null. */
export function isoWeekOf(query: Pick<ReportQuery, 'from' | 'to'>): number | null {
  return isWholeWeek(query, 1) ? isoWeekNumber(query.from) : null;
}
