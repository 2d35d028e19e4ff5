// The client chip next to the subject of a tagged open thread.
import type { FeatureContext } from '@/utils/features/runner';
import { findSubjectHeading } from '@/utils/gmail/extract';
import { gmailAccountIndex } from '@/utils/gmail/page';
import { chipFeature, placeChip, removeChips } from '@/entrypoints/gmail.content/chip';
import type { GmailPage } from '@/entrypoints/gmail.content/page-watcher';
import { lookupTags } from '@/entrypoints/gmail.content/tag-cache';

async function draw({ page, signal }: FeatureContext<GmailPage>): Promise<void> {
  const heading = findSubjectHeading(document);
  const threadId = heading?.getAttribute('data-legacy-thread-id');
  const keep = new Set<Element>();
  if (heading && threadId) {
    const tags = await lookupTags(gmailAccountIndex(page.url), [threadId]);
    if (signal.aborted) return;
    const client = tags.get(threadId);
    if (client) keep.add(placeChip(heading, 'afterend', 'subject', threadId, client));
  }
  removeChips('subject', keep);
}

export const threadClientChip = chipFeature(
  'thread-client-chip',
  'subject',
  (page) => page.view === 'thread' || page.view === 'split',
  draw,
);
