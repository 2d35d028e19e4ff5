// Pure readers of Google Calendar's page. They take the document, the URL, `now` and the time zone
// as arguments, scope grid queries to `[role=main]` (the side bar's mini-month has date keys too),
// read only attributes and text, and never throw: what they cannot read comes back empty or null
// and, for the open event, named in `missing`.
import { addDays, isoDate, isRealDate, type CalendarDate } from '@/utils/time/zoned';
import { parseEventId } from './event-id';
import { calendarAccountIndex, calendarDateFromUrl, calendarViewFromUrl, eidFromUrl } from './page';
import * as S from './selectors';
import {
  DESCRIPTION_CAP,
  type CalendarPageState,
  type CalendarRange,
  type CalendarView,
  type EventChip,
  type EventDetails,
  type EventPart,
} from './types';
import { hasClockText, parseWhen, resolveWhen, type WhenParts } from './when';

export interface ReadOptions {
  url: string;
  now: number;
  /** The zone Calendar shows times in (the browser's, unless the VA changed Calendar's setting). */
  timeZone: string;
  /** The id of the chip the VA opened last, for a details card that carries none. */
  lastOpenedEventId?: string | null;
}

/** The matches of the first part of a comma list that matches anything: the parts are ordered fallbacks. */
const pickAll = (root: ParentNode, selector: string): Element[] => {
  for (const part of selector.split(',')) {
    const found = root.querySelectorAll(part);
    if (found.length) return [...found];
  }
  return [];
};
const pick = (root: ParentNode | null, selector: string): Element | null =>
  root ? (pickAll(root, selector)[0] ?? null) : null;

/** Hidden by an inline style or the `hidden` attribute, itself or an ancestor. */
const isHidden = (el: Element | null): boolean =>
  !!el &&
  (el.hasAttribute('hidden') ||
    /display:\s*none|visibility:\s*hidden/.test(el.getAttribute('style') ?? '') ||
    isHidden(el.parentElement));

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const textOf = (node: Node | null) => squash(node?.textContent);

const BLOCK = /^(DIV|P|LI|UL|OL|H[1-6]|TR|BLOCKQUOTE|PRE|SECTION)$/;

/**
 * Text with line breaks where the page has `<br>` or blocks, for descriptions and the when row;
 * elements matching `skip` (the title heading inside the when row) are left out.
 */
function linesOf(node: Node | null, skip?: string): string[] {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += n.textContent;
    else if (n.nodeType === 1) {
      const tag = (n as Element).tagName;
      if (tag === 'BR') out += '\n';
      else if (tag === 'SCRIPT' || tag === 'STYLE') return;
      else if (skip && (n as Element).matches(skip)) return;
      else {
        const block = BLOCK.test(tag);
        if (block) out += '\n';
        n.childNodes.forEach(walk);
        if (block) out += '\n';
      }
    }
  };
  if (node) walk(node);
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean);
}

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

