// The tab message: side panel → a Gmail tab's compose content script (`browser.tabs.sendMessage`),
// "put this text into the open reply or compose box as if typed". Same envelope and `Result` as
// the runtime protocol; the failures are the ones the panel tells the VA in words.
import { browser } from 'wxt/browser';
import { fail, isEnvelope, type Envelope, type Result } from './wire';

export const INSERT_MESSAGE = 'insertText';

export interface InsertRequest {
  /** Plain text; '\n' are line breaks. Never HTML. */
  text: string;
  /** Where the caret ends, as an offset into `text`; null = at the end. */
  cursorOffset: number | null;
  /** When no compose/reply box is open: open a reply on the open thread first. */
  openReplyIfNone: boolean;
}

export type InsertPlace = 'reply' | 'compose' | 'openedReply';
/** What the compose script can answer instead of inserting. */
export type InsertFailure = 'noCompose' | 'noThread' | 'notEditable';
/** The compose script's answer. */
export type InsertOutcome = Result<{ where: InsertPlace }, InsertFailure>;
/** What the panel gets: the answer, or `unavailable` when no (current) VA Desk answers in the tab. */
export type InsertResult = Result<{ where: InsertPlace }, InsertFailure | 'unavailable'>;

/** Longer than any snippet (20,000 characters) with room for filled values. */
const MAX_TEXT = 100_000;

/** The request in a tab message, or null when the message is not a valid one of ours. */
export function parseInsertMessage(message: unknown): InsertRequest | null {
  if (!isEnvelope(message) || message.type !== INSERT_MESSAGE) return null;
  const input = message.input;
  if (typeof input !== 'object' || input === null) return null;
  const { text, cursorOffset, openReplyIfNone } = input as Record<string, unknown>;
  if (typeof text !== 'string' || text.length > MAX_TEXT) return null;
  if (
    cursorOffset !== null &&
    (typeof cursorOffset !== 'number' ||
      !Number.isInteger(cursorOffset) ||
      cursorOffset < 0 ||
      cursorOffset > text.length)
  )
    return null;
  if (typeof openReplyIfNone !== 'boolean') return null;
  return { text, cursorOffset, openReplyIfNone };
}

const PLACES: readonly string[] = ['reply', 'compose', 'openedReply'];
const FAILURES: readonly string[] = ['noCompose', 'noThread', 'notEditable'];

/** A reply that really is an InsertOutcome (an older content script answers nothing, or another shape). */
export function isInsertOutcome(value: unknown): value is InsertOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; value?: { where?: unknown }; error?: { code?: unknown } };
  if (v.ok === true) return typeof v.value?.where === 'string' && PLACES.includes(v.value.where);
  if (v.ok === false) return typeof v.error?.code === 'string' && FAILURES.includes(v.error.code);
  return false;
}

/** Sends the insert to the Gmail tab. Never throws: a tab without (a current) VA Desk is `unavailable`. */
export async function sendInsert(tabId: number, request: InsertRequest): Promise<InsertResult> {
  const envelope: Envelope<typeof INSERT_MESSAGE, InsertRequest> = {
    app: 'va-desk',
    type: INSERT_MESSAGE,
    input: request,
  };
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, envelope);
    return isInsertOutcome(reply) ? reply : fail('unavailable', 'no VA Desk in the tab');
  } catch (error) {
    return fail('unavailable', error instanceof Error ? error.message : String(error));
  }
}
