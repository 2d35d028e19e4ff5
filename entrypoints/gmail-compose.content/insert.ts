// "Insert" from the side panel: the filled snippet goes into the reply or compose the VA works in,
// at the caret, as typed. When none is open, it can open a reply on the open thread first.
import {
  composeBoxOf,
  composeEditorNear,
  findComposeBoxes,
  findReplyButton,
  isComposeShown,
  type ComposeBox,
} from '@/utils/gmail/compose-reader';
import type { InsertOutcome, InsertRequest } from '@/utils/messaging/tab';
import { fail, ok } from '@/utils/messaging/wire';
import type { EditorTracker } from './editors';
import { nudgeDraftSave, typeText } from './typing';

/** How long Gmail gets to open the reply editor after "Reply" is clicked. */
const OPEN_REPLY_TIMEOUT_MS = 5000;
const POLL_MS = 50;
const NO_COMPOSE = 'no compose or reply box is open';
export const NOT_EDITABLE = 'the compose box refused the text';

/**
 * The compose to write in: the one with focus (in its body, To or subject), else the body focused
 * last, else the first Gmail shows (the visible thread's inline reply before popups).
 */
export function pickCompose(doc: Document, tracker: EditorTracker): ComposeBox | null {
  for (const editor of [composeEditorNear(doc.activeElement), tracker.lastFocused()]) {
    if (!editor) continue;
    const box = composeBoxOf(editor);
    if (isComposeShown(doc, box)) return box;
  }
  return findComposeBoxes(doc)[0] ?? null;
}

/** mousedown, mouseup, click: what Gmail's buttons react to (InboxSDK's simulateClick). */
function simulateClick(el: HTMLElement): void {
  for (const type of ['mousedown', 'mouseup', 'click'])
    el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
}

async function waitForInlineReply(doc: Document): Promise<ComposeBox | null> {
  const until = Date.now() + OPEN_REPLY_TIMEOUT_MS;
  for (;;) {
    const box = findComposeBoxes(doc).find((b) => b.kind === 'inline');
    if (box || Date.now() >= until) return box ?? null;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Focuses the editor with the caret where the VA left it (Gmail's own default otherwise). */
export function focusEditor(doc: Document, box: ComposeBox, tracker: EditorTracker): void {
  const { editor } = box;
  const selection = doc.getSelection();
  // Still there when the VA only moved to the side panel; gone when they clicked elsewhere in Gmail.
  const inside = !!selection?.rangeCount && editor.contains(selection.getRangeAt(0).startContainer);
  const saved = inside ? null : tracker.savedCaret(editor);
  editor.focus();
  if (selection && saved) {
    selection.removeAllRanges();
    selection.addRange(saved);
  }
}

export async function handleInsert(
  doc: Document,
  request: InsertRequest,
  tracker: EditorTracker,
): Promise<InsertOutcome> {
  let box = pickCompose(doc, tracker);
  let opened = false;
  if (!box) {
    if (!request.openReplyIfNone) return fail('noCompose', NO_COMPOSE);
    const reply = findReplyButton(doc);
    if (!reply) return fail('noThread', 'no open thread to reply to');
    simulateClick(reply);
    box = await waitForInlineReply(doc);
    if (!box) return fail('noCompose', NO_COMPOSE);
    opened = true;
  }
  focusEditor(doc, box, tracker);
  const selection = doc.getSelection();
  if (!selection?.rangeCount || !box.editor.contains(selection.getRangeAt(0).startContainer))
    return fail('notEditable', NOT_EDITABLE);
  if (!typeText(doc, request.text, request.cursorOffset)) return fail('notEditable', NOT_EDITABLE);
  nudgeDraftSave(box.editor);
  return ok({ where: opened ? 'openedReply' : box.kind === 'inline' ? 'reply' : 'compose' });
}
