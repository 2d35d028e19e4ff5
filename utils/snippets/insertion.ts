import type { Client, Id, Snippet } from '@/utils/model/types';
import { INSERT_MESSAGE, type InsertOutcome, type InsertRequest } from '@/utils/messaging/insert';
import type { FillResult } from './variables';

/**
 * Whether inserting `snippet` into a thread tagged to `threadClientId` needs the VA's word first:
 * a snippet written for one client going into another client's thread. A snippet for every
 * client, or a thread tagged to no client, goes in without asking.
 */
export type GuardDecision =
  { kind: 'ok' } | { kind: 'confirm'; snippetClient: string; threadClient: string };

export function checkClientGuard(
  snippet: Pick<Snippet, 'clientId'>,
  threadClientId: Id | null,
  clients: readonly Pick<Client, 'id' | 'name'>[],
): GuardDecision {
  if (!snippet.clientId || !threadClientId || snippet.clientId === threadClientId)
    return { kind: 'ok' };
  const name = (id: Id) => clients.find((c) => c.id === id)?.name ?? id;
  return {
    kind: 'confirm',
    snippetClient: name(snippet.clientId),
    threadClient: name(threadClientId),
  };
}

/** The message the Gmail content script receives (utils/messaging/insert.ts). */
export function insertRequest(filled: Pick<FillResult, 'text' | 'cursorOffset'>): InsertRequest {
  return {
    type: INSERT_MESSAGE,
    text: filled.text,
    cursorOffset: filled.cursorOffset,
    openReplyIfNone: true,
  };
}

const WHERE = ['reply', 'compose', 'openedReply'];
const REASONS = ['noCompose', 'noThread', 'notEditable'];

/** A reply that really is an InsertOutcome (an older content script answers nothing). */
export function isInsertOutcome(value: unknown): value is InsertOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; where?: unknown; reason?: unknown };
  if (v.ok === true) return typeof v.where === 'string' && WHERE.includes(v.where);
  if (v.ok === false) return typeof v.reason === 'string' && REASONS.includes(v.reason);
  return false;
}

/** What happened to an insert, as the panel tells it: the outcome, or no VA Desk in the tab. */
export type InsertResult = InsertOutcome | { ok: false; reason: 'noContentScript' };
