// Tells a connected side panel what Calendar shows: the view, the days, the visible events and the
// open event, at once and on every change. With no panel connected it reads nothing: most of the
// day the panel is closed.
import { browser, type Browser } from 'wxt/browser';
import { readPageState } from '@/utils/calendar/extract';
import type { CalendarPageState } from '@/utils/calendar/types';
import type { Feature } from '@/utils/features/runner';
import { CALENDAR_PANEL_PORT } from '@/utils/messaging/ports';
import type { CalendarPage } from '@/entrypoints/calendar.content/page-watcher';
import { localTimeZone } from '@/utils/time/units';

type Port = Browser.runtime.Port;
const panels = new Set<Port>();
let lastSignature = '';
let lastOpened: () => string | null = () => null;

// Calendar shows times in the VA.s zone (localTimeZone), unless she set another in its own settings.

function report(page: Pick<CalendarPage, 'url'>): void {
  if (!panels.size) return;
  const state: CalendarPageState = readPageState(document, {
    url: page.url,
    now: Date.now(),
    timeZone: localTimeZone(),
    lastOpenedEventId: lastOpened(),
  });
  // The whole state is small (a week of chips): its text is the signature.
  const signature = JSON.stringify(state);
  if (signature === lastSignature) return;
  lastSignature = signature;
  for (const port of panels) port.postMessage(state);
}

/**
 * Accepts side panel connections; `current` gives the page shown right now and `opened` the
 * id of the chip the VA opened last.
 */
export function acceptPanels(
  current: () => Pick<CalendarPage, 'url'>,
  opened: () => string | null,
): () => void {
  lastOpened = opened;
  const onConnect = (port: Port) => {
    if (port.name !== CALENDAR_PANEL_PORT) return;
    panels.add(port);
    port.onDisconnect.addListener(() => panels.delete(port));
    lastSignature = '';
    try {
      report(current());
    } catch (error) {
      console.warn('[va-desk:event-reporter]', error);
    }
  };
  browser.runtime.onConnect.addListener(onConnect);
  return () => {
    browser.runtime.onConnect.removeListener(onConnect);
    for (const port of panels) port.disconnect();
    panels.clear();
  };
}

export const eventReporter: Feature<CalendarPage> = {
  id: 'event-reporter',
  include: () => true,
  start: ({ page }) => report(page),
  refresh: ({ page }) => report(page),
};
