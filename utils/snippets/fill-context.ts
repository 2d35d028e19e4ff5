import type { Client } from '@/utils/model/types';
import type { FillContext } from './variables';

/**
 * What a snippet's variables are filled from: the open email (its latest sender and subject, when
 * read), the client its thread is tagged to, and the VA's name and signature. The side panel and
 * the Gmail shortcut both build it here.
 */
export function snippetFillContext(
  email: { sender: FillContext['sender']; subject: string | null },
  client: Client | null,
  settings: { vaName: string; signature: string },
  now: number,
): FillContext {
  return {
    sender: email.sender,
    subject: email.subject,
    client,
    me: { name: settings.vaName, signature: settings.signature },
    now,
  };
}
