// The schedule/settle/guard both page watchers share, and each site's watcher on it: a reader
// that throws is logged and never throws out of a settle (into the page).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchCalendar } from '@/entrypoints/calendar.content/page-watcher';
import { watchGmail } from '@/entrypoints/gmail.content/page-watcher';
import { detectView as detectCalendarView } from '@/utils/calendar/grid-reader';
import { createPageWatch, SETTLE_MS } from '@/utils/features/page-watch';
import { detectView as detectGmailView } from '@/utils/gmail/extract';

vi.mock('@/utils/gmail/extract', async (original) => ({
  ...(await original<typeof import('@/utils/gmail/extract')>()),
  detectView: vi.fn(() => 'list'),
}));
vi.mock('@/utils/calendar/grid-reader', async (original) => ({
  ...(await original<typeof import('@/utils/calendar/grid-reader')>()),
  detectView: vi.fn(() => 'week'),
}));

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  vi.useFakeTimers();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('createPageWatch', () => {
  const setup = (read: () => { key: string }) => {
    const attach = vi.fn();
    const onNavigate = vi.fn();
    const onContent = vi.fn();
    const watch = createPageWatch('test-watcher', attach, read, onNavigate, onContent);
    return { watch, attach, onNavigate, onContent };
  };

  it('turns a burst of schedules into one settle, SETTLE_MS later', () => {
    const { watch, attach, onNavigate } = setup(() => ({ key: 'a' }));
    for (let i = 0; i < 5; i++) watch.schedule();
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(attach).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(attach).toHaveBeenCalledTimes(1);
    expect(onNavigate).toHaveBeenCalledWith({ key: 'a' });
    expect(watch.page()).toEqual({ key: 'a' });
  });

  it.each([
    ['the same key', ['a', 'a'], 1, 1],
    ['a new key', ['a', 'b'], 2, 0],
  ])('calls %s a navigation or new content', (_, keys, navigations, contents) => {
    const read = vi.fn<() => { key: string }>();
    for (const key of keys) read.mockReturnValueOnce({ key });
    const { watch, onNavigate, onContent } = setup(read);
    for (const _key of keys) {
      watch.schedule();
      vi.advanceTimersByTime(SETTLE_MS);
    }
    expect(onNavigate).toHaveBeenCalledTimes(navigations);
    expect(onContent).toHaveBeenCalledTimes(contents);
  });

  it('settles no more once stopped, not even a settle already scheduled', () => {
    const { watch, attach } = setup(() => ({ key: 'a' }));
    watch.schedule();
    watch.stop();
    watch.schedule();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(attach).not.toHaveBeenCalled();
  });

  it('logs what a settle throws instead of throwing it into the page, and settles again', () => {
    const read = vi.fn<() => { key: string }>(() => {
      throw new Error('page changed');
    });
    const { watch, onNavigate } = setup(read);
    watch.schedule();
    expect(() => vi.advanceTimersByTime(SETTLE_MS)).not.toThrow();
    expect(warn).toHaveBeenCalledWith('[va-desk:test-watcher]', expect.any(Error));
    read.mockReturnValue({ key: 'b' });
    watch.schedule();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(onNavigate).toHaveBeenCalledWith({ key: 'b' });
  });
});

/** A window-like object with a page that has Gmail's views container and Calendar's grid. */
function fakeWindow(href: string) {
  const doc = new DOMParser().parseFromString(
    '<div class="aeF"><div class="nH"><div class="nH"></div></div></div><div role="main"></div>',
    'text/html',
  );
  return {
    document: doc,
    location: { href },
    addEventListener: () => {},
    removeEventListener: () => {},
  } as unknown as Window;
}

describe.each([
  {
    site: 'Gmail',
    id: 'gmail-watcher',
    watch: (win: Window, nav: () => void, content: () => void) => watchGmail(win, nav, content),
    url: 'https://mail.google.com/mail/u/0/#inbox',
    detect: detectGmailView as unknown as ReturnType<typeof vi.fn>,
  },
  {
    site: 'Calendar',
    id: 'calendar-watcher',
    watch: (win: Window, nav: () => void, content: () => void) => watchCalendar(win, nav, content),
    url: 'https://calendar.google.com/calendar/u/0/r/week',
    detect: detectCalendarView as unknown as ReturnType<typeof vi.fn>,
  },
])('the $site page watcher', ({ id, watch, url, detect }) => {
  it('reports the page once settled', () => {
    const onNavigate = vi.fn();
    const watcher = watch(fakeWindow(url), onNavigate, vi.fn());
    vi.advanceTimersByTime(SETTLE_MS);
    expect(onNavigate).toHaveBeenCalledTimes(1);
    watcher.stop();
  });

  it('a reader that throws does not throw out of the settle', () => {
    vi.mocked(detect).mockImplementation(() => {
      throw new Error('the site changed');
    });
    const onNavigate = vi.fn();
    const watcher = watch(fakeWindow(url), onNavigate, vi.fn());
    expect(() => vi.advanceTimersByTime(SETTLE_MS)).not.toThrow();
    expect(onNavigate).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(`[va-desk:${id}]`, expect.any(Error));
    watcher.stop();
  });
});
