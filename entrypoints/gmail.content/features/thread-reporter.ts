// Tells a connected side panel what Gmail shows: the open thread (or none), at once and on every
// change (the shared skeleton: utils/features/panel-reporter.ts).
import { createPanelReporter } from '@/utils/features/panel-reporter';
import { readOpenThread } from '@/utils/gmail/extract';
import { gmailAccountIndex } from '@/utils/gmail/page';
import type { GmailPageState } from '@/utils/gmail/types';
import { GMAIL_PANEL_PORT } from '@/utils/messaging/ports';
import type { GmailPage } from '@/entrypoints/gmail.content/page-watcher';

export function threadSignature(state: GmailPageState): string {
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

export const threadReporter = createPanelReporter<Pick<GmailPage, 'url' | 'view'>, GmailPageState>(
  'thread-reporter',
  GMAIL_PANEL_PORT,
  (page) => ({
    url: page.url,
    view: page.view,
    account: gmailAccountIndex(page.url),
    // Null in list and other views: there is no thread in the visible view.
    thread: readOpenThread(document, page.url),
  }),
  threadSignature,
);
