// What the Calendar content script reads from the page and sends to the side panel. Plain data
// only: it crosses the messaging boundary.

export type CalendarView =
  'day' | 'week' | 'month' | 'year' | 'agenda' | 'custom' | 'eventEdit' | 'other' | 'loading';

/** Days shown, as `YYYY-MM-DD`, both inclusive. */
export interface CalendarRange {
  from: string;
  to: string;
}

/** An event chip in the grid. */
export interface EventChip {
  /** Canonical `eid` (see event-id.ts). */
  eventId: string;
  title: string;
  /** The day of the chip's column or cell, `YYYY-MM-DD`, when it has one. */
  day: string | null;
  /** Epoch ms in the Calendar's zone, when readable. */
  start: number | null;
  end: number | null;
  allDay: boolean;
}

/** What the reader could not find; the panel names it and offers manual input. */
export type EventPart = 'eventId' | 'title' | 'when';

/** The event whose details are open: the details dialog, or the full editor of an existing event. */
export interface EventDetails {
  eventId: string | null;
  /** Where the id came from: the details card, the chip last opened, or the URL. */
  idSource: 'card' | 'chip' | 'url' | null;
  source: 'dialog' | 'editor';
  title: string;
  /** The localized date and time text, as shown (for the VA to compare; never parsed again). */
  whenText: string;
  start: number | null;
  end: number | null;
  allDay: boolean;
  location: string;
  /** A Google Meet link, when there is one. */
  videoLink: string;
  description: string;
  /** Lower-case address of the organizer, when shown. */
  organizer: string | null;
  /** Lower-case addresses of everyone invited (the organizer included), in page order. */
  guests: string[];
  missing: EventPart[];
}

export interface CalendarPageState {
  url: string;
  account: number;
  view: CalendarView;
  range: CalendarRange | null;
  /** The zone the times were read in (the browser's; Calendar shows the same by default). */
  timeZone: string;
  /** Visible event chips (tasks left out), one per event and day. */
  events: EventChip[];
  /** The open event, or null. */
  open: EventDetails | null;
}

/** Description text is capped: it is shown as an excerpt and never stored whole. */
export const DESCRIPTION_CAP = 5000;

/** What a Calendar reader needs besides the document. */
export interface ReadOptions {
  url: string;
  now: number;
  /** The zone Calendar shows times in (the browser's, unless the VA changed Calendar's setting). */
  timeZone: string;
  /** The id of the chip the VA opened last, for a details card that carries none. */
  lastOpenedEventId?: string | null;
}
