// The runtime protocol: content scripts and pages → the background (`browser.runtime.sendMessage`),
// each message typed once here, answered with a `Result` by `router.ts`, sent with `send.ts`.
import type { Person } from '@/utils/gmail/types';
import type { FieldRequest } from '@/utils/snippets/variables';
import type { Envelope } from './wire';

/** What a content script needs to draw a client chip: never rates or notes. */
export interface ClientSummary {
  id: string;
  name: string;
  shortName: string;
  color: string;
}

/** What the Gmail content script read around the compose a shortcut was typed in. */
export interface ShortcutContext {
  account: number;
  /** The open thread an inline reply belongs to; null for a new message. */
  threadId: string | null;
  subject: string | null;
  sender: Person | null;
}

/** A snippet filled for shortcut expansion, with what the in-page prompt must ask first. */
export interface ShortcutExpansion {
  snippetId: string;
  /** Filled with the answers given; not to be inserted while `fields` is not empty. */
  text: string;
  cursorOffset: number | null;
  /** Fill-in fields still without an answer (`{{ask:…}}`, `{{choose:…}}`). */
  fields: FieldRequest[];
  /** Set when the snippet is scoped to another client than the thread's: asked before inserting. */
  guard: string | null;
  /** The prompt's words, in the VA's language (the content script carries no catalog). */
  words: { heading: string; insert: string; cancel: string };
}

/**
 * The protocol: message type → input and output. Later issues add their messages here, each
 * handled by one background module per domain (`entrypoints/background/handlers/*.ts`).
 */
export interface Protocol {
  /** Open the side panel (Chrome) or sidebar (Firefox) in the sender's window. */
  openSidePanel: { input: { windowId?: number }; output: { opened: boolean } };
  /** Active clients for chips and pickers in pages that cannot read the database. */
  listClientSummaries: { input: Record<string, never>; output: ClientSummary[] };
  /** The clients of these threads in one Gmail account, for chips: threadId → client. */
  getThreadTags: {
    input: { account: number; threadIds: string[] };
    output: Record<string, ClientSummary>;
  };
  /**
   * Active time the Gmail content script counted on a thread, added to that local day (`YYYY-MM-DD`).
   * Returns the thread's total for the day.
   */
  logEmailActivity: {
    input: { account: number; threadId: string; day: string; ms: number };
    output: { activeMs: number };
  };
  /**
   * Fills the snippet with this shortcut for expansion in Gmail, from the page's context, the
   * thread's client and the VA's settings. Null when no snippet has the shortcut (any more).
   */
  fillSnippetShortcut: {
    input: ShortcutContext & {
      shortcut: string;
      answers: Record<string, string>;
      /** The browser's UI language as the page sees it, for the prompt's words ('auto' setting). */
      uiLanguage: string;
    };
    output: ShortcutExpansion | null;
  };
  /**
   * A snippet was expanded into Gmail: count the use, and log its minutes to the thread's client
   * when the snippet asks for it and the thread is tagged.
   */
  recordSnippetUse: {
    input: { snippetId: string; account: number; threadId: string | null };
    output: { usageCount: number; loggedMinutes: number };
  };
}

export type MessageType = keyof Protocol;
export type InputOf<K extends MessageType> = Protocol[K]['input'];
export type OutputOf<K extends MessageType> = Protocol[K]['output'];

/** A runtime message on the wire. */
export type RuntimeEnvelope<K extends MessageType = MessageType> = Envelope<K, InputOf<K>>;
