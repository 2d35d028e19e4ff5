// Writing into Gmail's compose body as if the VA typed it (shared/google-dom.md §1.7). Only the
// browser's editing commands are used: they fire the `input` events Gmail's draft model listens
// to, land on the undo stack as one step, and never parse HTML (Gmail enforces Trusted Types).
// Line breaks use `insertParagraph`, what the Enter key does in Gmail: each line becomes a `<div>`,
// the structure Gmail itself writes and sends (`insertLineBreak` would give `<br>`, Shift+Enter's).

export interface CaretWord {
  node: Text;
  start: number;
  end: number;
  word: string;
}

const TEXT_NODE = 3;

/**
 * The run of non-space characters right before the caret (`node`/`offset` of a collapsed
 * selection), when it is at most `maxLength` long. Reads one text node: a word split across
 * nodes is not one Gmail's typing produces.
 */
export function wordBeforeCaret(
  node: Node | null,
  offset: number,
  maxLength: number,
): CaretWord | null {
  let text: Text | null = null;
  let end = offset;
  if (node?.nodeType === TEXT_NODE) text = node as Text;
  else if (node && offset > 0) {
    const previous = node.childNodes[offset - 1];
    if (previous?.nodeType === TEXT_NODE) {
      text = previous as Text;
      end = text.length;
    }
  }
  if (!text || end <= 0 || maxLength <= 0) return null;
  const tail = text.data.slice(Math.max(0, end - maxLength - 1), end);
  const match = /\S+$/.exec(tail);
  if (!match || match[0].length > maxLength) return null;
  return { node: text, start: end - match[0].length, end, word: match[0] };
}

function typeLines(doc: Document, text: string): boolean {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && !doc.execCommand('insertParagraph')) return false;
    if (lines[i] && !doc.execCommand('insertText', false, lines[i])) return false;
  }
  return true;
}

/**
 * Types `text` at the selection of `doc` (which must be in the focused editor), replacing what is
 * selected, and leaves the caret at `cursorOffset` (an offset into `text`; null = at the end).
 * False when the browser refused to edit (nothing editable is focused).
 */
export function typeText(doc: Document, text: string, cursorOffset: number | null): boolean {
  const at = cursorOffset === null ? text.length : Math.min(Math.max(cursorOffset, 0), text.length);
  const normal = (s: string) => s.replace(/\r\n?/g, '\n');
  const before = normal(text.slice(0, at));
  const after = normal(text.slice(at));
  if (!before && !after) return true;
  if (!typeLines(doc, before)) return false;
  if (!after) return true;
  // Chrome keeps this position in place while the rest is typed after it, even across the
  // paragraphs the rest creates; checked in Chromium (tests/e2e/compose.spec.ts).
  const selection = doc.getSelection();
  const caret = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
  if (!typeLines(doc, after)) return false;
  if (caret && selection && caret.startContainer.isConnected) {
    selection.removeAllRanges();
    selection.addRange(caret);
  }
  return true;
}

/**
 * InboxSDK's draft-save nudge (§1.7): a key press Gmail's compose handlers see after an edit made
 * by code. Sent on the next task: sent at once, Gmail typed it as a character for InboxSDK. No
 * `keypress`, so nothing can be typed.
 */
export function nudgeDraftSave(editor: HTMLElement): void {
  setTimeout(() => {
    try {
      for (const type of ['keydown', 'keyup'])
        editor.dispatchEvent(
          new KeyboardEvent(type, { bubbles: true, cancelable: true, keyCode: 190, which: 190 }),
        );
    } catch {
      // The editor went away: nothing to save.
    }
  }, 0);
}
