// Tells a connected side panel what Calendar shows: the view, the days, the visible events and the
// open event, at once and on every change (the shared skeleton: utils/features/panel-reporter.ts).
import { readPageState } from '@/utils/calendar/extract';
import type { CalendarPageState } from '@/utils/calendar/types';
import { createPanelReporter } from '@/utils/features/panel-reporter';
import { CALENDAR_PANEL_PORT } from '@/utils/messaging/ports';
import type { CalendarPage } from '@/entrypoints/calendar.content/page-watcher';
import { localTimeZone } from '@/utils/time/units';

/** `opened` gives the id of the chip the VA opened last (the page watcher knows it). */
export function eventReporter(opened: () => string | null) {
  // Calendar shows times in the VA's zone (localTimeZone), unless she set another in its settings.
  return createPanelReporter<Pick<CalendarPage, 'url'>, CalendarPageState>(
    'event-reporter',
    CALENDAR_PANEL_PORT,
    (page) =>
      readPageState(document, {
        url: page.url,
        now: Date.now(),
        timeZone: localTimeZone(),
        lastOpenedEventId: opened(),
      }),
    // The whole state is small (a week of chips): its text is the signature.
    (state) => JSON.stringify(state),
  );
}
