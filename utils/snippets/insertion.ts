import type { Client, Id, Snippet } from '@/utils/model/types';
import type { MessageKey } from '@/utils/i18n/messages';
import type { InsertFailure, InsertRequest } from '@/utils/messaging/tab';
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

/** What the panel says when a tab refuses an insert (the snippets and the proposed times alike). */
export const NOT_INSERTED: Record<InsertFailure | 'unavailable', MessageKey> = {
  unavailable: 'snippetInsertNoContentScript',
  noCompose: 'snippetInsertNoCompose',
  noThread: 'snippetInsertNoThread',
  notEditable: 'snippetInsertNotEditable',
};

/** The request of the tab message the Gmail compose script receives (utils/messaging/tab.ts). */
export function insertRequest(filled: Pick<FillResult, 'text' | 'cursorOffset'>): InsertRequest {
  return {
    text: filled.text,
    cursorOffset: filled.cursorOffset,
    openReplyIfNone: true,
  };
}
