import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchExtension, SCREENSHOTS } from './harness.mjs';
import { ClientsPage } from './pages/clients.mjs';

type Harness = Awaited<ReturnType<typeof launchExtension>>;
let harness: Harness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

interface StoredClient {
  id: string;
  name: string;
  billableByDefault: boolean;
}
interface StoredEntry {
  id: string;
  clientId: string;
  start: number;
  end: number | null;
  running?: 1;
  billable: boolean;
  activityType: string;
}

const MIN = 60_000;

const WORDS = {
  en: { load: 'Load sample clients', running: 'Timer running', stop: 'Stop timer' },
  it: { load: 'Carica clienti di esempio', running: 'Timer in corso', stop: 'Ferma il timer' },
};

async function loadSampleData(h: Harness, lang: 'en' | 'it' = 'en') {
  const options = await h.openExtensionPage('options.html');
  await options.getByRole('button', { name: WORDS[lang].load }).click();
  await expect
    .poll(() => new ClientsPage(options, lang).list().getByRole('listitem').count())
    .toBe(4);
  await options.close();
}

/** The popup as the VA drives it: keyboard first. */
class PopupPage {
  constructor(
    readonly page: Page,
    readonly lang: 'en' | 'it' = 'en',
  ) {}

  client() {
    return this.page.locator('#quick-log-client');
  }
  status() {
    return this.page.getByTestId('popup-status');
  }
  total() {
    return this.page.getByTestId('today-total');
  }
  timer() {
    return this.page.getByRole('region', { name: WORDS[this.lang].running });
  }
  /** Resolves once the popup is ready for typing: the client field has focus. */
  async ready() {
    await this.page.bringToFront();
    await expect
      .poll(() => this.page.evaluate(() => document.activeElement?.id))
      .toBe('quick-log-client');
  }
  async press(...keys: string[]) {
    for (const key of keys) await this.page.keyboard.press(key);
  }
}

async function tables(h: Harness) {
  const clients = (await h.readTable('clients')) as StoredClient[];
  const entries = (await h.readTable('timeEntries')) as StoredEntry[];
  return { clients, entries };
}

/** The client of the latest entry: first in the popup's list. */
function mostRecentClient(clients: StoredClient[], entries: StoredEntry[]): StoredClient {
  const latest = entries.reduce((a, b) => (b.start > a.start ? b : a));
  return clients.find((c) => c.id === latest.clientId)!;
}

