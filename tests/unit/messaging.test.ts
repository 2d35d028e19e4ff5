import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ValidationError } from '@/utils/model/errors';
import { createRouter, type Handlers } from '@/utils/messaging/router';
import { sendMessage } from '@/utils/messaging/send';

const envelope = (type: string, input: unknown) => ({ app: 'va-desk', type, input });

describe('router', () => {
  const handlers: Handlers = {
    openSidePanel: {
      parse(input) {
        if (input !== 'good')
          throw new ValidationError([{ field: 'x', message: 'errorNameRequired' }]);
        return {};
      },
      async handle() {
        return { opened: true };
      },
    },
    listClientSummaries: {
      parse: () => ({}),
      async handle() {
        throw new Error('disk on fire');
      },
    },
  };
  const route = createRouter(handlers, 'ext-id');

  it.each([
    ['a foreign message', { type: 'openSidePanel' }],
    ['a string', 'hello'],
    ['null', null],
  ])('ignores %s so other listeners can answer', (_, message) => {
    expect(route(message, {})).toBeUndefined();
  });

  it.each([
    ['an unknown type', envelope('dropTables', {}), 'badRequest'],
    ['invalid input', envelope('openSidePanel', 'bad'), 'validation'],
    ['a handler that throws', envelope('listClientSummaries', {}), 'internal'],
  ])('answers %s with an error result', async (_, message, code) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await route(message, { id: 'ext-id' });
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('returns the handler value as ok', async () => {
    expect(await route(envelope('openSidePanel', 'good'), { id: 'ext-id' })).toEqual({
      ok: true,
      value: { opened: true },
    });
  });

  it('passes the sender tab to handlers', async () => {
    const seen = vi.fn();
    const r = createRouter({
      openSidePanel: {
        parse: () => ({}),
        async handle(_input, context) {
          seen(context);
          return { opened: false };
        },
      },
    });
    await r(envelope('openSidePanel', {}), { tab: { id: 7, windowId: 3 } });
    expect(seen).toHaveBeenCalledWith({ tabId: 7, windowId: 3, fromExtension: true });
  });
});

describe('sendMessage', () => {
  it('turns a missing receiver into an unavailable result instead of throwing', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(await sendMessage('listClientSummaries', {})).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });

  it('wraps the message in the VA Desk envelope', async () => {
    const spy = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockResolvedValue({ ok: true, value: [] } as never);
    expect(await sendMessage('listClientSummaries', {})).toEqual({ ok: true, value: [] });
    expect(spy).toHaveBeenCalledWith({ app: 'va-desk', type: 'listClientSummaries', input: {} });
  });
});
