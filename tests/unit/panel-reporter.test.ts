// The panel reporter both content scripts share, and each site's reporter on it: what is posted
// to connected panels, and that a reader that throws never throws into the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { eventReporter } from '@/entrypoints/calendar.content/features/event-reporter';
import { threadReporter } from '@/entrypoints/gmail.content/features/thread-reporter';
import { readPageState } from '@/utils/calendar/extract';
import { createPanelReporter, type PanelReporter } from '@/utils/features/panel-reporter';
import { readOpenThread } from '@/utils/gmail/extract';
import { CALENDAR_PANEL_PORT, GMAIL_PANEL_PORT } from '@/utils/messaging/ports';

vi.mock('@/utils/gmail/extract', async (original) => ({
  ...(await original<typeof import('@/utils/gmail/extract')>()),
  readOpenThread: vi.fn(() => null),
}));
vi.mock('@/utils/calendar/extract', async (original) => ({
  ...(await original<typeof import('@/utils/calendar/extract')>()),
  readPageState: vi.fn(() => ({ view: 'week' })),
}));

type Listener = (port: unknown) => void;
let connect: Listener | undefined;
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  connect = undefined;
  vi.spyOn(browser.runtime.onConnect, 'addListener').mockImplementation((fn) => {
    connect = fn as Listener;
  });
  vi.spyOn(browser.runtime.onConnect, 'removeListener').mockImplementation(() => {});
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

function port(name: string) {
  const gone: (() => void)[] = [];
  return {
    name,
    postMessage: vi.fn(),
    disconnect: vi.fn(),
    onDisconnect: { addListener: (fn: () => void) => gone.push(fn) },
    leave: () => gone.forEach((fn) => fn()),
  };
}

const start = <P>(reporter: PanelReporter<P>, page: P) =>
  reporter.start({ page, signal: new AbortController().signal });

describe('createPanelReporter', () => {
  const setup = () => {
    const read = vi.fn((page: { n: number }) => ({ n: page.n }));
    const reporter = createPanelReporter('test-reporter', 'test-port', read, (s) => String(s.n));
    let page = { n: 1 };
    const stop = reporter.accept(() => page);
    return { read, reporter, stop, setPage: (p: { n: number }) => (page = p) };
  };

  it('reads nothing while no panel is connected', () => {
    const { read, reporter } = setup();
    start(reporter, { n: 1 });
    expect(read).not.toHaveBeenCalled();
  });

  it('posts at once on connect, then only when the signature changes', () => {
    const { reporter } = setup();
    const panel = port('test-port');
    connect!(panel);
    expect(panel.postMessage.mock.calls).toEqual([[{ n: 1 }]]);
    start(reporter, { n: 1 });
    reporter.refresh!({ page: { n: 2 }, signal: new AbortController().signal });
    expect(panel.postMessage.mock.calls).toEqual([[{ n: 1 }], [{ n: 2 }]]);
  });

  it('posts again to a panel that connects later, and stops reading when all left', () => {
    const { read, reporter, setPage } = setup();
    const first = port('test-port');
    connect!(first);
    setPage({ n: 1 });
    const second = port('test-port');
    connect!(second);
    expect(second.postMessage).toHaveBeenCalledWith({ n: 1 });
    first.leave();
    second.leave();
    read.mockClear();
    start(reporter, { n: 3 });
    expect(read).not.toHaveBeenCalled();
  });

  it('ignores other ports and disconnects its panels on stop', () => {
    const { stop } = setup();
    const other = port('other');
    connect!(other);
    expect(other.postMessage).not.toHaveBeenCalled();
    const panel = port('test-port');
    connect!(panel);
    stop();
    expect(panel.disconnect).toHaveBeenCalled();
    expect(other.disconnect).not.toHaveBeenCalled();
  });
});

describe.each([
  {
    site: 'Gmail',
    name: GMAIL_PANEL_PORT,
    id: 'thread-reporter',
    reporter: () => threadReporter,
    page: { url: 'https://mail.google.com/mail/u/0/#inbox', view: 'list' as const },
    breakReader: () =>
      vi.mocked(readOpenThread).mockImplementation(() => {
        throw new Error('Gmail changed');
      }),
  },
  {
    site: 'Calendar',
    name: CALENDAR_PANEL_PORT,
    id: 'event-reporter',
    reporter: () => eventReporter(() => null),
    page: { url: 'https://calendar.google.com/calendar/u/0/r/week' },
    breakReader: () =>
      vi.mocked(readPageState).mockImplementation(() => {
        throw new Error('Calendar changed');
      }),
  },
])('$site reporter', ({ name, id, reporter, page, breakReader }) => {
  it('posts the page state to a panel on connect', () => {
    const r = reporter() as PanelReporter<typeof page>;
    const stop = r.accept(() => page);
    const panel = port(name);
    connect!(panel);
    expect(panel.postMessage).toHaveBeenCalledTimes(1);
    stop();
  });

  it('a reader that throws does not throw out of the first report', () => {
    breakReader();
    const r = reporter() as PanelReporter<typeof page>;
    const stop = r.accept(() => page);
    const panel = port(name);
    expect(() => connect!(panel)).not.toThrow();
    expect(panel.postMessage).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(`[va-desk:${id}]`, expect.any(Error));
    stop();
  });
});
