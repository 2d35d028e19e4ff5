// The client chip next to the subject of a tagged open thread.
import { findSubjectHeading } from '@/utils/gmail/extract';
import { chipFeature } from '@/entrypoints/gmail.content/chip-feature';

export const threadClientChip = chipFeature(
  'thread-client-chip',
  'subject',
  (page) => page.view === 'thread' || page.view === 'split',
  () => {
    const heading = findSubjectHeading(document);
    const threadId = heading?.getAttribute('data-legacy-thread-id');
    return heading && threadId ? [{ threadId, anchor: heading }] : [];
  },
);
