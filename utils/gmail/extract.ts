// Pure readers of Gmail's page. They take the document and the URL as arguments, scope every query
// to the visible view (Gmail keeps earlier views hidden in the DOM), read only attributes and text,
// and never throw: what they cannot read comes back empty and, for threads, named in `missing`.
// Only `findVisibleMain` queries the document itself, guarded; queries on the elements it returns
// use constant, valid selectors and cannot throw.
import * as S from './selectors';
import { gmailAccountIndex } from './page';
import { gmailThreadToken } from './url';
import {
  BODY_CAP,
  type GmailPageState,
  type GmailView,
  type MessageInfo,
  type Person,
  type ThreadPart,
  type ThreadSnapshot,
} from './types';

/** One thread in the visible list, as chips need it: found cheaply, no text read. */
export interface ListThread {
  threadId: string;
  /** Its `tr.zA` rows: one, or 2–3 in vertical split. */
  rows: HTMLElement[];
  /** The subject span. */
  subject: Element | null;
  /** Where a chip goes (insert before it): the subject span, else the subject container. */
  subjectAnchor: Element | null;
}

/** One thread in the visible list. */
export interface ListRow {
  threadId: string;
  subject: string;
  /** Lower case, in DOM order (participants, "me" included). */
  senderEmails: string[];
  unread: boolean;
  /** The thread's first `tr.zA`. */
  row: HTMLElement;
  /** Where a chip goes (insert before it): the subject span, else the subject container. */
  subjectAnchor: Element | null;
}

/** The matches of the first part of a comma list that matches anything: the parts are ordered fallbacks. */
const pickAll = (root: ParentNode, selector: string): Element[] => {
  for (const part of selector.split(',')) {
    const found = root.querySelectorAll(part);
    if (found.length) return [...found];
  }
  return [];
};
const pick = (root: ParentNode, selector: string): Element | null =>
  pickAll(root, selector)[0] ?? null;

/** Hidden by Gmail's inline style. */
const styleHidden = (el: Element): boolean =>
  /display:\s*none/.test(el.getAttribute('style') ?? '');

/** Hidden by Gmail's inline style or the `hidden` attribute, itself or an ancestor. */
const isHidden = (el: Element | null): boolean =>
  !!el && (el.hasAttribute('hidden') || styleHidden(el) || isHidden(el.parentElement));

/** Text content, with each emoji image (`img[data-emoji]`) read as its character. */
const rawText = (node: Node | null): string =>
  [...(node?.childNodes ?? [])]
    .map((child) =>
      child.nodeType === 3
        ? child.textContent
        : child.nodeType === 1
          ? ((child as Element).getAttribute('data-emoji') ?? rawText(child))
          : '',
    )
    .join('');
const textOf = (node: Node | null): string => rawText(node).replace(/\s+/g, ' ').trim();

const person = (el: Element): Person => ({
  name: el.getAttribute('name') ?? textOf(el),
  email: (el.getAttribute('email') ?? '').toLowerCase(),
});

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

/** The visible view's `[role=main]`, else any `[role=main]` outside hidden views; null while loading. */
export function findVisibleMain(doc: Document | ParentNode): Element | null {
  try {
    // Cheap first: the one view Gmail shows, checked by its own inline style before any deeper query.
    for (const view of doc.querySelectorAll(`${S.viewsContainer} > *`)) {
      const main = !styleHidden(view) && view.querySelector(S.mainContent);
      if (main && !isHidden(main)) return main;
    }
    return [...doc.querySelectorAll(S.mainContent)].find((main) => !isHidden(main)) ?? null;
  } catch {
    return null;
  }
}

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

/** The visible list's threads, one entry per thread (vertical split spreads one over 2–3 rows). */
export function readListThreads(doc: Document | ParentNode): ListThread[] {
  const main = findVisibleMain(doc);
  const groups: HTMLElement[][] = [];
  let group: HTMLElement[] = [];
  for (const row of main ? main.querySelectorAll<HTMLElement>(S.listRow) : []) {
    const previous = group[group.length - 1];
    if (
      !previous ||
      !row.matches(S.listRowPart) ||
      previous.matches(S.listRowLastPart) ||
      row.querySelector(S.listSenderCell)
    )
      groups.push((group = []));
    group.push(row);
  }
  return groups.flatMap((rows): ListThread[] => {
    const find = (selector: string) => rows.map((row) => pick(row, selector)).find(Boolean) ?? null;
    const threadId = find(S.listThreadId)?.getAttribute('data-legacy-thread-id');
    if (!threadId) return [];
    const subject = find(S.listSubject);
    return [{ threadId, rows, subject, subjectAnchor: subject ?? find(S.listSubjectCell) }];
  });
}

