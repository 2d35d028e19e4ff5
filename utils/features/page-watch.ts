// The schedule/settle/guard both page watchers share. A site's observers and listeners call
// `schedule`; a burst of calls becomes one settle `SETTLE_MS` later, which lets the site (re)attach
// its observers, reads the page, and calls `onNavigate` when the page's key changed, else
// `onContent`. Nothing a settle throws reaches the page: it is logged with the watcher's id.
// Plain parameters rather than an options object: this runs in Gmail's size-budgeted script.
import { guard, logFeatureError } from './runner';

export const SETTLE_MS = 150;

/**
 * Counters for `npm run bench`, read from the content script's isolated world over CDP. The page
 * cannot see them (content scripts have their own globals).
 */
const stats = ((globalThis as { __vaDeskStats?: object }).__vaDeskStats = {
  observerCallbacks: 0,
  settles: 0,
  navigations: 0,
});

/** A site's page watcher: started on a window, it calls back on navigation and on new content. */
export type SiteWatcher<P, W> = (
  win: Window,
  onNavigate: (page: P) => void,
  onContent: (page: P) => void,
) => W;

export interface PageWatch<P> {
  schedule(): void;
  page(): P;
  /** No settle after this, even one already scheduled. */
  stop(): void;
}

/**
 * `attach` (re)attaches the site's observers to what the page shows now; `read` reads the page.
 * Until the first settle, `page()` is a loading page whose key matches no real one.
 */
export function createPageWatch<P extends { key: string }>(
  id: string,
  attach: () => void,
  read: () => P,
  onNavigate: (page: P) => void,
  onContent: (page: P) => void,
): PageWatch<P> {
  let current = { url: '', view: 'loading', key: '' } as unknown as P;
  // Stopped: a value that is not a timer but not nullish either, so `schedule` sets none again.
  let timer: ReturnType<typeof setTimeout> | -1 | undefined;

  const settle = () => {
    timer = undefined;
    stats.settles++;
    guard(id, logFeatureError, () => {
      attach();
      const previous = current;
      current = read();
      if (current.key !== previous.key) {
        stats.navigations++;
        onNavigate(current);
      } else onContent(current);
    });
  };

  return {
    schedule() {
      stats.observerCallbacks++;
      timer ??= setTimeout(settle, SETTLE_MS);
    },
    page: () => current,
    stop() {
      clearTimeout(timer);
      timer = -1;
    },
  };
}
