import { CALENDAR_PANEL_PORT, type CalendarPanelMessage } from '@/utils/messaging/ports';
import { usePanelPort, type PanelPortState } from './use-panel-port';

export type CalendarPanelState = PanelPortState<CalendarPanelMessage>;

/** What the Calendar tab `tabId` shows, kept current through a port to its content script. */
export function useCalendarPage(tabId: number | null): CalendarPanelState {
  return usePanelPort<CalendarPanelMessage>(tabId, CALENDAR_PANEL_PORT);
}
