// Client chips on the tagged rows of the visible thread list.
import type { FeatureContext } from '@/utils/features/runner';
import { readListThreads } from '@/utils/gmail/list-reader';
import { gmailAccountIndex } from '@/utils/gmail/page';
import { chipFeature, placeChip, removeChips } from '@/entrypoints/gmail.content/chip';
import type { GmailPage } from '@/entrypoints/gmail.content/page-watcher';
import { lookupTags } from '@/entrypoints/gmail.content/tag-cache';

async function draw({ page, signal }: FeatureContext<GmailPage>): Promise<void> {
  const rows = readListThreads(document);
  const tags = await lookupTags(
    gmailAccountIndex(page.url),
    rows.map((r) => r.threadId),
  );
  if (signal.aborted) return;
  const keep = new Set<Element>();
  for (const row of rows) {
    const client = tags.get(row.threadId);
    if (client && row.subjectAnchor)
      keep.add(placeChip(row.subjectAnchor, 'beforebegin', 'row', row.threadId, client));
  }
  removeChips('row', keep);
}

export const listClientChips = chipFeature(
  'list-client-chips',
  'row',
  (page) => page.view === 'list' || page.view === 'split',
  draw,
);