/** The visible list's threads with their subject, participants and read state. */
export function readListRows(doc: Document | ParentNode): ListRow[] {
  return readListThreads(doc).map(({ threadId, rows, subject, subjectAnchor }) => ({
    threadId,
    subject: textOf(subject),
    senderEmails: rows.flatMap((row) =>
      pickAll(row, S.listSender).map((el) => el.getAttribute('email')!.toLowerCase()),
    ),
    unread: rows.some((row) => row.matches(S.listRowUnread)),
    row: rows[0]!,
    subjectAnchor,
  }));
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

// ---------------------------------------------------------------- compose and reply (§1.6)

/** Inline: a reply or forward inside the open thread. Popup: a compose in the dock (or full screen). */
export type ComposeKind = 'inline' | 'popup';

export interface ComposeBox {
  /** The contenteditable body. */
  editor: HTMLElement;
  /** `div.M9` (or `.AD`); the editor's parent when Gmail drops both classes. */
  root: Element;
  kind: ComposeKind;
}

export interface ComposeInfo {
  kind: ComposeKind;
  /** `msg-a:r…` without `#`; null before Gmail first saved the draft. */
  draftId: string | null;
  /** The popup's subject, or the reply's hidden one; '' when there is none. */
  subject: string;
}

/** What a snippet can be filled from, for the compose the VA types in. */
export interface ComposeContext {
  account: number;
  /** The open thread a reply belongs to; null for a new message. */
  threadId: string | null;
  subject: string | null;
  /** Who the reply answers (the sender of the message replied to); null for a new message. */
  sender: Person | null;
}

/** The compose body `target` is in (or is), or null. */
export function composeEditorOf(target: EventTarget | null): HTMLElement | null {
  try {
    const el = target instanceof Element ? target.closest(S.composeEditor) : null;
    return el instanceof HTMLElement ? el : null;
  } catch {
    return null;
  }
}

/** The body of the compose `target` is in: the body itself, or any field of it (To, subject). */
export function composeEditorNear(target: EventTarget | null): HTMLElement | null {
  const editor = composeEditorOf(target);
  if (editor || !(target instanceof Element)) return editor;
  const inside = target.closest(S.composeRoot)?.querySelector(S.composeEditor);
  return inside instanceof HTMLElement ? inside : null;
}

/** The compose an editor belongs to. */
export function composeBoxOf(editor: HTMLElement): ComposeBox {
  return {
    editor,
    root: editor.closest(S.composeRoot) ?? editor.parentElement ?? editor,
    kind: editor.closest(S.inlineComposeArea) ? 'inline' : 'popup',
  };
}

/** Whether Gmail still shows this compose: inline ones only in the visible view, popups in a dialog with a form. */
export function isComposeShown(doc: Document | ParentNode, box: ComposeBox): boolean {
  const { editor } = box;
  if (!editor.isConnected || isHidden(editor) || editor.getAttribute('contenteditable') !== 'true')
    return false;
  if (box.kind === 'inline') {
    const main = findVisibleMain(doc);
    return !!main && main.contains(editor);
  }
  const dialog = editor.closest(S.composeDialog);
  return !!dialog && !!dialog.querySelector(S.composeForm);
}

/** Every compose Gmail shows: inline replies of the visible view first, then popups, in page order. */
export function findComposeBoxes(doc: Document | ParentNode): ComposeBox[] {
  try {
    const boxes = pickAll(doc, S.composeEditor)
      .filter((el): el is HTMLElement => el instanceof HTMLElement)
      .map(composeBoxOf)
      .filter((box) => isComposeShown(doc, box));
    return [
      ...boxes.filter((box) => box.kind === 'inline'),
      ...boxes.filter((box) => box.kind === 'popup'),
    ];
  } catch {
    return [];
  }
}

/** The open thread's visible "Reply" (bottom bar), or null (no thread, or a reply is already open). */
export function findReplyButton(doc: Document | ParentNode): HTMLElement | null {
  const main = findVisibleMain(doc);
  if (!main) return null;
  const shown = pickAll(main, S.replyButton).filter(
    (el): el is HTMLElement => el instanceof HTMLElement && !isHidden(el),
  );
  // The 2025-11 A/B copy sits in a table; before 2023-11 the whole thread was one (`table.Bs`).
  return shown.find((el) => !el.closest('table')) ?? shown[0] ?? null;
}

const inputValue = (root: Element, selector: string): string =>
  (pick(root, selector) as HTMLInputElement | null)?.value ?? '';

export function readComposeInfo(box: ComposeBox): ComposeInfo {
  const draft = inputValue(box.root, S.composeDraftId).replace(/^#/, '');
  return {
    kind: box.kind,
    draftId: draft && draft !== 'undefined' ? draft : null,
    subject: inputValue(box.root, S.composeSubject).trim(),
  };
}

/**
 * What the VA is answering: for an inline reply, the open thread and the sender of the message
 * replied to (the hidden `rm` field, else the latest message); for a popup, only its subject.
 */
export function readComposeContext(
  doc: Document | ParentNode,
  url: string,
  box: ComposeBox,
): ComposeContext {
  const account = gmailAccountIndex(url);
  const subject = readComposeInfo(box).subject || null;
  const thread = box.kind === 'inline' ? readOpenThread(doc, url) : null;
  if (!thread) return { account, threadId: null, subject, sender: null };
  const repliedTo = inputValue(box.root, S.composeRepliedMessage).replace(/^#/, '');
  const message =
    (repliedTo && thread.messages.find((m) => m.messageId === repliedTo)) ||
    thread.messages[thread.messages.length - 1];
  return {
    account,
    threadId: thread.threadId || null,
    subject: thread.subject || subject,
    sender: message?.sender ?? null,
  };
}
