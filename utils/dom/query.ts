// DOM helpers the Gmail and Calendar readers share. Dependency-free: content scripts import it.

/** The matches of the first part of a comma list that matches anything: the parts are ordered fallbacks. */
export const pickAll = (root: ParentNode, selector: string): Element[] => {
  for (const part of selector.split(',')) {
    const found = root.querySelectorAll(part);
    if (found.length) return [...found];
  }
  return [];
};
export const pick = (root: ParentNode | null, selector: string): Element | null =>
  root ? (pickAll(root, selector)[0] ?? null) : null;

/** `isHidden` for a site: hidden by the `hidden` attribute or an inline style matching `style`, itself or an ancestor. */
export function hiddenBy(style: RegExp): (el: Element | null) => boolean {
  const isHidden = (el: Element | null): boolean =>
    !!el &&
    (el.hasAttribute('hidden') ||
      style.test(el.getAttribute('style') ?? '') ||
      isHidden(el.parentElement));
  return isHidden;
}

/** Runs of white space as one space, trimmed. */
export const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
