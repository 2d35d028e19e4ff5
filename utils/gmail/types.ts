// What the Gmail content script reads from the page and sends to the extension. Plain data only:
// it crosses the messaging boundary.

export type GmailView = 'thread' | 'list' | 'split' | 'other' | 'loading';

export interface Person {
  name: string;
  /** Lower case. */
  email: string;
}

export interface MessageInfo {
  /** `msg-f:<dec>` / `msg-a:r<dec>` without the leading `#`; null when unreadable. */
  messageId: string | null;
  /** 16 hex digits; null for mail sent from this account before it synced. */
  legacyMessageId: string | null;
  sender: Person | null;
  recipients: Person[];
  /** The localized full date from the `title` attribute, as shown (never parsed for logic). */
  dateTitle: string;
  /** Collapsed in the conversation (its body is not loaded). */
  collapsed: boolean;
}

export type ThreadPart = 'threadId' | 'subject' | 'messages' | 'sender' | 'body';

export interface ThreadSnapshot {
  /** Legacy hex id when readable, else the perm id (`thread-f:<dec>`), else the URL token. */
  threadId: string;
  idSource: 'legacy' | 'perm' | 'url';
  /** `/mail/u/N/`. */
  account: number;
  subject: string;
  messages: MessageInfo[];
  /** The latest expanded message's body as HTML, capped at BODY_CAP characters ('' if unread). */
  latestBodyHtml: string;
  /** What the reader could not find, so the side panel can say so in words. */
  missing: ThreadPart[];
}

export const BODY_CAP = 100_000;

export interface GmailPageState {
  url: string;
  view: GmailView;
  account: number;
  /** The open thread (thread or split view), or null. */
  thread: ThreadSnapshot | null;
}
