import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { requestPersistentStorage } from '../../utils/db/app-db';
import { createRouter } from '../../utils/messaging/router';
import { configurePanelBehavior, openSidePanel } from '../../utils/panel';
import { clientHandlers } from './handlers/clients';
import { gmailHandlers } from './handlers/gmail';
import { panelHandlers } from './handlers/panel';
import { createMenus, OPEN_PANEL_COMMAND, OPEN_PANEL_MENU_ID } from './menus';

// The service worker can be stopped at any moment: everything here is wiring, no state is kept in
// module variables. Listeners are registered synchronously so a wake-up event is never missed.
export default defineBackground(() => {
  const route = createRouter(
    { ...clientHandlers, ...gmailHandlers, ...panelHandlers },
    browser.runtime.id,
  );

  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  browser.runtime.onInstalled.addListener(() => {
    void createMenus().catch((error) => console.error('[va-desk] menus', error));
    void configurePanelBehavior().catch((error) => console.error('[va-desk] panel', error));
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== OPEN_PANEL_MENU_ID) return;
    openSidePanel(tab?.windowId).catch((error) => console.error('[va-desk] open panel', error));
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_PANEL_COMMAND) return;
    openSidePanel(tab?.windowId).catch((error) => console.error('[va-desk] open panel', error));
  });

  void requestPersistentStorage();
});
