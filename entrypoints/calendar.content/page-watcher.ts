// Follows Calendar's navigation cheaply. Calendar changes its URL with the History API (no event a
// content script can hear), so changes are noticed in the page itself, through scoped observers
// instead of one on the whole body: `body`'s own children and view attributes, the grid
// (`[role=main]`), and the overlay layer that holds the event bubble once one has been seen.
// Clicks and keys schedule a check too (they open and close the bubble), and remember the chip
// the VA opened. Bursts are debounced into one check; a click also gets later ones, because the
// bubble is drawn after Calendar has fetched the event. Settles are guarded
// (utils/features/page-watch.ts). Until the grid exists (loading, or back
// from the editor) a boot observer waits for it, then lets go.
import { detectView } from '@/utils/calendar/grid-reader';
import * as S from '@/utils/calendar/selectors';
import { createPageWatch, type SiteWatcher } from '@/utils/features/page-watch';
import type { CalendarView } from '@/utils/calendar/types';

export interface CalendarPage {
  url: string;
  view: CalendarView;
  /** Identity of what is shown: a change means a navigation, not just new content. */
  key: string;
}

export interface PageWatcher {
  page(): CalendarPage;
  /** The id of the event chip the VA clicked or opened by keyboard last. */
  lastOpenedEventId(): string | null;
  stop(): void;
}

/** Checks after a click; more after a click on a chip, whose bubble may take a fetch to appear. */
const LATE_CHECKS_MS = [700];
const LATE_CHIP_CHECKS_MS = [700, 1500, 3000];

export const watchCalendar: SiteWatcher<CalendarPage, PageWatcher> = (
  win,
  onNavigate,
  onContent,
) => {
  const doc = win.document;
  let lastOpened: string | null = null;
  let lateTimers: ReturnType<typeof setTimeout>[] = [];
  let observedMain: Element | null = null;
  let observedOverlay: Element | null = null;

  const read = (): CalendarPage => {
    const url = win.location.href;
    const view = detectView(doc, url);
    return { url, view, key: `${url.split('#')[0]}|${view}` };
  };

  const watch = createPageWatch<CalendarPage>(
    'calendar-watcher',
    attach,
    read,
    onNavigate,
    onContent,
  );
  const { schedule } = watch;

  const mainObserver = new MutationObserver(schedule);
  const overlayObserver = new MutationObserver(schedule);
  const bodyObserver = new MutationObserver(schedule);
  let booting = false;
  const bootObserver = new MutationObserver(() => {
    if (!doc.querySelector(S.mainContent)) return;
    bootObserver.disconnect();
    booting = false;
    schedule();
  });

  /** The child of `body` that holds `el`: the layer Calendar draws bubbles into. */
  const layerOf = (el: Element): Element | null => {
    let node: Element | null = el;
    while (node && node.parentElement !== doc.body) node = node.parentElement;
    return node;
  };

  function attach() {
    const main = doc.querySelector(S.mainContent);
    if (main !== observedMain) {
      mainObserver.disconnect();
      observedMain = main;
      if (main) {
        mainObserver.observe(main, { childList: true, subtree: true });
        // Its parent's children too: the grid is swapped out for the editor or settings.
        if (main.parentElement) mainObserver.observe(main.parentElement, { childList: true });
      }
    }
    if (!main && !booting && doc.body) {
      booting = true;
      bootObserver.observe(doc.body, { childList: true, subtree: true });
    }
    const dialog = doc.querySelector(S.chipsDialog) ?? doc.querySelector(S.detailsCard);
    const layer = dialog ? layerOf(dialog) : null;
    if (layer && layer !== observedOverlay && layer !== main) {
      overlayObserver.disconnect();
      observedOverlay = layer;
      overlayObserver.observe(layer, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['style', 'hidden', S.eventIdAttr],
      });
    }
  }

  const onInput = (event: Event) => {
    try {
      if (event instanceof KeyboardEvent && !['Enter', ' ', 'Escape'].includes(event.key)) return;
      const target = event.target instanceof Element ? event.target : null;
      const chip = target?.closest(S.eventChip);
      const id = chip?.closest(`[${S.eventIdAttr}]`)?.getAttribute(S.eventIdAttr);
      if (id) lastOpened = id;
      schedule();
      lateTimers.forEach(clearTimeout);
      lateTimers = (chip ? LATE_CHIP_CHECKS_MS : LATE_CHECKS_MS).map((ms) =>
        setTimeout(schedule, ms),
      );
    } catch {
      // never into the page
    }
  };

  doc.addEventListener('click', onInput, true);
  doc.addEventListener('keyup', onInput, true);
  win.addEventListener('popstate', schedule);
  if (doc.body)
    bodyObserver.observe(doc.body, {
      childList: true,
      attributes: true,
      attributeFilter: [S.viewFamilyAttr, S.viewKeyAttr],
    });
  schedule();

  return {
    page: watch.page,
    lastOpenedEventId: () => lastOpened,
    stop() {
      watch.stop();
      lateTimers.forEach(clearTimeout);
      doc.removeEventListener('click', onInput, true);
      doc.removeEventListener('keyup', onInput, true);
      win.removeEventListener('popstate', schedule);
      mainObserver.disconnect();
      overlayObserver.disconnect();
      bodyObserver.disconnect();
      bootObserver.disconnect();
    },
  };
};
