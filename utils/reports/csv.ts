// The report as CSV for a spreadsheet: one row per time entry, written by papaparse (RFC 4180
// quoting), UTF-8 with BOM and CRLF so Excel opens accents and emoji right, with the separator and
// decimal mark the VA's spreadsheet expects (`;` and `,` for Italian Excel).

import Papa from 'papaparse';
import type { Client, Id, TimeEntry } from '@/utils/model/types';
import { currencyDigits } from '@/utils/i18n/format';
import { t, type MessageKey } from '@/utils/i18n/messages';
import { amountMinor, entryBillableMinutes } from '@/utils/time/billing';
import { isoWeekNumber, monthRange, weekRange, type Range } from '@/utils/time/weeks';
import { MINUTE_MS } from '@/utils/time/units';

export interface CsvOptions {
  separator: ',' | ';';
  decimal: '.' | ',';
  /** Language of the header row. */
  language: 'en' | 'it';
}

export interface CsvContext {
  clientsById: ReadonlyMap<Id, Client>;
  /** Tagged thread id → subject. */
  threadSubjects: ReadonlyMap<Id, string>;
  /** Built-in activity types in the VA's language; custom ones as written. */
  activityLabel: (activityType: string) => string;
  /** Only the part of each entry inside [from, to) counts. */
  range: Range;
  /** A running entry counts up to now. */
  now: number;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Header keys, in column order. */
const COLUMNS: readonly MessageKey[] = [
  'csvColDate',
  'csvColStart',
  'csvColEnd',
  'csvColMinutes',
  'csvColBillableMinutes',
  'csvColClient',
  'csvColActivity',
  'csvColTask',
  'csvColNote',
  'csvColSubject',
  'csvColAmount',
  'csvColCurrency',
];

/**
 * Cells a spreadsheet could run as a formula get a leading `'` (papaparse's `escapeFormulae`).
 * Its default pattern, /^[=+\-@\t\r].*$/, misses a formula followed by a line break (`.` stops at
 * `\n`, so `=HYPERLINK(…)\nhi` passes), a formula after leading spaces (LibreOffice and Excel can
 * trim them on import) and the full-width ＝＋－＠ that East Asian Excel reads as formula signs.
 * Numbers never start with these: minutes and amounts are never negative.
 */
export const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `2026-11-25` for the local date of `instant`. */
function localIsoDate(instant: number): string {
  const d = new Date(instant);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

/** `14:05` local, 24 h. */
function localHHMM(instant: number): string {
  const d = new Date(instant);
  return `${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** A plain number for a spreadsheet: no grouping, `minDigits`–`maxDigits` decimals, chosen mark. */
function plainNumber(
  value: number,
  minDigits: number,
  maxDigits: number,
  decimal: '.' | ',',
): string {
  const key = `${minDigits}-${maxDigits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: minDigits,
      maximumFractionDigits: maxDigits,
      useGrouping: false,
    });
    formatters.set(key, format);
  }
  const text = format.format(value);
  return decimal === '.' ? text : text.replace('.', decimal);
}

interface Row {
  start: number;
  id: Id;
  cells: string[];
}

/**
 * One CSV row per entry with time (or a fixed-fee task) in `ctx.range`, sorted by start.
 * Start and end are the part inside the range; a running entry has an empty end and counts up to
 * `ctx.now`. Billable minutes follow the client's rounding and minimum on that part; the amount
 * is those minutes at the hourly rate, plus the task fee when the entry starts inside the range.
 * Amounts are rounded to the cent per row, so their sum can differ by a cent from the report's
 * total, which prices each client's billable minutes once. Entries of unknown clients are skipped.
 */
export function entriesToCsv(
  entries: readonly TimeEntry[],
  ctx: CsvContext,
  options: CsvOptions,
): string {
  const { from, to } = ctx.range;
  const { decimal } = options;
  const rows: Row[] = [];

  for (const entry of entries) {
    const client = ctx.clientsById.get(entry.clientId);
    if (!client) continue;
    const shownStart = Math.max(entry.start, from);
    const shownEnd = Math.min(entry.end ?? ctx.now, to);
    const inRangeMs = Math.max(0, shownEnd - shownStart);
    const isTask = entry.task !== null && entry.start >= from && entry.start < to;
    if (inRangeMs === 0 && !isTask) continue;

    const billable = entry.billable ? entryBillableMinutes(inRangeMs, client) : 0;
    const digits = currencyDigits(client.currency);
    const amount =
      amountMinor(billable, client.hourlyRate) + (isTask && entry.task ? entry.task.fee : 0);
    rows.push({
      start: entry.start,
      id: entry.id,
      cells: [
        localIsoDate(shownStart),
        localHHMM(shownStart),
        entry.end === null ? '' : localHHMM(Math.max(shownEnd, shownStart)),
        plainNumber(inRangeMs / MINUTE_MS, 0, 2, decimal),
        plainNumber(billable, 0, 2, decimal),
        client.name,
        ctx.activityLabel(entry.activityType),
        entry.task?.name ?? '',
        entry.note,
        (entry.threadId !== null && ctx.threadSubjects.get(entry.threadId)) || '',
        plainNumber(amount / 10 ** digits, digits, digits, decimal),
        client.currency,
      ],
    });
  }

  rows.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const header = COLUMNS.map((key) => t(key, [], options.language));
  const body = Papa.unparse([header, ...rows.map((r) => r.cells)], {
    delimiter: options.separator,
    newline: CRLF,
    quotes: false, // only where RFC 4180 needs them (separator, quote, CR, LF) or a leading space
    escapeFormulae: FORMULA_START,
  });
  return BOM + body + CRLF;
}

/** Letters and digits of `name`, lower case, accents dropped, joined by `-` (`Caffè Ròssi` → `caffe-rossi`). */
function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
}

/** `2026-W48` for an ISO week, `2026-11` for a month, `2026-11-25` for a day, else `first_last`. */
function periodLabel({ from, to }: Range): string {
  const week = weekRange(from, 1);
  if (week.from === from && week.to === to) {
    const thursday = new Date(from);
    thursday.setDate(thursday.getDate() + 3); // the ISO week belongs to its Thursday's year
    return `${thursday.getFullYear()}-W${pad2(isoWeekNumber(from))}`;
  }
  const month = monthRange(from);
  if (month.from === from && month.to === to) return localIsoDate(from).slice(0, 7);
  const first = localIsoDate(from);
  const last = localIsoDate(Math.max(from, to - 1));
  return first === last ? first : `${first}_${last}`;
}

/**
 * The export's file name: `va-desk-rossi-srl-2026-W48.csv`, `va-desk-2026-11.csv` (all clients),
 * `va-desk-rossi-srl-2026-11-03_2026-11-12.csv` (any other range, last day included).
 */
export function csvFileName(clientName: string | null, range: Range): string {
  const client = clientName === null ? '' : slug(clientName);
  return `va-desk-${client ? `${client}-` : ''}${periodLabel(range)}.csv`;
}
