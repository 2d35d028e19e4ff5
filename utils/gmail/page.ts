// URL facts about Gmail. The DOM decides what a page shows; the URL is only a hint.

/** `https://mail.google.com/mail/u/1/#inbox` → true. */
export function isGmailUrl(url: string | undefined): boolean {
  return !!url && /^https:\/\/mail\.google\.com\/mail\//.test(url);
}

/** The signed-in account index from `/mail/u/N/`; 0 when the URL has none. */
export function gmailAccountIndex(url: string): number {
  const match = /^https:\/\/mail\.google\.com\/mail\/u\/(\d+)\//.exec(url);
  return match ? Number(match[1]) : 0;
}
