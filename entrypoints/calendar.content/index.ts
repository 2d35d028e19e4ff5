// Google Calendar's content script: tiny on purpose (no UI framework, no database). It reads the
// page and tells a connected side panel what it sees; everything else happens in the panel.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createFeatureRunner } from '@/utils/features/runner';
import { acceptPanels, eventReporter } from './features/event-reporter';
import { watchCalendar } from './page-watcher';

export default defineContentScript({
  // Runs at document_idle, the default. Top frame only: Calendar inside Gmail's side panel is not
  // read yet.
  matches: ['https://calendar.google.com/calendar/*'],
  main(ctx) {
    const world = globalThis as { __vaDeskCalendar?: boolean };
    if (world.__vaDeskCalendar) return; // never twice in one page
    world.__vaDeskCalendar = true;

    const runner = createFeatureRunner([eventReporter]);
    const watcher = watchCalendar(window, runner.navigate, runner.refresh);
    const stopPanels = acceptPanels(() => ({ url: location.href }), watcher.lastOpenedEventId);

    // The extension was updated or removed: leave Calendar exactly as it was.
    ctx.onInvalidated(() => {
      watcher.stop();
      runner.stop();
      stopPanels();
      world.__vaDeskCalendar = false;
    });
  },
});
