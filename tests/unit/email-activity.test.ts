import { clientInput } from './factories';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emailActivityHandlers } from '@/entrypoints/background/handlers/email-activity';
import { activeTime, emailTime, IDLE_MS } from '@/entrypoints/gmail.content/features/email-time';
import type { GmailPage } from '@/entrypoints/gmail.content/page-watcher';
import { createClient } from '@/utils/db/clients-repo';
import {
  addEmailActivity,
  getThreadActivity,
  listUnloggedEmailTime,
} from '@/utils/db/email-activity-repo';
import { ValidationError } from '@/utils/model/errors';
import { tagThread } from '@/utils/db/threads-repo';
import { addEntry, startTimer, type EntryInput } from '@/utils/db/time-entries-repo';
import { createRouter } from '@/utils/messaging/router';
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

const entry = (clientId: string, start: number, end: number, threadId: string | null) =>
  ({
    clientId,
    start,
    end,
    note: '',
    billable: true,
    activityType: 'email',
    task: null,
    caller: '',
    threadId,
    appointmentId: null,
    calendarEventId: null,
  }) satisfies EntryInput;

describe('email activity repository', () => {
  it('upserts one row per thread and day, adding the time', async () => {
    const first = await addEmailActivity(
      { account: 1, threadId: 'aa', day: '2026-11-26', ms: 5000 },
      T,
    );
    expect(first).toEqual({
      id: '2026-11-26|1:aa',
      day: '2026-11-26',
      account: 1,
      threadId: 'aa',
      activeMs: 5000,
      updatedAt: T,
    });
    const second = await addEmailActivity(
      { account: 1, threadId: 'aa', day: '2026-11-26', ms: 7000 },
      T + 1,
    );
    expect(second).toMatchObject({ activeMs: 12_000, updatedAt: T + 1 });
    expect(await getThreadActivity(1, 'aa', '2026-11-26')).toBe(12_000);
  });

  it('keeps days, accounts and threads apart', async () => {
    await Promise.all([
      addEmailActivity({ account: 1, threadId: 'aa', day: '2026-11-26', ms: 1000 }),
      addEmailActivity({ account: 1, threadId: 'aa', day: '2026-11-27', ms: 2000 }),
      addEmailActivity({ account: 0, threadId: 'aa', day: '2026-11-26', ms: 4000 }),
      addEmailActivity({ account: 1, threadId: 'bb', day: '2026-11-26', ms: 8000 }),
    ]);
    expect(await getThreadActivity(1, 'aa', '2026-11-26')).toBe(1000);
    expect(await getThreadActivity(1, 'aa', '2026-11-27')).toBe(2000);
    expect(await getThreadActivity(0, 'aa', '2026-11-26')).toBe(4000);
    expect(await getThreadActivity(1, 'bb', '2026-11-26')).toBe(8000);
    expect(await getThreadActivity(1, 'bb', '2026-11-27')).toBe(0);
  });

  it('concurrent counts for the same row all add up (one transaction each)', async () => {
    await Promise.all(
      Array.from({ length: 10 }, () =>
        addEmailActivity({ account: 1, threadId: 'aa', day: '2026-11-26', ms: 1000 }),
      ),
    );
    expect(await getThreadActivity(1, 'aa', '2026-11-26')).toBe(10_000);
  });

  it.each([
    [{ account: 1, threadId: 'aa', day: '2026-02-30', ms: 1000 }, 'day'],
    [{ account: 1, threadId: 'aa', day: 'yesterday', ms: 1000 }, 'day'],
    [{ account: 1, threadId: '', day: '2026-11-26', ms: 1000 }, 'threadId'],
    [{ account: 1, threadId: 'aa', day: '2026-11-26', ms: 0 }, 'ms'],
    [{ account: 1, threadId: 'aa', day: '2026-11-26', ms: 1.5 }, 'ms'],
  ])('refuses %o', async (input, field) => {
    await expect(addEmailActivity(input)).rejects.toMatchObject({
      issues: [expect.objectContaining({ field })],
    });
    await expect(addEmailActivity(input)).rejects.toBeInstanceOf(ValidationError);
  });

  it('lists unlogged email time per client: active − logged, floored at 0, untagged last', async () => {
    const rossi = await createClient(clientInput('Rossi'), T - 1000);
    const bianchi = await createClient(clientInput('Bianchi'), T - 1000);
    const tag = (threadId: string, clientId: string) =>
      tagThread(
        { account: 1, threadId, clientId, subject: `Subject ${threadId}`, participants: [] },
        T,
      );
    await tag('r1', rossi.id);
    await tag('r2', rossi.id);
    await tag('b1', bianchi.id);
    const day = '2026-11-26';
    const log = (threadId: string, account: number, minutes: number, d = day) =>
      addEmailActivity({ account, threadId, day: d, ms: minutes * 60_000 });
    await log('r1', 1, 30);
    await log('r2', 1, 10);
    await log('b1', 1, 5);
    await log('u1', 1, 12); // untagged
    await log('r1', 0, 4); // same id, other account: untagged
    await log('r1', 1, 99, '2026-11-25'); // another day
    const now = at(2026, 11, 26, 18);
    // r1: 20 min entry + 5 min of an entry that began the day before (clipped at midnight).
    await addEntry(entry(rossi.id, at(2026, 11, 26, 9), at(2026, 11, 26, 9, 20), '1:r1'), now);
    await addEntry(entry(rossi.id, at(2026, 11, 25, 23, 50), at(2026, 11, 26, 0, 5), '1:r1'), now);
    // r2: logged more than counted → 0 unlogged, never negative.
    await addEntry(entry(rossi.id, at(2026, 11, 26, 11), at(2026, 11, 26, 11, 25), '1:r2'), now);
    // Not for these threads, or not that day: ignored.
    await addEntry(entry(rossi.id, at(2026, 11, 26, 12), at(2026, 11, 26, 13), null), now);
    await addEntry(
      entry(rossi.id, at(2026, 11, 27, 9), at(2026, 11, 27, 10), '1:r1'),
      at(2026, 11, 27, 12),
    );
    // b1: a running timer counts up to now.
    await startTimer({ clientId: bianchi.id, threadId: '1:b1' }, now - 2 * 60_000);

    const list = await listUnloggedEmailTime(day, now);
    const min = 60_000;
    expect(list).toEqual([
      {
        clientId: rossi.id,
        threads: [
          {
            threadId: 'r1',
            account: 1,
            subject: 'Subject r1',
            activeMs: 30 * min,
            loggedMs: 25 * min,
          },
          {
            threadId: 'r2',
            account: 1,
            subject: 'Subject r2',
            activeMs: 10 * min,
            loggedMs: 25 * min,
          },
        ],
        unloggedMs: 5 * min,
      },
      {
        clientId: bianchi.id,
        threads: [
          {
            threadId: 'b1',
            account: 1,
            subject: 'Subject b1',
            activeMs: 5 * min,
            loggedMs: 2 * min,
          },
        ],
        unloggedMs: 3 * min,
      },
      {
        clientId: null,
        threads: [
          { threadId: 'u1', account: 1, subject: '', activeMs: 12 * min, loggedMs: 0 },
          { threadId: 'r1', account: 0, subject: '', activeMs: 4 * min, loggedMs: 0 },
        ],
        unloggedMs: 16 * min,
      },
    ]);
    expect(await listUnloggedEmailTime('2026-11-24', now)).toEqual([]);
    await expect(listUnloggedEmailTime('26/11/2026', now)).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('logEmailActivity handler', () => {
  const route = createRouter(emailActivityHandlers);
  const send = (input: unknown) =>
    route({ app: 'va-desk', type: 'logEmailActivity', input }, { tab: { id: 3 } });
  const good = { account: 1, threadId: '1a1f9a3bd20dba06', day: '2026-11-26', ms: 5000 };

  it('adds the time and answers the thread total for the day', async () => {
    expect(await send(good)).toEqual({ ok: true, value: { activeMs: 5000 } });
    expect(await send({ ...good, ms: 3_600_000 })).toEqual({
      ok: true,
      value: { activeMs: 3_605_000 },
    });
    expect(await getThreadActivity(1, '1a1f9a3bd20dba06', '2026-11-26')).toBe(3_605_000);
  });

  it.each([
    ['not an object', 'hello'],
    ['no input', undefined],
    ['account below 0', { ...good, account: -1 }],
    ['account above 99', { ...good, account: 100 }],
    ['account not an integer', { ...good, account: 1.5 }],
    ['account a string', { ...good, account: '1' }],
    ['empty threadId', { ...good, threadId: '' }],
    ['threadId over 100 characters', { ...good, threadId: 'a'.repeat(101) }],
    ['threadId not a string', { ...good, threadId: 42 }],
    ['day without padding', { ...good, day: '2026-1-5' }],
    ['day not a date', { ...good, day: '2026-02-30' }],
    ['day a number', { ...good, day: 20261126 }],
    ['ms 0', { ...good, ms: 0 }],
    ['ms negative', { ...good, ms: -5 }],
    ['ms over an hour', { ...good, ms: 3_600_001 }],
    ['ms not an integer', { ...good, ms: 1000.5 }],
    ['ms a string', { ...good, ms: '1000' }],
    ['ms missing', { account: 1, threadId: 'aa', day: '2026-11-26' }],
  ])('refuses %s and stores nothing', async (_, input) => {
    const result = await send(input);
    expect(result).toMatchObject({ ok: false, error: { code: 'badRequest' } });
    expect(await listUnloggedEmailTime('2026-11-26')).toEqual([]);
  });
});
