// Which compose body the VA works in. One capture `focusin` listener on the page is all this
// script does until a compose body gets focus; each body is then watched for leaving focus, to
// keep where the caret was (an insert from the side panel goes back there).
import { composeEditorOf } from '@/utils/gmail/compose-reader';

export interface EditorTracker {
  /** The compose body that had focus last, if any. */
  lastFocused(): HTMLElement | null;
  /** Where the caret was in `editor` when it lost focus (null if unknown or gone). */
  savedCaret(editor: HTMLElement): Range | null;
}

/**
 * Starts tracking; `onFirstEditor` runs once, when the first compose body gets focus (the
 * shortcut listener starts there). Everything stops with `signal`.
 */
export function trackEditors(
  doc: Document,
  signal: AbortSignal,
  onFirstEditor: () => void,
  log: (error: unknown) => void,
): EditorTracker {
  let last: HTMLElement | null = null;
  let started = false;
  const carets = new WeakMap<HTMLElement, Range>();
  const watched = new WeakSet<HTMLElement>();

  const onFocusOut = (event: Event) => {
    try {
      const editor = event.currentTarget as HTMLElement;
      const selection = doc.getSelection();
      const range = selection?.rangeCount ? selection.getRangeAt(0) : null;
      if (range && editor.contains(range.startContainer)) carets.set(editor, range.cloneRange());
    } catch (error) {
      log(error);
    }
  };

  doc.addEventListener(
    'focusin',
    (event) => {
      try {
        const editor = composeEditorOf(event.target);
        if (!editor) return;
        last = editor;
        if (!watched.has(editor)) {
          watched.add(editor);
          editor.addEventListener('focusout', onFocusOut, { signal });
        }
        if (!started) {
          started = true;
          onFirstEditor();
        }
      } catch (error) {
        log(error);
      }
    },
    { capture: true, signal },
  );

  return {
    lastFocused: () => last,
    savedCaret(editor) {
      const range = carets.get(editor);
      return range && editor.contains(range.startContainer) ? range : null;
    },
  };
}
