import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchExtension, newProfileDir, SCREENSHOTS } from './harness.mjs';
import { ClientsPage } from './pages/clients.mjs';
import { EmailPanel } from './pages/email-panel.mjs';

type Harness = Awaited<ReturnType<typeof launchExtension>>;
let harness: Harness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const THREAD_URL = 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQjgzptDVmgpZqMwrsMTmwQgcxB';

interface Entry {
  id: string;
  clientId: string;
  start: number;
  end: number | null;
  running?: number;
  threadId: string | null;
  note: string;
}

async function loadSample(h: Harness) {
  const options = await h.openExtensionPage('options.html');
  await options.getByRole('button', { name: 'Load sample clients' }).click();
  await expect.poll(() => new ClientsPage(options).list().getByRole('listitem').count()).toBe(4);
  await options.close();
}

async function openThread(h: Harness) {
  h.serve(THREAD_URL, 'gmail/thread-en/source.html');
  const gmail = await h.context.newPage();
  await gmail.goto(THREAD_URL);
  const panel = await h.openExtensionPage(`sidepanel.html?tabId=${await h.tabIdOf(gmail)}`);
  await panel.setViewportSize({ width: 400, height: 1000 });
  const email = new EmailPanel(panel);
  await expect.poll(() => email.subject().innerText()).toContain('Rinnovo locazione');
  return { gmail, panel, email };
}

async function badge(h: Harness): Promise<string> {
  const page = await h.openExtensionPage('popup.html');
  const text = await page.evaluate(() =>
    (
      chrome as unknown as { action: { getBadgeText(d: object): Promise<string> } }
    ).action.getBadgeText({}),
  );
  await page.close();
  return text;
}

async function stopServiceWorker(h: Harness) {
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.close();
}

const running = async (h: Harness) =>
  ((await h.readTable('timeEntries')) as Entry[]).filter((e) => e.running === 1);

