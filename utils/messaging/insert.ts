// Side panel -> Gmail content script: put text into the open reply/compose box as if typed.
export const INSERT_MESSAGE = 'vaDeskInsert';

export interface InsertRequest {
  type: typeof INSERT_MESSAGE;
  /** Plain text; '\n' are line breaks. Never HTML. */
  text: string;
  /** Where the caret ends, as an offset into `text`; null = at the end. */
  cursorOffset: number | null;
  /** When no compose/reply box is open: open a reply on the open thread first. */
  openReplyIfNone: boolean;
}

export type InsertOutcome =
  | { ok: true; where: 'reply' | 'compose' | 'openedReply' }
  | { ok: false; reason: 'noCompose' | 'noThread' | 'notEditable' };
