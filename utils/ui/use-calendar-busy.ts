import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { BusyInterval } from '@/utils/calendar/slots';
import type { CalendarPageState } from '@/utils/calendar/types';
import { askPanelPort } from '@/utils/messaging/ask-port';
import { CALENDAR_PANEL_PORT } from '@/utils/messaging/ports';

const ANSWER_MS = 1500;

/** The timed events a Calendar page shows, as busy intervals (all-day ones do not block time). */
export function calendarBusy(pages: readonly CalendarPageState[]): BusyInterval[] {
  const seen = new Set<string>();
  const busy: BusyInterval[] = [];
  for (const page of pages)
    for (const chip of page.events) {
      if (chip.allDay || chip.start === null || chip.end === null) continue;
      const key = `${chip.eventId}|${chip.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      busy.push({
        start: chip.start,
        end: chip.end,
        title: chip.title,
        source: 'calendar',
        id: chip.eventId,
      });
    }
  return busy;
}

/**
 * The events visible in every open Calendar tab (active or not), read once when the form opens:
 * the same port the Calendar section uses, so the booking form sees the VA's diary wherever it was
 * opened from. Events Calendar has not drawn (another week) are not known.
 */
export function useCalendarBusy(): { busy: BusyInterval[]; tabs: number } {
  const [state, setState] = useState<{ busy: BusyInterval[]; tabs: number }>({
    busy: [],
    tabs: 0,
  });
  useEffect(() => {
    let alive = true;
    void (async () => {
      const tabs = await browser.tabs.query({ url: 'https://calendar.google.com/calendar/*' });
      const pages = await Promise.all(
        tabs
          .filter((tab) => tab.id !== undefined)
          .map((tab) => askPanelPort(tab.id!, CALENDAR_PANEL_PORT, ANSWER_MS)),
      );
      const read = pages.filter((p): p is CalendarPageState => p !== null);
      if (alive) setState({ busy: calendarBusy(read), tabs: read.length });
    })().catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);
  return state;
}
