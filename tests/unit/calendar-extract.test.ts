import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readOpenEvent } from '@/utils/calendar/event-reader';
import { readPageState } from '@/utils/calendar/extract';
import {
  decodeDateKey,
  detectView,
  encodeDateKey,
  readEventChips,
  readVisibleRange,
} from '@/utils/calendar/grid-reader';
import { type ReadOptions } from '@/utils/calendar/types';
import * as S from '@/utils/calendar/selectors';
import type { CalendarRange, CalendarView } from '@/utils/calendar/types';

interface ExpectedChip {
  eventId: string;
  title: string;
  day: string | null;
  start: string | null;
  end: string | null;
  allDay: boolean;
}
interface ExpectedOpen extends Omit<ExpectedChip, 'day'> {
  idSource: string;
  source: string;
  location: string;
  videoLink: string;
  description: string;
  organizer: string | null;
  guests: string[];
  missing: string[];
}
interface Expected {
  url: string;
  now: string;
  timeZone: string;
  view: CalendarView;
  range: CalendarRange | null;
  events: ExpectedChip[];
  open: ExpectedOpen | null;
  second?: ExpectedOpen;
}

const CASES = ['week', 'day', 'month', 'details', 'editor'].flatMap((view) => [
  `${view}-en`,
  `${view}-it`,
]);
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/calendar');
const expectedOf = (name: string): Expected =>
  JSON.parse(fs.readFileSync(path.join(dir, name, 'expected.json'), 'utf8'));
const load = (name: string): Document =>
  new DOMParser().parseFromString(
    fs.readFileSync(path.join(dir, name, 'source.html'), 'utf8'),
    'text/html',
  );
const optionsOf = (expected: Expected): ReadOptions => ({
  url: expected.url,
  now: Date.parse(expected.now),
  timeZone: expected.timeZone,
});
/** ISO strings with offsets, as the fixtures write them, to epoch ms. */
const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso));
const chipMs = (c: ExpectedChip) => ({ ...c, start: ms(c.start), end: ms(c.end) });
const openMs = ({ start, end, ...rest }: ExpectedOpen) => ({
  ...rest,
  start: ms(start),
  end: ms(end),
});

describe.each(CASES)('%s', (name) => {
  const expected = expectedOf(name);
  const options = optionsOf(expected);

  it('detects the view', () => {
    expect(detectView(load(name), expected.url)).toBe(expected.view);
  });

  it('reads the days shown', () => {
    expect(readVisibleRange(load(name), expected.url)).toEqual(expected.range);
  });

  it('reads every event chip with its id, title and times, tasks left out', () => {
    expect(readEventChips(load(name), options)).toEqual(expected.events.map(chipMs));
  });

  it('reads the open event field by field', () => {
    const open = readOpenEvent(load(name), options);
    expect(open && { ...open, whenText: undefined }).toEqual(
      expected.open && { ...openMs(expected.open), whenText: undefined },
    );
  });

  it('reads the page state and leaves the page as it was', () => {
    const doc = load(name);
    const before = doc.documentElement.outerHTML;
    const state = readPageState(doc, options);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(state).toMatchObject({
      url: expected.url,
      account: 0,
      view: expected.view,
      range: expected.range,
      timeZone: 'Europe/Rome',
    });
    expect(state.events.map((e) => e.eventId)).toEqual(expected.events.map((e) => e.eventId));
    expect(state.open?.eventId ?? null).toBe(expected.open?.eventId ?? null);
  });
});

