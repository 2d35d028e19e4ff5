import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchExtension } from './harness.mjs';
import { collectErrors } from './pages/email-panel.mjs';

// Focus and visibility in headless Chromium: Playwright turns on focus emulation for every page, so
// `document.hasFocus()` is true and `visibilityState` 'visible' for each tab, whichever is in front
// (checked below; switching tabs with chrome.tabs does not change it either). The Gmail tab is thus
// always "on" here: these tests check counting against the wall clock and that leaving the thread,
// a visibility change and closing the tab each send the time at once. Hidden and unfocused states
// are covered by tests/unit/email-activity.test.ts.

type Harness = Awaited<ReturnType<typeof launchExtension>>;
let harness: Harness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const THREAD_URL = 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQjgzptDVmgpZqMwrsMTmwQgcxB';
const THREAD_ID = '1a1f9a3bd20dba06';

interface ActivityRow {
  id: string;
  day: string;
  account: number;
  threadId: string;
  activeMs: number;
  updatedAt: number;
}

/** The Gmail tab, driven like a VA reading a thread. */
class GmailTab {
  constructor(readonly page: Page) {}

  /** Moves the mouse, scrolls and presses keys for about `ms` milliseconds. */
  async work(ms: number): Promise<void> {
    const until = Date.now() + ms;
    for (let i = 0; Date.now() < until; i++) {
      await this.page.mouse.move(300 + (i % 20) * 15, 250 + (i % 7) * 20);
      if (i % 8 === 0) await this.page.keyboard.press('Shift');
      if (i % 8 === 4) await this.page.mouse.wheel(0, 40);
      await this.page.waitForTimeout(200);
    }
  }

  /** The page's local day, `YYYY-MM-DD` (the harness runs pages in Europe/Rome). */
  today(): Promise<string> {
    return this.page.evaluate(() => {
      const d = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    });
  }

  focusState(): Promise<[DocumentVisibilityState, boolean]> {
    return this.page.evaluate(() => [document.visibilityState, document.hasFocus()]);
  }
}

async function openThread() {
  const h = await launchExtension();
  harness = h;
  h.serve('https://mail.google.com/mail/u/1/', 'gmail/thread-en/source.html');
  const page = await h.context.newPage();
  const errors = collectErrors(page);
  const opened = Date.now();
  await page.goto(THREAD_URL);
  await page.bringToFront();
  // The content script starts at document_idle and sees the thread 150 ms later (page-watcher).
  await page.waitForTimeout(500);
  return { h, gmail: new GmailTab(page), errors, opened };
}

const rowsOf = async (h: Harness) => (await h.readTable('emailActivity')) as ActivityRow[];

describe('Gmail: active time on the open thread', () => {
  it('counts the time the VA works on a thread and stores it on leaving the thread', async () => {
    const { h, gmail, errors, opened } = await openThread();
    expect(await gmail.focusState()).toEqual(['visible', true]);

    const started = Date.now();
    await gmail.work(6000);
    const worked = Date.now() - started;
    // Under a minute of work and still on the thread: nothing sent yet (one message on leaving).
    expect(await rowsOf(h)).toEqual([]);

    await gmail.page.evaluate(() => {
      location.hash = '#inbox';
    });
    const left = Date.now();
    await expect.poll(() => rowsOf(h)).toHaveLength(1);
    const [row] = await rowsOf(h);
    const day = await gmail.today();
    expect(row).toMatchObject({
      id: `${day}|1:${THREAD_ID}`,
      day,
      account: 1,
      threadId: THREAD_ID,
    });
    // From the moment the thread was shown until Gmail's navigation settled (150 ms).
    expect(row!.activeMs).toBeGreaterThanOrEqual(worked);
    expect(row!.activeMs).toBeLessThanOrEqual(left - opened + 1000);
    expect(errors).toEqual([]);
    expect(h.blocked).toEqual([]);
  });

  it('sends at once on a visibility change, and the rest when the tab is closed', async () => {
    const { h, gmail, errors, opened } = await openThread();
    await gmail.work(3000);
    // As the browser fires it (bubbling from the document), though the tab stays visible here.
    await gmail.page.evaluate(() =>
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true })),
    );
    const changed = Date.now();
    await expect.poll(async () => (await rowsOf(h)).length).toBe(1);
    const [first] = await rowsOf(h);
    expect(first!.activeMs).toBeGreaterThanOrEqual(3000);
    expect(first!.activeMs).toBeLessThan(changed - opened + 1000);

    const started = Date.now();
    await gmail.work(2000);
    const worked = Date.now() - started;
    expect(errors).toEqual([]);
    await gmail.page.close(); // pagehide
    const closed = Date.now();
    await expect
      .poll(async () => (await rowsOf(h))[0]!.activeMs)
      .toBeGreaterThanOrEqual(first!.activeMs + worked);
    // Still within a minute of the last input: the time spent reading the table counts too.
    const [row] = await rowsOf(h);
    expect(row!.activeMs - first!.activeMs).toBeLessThanOrEqual(closed - changed + 500);
    expect(h.blocked).toEqual([]);
  });
});
