import { GMAIL_PANEL_PORT, type GmailPanelMessage } from '@/utils/messaging/ports';
import { usePanelPort, type PanelPortState } from './use-panel-port';

export type GmailPanelState = PanelPortState<GmailPanelMessage>;

/** What the Gmail tab `tabId` shows, kept current through a port to its content script. */
export function useGmailPage(tabId: number | null): GmailPanelState {
  return usePanelPort<GmailPanelMessage>(tabId, GMAIL_PANEL_PORT);
}
