import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activeTime, emailTime, IDLE_MS } from '@/entrypoints/gmail.content/features/email-time';
import type { GmailPage } from '@/entrypoints/gmail.content/page-watcher';
import { sendMessage } from '@/utils/messaging/send';

vi.mock('@/utils/messaging/send', () => ({
  sendMessage: vi.fn(() => Promise.resolve({ ok: true, value: { activeMs: 0 } })),
}));

const S = 1000;
/** Local (Europe/Rome, set in vitest.config.ts) wall time. */
const at = (y: number, mo: number, d: number, h = 10, mi = 0, s = 0) =>
  new Date(y, mo - 1, d, h, mi, s).getTime();
const T = at(2026, 11, 26, 10);

describe('activeTime (pure counting between two counts)', () => {
  it.each([
    ['active while inputs come', T, T + 30 * S, true, T + 50 * S, [['2026-11-26', 50 * S]]],
    [
      'up to a minute after the last input',
      T,
      T + 10 * S,
      true,
      T + 300 * S,
      [['2026-11-26', 70 * S]],
    ],
    ['a pause right after the count', T, T, true, T + 10 * 60 * S, [['2026-11-26', IDLE_MS]]],
    ['nothing while hidden or unfocused', T, T + 30 * S, false, T + 50 * S, []],
    ['nothing when no time passed', T, T, true, T, []],
    ['nothing when the clock went back', T, T, true, T - 5 * S, []],
    [
      'split at local midnight',
      at(2026, 11, 26, 23, 59, 30),
      at(2026, 11, 26, 23, 59, 50),
      true,
      at(2026, 11, 27, 0, 0, 40),
      [
        ['2026-11-26', 30 * S],
        ['2026-11-27', 40 * S],
      ],
    ],
    [
      'from midnight on: only the new day',
      at(2026, 11, 27, 0),
      at(2026, 11, 27, 0, 0, 10),
      true,
      at(2026, 11, 27, 0, 0, 20),
      [['2026-11-27', 20 * S]],
    ],
    [
      'across the spring DST change (02:00 → 03:00)',
      at(2026, 3, 29, 1, 59, 40),
      at(2026, 3, 29, 1, 59, 50),
      true,
      at(2026, 3, 29, 3, 0, 10),
      [['2026-03-29', 30 * S]],
    ],
  ])('%s', (_, from, input, on, now, expected) => {
    expect(activeTime(from, input, on, now)).toEqual(expected);
  });
});

/** Replaces the test page's body with a fixture's markup, parsed inertly. */
const setBody = (html: string) =>
  document.body.replaceChildren(
    ...new DOMParser().parseFromString(html, 'text/html').body.childNodes,
  );

describe('the email-time feature in a Gmail page', () => {
  const page: GmailPage = {
    url: 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQjgzptDVmgpZqMwrsMTmwQgcxB',
    view: 'thread',
    key: 'k',
  };
  const send = vi.mocked(sendMessage);
  let focused = true;
  let hidden = false;
  let controller: AbortController;

  const advance = (ms: number) => vi.setSystemTime(Date.now() + ms);
  const fire = (type: string, target: EventTarget = window) =>
    target.dispatchEvent(new Event(type, { bubbles: true }));
  /** Inputs every `step` ms for `ms` ms. */
  const work = (ms: number, step = 5 * S, type = 'mousemove') => {
    for (let t = 0; t < ms; t += step) {
      advance(step);
      fire(type, document.body);
    }
  };
  /** What was sent, as `day → ms` totals. */
  const sent = () => {
    const totals: Record<string, number> = {};
    for (const [type, input] of send.mock.calls) {
      expect(type).toBe('logEmailActivity');
      const { account, threadId, day, ms } = input as {
        account: number;
        threadId: string;
        day: string;
        ms: number;
      };
      expect({ account, threadId }).toEqual({ account: 1, threadId: '1a1f9a3bd20dba06' });
      totals[day] = (totals[day] ?? 0) + ms;
    }
    return totals;
  };

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T);
    send.mockClear();
    focused = true;
    hidden = false;
    vi.spyOn(document, 'hasFocus').mockImplementation(() => focused);
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    setBody(
      '<div class="aeF"><div class="nH"><div class="nH"><div role="main">' +
        '<h2 class="hP" data-legacy-thread-id="1a1f9a3bd20dba06">Rinnovo</h2>' +
        '</div></div></div></div>',
    );
    controller = new AbortController();
  });

  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
    setBody('');
  });

  const start = () => emailTime.start({ page, signal: controller.signal });

  it('counts while the VA works, sends at most once a minute, and the rest on leaving', () => {
    start();
    expect(vi.getTimerCount()).toBe(0); // no timer, ever
    work(60 * S);
    expect(send).toHaveBeenCalledTimes(1); // the input at +60 s counted the first minute
    work(60 * S, 2 * S, 'keydown');
    work(55 * S, 5 * S, 'scroll');
    expect(send).toHaveBeenCalledTimes(2);
    advance(3 * S);
    controller.abort(); // navigation to another thread
    expect(sent()).toEqual({ '2026-11-26': 178 * S });
    work(60 * S);
    expect(send).toHaveBeenCalledTimes(3); // stopped listening
    expect(vi.getTimerCount()).toBe(0);
  });

  it('pauses a minute after the last input', () => {
    start();
    work(10 * S);
    advance(10 * 60 * S);
    fire('pointerdown', document.body);
    expect(sent()).toEqual({ '2026-11-26': 70 * S });
    work(20 * S);
    controller.abort();
    expect(sent()).toEqual({ '2026-11-26': 90 * S });
  });

  it('stops while the tab is hidden and sends at once', () => {
    start();
    work(20 * S);
    hidden = true;
    fire('visibilitychange', document);
    expect(sent()).toEqual({ '2026-11-26': 20 * S });
    advance(5 * 60 * S);
    hidden = false;
    fire('visibilitychange', document);
    work(30 * S);
    controller.abort();
    expect(sent()).toEqual({ '2026-11-26': 50 * S });
  });

  it('stops while the window is not focused, even with the mouse moving over it', () => {
    start();
    work(15 * S);
    focused = false;
    fire('blur');
    expect(sent()).toEqual({ '2026-11-26': 15 * S });
    work(3 * 60 * S);
    focused = true;
    fire('focus');
    work(10 * S);
    fire('pagehide');
    expect(sent()).toEqual({ '2026-11-26': 25 * S });
  });

  it('splits the time at local midnight', () => {
    vi.setSystemTime(at(2026, 11, 26, 23, 59, 30));
    start();
    work(60 * S);
    controller.abort();
    expect(sent()).toEqual({ '2026-11-26': 30 * S, '2026-11-27': 30 * S });
  });

  it('does nothing without an open thread', () => {
    setBody('<div class="aeF"><div class="nH"><div role="main"></div></div></div>');
    start();
    work(2 * 60 * S);
    controller.abort();
    expect(send).not.toHaveBeenCalled();
  });
});
