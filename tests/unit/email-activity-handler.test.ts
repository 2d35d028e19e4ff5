import { describe, expect, it } from 'vitest';
import { emailActivityHandlers } from '@/entrypoints/background/handlers/email-activity';
import { getThreadActivity, listUnloggedEmailTime } from '@/utils/db/email-activity-repo';
import { createRouter } from '@/utils/messaging/router';

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
