// The tab message (side panel → Gmail compose script): its envelope check, the answer check and
// the sender that never throws. Inserting itself is checked in Chromium: tests/e2e/compose.spec.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import {
  INSERT_MESSAGE,
  isInsertOutcome,
  parseInsertMessage,
  sendInsert,
} from '@/utils/messaging/tab';

const envelope = (input: unknown, type: string = INSERT_MESSAGE) => ({
  app: 'va-desk',
  type,
  input,
});

describe('parseInsertMessage', () => {
  const good = { text: 'Hi\nthere', cursorOffset: 2, openReplyIfNone: true };
  it.each([
    ['a good request', envelope(good), true],
    ['the caret at the end', envelope({ ...good, cursorOffset: 8 }), true],
    ['no caret (null)', envelope({ ...good, cursorOffset: null }), true],
    ['empty text', envelope({ ...good, text: '', cursorOffset: 0 }), true],
    ['another message', envelope(good, 'vaDeskOther'), false],
    ['an envelope of the runtime protocol', envelope({}, 'openSidePanel'), false],
    ['the request without its envelope', { type: INSERT_MESSAGE, ...good }, false],
    ['another app', { ...envelope(good), app: 'other' }, false],
    ['a caret past the text', envelope({ ...good, cursorOffset: 9 }), false],
    ['a negative caret', envelope({ ...good, cursorOffset: -1 }), false],
    ['a fractional caret', envelope({ ...good, cursorOffset: 1.5 }), false],
    ['text that is not a string', envelope({ ...good, text: ['Hi'] }), false],
    ['text too long', envelope({ ...good, text: 'x'.repeat(100_001), cursorOffset: null }), false],
    ['openReplyIfNone missing', envelope({ text: 'x', cursorOffset: null }), false],
    ['no input', envelope(null), false],
    ['null', null, false],
    ['a string', INSERT_MESSAGE, false],
  ])('%s', (_, message, accepted) => {
    const request = parseInsertMessage(message);
    if (!accepted) expect(request).toBeNull();
    else {
      const input = (message as { input: typeof good }).input;
      expect(request).toEqual({
        text: input.text,
        cursorOffset: input.cursorOffset,
        openReplyIfNone: true,
      });
    }
  });
});

describe('isInsertOutcome', () => {
  it.each([
    [{ ok: true, value: { where: 'reply' } }, true],
    [{ ok: true, value: { where: 'compose' } }, true],
    [{ ok: true, value: { where: 'openedReply' } }, true],
    [{ ok: false, error: { code: 'noCompose', message: 'm' } }, true],
    [{ ok: false, error: { code: 'noThread', message: 'm' } }, true],
    [{ ok: false, error: { code: 'notEditable', message: 'm' } }, true],
    [{ ok: true }, false],
    [{ ok: true, value: null }, false],
    [{ ok: true, value: { where: 'somewhere' } }, false],
    [{ ok: false, error: { code: 'other', message: 'm' } }, false],
    [{ ok: false, error: 'noCompose' }, false],
    // The shape of the tab message before it answered a Result.
    [{ ok: true, where: 'reply' }, false],
    [{ ok: false, reason: 'noCompose' }, false],
    [{ ok: 'yes', value: { where: 'reply' } }, false],
    [undefined, false],
    [null, false],
    ['ok', false],
  ])('%j is an outcome: %s', (value, expected) => {
    expect(isInsertOutcome(value)).toBe(expected);
  });
});

describe('sendInsert', () => {
  afterEach(() => vi.restoreAllMocks());
  const request = { text: 'Ciao', cursorOffset: null, openReplyIfNone: true };

  it('sends the request in the envelope and passes a valid answer on', async () => {
    const send = vi
      .spyOn(browser.tabs, 'sendMessage')
      .mockImplementation(() => Promise.resolve({ ok: true, value: { where: 'reply' } }));
    expect(await sendInsert(7, request)).toEqual({ ok: true, value: { where: 'reply' } });
    expect(send).toHaveBeenCalledWith(7, { app: 'va-desk', type: INSERT_MESSAGE, input: request });
  });

  it.each([
    ['answers nothing (an older content script)', () => Promise.resolve(undefined)],
    ['answers another shape', () => Promise.resolve({ ok: false, reason: 'noCompose' })],
    ['has no receiver', () => Promise.reject(new Error('Receiving end does not exist.'))],
  ])('is unavailable when the tab %s', async (_, answer) => {
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(answer);
    const result = await sendInsert(7, request);
    expect(result).toEqual({
      ok: false,
      error: { code: 'unavailable', message: expect.any(String) },
    });
  });
});
