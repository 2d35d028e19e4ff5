import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { askPanelPort } from '@/utils/messaging/ask-port';
import { CALENDAR_PANEL_PORT, GMAIL_PANEL_PORT } from '@/utils/messaging/ports';

type Port = ReturnType<typeof browser.tabs.connect>;

/** A tab whose content script answers `answer` (or stays silent) and records the disconnect. */
function fakeTab(answer: unknown | undefined) {
  const port = {
    name: '',
    onMessage: {
      addListener: (fn: (m: unknown) => void) => {
        if (answer !== undefined) setTimeout(() => fn(answer));
      },
    },
    onDisconnect: { addListener: () => {} },
    disconnect: vi.fn(),
  };
  const connect = vi.spyOn(browser.tabs, 'connect').mockImplementation((_tab, info) => {
    port.name = info?.name ?? '';
    return port as unknown as Port;
  });
  return { port, connect };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('askPanelPort', () => {
  it('answers the first state the tab posts on the named port, then closes it', async () => {
    const { port, connect } = fakeTab({ url: 'https://mail.google.com/mail/u/0/#inbox' });
    const state = await askPanelPort(7, GMAIL_PANEL_PORT);
    expect(state).toEqual({ url: 'https://mail.google.com/mail/u/0/#inbox' });
    expect(connect).toHaveBeenCalledWith(7, { name: GMAIL_PANEL_PORT });
    expect(port.disconnect).toHaveBeenCalledOnce();
  });

  it('answers null when the tab stays silent past the wait', async () => {
    vi.useFakeTimers();
    const { port } = fakeTab(undefined);
    const asked = askPanelPort(7, CALENDAR_PANEL_PORT, 1500);
    await vi.advanceTimersByTimeAsync(1500);
    expect(await asked).toBeNull();
    expect(port.disconnect).toHaveBeenCalledOnce();
  });

  it('answers null when no content script can be reached', async () => {
    vi.spyOn(browser.tabs, 'connect').mockImplementation(() => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await askPanelPort(7, GMAIL_PANEL_PORT)).toBeNull();
  });
});
