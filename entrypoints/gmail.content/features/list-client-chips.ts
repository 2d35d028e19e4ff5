// Client chips on the tagged rows of the visible thread list.
import { readListThreads } from '@/utils/gmail/list-reader';
import { chipFeature } from '@/entrypoints/gmail.content/chip-feature';

export const listClientChips = chipFeature(
  'list-client-chips',
  'row',
  (page) => page.view === 'list' || page.view === 'split',
  () =>
    readListThreads(document).map((row) => ({ threadId: row.threadId, anchor: row.subjectAnchor })),
);