describe('the details card is one node that Google reuses for every event', () => {
  /** Shows the tortona event in the open card, field by field, as Calendar does on a click. */
  function showSecondEvent(doc: Document, lang: 'en' | 'it', { keepOldId = false } = {}) {
    const card = doc.querySelector('#xDetDlg')!;
    if (!keepOldId)
      card.setAttribute(
        'data-eventid',
        'MHI4Zmoya2Q2djRiMW4zbTVxN3M5dDB1aGMgZ2l1bGlhQGNvbnRpYXNzaXN0ZW56YS5pdA',
      );
    card.querySelector('#rAECCd')!.textContent = 'Sopralluogo Via Tortona 12, Milano';
    const [date, , time] = card.querySelectorAll('#xDetDlgWhen .AzuXid > span');
    date!.textContent = lang === 'en' ? 'Monday, November 23' : 'lunedì 23 novembre';
    time!.textContent = lang === 'en' ? '2 – 3:30pm' : '14:00 – 15:30';
    card.querySelector('#xDetDlgVideo')?.remove();
    card.querySelector('#xDetDlgLoc .UfeRlc')!.textContent = 'Via Tortona 12, 20144 Milano MI';
    card.querySelector('#xDetDlgDesc')?.parentElement?.remove();
    const list = card.querySelector('#xDetDlgAtt [role=list]')!;
    for (const guest of [...list.children].slice(1)) guest.remove();
  }

  it.each(['en', 'it'] as const)(
    '%s: reading a second event returns it, nothing of the first',
    (lang) => {
      const name = `details-${lang}`;
      const expected = expectedOf(name);
      const doc = load(name);
      const card = doc.querySelector('#xDetDlg');
      const first = readOpenEvent(doc, optionsOf(expected));
      expect(first?.eventId).toBe(expected.open!.eventId);

      showSecondEvent(doc, lang);
      expect(doc.querySelector('#xDetDlg')).toBe(card); // the same node
      const second = readOpenEvent(doc, optionsOf(expected));
      expect(second && { ...second, whenText: undefined }).toEqual({
        ...openMs(expected.second!),
        whenText: undefined,
      });
      expect(second!.eventId).not.toBe(first!.eventId);
      expect(second!.videoLink).toBe('');
      expect(second!.guests).not.toContain('marco.rossi@studiorossi.it');
    },
  );

  it('does not pair the first event id with the second title while the card is switching', () => {
    const expected = expectedOf('details-en');
    const doc = load('details-en');
    showSecondEvent(doc, 'en', { keepOldId: true });
    const open = readOpenEvent(doc, optionsOf(expected));
    expect(open?.title).toBe('Sopralluogo Via Tortona 12, Milano');
    expect(open?.eventId).toBeNull();
    expect(open?.missing).toEqual(['eventId']);
  });

  it('takes the id of the chip opened last when the card carries none', () => {
    const expected = expectedOf('details-en');
    const doc = load('details-en');
    showSecondEvent(doc, 'en');
    doc.querySelector('#xDetDlg')!.removeAttribute('data-eventid');
    const chip = doc.querySelectorAll('[data-eventchip]')[2]!; // tortona
    const open = readOpenEvent(doc, {
      ...optionsOf(expected),
      lastOpenedEventId: chip.getAttribute('data-eventid'),
    });
    expect(open?.eventId).toBe(expected.second!.eventId);
    expect(open?.idSource).toBe('chip');
  });

  it('reads nothing once the card is hidden, and nothing from the quick-create bubble', () => {
    const expected = expectedOf('details-en');
    const doc = load('details-en');
    const dialog = doc.querySelector(S.chipsDialog)!;
    dialog.setAttribute('style', 'display: none;');
    expect(readOpenEvent(doc, optionsOf(expected))).toBeNull();
    dialog.setAttribute('style', '');
    const card = doc.querySelector('#xDetDlg')!;
    const quick = doc.createElement('div');
    quick.append(doc.createElement('input'));
    card.replaceWith(quick);
    expect(readOpenEvent(doc, optionsOf(expected))).toBeNull();
  });

  it('names what it could not read when the selectors miss', () => {
    const expected = expectedOf('details-it');
    const doc = load('details-it');
    const card = doc.querySelector('#xDetDlg')!;
    card.removeAttribute('data-eventid');
    card.querySelector('#rAECCd')!.remove();
    card.querySelector('#xDetDlgWhen .AzuXid')!.textContent = 'Mittwoch, 25. November⋅10–11 Uhr';
    const open = readOpenEvent(doc, optionsOf(expected));
    expect(open?.missing).toEqual(['eventId', 'title', 'when']);
    expect(open?.location).toBe(expected.open!.location);
  });
});

describe('traps for unscoped queries', () => {
  it.each(['week-en', 'month-it'])(
    '%s: the first date keys in the page are the side bar’s',
    (name) => {
      const doc = load(name);
      expect(doc.querySelector('[data-datekey]')!.closest('[role=main]')).toBeNull();
      expect(doc.querySelector('[role=gridcell][data-datekey]')!.closest('[role=main]')).toBeNull();
    },
  );

  it('week-en: a closed details card is still in the page, holding an earlier event', () => {
    const doc = load('week-en');
    expect(doc.querySelector('#xDetDlg #rAECCd')?.textContent).toBe(
      'Punto settimanale Studio Rossi',
    );
    expect(readOpenEvent(doc, optionsOf(expectedOf('week-en')))).toBeNull();
  });

  it('details-en: the chip writes its id padded, the card URL-safe; both read as one id', () => {
    const doc = load('details-en');
    const chipId = doc.querySelectorAll('[data-eventchip]')[4]!.getAttribute('data-eventid')!;
    const cardId = doc.querySelector('#xDetDlg')!.getAttribute('data-eventid')!;
    expect(chipId).not.toBe(cardId);
    expect(chipId.endsWith('=')).toBe(true);
    const expected = expectedOf('details-en');
    expect(readEventChips(doc, optionsOf(expected))[4]!.eventId).toBe(
      readOpenEvent(doc, optionsOf(expected))!.eventId,
    );
  });

  it('reads hostile titles as the literal text, never as markup', () => {
    const doc = load('week-it');
    const chips = readEventChips(doc, optionsOf(expectedOf('week-it')));
    const verdi = chips.find((c) => c.title.startsWith('Chiamata'))!;
    expect(verdi.title).toBe(
      'Chiamata Dott.ssa Verdi <b>urgente</b> & "co" <img src=x onerror=alert(1)>',
    );
    expect(doc.querySelector('img[src=x]')).toBeNull();
  });
});

describe('date keys', () => {
  it.each([
    [29049, '2026-11-25'],
    [29047, '2026-11-23'],
    [29022, '2026-10-30'],
    [29057, '2026-12-01'],
    [0, null],
  ])('%i is %s', (key, iso) => {
    const date = decodeDateKey(String(key));
    expect(
      date &&
        `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`,
    ).toBe(iso);
    if (date) expect(encodeDateKey(date)).toBe(key);
  });

  it.each(['', 'abc', '-5', '29055.5'])('%j is not a date key', (raw) => {
    expect(decodeDateKey(raw)).toBeNull();
  });
});
