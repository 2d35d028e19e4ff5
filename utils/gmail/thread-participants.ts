// Who is on a Gmail thread, as the side panel reads it from the content script's snapshot.
import type { Person, ThreadSnapshot } from './types';

/** The sender of the thread's latest message with a readable sender, or null. */
export function latestSender(thread: ThreadSnapshot | null): Person | null {
  return [...(thread?.messages ?? [])].reverse().find((m) => m.sender)?.sender ?? null;
}

/** Every address on the thread (senders and recipients), each once, in reading order. */
export function threadParticipants(thread: ThreadSnapshot | null): string[] {
  const emails = new Set<string>();
  for (const m of thread?.messages ?? []) {
    if (m.sender) emails.add(m.sender.email);
    for (const r of m.recipients) emails.add(r.email);
  }
  return [...emails];
}

/**
 * Everyone on the thread but the VA: the senders of messages sent from this account (`msg-a:` ids)
 * are the VA's own addresses.
 */
export function threadGuests(thread: ThreadSnapshot | null): string[] {
  const own = new Set(
    (thread?.messages ?? [])
      .filter((m) => m.messageId?.startsWith('msg-a:') && m.sender)
      .map((m) => m.sender!.email),
  );
  return threadParticipants(thread).filter((email) => !own.has(email));
}
