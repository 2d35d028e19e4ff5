// More URL facts about Gmail (see page.ts). Only hints: the DOM decides what a page shows.

/**
 * The open thread's token, the last hash segment when it looks like one (google-dom §1.1):
 * `#inbox/FMfcgzQ…` and `#label/Work/16a0d1f820d515e2` → the token; `#inbox`, `#inbox/p2`,
 * `#settings/general`, `#search/fattura` → null.
 */
export function gmailThreadToken(url: string): string | null {
  const segments = (url.split('#')[1] ?? '').split('?')[0]!.split('/');
  const last = segments.length > 1 ? segments.pop()! : '';
  return /^(?:[0-9a-f]{16}|[B-DF-HJ-NP-TV-XZb-df-hj-np-tv-xz]{16,})$/.test(last) ? last : null;
}
