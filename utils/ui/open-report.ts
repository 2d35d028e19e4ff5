import { browser } from 'wxt/browser';

/**
 * Opens the report page in a new tab (this week, all clients unless `search` says otherwise).
 * Called from extension pages, where a relative URL resolves inside the extension.
 */
export function openReport(search = ''): void {
  void browser.tabs.create({ url: `/report.html${search}` });
}
