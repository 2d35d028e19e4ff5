import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { panelHandlers } from '@/entrypoints/background/handlers/panel';
import { createRouter } from '@/utils/messaging/router';

const envelope = (type: string, input: unknown) => ({ app: 'va-desk', type, input });

describe('panel handlers', () => {
  const route = createRouter(panelHandlers);

  it('opens the side panel in the sender window', async () => {
    const open = vi.fn(async () => {});
    Object.assign(browser, { sidePanel: { open } });
    try {
      const result = await route(envelope('openSidePanel', {}), { tab: { id: 1, windowId: 42 } });
      expect(result).toEqual({ ok: true, value: { opened: true } });
      expect(open).toHaveBeenCalledWith({ windowId: 42 });
    } finally {
      delete (browser as { sidePanel?: unknown }).sidePanel;
    }
  });

  it('rejects a window id that is not an integer', async () => {
    expect(await route(envelope('openSidePanel', { windowId: 'x' }))).toMatchObject({
      ok: false,
      error: { code: 'badRequest', message: 'windowId must be an integer' },
    });
  });
});
