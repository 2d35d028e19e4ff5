import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n/messages';

export const OPEN_PANEL_MENU_ID = 'va-desk-open-panel';
export const OPEN_PANEL_COMMAND = 'open-side-panel';
export const TOGGLE_TIMER_COMMAND = 'toggle-timer';

/** Context-menu items are recreated on install and update (they persist across restarts). */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: OPEN_PANEL_MENU_ID,
    title: t('menuOpenSidePanel'),
    contexts: ['page', 'selection', 'link', 'action'],
    documentUrlPatterns: ['https://mail.google.com/*', 'https://calendar.google.com/*'],
  });
}
