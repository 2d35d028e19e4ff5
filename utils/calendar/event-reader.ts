// Pure reader of the open event: the details bubble, or the editor of an existing event. What it
// cannot read comes back empty or null and is named in `missing`; it never throws.
import { isRealDate, type CalendarDate } from '@/utils/time/zoned';
import { parseEventId } from './event-id';
import { detectView, noTimes, readEventChips } from './grid-reader';
import { eidFromUrl } from './page';
import { pick, pickAll, squash } from '@/utils/dom/query';
import { isHidden, linesOf, textOf } from './query';
import * as S from './selectors';
import {
  DESCRIPTION_CAP,
  type EventChip,
  type EventDetails,
  type EventPart,
  type ReadOptions,
} from './types';
import { hasClockText, parseWhen, resolveWhen } from './when';

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
