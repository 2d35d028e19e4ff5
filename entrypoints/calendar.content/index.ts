// Google Calendar's content script: tiny on purpose (no UI framework, no database). It reads the
// page and tells a connected side panel what it sees; everything else happens in the panel.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createFeatureRunner } from '@/utils/features/runner';
import { eventReporter } from './features/event-reporter';
import { watchCalendar } from './page-watcher';

export default defineContentScript({
  // Runs at document_idle, the default. Top frame only: Calendar inside Gmail's side panel is not
  // read yet.
  matches: ['https://calendar.google.com/calendar/*'],
  main(ctx) {
    const world = globalThis as { __vaDeskCalendar?: boolean };
    if (world.__vaDeskCalendar) return; // never twice in one page
    world.__vaDeskCalendar = true;

    // The watcher is made after the runner it drives; the reporter first reads it on a settle
    // (a timer) or a panel's connection, both later.
    const reporter = eventReporter(() => watcher.lastOpenedEventId());
    const runner = createFeatureRunner([reporter]);
    const watcher = watchCalendar(window, runner.navigate, runner.refresh);
    const stopPanels = reporter.accept(() => ({ url: location.href }));

    // The extension was updated or removed: leave Calendar exactly as it was.
    ctx.onInvalidated(() => {
      watcher.stop();
      runner.stop();
      stopPanels();
      world.__vaDeskCalendar = false;
    });
  },
});
