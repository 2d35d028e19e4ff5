// The DOM helpers every Gmail reader uses. Readers scope every query to the visible view (Gmail
// keeps earlier views hidden in the DOM), read only attributes and text, and never throw: only
// `findVisibleMain` queries the document itself, guarded; queries on the elements it returns use
// constant, valid selectors and cannot throw.
import * as S from './selectors';
import type { Person } from './types';
import { hiddenBy, squash } from '@/utils/dom/query';

const HIDDEN_STYLE = /display:\s*none/;

/** Hidden by Gmail's inline style. */
const styleHidden = (el: Element): boolean => HIDDEN_STYLE.test(el.getAttribute('style') ?? '');

/** Hidden by Gmail's inline style or the `hidden` attribute, itself or an ancestor. */
export const isHidden = hiddenBy(HIDDEN_STYLE);

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
export const textOf = (node: Node | null): string => squash(rawText(node));

export const person = (el: Element): Person => ({
  name: el.getAttribute('name') ?? textOf(el),
  email: (el.getAttribute('email') ?? '').toLowerCase(),
});

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
