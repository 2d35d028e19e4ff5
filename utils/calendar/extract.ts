// Everything the Calendar content script reports about the page, from the grid reader
// (grid-reader.ts) and the open-event reader (event-reader.ts).
import { readOpenEvent } from './event-reader';
import { detectView, readEventChips, readVisibleRange } from './grid-reader';
import { calendarAccountIndex } from './page';
import type { CalendarPageState, EventChip, ReadOptions } from './types';

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
