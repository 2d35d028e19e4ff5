// Long-lived ports: the side panel (and the background's timer) connect to a Gmail or Calendar
// tab's content script by name; the content script then posts its page state at once and on every
// change. Ports carry state, not answers: there is no request to fail. While no port is connected
// the content scripts read nothing beyond what their chips need.
import type { CalendarPageState } from '@/utils/calendar/types';
import type { GmailPageState } from '@/utils/gmail/types';

export const GMAIL_PANEL_PORT = 'va-desk-gmail-panel';
export type GmailPanelMessage = GmailPageState;

export const CALENDAR_PANEL_PORT = 'va-desk-calendar-panel';
export type CalendarPanelMessage = CalendarPageState;