describe('popup quick log', () => {
  it('logs 25 minutes for the most recent client with ↓ Enter 2 5 Enter', async () => {
    harness = await launchExtension({ language: 'en' });
    await loadSampleData(harness);
    const before = await tables(harness);
    const recent = mostRecentClient(before.clients, before.entries);

    const popup = new PopupPage(await harness.openExtensionPage('popup.html'));
    await expect.poll(() => popup.total().innerText()).toMatch(/^1 hr 20 mins?$/);
    await popup.ready();
    await popup.press('ArrowDown');
    // Recent clients first: the most recent one is highlighted.
    const highlighted = await popup.client().getAttribute('aria-activedescendant');
    expect(await popup.page.locator(`[id="${highlighted}"]`).innerText()).toBe(recent.name);
    await popup.page.setViewportSize({ width: 300, height: 600 });
    await popup.page.screenshot({ path: join(SCREENSHOTS, 'popup-quick-log-en.png') });
    await popup.press('Enter');
    await expect.poll(() => popup.client().inputValue()).toBe(recent.name);
    await popup.page.keyboard.type('25');
    await popup.press('Enter');

    await expect
      .poll(() => popup.status().innerText())
      .toMatch(new RegExp(`^Logged 25 mins? for ${recent.name}\\.$`));
    // The form is ready for the next entry, and today's total already counts this one.
    expect(await popup.client().inputValue()).toBe('');
    await expect
      .poll(() => popup.page.evaluate(() => document.activeElement?.id))
      .toBe('quick-log-client');
    await expect.poll(() => popup.total().innerText()).toMatch(/^1 hr 45 mins?$/);
    const row = popup.page.getByRole('row', { name: new RegExp(recent.name) });
    expect(await row.innerText()).toMatch(/40 mins?/);

    const after = await tables(harness);
    const added = after.entries.filter((e) => !before.entries.some((b) => b.id === e.id));
    expect(added).toHaveLength(1);
    const [entry] = added;
    expect(entry).toMatchObject({
      clientId: recent.id,
      billable: recent.billableByDefault,
      activityType: 'email',
    });
    expect(entry!.running).toBeUndefined();
    expect(entry!.end! - entry!.start).toBe(25 * MIN);
    expect(Math.abs(entry!.end! - Date.now())).toBeLessThan(60_000);
    expect(harness.blocked).toEqual([]);
  });

  it('shows a duration error in words and saves nothing', async () => {
    harness = await launchExtension({ language: 'en' });
    await loadSampleData(harness);
    const popup = new PopupPage(await harness.openExtensionPage('popup.html'));
    await popup.ready();
    await popup.press('ArrowDown', 'Enter');
    await popup.page.keyboard.type('25h');
    await popup.press('Enter');
    await expect
      .poll(() => popup.page.getByText('A duration can be at most 24 hours.').count())
      .toBe(1);
    expect(await popup.page.getByLabel('Duration').getAttribute('aria-invalid')).toBe('true');
    expect(((await harness.readTable('timeEntries')) as StoredEntry[]).length).toBe(3);
  });

  it('starts a timer from the popup, shows it running, and stops it', async () => {
    harness = await launchExtension({ language: 'en' });
    await loadSampleData(harness);
    const popup = new PopupPage(await harness.openExtensionPage('popup.html'));
    await popup.ready();
    await popup.page.keyboard.type('rossi');
    await popup.press('Enter');
    await popup.page.getByRole('button', { name: 'Start timer' }).click();

    await expect.poll(() => popup.timer().count()).toBe(1);
    expect(await popup.timer().innerText()).toContain('Studio Legale Rossi');
    expect(await popup.status().innerText()).toBe('Timer started for Studio Legale Rossi.');
    // The elapsed time ticks every second.
    const first = await popup.page.getByRole('timer').innerText();
    expect(first).toMatch(/^0:00:0\d$/);
    await expect.poll(() => popup.page.getByRole('timer').innerText()).not.toBe(first);

    const { clients, entries } = await tables(harness);
    const rossi = clients.find((c) => c.name === 'Studio Legale Rossi')!;
    const running = entries.filter((e) => e.running === 1);
    expect(running).toHaveLength(1);
    expect(running[0]).toMatchObject({ clientId: rossi.id, end: null });

    await popup.page.setViewportSize({ width: 300, height: 600 });
    await popup.page.screenshot({ path: join(SCREENSHOTS, 'popup-timer-en.png') });

    await popup.page.getByRole('button', { name: WORDS.en.stop }).click();
    await expect.poll(() => popup.timer().count()).toBe(0);
    await expect
      .poll(() => popup.status().innerText())
      .toMatch(/^Timer stopped\. Logged \d+ mins? for Studio Legale Rossi\.$/);
    const stopped = ((await harness.readTable('timeEntries')) as StoredEntry[]).find(
      (e) => e.id === running[0]!.id,
    )!;
    expect(stopped.running).toBeUndefined();
    expect(stopped.end! - stopped.start).toBeGreaterThanOrEqual(1000);
    expect(harness.blocked).toEqual([]);
  });
});

describe('popup in Italian', () => {
  it('reads 1,5h as 90 minutes', async () => {
    harness = await launchExtension({ language: 'it' });
    await loadSampleData(harness, 'it');
    const before = await tables(harness);
    const recent = mostRecentClient(before.clients, before.entries);
    const popup = new PopupPage(await harness.openExtensionPage('popup.html'), 'it');
    await expect.poll(() => popup.total().innerText()).toBe('1 h 20 min');
    await popup.ready();
    expect(await popup.page.getByRole('form', { name: 'Registra tempo' }).count()).toBe(1);
    await popup.press('ArrowDown', 'Enter');
    await popup.page.keyboard.type('1,5h');
    await popup.press('Enter');

    await expect
      .poll(() => popup.status().innerText())
      .toBe(`Tempo registrato: 1 h 30 min per ${recent.name}.`);
    await expect.poll(() => popup.total().innerText()).toBe('2 h 50 min');
    const added = ((await harness.readTable('timeEntries')) as StoredEntry[]).filter(
      (e) => !before.entries.some((b) => b.id === e.id),
    );
    expect(added).toHaveLength(1);
    expect(added[0]!.end! - added[0]!.start).toBe(90 * MIN);
    expect(added[0]!.clientId).toBe(recent.id);
  });
});
