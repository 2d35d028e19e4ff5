// What both chip features do: find the threads shown and where their chips go, ask which clients
// they are tagged to, place a chip on each tagged one and remove the others; on start and on every
// refresh. Stopping the feature (navigation, or the extension going away) removes its chips.
import type { Feature } from '@/utils/features/runner';
import { gmailAccountIndex } from '@/utils/gmail/page';
import { placeChip, removeChips, type ChipKind } from './chip';
import type { GmailPage } from './page-watcher';
import { lookupTags } from './tag-cache';

/** A thread shown, and the element its chip goes next to (none: no chip, but its tag is asked). */
export interface ChipSpot {
  threadId: string;
  anchor: Element | null;
}

export function chipFeature(
  id: string,
  kind: ChipKind,
  include: (page: GmailPage) => boolean,
  findSpots: () => ChipSpot[],
): Feature<GmailPage> {
  const draw: Feature<GmailPage>['start'] = async ({ page, signal }) => {
    const spots = findSpots();
    const keep = new Set<Element>();
    if (spots.length) {
      const tags = await lookupTags(
        gmailAccountIndex(page.url),
        spots.map((spot) => spot.threadId),
      );
      if (signal.aborted) return;
      for (const { threadId, anchor } of spots) {
        const client = tags.get(threadId);
        if (client && anchor) keep.add(placeChip(anchor, kind, threadId, client));
      }
    }
    removeChips(kind, keep);
  };
  return {
    id,
    include,
    start(ctx) {
      ctx.signal.addEventListener('abort', () => removeChips(kind, new Set()));
      return draw(ctx);
    },
    refresh: draw,
  };
}
