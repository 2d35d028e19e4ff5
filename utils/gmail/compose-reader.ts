// Pure readers of Gmail's compose and reply boxes (google-dom.md §1.6): which box the VA works in,
// whether Gmail still shows it, and what it answers. They never throw.
import { readOpenThread } from './extract';
import { gmailAccountIndex } from './page';
import { pick, pickAll } from '@/utils/dom/query';
import { findVisibleMain, isHidden } from './query';
import * as S from './selectors';
import type { Person } from './types';

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
