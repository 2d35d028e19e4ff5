import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export type PanelPortState<T> =
  | { status: 'loading' }
  /** No content script answers in that tab (opened before VA Desk was installed or updated). */
  | { status: 'unavailable' }
  | { status: 'ready'; page: T };

const RECONNECT_MS = 1500;

/**
 * What the content script of tab `tabId` reports on the port `portName`: the state at once and on
 * every change. When the tab reloads the port closes and the panel connects again.
 */
export function usePanelPort<T>(tabId: number | null, portName: string): PanelPortState<T> {
  const [state, setState] = useState<PanelPortState<T>>({ status: 'loading' });
  useEffect(() => {
    if (tabId === null) return;
    let alive = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let port: ReturnType<typeof browser.tabs.connect> | undefined;
    setState({ status: 'loading' });

    const connect = () => {
      port = browser.tabs.connect(tabId, { name: portName });
      port.onMessage.addListener((message) => {
        if (alive) setState({ status: 'ready', page: message as T });
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
  }, [tabId, portName]);
  return state;
}
