// Pure readers of Calendar's grid: the view, the days shown and the event chips. They take the
// document, the URL, `now` and the time zone as arguments, and never throw.
import { addDays, isoDate, isRealDate, type CalendarDate } from '@/utils/time/zoned';
import { parseEventId } from './event-id';
import { calendarDateFromUrl, calendarViewFromUrl } from './page';
import { pick, pickAll, squash } from '@/utils/dom/query';
import { findMain, textOf } from './query';
import * as S from './selectors';
import type { CalendarRange, CalendarView, EventChip, ReadOptions } from './types';
import { parseWhen, resolveWhen, type WhenParts } from './when';

/** `data-datekey` → date: `(year − 1970) << 9 | month << 5 | day` (google-dom.md §2.3). */
export function decodeDateKey(raw: string | null): CalendarDate | null {
  if (!raw || !/^\d+$/.test(raw)) return null;
  const n = Number(raw);
  const date = { year: (n >> 9) + 1970, month: (n >> 5) & 15, day: n & 31 };
  return isRealDate(date) ? date : null;
}

export function encodeDateKey(date: CalendarDate): number {
  return ((date.year - 1970) << 9) | (date.month << 5) | date.day;
}

const VIEW_KEYS: Record<string, CalendarView> = {
  DAY: 'day',
  WEEK: 'week',
  CUSTOM_DAYS: 'custom',
  MONTH: 'month',
  YEAR: 'year',
  AGENDA: 'agenda',
  SCHEDULE: 'agenda',
};

function daysShown(main: Element): CalendarDate[] {
  const keys = new Set<string>();
  for (const el of pickAll(main, S.dayWithDateKey)) {
    const key = el.getAttribute(S.dateKeyAttr);
    if (key) keys.add(key);
  }
  return [...keys].map(decodeDateKey).filter((d): d is CalendarDate => d !== null);
}

/**
 * What Calendar shows: the full editor by `body[data-viewfamily]`, the grid view by
 * `body[data-viewkey]`, then the URL, then the number of days in the grid.
 */
export function detectView(doc: Document, url: string): CalendarView {
  const body = doc.body;
  if (body?.getAttribute(S.viewFamilyAttr) === S.VIEW_FAMILY_EDITOR) return 'eventEdit';
  const main = findMain(doc);
  const byKey = VIEW_KEYS[body?.getAttribute(S.viewKeyAttr) ?? ''];
  if (byKey && main) return byKey;
  const byUrl = calendarViewFromUrl(url);
  if (byUrl === 'eventEdit' && doc.querySelector(S.editorRoot)) return 'eventEdit';
  if (!main) return 'loading';
  if (byUrl && byUrl !== 'eventEdit') return byUrl;
  const days = daysShown(main).length;
  return days === 1
    ? 'day'
    : days === 7
      ? 'week'
      : days >= 28
        ? 'month'
        : days > 1
          ? 'custom'
          : 'other';
}

const compareDates = (a: CalendarDate, b: CalendarDate) =>
  a.year - b.year || a.month - b.month || a.day - b.day;

/** The days shown, from the grid's date keys; else from the URL for a day or month view. */
export function readVisibleRange(
  doc: Document,
  url: string,
  view: CalendarView = detectView(doc, url),
): CalendarRange | null {
  const main = findMain(doc);
  const days = main ? daysShown(main).sort(compareDates) : [];
  if (days.length) return { from: isoDate(days[0]!), to: isoDate(days[days.length - 1]!) };
  const date = calendarDateFromUrl(url);
  if (!date) return null;
  if (view === 'day') return { from: isoDate(date), to: isoDate(date) };
  if (view === 'month') {
    const first = { ...date, day: 1 };
    const last = addDays({ year: date.year, month: date.month + 1, day: 1 }, -1);
    return { from: isoDate(first), to: isoDate(last) };
  }
  return null;
}

/** The chip's accessible text split into its time part and the rest (title, calendar, …, date). */
function chipSegments(text: string): { time: string; rest: string[] } {
  const parts = text.split(/,\s+/);
  let i = 1;
  // "January 4, 2024 at 10pm to January 5, 2024 at 1:15am, Title, …": years glue back on.
  while (i < parts.length && /^\d{4}\b/.test(parts[i]!)) i++;
  return { time: parts.slice(0, i).join(', '), rest: parts.slice(i) };
}

export const noTimes = (parts: WhenParts) => !parts.start && !parts.end;

/** The visible event chips, one per event and day; Google Tasks chips are left out. */
export function readEventChips(doc: Document, options: ReadOptions): EventChip[] {
  const main = findMain(doc);
  if (!main) return [];
  const chips: EventChip[] = [];
  const seen = new Set<string>();
  for (const chip of pickAll(main, S.eventChip)) {
    const ref = parseEventId(
      (
        chip.closest(`[${S.eventIdAttr}]`) ?? chip.querySelector(`[${S.eventIdAttr}]`)
      )?.getAttribute(S.eventIdAttr),
    );
    if (!ref || ref.kind === 'task') continue;
    const dayEl = chip.closest(`[${S.dateKeyAttr}]`);
    const columnDay = decodeDateKey(dayEl?.getAttribute(S.dateKeyAttr) ?? null);
    const key = `${ref.eid}|${columnDay ? isoDate(columnDay) : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);

    const description = squash(
      pick(chip, S.chipDescription)?.textContent ?? chip.getAttribute('aria-label'),
    );
    const { time, rest } = chipSegments(description);
    const title = textOf(pick(chip, S.chipTitle)) || rest[0] || '';
    const parts = parseWhen(time);
    // The day: the chip's column, else the date at the end of its text.
    const tail = parseWhen(rest.slice(-2).join(', ')).startDate;
    const dated = !columnDay && !parts.startDate && tail ? { ...parts, startDate: tail } : parts;
    // A time part with digits that did not read is a format we do not know: no times at all.
    const unreadable = noTimes(parts) && /\d/.test(time);
    const resolved = unreadable
      ? null
      : resolveWhen(dated, { date: columnDay, reference: options.now, timeZone: options.timeZone });
    chips.push({
      eventId: ref.eid,
      title,
      day: columnDay ? isoDate(columnDay) : null,
      start: resolved?.start ?? null,
      end: resolved?.end ?? null,
      allDay: resolved?.allDay ?? false,
    });
  }
  return chips;
}
