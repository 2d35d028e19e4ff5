// Ids built from what they identify, so every context derives the same id for the same thing.
import type { Id } from './types';

/** `<account>:<threadId>`: a Gmail thread of one account. */
export function threadKey(account: number, threadId: string): Id {
  return `${account}:${threadId}`;
}

/** `<day>|<account>:<threadId>`: one row per thread and local day. */
export function emailActivityId(day: string, account: number, threadId: string): string {
  return `${day}|${threadKey(account, threadId)}`;
}
