import { browser } from 'wxt/browser';

interface SidePanelApi {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
  setPanelBehavior?(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
}

/** Chrome's side panel or Firefox's sidebar, whichever this browser has. */
function panelApis(): { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi } {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi };
  return { sidePanel: api.sidePanel, sidebarAction: api.sidebarAction };
}

/**
 * Opens VA Desk's panel in a window. Both browsers allow this only in response to a user action
 * (a click in the popup, a context-menu item, a keyboard command): call it from that handler.
 */
export async function openSidePanel(windowId?: number): Promise<boolean> {
  const { sidePanel, sidebarAction } = panelApis();
  if (sidePanel) {
    const target = windowId ?? (await browser.windows.getCurrent()).id;
    await sidePanel.open({ windowId: target });
    return true;
  }
  if (sidebarAction) {
    await sidebarAction.open();
    return true;
  }
  return false;
}

/** The toolbar button opens the popup (quick access), not the panel. */
export async function configurePanelBehavior(): Promise<void> {
  const { sidePanel } = panelApis();
  await sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false });
}
