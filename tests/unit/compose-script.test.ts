// The Gmail compose content script's pure parts. Typing itself (execCommand, the caret, undo,
// Gmail's events) is checked in real Chromium: tests/e2e/compose.spec.ts.
import { describe, expect, it } from 'vitest';
import { shortcutSet } from '@/entrypoints/gmail-compose.content/shortcuts';
import { wordBeforeCaret } from '@/entrypoints/gmail-compose.content/typing';

/** A body like Gmail's after typing: text nodes in divs. `|` marks the caret. */
function caretIn(html: string): { node: Node; offset: number } {
  const page = new DOMParser().parseFromString(
    `<div>${html.replace('|', '<i id="caret"></i>')}</div>`,
    'text/html',
  );
  const mark = page.querySelector('#caret')!;
  const parent = mark.parentNode!;
  const index = Array.from(parent.childNodes).indexOf(mark);
  const before = mark.previousSibling;
  const after = mark.nextSibling;
  mark.remove();
  // Collapse the caret into the text node before it, as a browser's selection usually is.
  if (before?.nodeType === 3 && after?.nodeType === 3) {
    const offset = (before as Text).length;
    (before as Text).appendData((after as Text).data);
    after.remove();
    return { node: before, offset };
  }
  if (before?.nodeType === 3) return { node: before, offset: (before as Text).length };
  return { node: parent, offset: index };
}

describe('wordBeforeCaret', () => {
  it.each([
    ['Ciao ;grazie|', ';grazie'],
    [';grazie|', ';grazie'],
    ['<div>Hello</div><div>;thx|</div>', ';thx'],
    ['one\u00a0;thx|', ';thx'], // Chrome types a trailing space as nbsp
    ['Ciao ;GRAZIE|', ';GRAZIE'],
    ['Ciao ;gra|zie', ';gra'],
    ['Ciao |', null],
    ['|', null],
    ['<div><br>|</div>', null],
    ['x'.repeat(40) + '|', null], // longer than any shortcut: not read
    ['word;thx|', 'word;thx'], // one word: only a shortcut typed on its own expands
  ])('%j → %j', (html, want) => {
    const { node, offset } = caretIn(html);
    const hit = wordBeforeCaret(node, offset, 32);
    expect(hit?.word ?? null).toBe(want);
    if (hit) expect(hit.node.data.slice(hit.start, hit.end)).toBe(want);
  });

  it('reads the text node before an element caret (offset between children)', () => {
    const div = document.createElement('div');
    div.append('Hi ;sig', document.createElement('br'));
    expect(wordBeforeCaret(div, 1, 32)?.word).toBe(';sig');
    expect(wordBeforeCaret(div, 2, 32)).toBeNull();
    expect(wordBeforeCaret(div, 0, 32)).toBeNull();
  });

  it('reads at most maxLength + 1 characters back', () => {
    const text = document.createTextNode('a'.repeat(10_000) + ' ;x');
    expect(wordBeforeCaret(text, text.length, 2)?.word).toBe(';x');
    expect(wordBeforeCaret(text, text.length - 3, 2)).toBeNull();
    expect(wordBeforeCaret(text, text.length, 0)).toBeNull();
    expect(wordBeforeCaret(null, 0, 32)).toBeNull();
  });
});

describe('shortcutSet', () => {
  it.each([
    [[';grazie', ';thx'], [';grazie', ';thx'], 7],
    [[';Grazie'], [';grazie'], 7],
    [[], [], 0],
    [undefined, [], 0],
    ['not a list', [], 0],
    [[';ok', 3, null, ''], [';ok'], 3],
  ])('%j → %j (longest %d)', (value, want, maxLength) => {
    const { set, maxLength: got } = shortcutSet(value);
    expect([...set].sort()).toEqual(want);
    expect(got).toBe(maxLength);
  });
});