function findMain(doc: Document): Element | null {
  try {
    return [...doc.querySelectorAll(S.mainContent)].find((main) => !isHidden(main)) ?? null;
  } catch {
    return null;
  }
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

const noTimes = (parts: WhenParts) => !parts.start && !parts.end;

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

/** The visible event bubble, if any. */
function findDialog(doc: Document): Element | null {
  const dialogs = pickAll(doc, S.chipsDialog).filter((d) => !isHidden(d));
  if (dialogs.length) return dialogs[dialogs.length - 1]!;
  const card = doc.querySelector(S.detailsCard);
  const dialog = card?.closest('[role=dialog]') ?? null;
  return dialog && !isHidden(dialog) ? dialog : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const emailOf = (el: Element | null): string | null => {
  const value = el?.getAttribute(S.emailAttr)?.trim().toLowerCase() ?? '';
  return EMAIL.test(value) ? value : null;
};

const comparable = (title: string) =>
  title.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Whether a chip's title and the card's title can be the same event (Google may shorten one). */
const sameTitle = (a: string, b: string) => {
  const [x, y] = [comparable(a), comparable(b)];
  return !x || !y || x.startsWith(y) || y.startsWith(x);
};

function missingParts(details: Omit<EventDetails, 'missing'>): EventPart[] {
  const missing: EventPart[] = [];
  if (!details.eventId) missing.push('eventId');
  if (!details.title) missing.push('title');
  if (details.start === null) missing.push('when');
  return missing;
}

function readDetailsCard(
  doc: Document,
  dialog: Element,
  card: Element,
  options: ReadOptions,
  chips: readonly EventChip[],
): EventDetails {
  // The card is one node Google reuses for every event: everything is read afresh, never cached.
  let idSource: EventDetails['idSource'] = 'card';
  let ref = parseEventId(pick(dialog, S.detailsEventId)?.getAttribute(S.eventIdAttr));
  if (!ref && options.lastOpenedEventId) {
    ref = parseEventId(options.lastOpenedEventId);
    idSource = 'chip';
  }
  if (!ref) {
    ref = parseEventId(eidFromUrl(options.url));
    idSource = 'url';
  }
  let title = textOf(pick(card, S.detailsTitle));
  if (!title) {
    const labelled = dialog.getAttribute('aria-labelledby');
    title = labelled ? textOf(doc.getElementById(labelled)) : '';
  }

  // Its chip in the grid: the day it sits on, and a check that the card is not half-way through
  // switching to another event (the title and the id are updated separately).
  const chip = ref ? chips.find((c) => c.eventId === ref!.eid) : undefined;
  if (ref && chip && !sameTitle(chip.title, title)) ref = null;

  const whenLines = linesOf(card.querySelector(S.detailsWhen), S.headingInWhen);
  const whenText = whenLines.join(' · ');
  const parts = parseWhen(whenLines.join(' | '));
  const chipDay = chip?.day ? whenDate(chip.day) : null;
  const resolved =
    noTimes(parts) && hasClockText(whenText)
      ? null
      : resolveWhen(parts, { date: chipDay, reference: options.now, timeZone: options.timeZone });

  const location = card.querySelector(S.detailsLocation);
  const video = pick(card, S.detailsVideoLink)?.getAttribute('href') ?? '';
  const organizerRow = card.querySelector(S.detailsOrganizer);
  const organizer =
    emailOf(organizerRow) ?? emailOf(organizerRow?.querySelector(`[${S.emailAttr}]`) ?? null);
  const guests = new Set<string>(organizer ? [organizer] : []);
  for (const el of pickAll(card, S.detailsGuest)) {
    const email = emailOf(el);
    if (email) guests.add(email);
  }
  const details = {
    eventId: ref?.eid ?? null,
    idSource: ref ? idSource : null,
    source: 'dialog' as const,
    title,
    whenText,
    start: resolved?.start ?? null,
    end: resolved?.end ?? null,
    allDay: resolved?.allDay ?? false,
    location: textOf(pick(location, S.detailsLocationText) ?? location),
    videoLink: /^https:\/\/meet\.google\.com\/[\w-]+/.test(video) ? video : '',
    description: linesOf(card.querySelector(S.detailsDescription))
      .join('\n')
      .slice(0, DESCRIPTION_CAP),
    organizer,
    guests: [...guests],
  };
  return { ...details, missing: missingParts(details) };
}

const whenDate = (iso: string): CalendarDate | null => {
  const [y, m, d] = iso.split('-').map(Number);
  const date = { year: y!, month: m!, day: d! };
  return isRealDate(date) ? date : null;
};

function readEditor(doc: Document, options: ReadOptions): EventDetails | null {
  const root = doc.querySelector(S.editorRoot);
  const input = pick(doc, S.editorTitle) as HTMLInputElement | null;
  if (!root && !input) return null;
  if (root?.getAttribute('data-is-create') === 'true') return null; // a new event: nothing to log yet
  const ref = parseEventId(eidFromUrl(options.url));
  const valueOf = (el: Element | null) =>
    squash(
      (el as HTMLInputElement | null)?.value ||
        el?.getAttribute('value') ||
        el?.getAttribute('data-initial-value'),
    );
  const details = {
    eventId: ref && ref.kind === 'event' ? ref.eid : null,
    idSource: ref ? ('url' as const) : null,
    source: 'editor' as const,
    title: valueOf(input),
    whenText: '',
    start: null,
    end: null,
    allDay: false,
    location: valueOf(doc.querySelector(S.editorLocation)),
    videoLink: '',
    description: linesOf(pick(doc, S.editorDescription)).join('\n').slice(0, DESCRIPTION_CAP),
    organizer: null,
    guests: [],
  };
  return { ...details, missing: missingParts(details) };
}

/**
 * The open event: the details bubble (not quick-create), or the editor of an existing event.
 * `chips` are the grid's chips when the caller has read them already.
 */
export function readOpenEvent(
  doc: Document,
  options: ReadOptions,
  chips?: readonly EventChip[],
): EventDetails | null {
  try {
    const dialog = findDialog(doc);
    if (dialog) {
      const card =
        dialog.querySelector(S.detailsCard) ??
        (dialog.querySelector(S.quickCreateMarker) ? null : dialog);
      return card
        ? readDetailsCard(doc, dialog, card, options, chips ?? readEventChips(doc, options))
        : null;
    }
    return detectView(doc, options.url) === 'eventEdit' ? readEditor(doc, options) : null;
  } catch {
    return null;
  }
}

/** Everything the content script reports about the page. */
export function readPageState(doc: Document, options: ReadOptions): CalendarPageState {
  const view = detectView(doc, options.url);
  let events: EventChip[] = [];
  try {
    events = readEventChips(doc, options);
  } catch {
    events = [];
  }
  return {
    url: options.url,
    account: calendarAccountIndex(options.url),
    view,
    range: readVisibleRange(doc, options.url, view),
    timeZone: options.timeZone,
    events,
    open: readOpenEvent(doc, options, events),
  };
}
