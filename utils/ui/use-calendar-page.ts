import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CalendarPageState } from '../calendar/types';
import { CALENDAR_PANEL_PORT, type CalendarPanelMessage } from '../messaging/protocol';

export type CalendarPanelState =
  | { status: 'loading' }
  /** No content script answers in that tab (opened before VA Desk was installed or updated). */
  | { status: 'unavailable' }
  | { status: 'ready'; page: CalendarPageState };

const RECONNECT_MS = 1500;

/**
 * What the Calendar tab `tabId` shows. A port to its content script brings the state at once and
 * on every change; when the tab reloads the port closes and the panel connects again (the same
 * pattern as `useGmailPage`).
 */
export function useCalendarPage(tabId: number | null): CalendarPanelState {
  const [state, setState] = useState<CalendarPanelState>({ status: 'loading' });
  useEffect(() => {
    if (tabId === null) return;
    let alive = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let port: ReturnType<typeof browser.tabs.connect> | undefined;
    setState({ status: 'loading' });

    const connect = () => {
      port = browser.tabs.connect(tabId, { name: CALENDAR_PANEL_PORT });
      port.onMessage.addListener((message) => {
        if (alive) setState({ status: 'ready', page: message as CalendarPanelMessage });
      });
      port.onDisconnect.addListener(() => {
        if (!alive) return;
        setState((prev) => (prev.status === 'loading' ? { status: 'unavailable' } : prev));
        retry = setTimeout(connect, RECONNECT_MS);
      });
    };
    connect();
    return () => {
      alive = false;
      if (retry !== undefined) clearTimeout(retry);
      port?.disconnect();
    };
  }, [tabId]);
  return state;
}
