/** Gmail's address for a thread in an account; `#all/` finds it wherever it is filed. */
export function threadUrl(account: number, threadId: string): string {
  return `https://mail.google.com/mail/u/${account}/#all/${encodeURIComponent(threadId)}`;
}
