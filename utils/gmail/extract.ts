// Pure readers of Gmail's page: the view, and the open thread. They take the document and the URL
// as arguments and never throw: what they cannot read comes back empty and named in `missing`.
// The list reader is list-reader.ts, the compose reader compose-reader.ts.
import * as S from './selectors';
import { gmailAccountIndex } from './page';
import { pick, pickAll } from '@/utils/dom/query';
import { findVisibleMain, isHidden, person, textOf } from './query';
import { gmailThreadToken } from './url';
import {
  BODY_CAP,
  type GmailPageState,
  type GmailView,
  type MessageInfo,
  type ThreadPart,
  type ThreadSnapshot,
} from './types';

/** The body's HTML without quoted history, from a copy in an inert document: nothing loads or runs there. */
const bodyHtml = (body: Element): string | null => {
  try {
    const copy = body.ownerDocument.implementation.createHTMLDocument('').importNode(body, true);
    copy.querySelectorAll(S.quotedText).forEach((quote) => quote.remove());
    return copy.innerHTML.slice(0, BODY_CAP);
  } catch {
    return null;
  }
};

/** What the visible view shows, from the DOM; the URL only says a thread may still be loading. */
export function detectView(doc: Document | ParentNode, url: string): GmailView {
  const main = findVisibleMain(doc);
  if (!main) return 'loading';
  const thread = main.querySelector(
    `${S.threadSubject}, ${S.threadContainer}, ${S.messageContainer}`,
  );
  const list = main.querySelector(`${S.threadList}, ${S.listRow}`);
  if (thread) return list ? 'split' : 'thread';
  return list ? 'list' : gmailThreadToken(url) ? 'loading' : 'other';
}

/** The visible thread's subject heading (where a client chip goes). */
export function findSubjectHeading(doc: Document | ParentNode): Element | null {
  const main = findVisibleMain(doc);
  return main && pick(main, S.threadSubject);
}

/** The open thread (thread or split view), or null when none is open. */
export function readOpenThread(doc: Document | ParentNode, url: string): ThreadSnapshot | null {
  const main = findVisibleMain(doc);
  if (!main) return null;
  const heading = pick(main, S.threadSubject);
  const containers = pickAll(main, S.messageContainer);
  if (!heading && !containers.length) return null;

  const missing: ThreadPart[] = [];
  const id = (name: string) => {
    const value = heading?.getAttribute(name);
    return value && value !== 'undefined' ? value : null;
  };
  const legacy = id('data-legacy-thread-id');
  const perm = id('data-thread-perm-id');
  const threadId = legacy ?? perm ?? gmailThreadToken(url) ?? '';
  if (!threadId) missing.push('threadId');
  if (!heading) missing.push('subject');

  const messages: MessageInfo[] = [];
  let body: Element | null = null;
  for (const el of containers) {
    const sender = pick(el, S.messageSender);
    const collapsed = !!el.closest(S.messageCollapsed) || isHidden(el);
    if (!collapsed) body = pick(el, S.messageBody) ?? body;
    messages.push({
      messageId: el.getAttribute('data-message-id')?.replace(/^#/, '') || null,
      legacyMessageId: el.getAttribute('data-legacy-message-id') || null,
      sender: sender && person(sender),
      recipients: pickAll(el, S.messageRecipient).map(person),
      dateTitle: pick(el, S.messageDate)?.getAttribute('title') ?? '',
      collapsed,
    });
  }
  if (!messages.length) missing.push('messages');
  if (messages.some((message) => !message.sender)) missing.push('sender');
  const latest = body && bodyHtml(body);
  if (latest === null) missing.push('body');

  return {
    threadId,
    idSource: legacy ? 'legacy' : perm ? 'perm' : 'url',
    account: gmailAccountIndex(url),
    subject: textOf(heading),
    messages,
    latestBodyHtml: latest ?? '',
    missing,
  };
}

/** Everything the content script reports about the page. */
export function readPageState(doc: Document | ParentNode, url: string): GmailPageState {
  return {
    url,
    view: detectView(doc, url),
    account: gmailAccountIndex(url),
    thread: readOpenThread(doc, url),
  };
}
