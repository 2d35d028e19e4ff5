// Gmail's second content script: writing into compose and reply bodies (snippet insert from the
// side panel, shortcut expansion). Kept apart from the Gmail reader script, whose size and cost
// are budgeted on every navigation: this one does nothing on navigation at all. Until a compose
// body gets focus it holds one capture `focusin` listener and one message listener.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { parseInsertMessage, type InsertOutcome } from '@/utils/messaging/tab';
import { fail } from '@/utils/messaging/wire';
import { trackEditors } from './editors';
import { handleInsert, NOT_EDITABLE } from './insert';
import { startShortcuts } from './shortcuts';

const log = (error: unknown) => console.warn('[va-desk:compose]', error);

export default defineContentScript({
  matches: ['https://mail.google.com/mail/*'],
  main(ctx) {
    // The mail app, and its full-page compose (`?view=cm`); not print or attachment pages.
    if (/[?&]view=(?!cm(&|$))/.test(location.search)) return;
    const world = globalThis as { __vaDeskCompose?: boolean };
    if (world.__vaDeskCompose) return; // never twice in one page
    world.__vaDeskCompose = true;

    const controller = new AbortController();
    const { signal } = controller;
    const tracker = trackEditors(
      document,
      signal,
      () => startShortcuts(document, signal, log),
      log,
    );

    const onMessage = (message: unknown): Promise<InsertOutcome> | undefined => {
      const request = parseInsertMessage(message);
      if (!request) return undefined; // not ours: other listeners may answer
      return handleInsert(document, request, tracker).catch((error: unknown) => {
        log(error);
        return fail('notEditable', NOT_EDITABLE);
      });
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      controller.abort();
      browser.runtime.onMessage.removeListener(onMessage);
      world.__vaDeskCompose = false;
    });
  },
});
