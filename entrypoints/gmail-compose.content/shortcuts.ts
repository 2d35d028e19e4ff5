// Shortcut expansion: `;grazie` then Space or Tab in any Gmail compose body becomes the filled
// snippet. Per keystroke the only work is the key check; on Space/Tab, the word before the caret
// against a Set built once from the `snippetShortcuts` storage item (and rebuilt when it changes). Everything
// else (reading the page, asking the background, the prompt) happens only on a hit.
import { browser } from 'wxt/browser';
import { composeBoxOf, composeEditorOf, readComposeContext } from '@/utils/gmail/compose-reader';
import type { ShortcutExpansion } from '@/utils/messaging/runtime';
import { SNIPPET_SHORTCUTS_KEY as SHORTCUTS_KEY } from '@/utils/messaging/revisions';
import { sendMessage } from '@/utils/messaging/send';
import { askInPage } from './prompt';
import { nudgeDraftSave, typeText, wordBeforeCaret } from './typing';

/** The shortcuts as a Set, and the longest one's length (how far back to read). */
export function shortcutSet(value: unknown): { set: Set<string>; maxLength: number } {
  const list = Array.isArray(value)
    ? value.filter((s): s is string => typeof s === 'string' && s.length > 0)
    : [];
  const set = new Set(list.map((s) => s.toLowerCase()));
  return { set, maxLength: Math.max(0, ...[...set].map((s) => s.length)) };
}

function selectRange(doc: Document, range: Range): void {
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/**
 * Leaves the shortcut as typed and gives back the Space it swallowed, with the caret after it.
 * After the prompt the caret is put back; otherwise only when it has not moved meanwhile.
 */
function giveBack(
  doc: Document,
  editor: HTMLElement,
  range: Range,
  trigger: string,
  refocus = false,
): void {
  const selection = doc.getSelection();
  const inPlace =
    !!selection?.isCollapsed &&
    selection.anchorNode === range.endContainer &&
    selection.anchorOffset === range.endOffset;
  if (!inPlace && !refocus) return;
  if (refocus) {
    const caret = range.cloneRange();
    caret.collapse(false);
    editor.focus();
    selectRange(doc, caret);
  }
  if (trigger === ' ' && doc.execCommand('insertText', false, ' ')) nudgeDraftSave(editor);
}

/** Starts listening for shortcuts; stops with `signal`. */
export function startShortcuts(doc: Document, signal: AbortSignal, log: (e: unknown) => void) {
  let shortcuts = shortcutSet([]);
  let busy = false;

  const load = (value: unknown) => (shortcuts = shortcutSet(value));
  browser.storage.local
    .get(SHORTCUTS_KEY)
    .then((items) => load(items[SHORTCUTS_KEY]))
    .catch(log);
  const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
    if (SHORTCUTS_KEY in changes) load(changes[SHORTCUTS_KEY]!.newValue);
  };
  browser.storage.local.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.local.onChanged.removeListener(onChanged));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== ' ' && event.key !== 'Tab') return;
    if (!shortcuts.set.size || busy) return;
    try {
      if (event.isComposing || event.ctrlKey || event.altKey || event.metaKey) return;
      if (event.key === 'Tab' && event.shiftKey) return;
      const editor = composeEditorOf(event.target);
      const selection = editor && doc.getSelection();
      if (!editor || !selection?.isCollapsed) return;
      const hit = wordBeforeCaret(
        selection.anchorNode,
        selection.anchorOffset,
        shortcuts.maxLength,
      );
      if (!hit || !shortcuts.set.has(hit.word.toLowerCase()) || !editor.contains(hit.node)) return;
      // Ours from here: Gmail must not see this Space or Tab.
      event.preventDefault();
      event.stopImmediatePropagation();
      const range = doc.createRange();
      range.setStart(hit.node, hit.start);
      range.setEnd(hit.node, hit.end);
      busy = true;
      expand(doc, editor, range, hit.word, event.key)
        .catch((error: unknown) => {
          log(error);
          giveBack(doc, editor, range, event.key);
        })
        .finally(() => (busy = false));
    } catch (error) {
      log(error);
    }
  };
  // Capture on the window: before Gmail's own key handlers (Tab would leave the body).
  doc.defaultView?.addEventListener('keydown', onKeyDown, { capture: true, signal });
}

/** A shortcut was typed: fill its snippet, ask what it needs, then replace the shortcut with it. */
async function expand(
  doc: Document,
  editor: HTMLElement,
  range: Range,
  word: string,
  trigger: string,
): Promise<void> {
  const context = readComposeContext(doc, doc.location.href, composeBoxOf(editor));
  const ask = (answers: Record<string, string>) =>
    sendMessage('fillSnippetShortcut', {
      ...context,
      shortcut: word.toLowerCase(),
      answers,
      uiLanguage: browser.i18n.getUILanguage(),
    });
  let result = await ask({});
  if (!result.ok || !result.value) return giveBack(doc, editor, range, trigger);
  let fill: ShortcutExpansion = result.value;

  if (fill.fields.length || fill.guard) {
    const answers = await askInPage(doc, {
      heading: fill.words.heading,
      guard: fill.guard,
      fields: fill.fields,
      insert: fill.words.insert,
      cancel: fill.words.cancel,
      near: range.getBoundingClientRect(),
    });
    // Escape: the shortcut stays as typed, with its Space. A click elsewhere: the VA moved on.
    if (answers === 'away') return;
    if (answers === 'cancel') return giveBack(doc, editor, range, trigger, true);
    if (fill.fields.length) {
      result = await ask(answers);
      if (!result.ok || !result.value || result.value.fields.length)
        return giveBack(doc, editor, range, trigger, true);
      fill = result.value;
    }
  }

  // The VA may have edited meanwhile: only a shortcut still in place is replaced.
  if (range.collapsed || range.toString().toLowerCase() !== word.toLowerCase()) return;
  editor.focus();
  selectRange(doc, range);
  if (!typeText(doc, fill.text, fill.cursorOffset)) return;
  nudgeDraftSave(editor);
  await sendMessage('recordSnippetUse', {
    snippetId: fill.snippetId,
    account: context.account,
    threadId: context.threadId,
  });
}
