// Which client each visible thread is tagged to. The content script cannot read the database, so
// it asks the background once per thread and keeps the answer until tags change anywhere.
import { browser } from 'wxt/browser';
import type { ClientSummary } from '@/utils/messaging/runtime';
import { TAGS_REVISION_KEY } from '@/utils/messaging/revisions';
import { sendMessage } from '@/utils/messaging/send';

const cache = new Map<string, ClientSummary | null>();
const key = (account: number, threadId: string) => `${account}:${threadId}`;

export async function lookupTags(
  account: number,
  threadIds: readonly string[],
): Promise<Map<string, ClientSummary | null>> {
  const missing = [...new Set(threadIds)]
    .filter((id) => !cache.has(key(account, id)))
    .slice(0, 500);
  if (missing.length) {
    const result = await sendMessage('getThreadTags', { account, threadIds: missing });
    // On failure nothing is cached: the next refresh asks again.
    if (result.ok) for (const id of missing) cache.set(key(account, id), result.value[id] ?? null);
  }
  return new Map(threadIds.map((id) => [id, cache.get(key(account, id)) ?? null]));
}

/** Calls `listener` whenever a tag or a client changes (the side panel bumps a revision). */
export function onTagsChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>) => {
    if (!(TAGS_REVISION_KEY in changes)) return;
    cache.clear();
    listener();
  };
  browser.storage.local.onChanged.addListener(handler);
  return () => browser.storage.local.onChanged.removeListener(handler);
}