describe('timer', () => {
  it('survives the service worker being stopped and the browser restarting; the badge shows it', async () => {
    const profileDir = newProfileDir();
    harness = await launchExtension({ language: 'en', profileDir });
    await loadSample(harness);
    let { panel } = await openThread(harness);
    await panel.getByRole('button', { name: 'Tag to Bianchi Immobiliare' }).click();

    const beforeStart = Date.now();
    await panel.getByRole('button', { name: 'Start timer on this email' }).click();
    await expect.poll(async () => (await running(harness!)).length).toBe(1);
    const afterStart = Date.now();
    const [started] = await running(harness);
    expect(started!.start).toBeGreaterThanOrEqual(beforeStart);
    expect(started!.start).toBeLessThanOrEqual(afterStart);
    expect(started!.threadId).toBe('1:1a1f9a3bd20dba06');
    await expect.poll(() => badge(harness!)).toMatch(/^\dm$/);
    await panel.screenshot({ path: join(SCREENSHOTS, 'sidepanel-timer-en.png') });

    for (let i = 0; i < 3; i++) {
      await stopServiceWorker(harness);
      await new Promise((r) => setTimeout(r, 300));
      expect((await running(harness)).map((e) => e.id)).toEqual([started!.id]);
    }
    await harness.close();

    harness = await launchExtension({ language: 'en', profileDir });
    expect((await running(harness)).map((e) => e.id)).toEqual([started!.id]);
    // The service worker redraws the badge from the database when the browser starts.
    await expect.poll(() => badge(harness!), { timeout: 10_000 }).toMatch(/^\dm$/);
    ({ panel } = await openThread(harness));
    await expect.poll(() => panel.getByRole('button', { name: 'Stop timer' }).count()).toBe(1);
    const beforeStop = Date.now();
    await panel.getByRole('button', { name: 'Stop timer' }).click();
    await expect.poll(async () => (await running(harness!)).length).toBe(0);
    const afterStop = Date.now();
    const stopped = ((await harness.readTable('timeEntries')) as Entry[]).find(
      (e) => e.id === started!.id,
    )!;
    expect(stopped.end).toBeGreaterThanOrEqual(beforeStop);
    expect(stopped.end).toBeLessThanOrEqual(afterStop);
    // Duration matches the wall time within a second.
    expect(Math.abs(stopped.end! - stopped.start - (beforeStop - started!.start))).toBeLessThan(
      1000 + (afterStop - beforeStop),
    );
    await expect.poll(() => badge(harness!)).toBe('');
    expect(harness.blocked).toEqual([]);
  });

  it('logs time for an email and offers to switch the timer when the thread belongs to another client', async () => {
    harness = await launchExtension({ language: 'en' });
    await loadSample(harness);
    const { panel } = await openThread(harness);
    await panel.getByRole('button', { name: 'Tag to Bianchi Immobiliare' }).click();

    await panel.getByRole('button', { name: 'Log time for this email' }).click();
    await panel.getByLabel('Duration').fill('abc');
    await panel.getByRole('button', { name: 'Log time', exact: true }).click();
    await expect
      .poll(() => panel.getByText('Write the duration as 25, 1:30, 1h30, 90m or 1,5h.').count())
      .toBe(1);
    await panel.getByLabel('Duration').fill('1h30');
    await panel.getByRole('button', { name: 'Log time', exact: true }).click();
    const entries = async () => (await harness!.readTable('timeEntries')) as Entry[];
    await expect
      .poll(async () => (await entries()).filter((e) => e.threadId === '1:1a1f9a3bd20dba06').length)
      .toBe(1);
    const logged = (await entries()).find((e) => e.threadId === '1:1a1f9a3bd20dba06')!;
    expect(logged.end! - logged.start).toBe(90 * 60_000);
    expect(logged.note).toBe('Rinnovo locazione ufficio – Corso Venezia 18, Milano');

    // A timer runs for Rossi (started from another thread); this thread is Bianchi's.
    const clients = (await harness.readTable('clients')) as { id: string; name: string }[];
    const rossi = clients.find((c) => c.name === 'Studio Legale Rossi')!;
    await panel.getByLabel('Change client').selectOption({ label: 'Studio Legale Rossi' });
    await panel.getByRole('button', { name: 'Tag', exact: true }).click();
    await panel.getByRole('button', { name: 'Start timer on this email' }).click();
    await expect
      .poll(async () => (await running(harness!)).map((e) => e.clientId))
      .toEqual([rossi.id]);
    await panel.getByLabel('Change client').selectOption({ label: 'Bianchi Immobiliare' });
    await panel.getByRole('button', { name: 'Tag', exact: true }).click();
    // Never automatic: the panel offers the switch.
    await expect
      .poll(() =>
        panel.getByRole('button', { name: 'Switch timer to Bianchi Immobiliare' }).count(),
      )
      .toBe(1);
    expect((await running(harness)).map((e) => e.clientId)).toEqual([rossi.id]);
    await panel.getByRole('button', { name: 'Switch timer to Bianchi Immobiliare' }).click();
    const bianchi = clients.find((c) => c.name === 'Bianchi Immobiliare')!;
    await expect
      .poll(async () => (await running(harness!)).map((e) => e.clientId))
      .toEqual([bianchi.id]);
    expect(
      (await entries()).filter((e) => e.clientId === rossi.id && e.end !== null && e.threadId),
    ).toHaveLength(1);
  });

  it('logs a fixed-fee task and a phone call from the side panel', async () => {
    harness = await launchExtension({ language: 'en' });
    await loadSample(harness);
    const panel = await harness.openExtensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 400, height: 1000 });
    await panel.getByRole('tab', { name: 'Time', exact: true }).click();

    await panel.getByRole('button', { name: 'Add a past entry' }).click();
    await panel
      .getByLabel('Client', { exact: true })
      .selectOption({ label: 'Bianchi Immobiliare' });
    await panel.getByLabel('Start time').fill('07:00');
    await panel.getByLabel('Activity type').selectOption({ label: 'Scheduling' });
    await panel
      .getByLabel('Fixed-fee task')
      .selectOption({ label: 'Appuntamento fissato (€5.00)' });
    // A fee bills the task, not the minutes.
    expect(await panel.getByLabel('Billable', { exact: true }).isChecked()).toBe(false);
    await panel.getByRole('button', { name: 'Add entry' }).click();
    const entries = async () =>
      (await harness!.readTable('timeEntries')) as (Entry & {
        task: unknown;
        caller: string;
        billable: boolean;
      })[];
    await expect.poll(async () => (await entries()).filter((e) => e.task).length).toBe(1);
    const task = (await entries()).find((e) => e.task)!;
    expect(task).toMatchObject({
      task: { name: 'Appuntamento fissato', fee: 500 },
      billable: false,
    });
    expect(task.end).toBe(task.start);

    await panel.getByRole('button', { name: 'Add a past entry' }).click();
    await panel
      .getByLabel('Client', { exact: true })
      .selectOption({ label: 'Studio Legale Rossi' });
    await panel.getByLabel('Start time').fill('07:10');
    await panel.getByLabel('End time').fill('07:25');
    await panel.getByLabel('Activity type').selectOption({ label: 'Phone call' });
    await panel.getByLabel('Who called').fill('Avv. Rossi');
    await panel.getByRole('button', { name: 'Add entry' }).click();
    await expect
      .poll(async () => (await entries()).filter((e) => e.caller === 'Avv. Rossi').length)
      .toBe(1);
    const call = (await entries()).find((e) => e.caller === 'Avv. Rossi')!;
    expect(call.end! - call.start).toBe(15 * 60_000);
  });
});
