// Follows Gmail's navigation cheaply: `hashchange`, plus two scoped observers instead of one on
// the whole body: one on the view containers' `style` (Gmail swaps views by showing and hiding
// them) and one on the visible view's content. Bursts of mutations are debounced into one guarded
// settle (utils/features/page-watch.ts).
import { detectView, findSubjectHeading } from '@/utils/gmail/extract';
import { viewsContainer } from '@/utils/gmail/selectors';
import type { GmailView } from '@/utils/gmail/types';
import { createPageWatch, type SiteWatcher } from '@/utils/features/page-watch';

export interface GmailPage {
  url: string;
  view: GmailView;
  /** Identity of what is shown: a change means a navigation, not just new content. */
  key: string;
}

export interface PageWatcher {
  page(): GmailPage;
  stop(): void;
}

export const watchGmail: SiteWatcher<GmailPage, PageWatcher> = (win, onNavigate, onContent) => {
  const doc = win.document;
  let observedMain: Element | null = null;
  let observedViews: Element | null = null;

  const read = (): GmailPage => {
    const url = win.location.href;
    const view = detectView(doc, url);
    // A subject heading in the visible view makes it a thread or split view.
    const heading = findSubjectHeading(doc);
    const threadKey = heading?.getAttribute('data-legacy-thread-id') ?? heading?.textContent ?? '';
    return { url, view, key: `${url.split('?')[0]}|${view}|${threadKey}` };
  };

  const watch = createPageWatch<GmailPage>('gmail-watcher', attach, read, onNavigate, onContent);
  const { schedule } = watch;

  const contentObserver = new MutationObserver(schedule);
  const viewsObserver = new MutationObserver(schedule);
  const bootObserver = new MutationObserver(() => {
    if (doc.querySelector(viewsContainer)) {
      bootObserver.disconnect();
      schedule();
    }
  });

  /** (Re)attaches the observers to the views container and the visible view's content. */
  function attach() {
    const views = doc.querySelector(viewsContainer);
    if (views !== observedViews) {
      viewsObserver.disconnect();
      observedViews = views;
      if (views) {
        viewsObserver.observe(views, { childList: true });
        for (const child of views.children)
          viewsObserver.observe(child, { attributes: true, attributeFilter: ['style'] });
      }
    }
    // The visible view, found fast by its own inline style.
    const main =
      [...(observedViews?.children ?? [])].find(
        (child) => (child as HTMLElement).style.display !== 'none',
      ) ?? null;
    if (main !== observedMain) {
      contentObserver.disconnect();
      observedMain = main;
      if (main) contentObserver.observe(main, { childList: true, subtree: true });
    }
  }

  win.addEventListener('hashchange', schedule);
  if (doc.querySelector(viewsContainer)) schedule();
  else bootObserver.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });

  return {
    page: watch.page,
    stop() {
      watch.stop();
      win.removeEventListener('hashchange', schedule);
      contentObserver.disconnect();
      viewsObserver.disconnect();
      bootObserver.disconnect();
    },
  };
};
