// The DOM helpers every Calendar reader uses. Grid queries are scoped to `[role=main]` (the side
// bar's mini-month has date keys too); readers read only attributes and text and never throw.
import * as S from './selectors';
import { hiddenBy, squash } from '@/utils/dom/query';

/** Hidden by an inline style or the `hidden` attribute, itself or an ancestor. */
export const isHidden = hiddenBy(/display:\s*none|visibility:\s*hidden/);

export const textOf = (node: Node | null) => squash(node?.textContent);

const BLOCK = /^(DIV|P|LI|UL|OL|H[1-6]|TR|BLOCKQUOTE|PRE|SECTION)$/;

/**
 * Text with line breaks where the page has `<br>` or blocks, for descriptions and the when row;
 * elements matching `skip` (the title heading inside the when row) are left out.
 */
export function linesOf(node: Node | null, skip?: string): string[] {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += n.textContent;
    else if (n.nodeType === 1) {
      const tag = (n as Element).tagName;
      if (tag === 'BR') out += '\n';
      else if (tag === 'SCRIPT' || tag === 'STYLE') return;
      else if (skip && (n as Element).matches(skip)) return;
      else {
        const block = BLOCK.test(tag);
        if (block) out += '\n';
        n.childNodes.forEach(walk);
        if (block) out += '\n';
      }
    }
  };
  if (node) walk(node);
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean);
}

export function findMain(doc: Document): Element | null {
  try {
    return [...doc.querySelectorAll(S.mainContent)].find((main) => !isHidden(main)) ?? null;
  } catch {
    return null;
  }
}
