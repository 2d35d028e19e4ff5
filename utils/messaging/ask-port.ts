// Asking a tab once over a panel port: connect, take the first state its content script posts,
// close. For the background and extension pages (content scripts never import it).
import { browser } from 'wxt/browser';
import {
  CALENDAR_PANEL_PORT,
  GMAIL_PANEL_PORT,
  type CalendarPanelMessage,
  type GmailPanelMessage,
} from './ports';

interface PanelMessages {
  [GMAIL_PANEL_PORT]: GmailPanelMessage;
  [CALENDAR_PANEL_PORT]: CalendarPanelMessage;
}

/** The state the tab's content script posts first on port `name`; null when it does not answer in time. */
export function askPanelPort<N extends keyof PanelMessages>(
  tabId: number,
  name: N,
  answerMs = 1500,
): Promise<PanelMessages[N] | null> {
  return new Promise((resolve) => {
    let port: ReturnType<typeof browser.tabs.connect> | undefined;
    const done = (value: PanelMessages[N] | null) => {
      clearTimeout(timer);
      try {
        port?.disconnect();
      } catch {
        /* already closed */
      }
      resolve(value);
    };
    const timer = setTimeout(() => done(null), answerMs);
    try {
      port = browser.tabs.connect(tabId, { name });
      port.onMessage.addListener((message) => done(message as PanelMessages[N]));
      port.onDisconnect.addListener(() => done(null));
    } catch {
      done(null);
    }
  });
}
