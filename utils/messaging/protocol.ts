import type { CalendarPageState } from '../calendar/types';
import type { FieldIssue } from '../db/errors';
import type { GmailPageState } from '../gmail/types';

/** Every response between contexts: a value, or an error the receiver can show in words. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export type ErrorCode = 'badRequest' | 'validation' | 'notFound' | 'unavailable' | 'internal';

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

/** What a content script needs to draw a client chip: never rates or notes. */
export interface ClientSummary {
  id: string;
  name: string;
  shortName: string;
  color: string;
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
}

/**
 * The side panel connects a port with this name to a Gmail tab's content script, which then posts
 * a `GmailPageState` at once and on every change. While no panel is connected the content script
 * reads nothing beyond what its chips need.
 */
export const GMAIL_PANEL_PORT = 'va-desk-gmail-panel';
export type GmailPanelMessage = GmailPageState;

/** The same for a Calendar tab: its content script posts a `CalendarPageState`. */
export const CALENDAR_PANEL_PORT = 'va-desk-calendar-panel';
export type CalendarPanelMessage = CalendarPageState;

export type MessageType = keyof Protocol;
export type InputOf<K extends MessageType> = Protocol[K]['input'];
export type OutputOf<K extends MessageType> = Protocol[K]['output'];

/** The wire format; `app` keeps VA Desk's messages apart from anything else on the runtime. */
export interface Envelope<K extends MessageType = MessageType> {
  app: 'va-desk';
  type: K;
  input: InputOf<K>;
}

export function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { app?: unknown }).app === 'va-desk' &&
    typeof (message as { type?: unknown }).type === 'string'
  );
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, issues?: FieldIssue[]): Result<never> {
  return issues
    ? { ok: false, error: { code, message, issues } }
    : { ok: false, error: { code, message } };
}
