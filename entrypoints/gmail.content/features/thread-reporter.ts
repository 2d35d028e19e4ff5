// Tells a connected side panel what Gmail shows: the open thread (or none), at once and on every
// change. With no panel connected it reads nothing: most of the day the panel is closed.
import { browser, type Browser } from 'wxt/browser';
import type { Feature } from '@/utils/features/runner';
import { readOpenThread } from '@/utils/gmail/extract';
import { gmailAccountIndex } from '@/utils/gmail/page';
import type { GmailPageState } from '@/utils/gmail/types';
import { GMAIL_PANEL_PORT } from '@/utils/messaging/ports';
import type { GmailPage } from '@/entrypoints/gmail.content/page-watcher';

type Port = Browser.runtime.Port;
const panels = new Set<Port>();
let lastSignature = '';

function signature(state: GmailPageState): string {
  const t = state.thread;
  if (!t) return `${state.view}|${state.url}`;
  const last = t.messages[t.messages.length - 1];
  return [
    state.view,
    t.account,
    t.threadId,
    t.messages.length,
    last?.messageId,
    t.missing.join(),
  ].join('|');
}

function report(page: Pick<GmailPage, 'url' | 'view'>): void {
  if (!panels.size) return;
  // Null in list and other views: there is no thread in the visible view.
  const thread = readOpenThread(document, page.url);
  const state: GmailPageState = {
    url: page.url,
    view: page.view,
    account: gmailAccountIndex(page.url),
    thread,
  };
  const sig = signature(state);
  if (sig === lastSignature) return;
  lastSignature = sig;
  for (const port of panels) port.postMessage(state);
}

/** Accepts side panel connections; `current` gives the page being shown right now. */
export function acceptPanels(current: () => Pick<GmailPage, 'url' | 'view'>): () => void {
  const onConnect = (port: Port) => {
    if (port.name !== GMAIL_PANEL_PORT) return;
    panels.add(port);
    port.onDisconnect.addListener(() => panels.delete(port));
    lastSignature = '';
    report(current());
  };
  browser.runtime.onConnect.addListener(onConnect);
  return () => {
    browser.runtime.onConnect.removeListener(onConnect);
    for (const port of panels) port.disconnect();
    panels.clear();
  };
}

export const threadReporter: Feature<GmailPage> = {
  id: 'thread-reporter',
  include: () => true,
  start: ({ page }) => report(page),
  refresh: ({ page }) => report(page),
};
