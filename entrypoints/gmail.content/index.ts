// Gmail's content script: tiny on purpose (no UI framework, no database). It reads the page,
// tells the extension what it sees and draws client chips; everything else happens in the panel.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createFeatureRunner } from '@/utils/features/runner';
import { emailTime } from './features/email-time';
import { listClientChips } from './features/list-client-chips';
import { threadClientChip } from './features/thread-client-chip';
import { threadReporter } from './features/thread-reporter';
import { watchGmail } from './page-watcher';
import { onTagsChanged } from './tag-cache';

export default defineContentScript({
  // Runs at document_idle, the default.
  matches: ['https://mail.google.com/mail/*'],
  main(ctx) {
    // Only the mail app itself: not the print, attachment or pop-out compose pages (`?…&view=pt`).
    if (/[?&]view=/.test(location.search)) return;
    const world = globalThis as { __vaDeskGmail?: boolean };
    if (world.__vaDeskGmail) return; // never twice in one page
    world.__vaDeskGmail = true;

    const runner = createFeatureRunner([
      threadReporter,
      threadClientChip,
      listClientChips,
      emailTime,
    ]);
    const watcher = watchGmail(window, runner.navigate, runner.refresh);
    const stopTags = onTagsChanged(() => runner.refresh(watcher.page()));

    const stopPanels = threadReporter.accept(() => ({
      url: location.href,
      view: watcher.page().view,
    }));

    // The extension was updated or removed: leave Gmail exactly as it was (stopping the chip
    // features removes their chips).
    ctx.onInvalidated(() => {
      watcher.stop();
      runner.stop();
      stopTags();
      stopPanels();
      world.__vaDeskGmail = false;
    });
  },
});
