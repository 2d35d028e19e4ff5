import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchExtension, newProfileDir, SCREENSHOTS } from './harness.mjs';
import { ClientsPage } from './pages/clients.mjs';

type Harness = Awaited<ReturnType<typeof launchExtension>>;
let harness: Harness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function loadSampleData(h: Harness, lang: 'en' | 'it' = 'en') {
  const options = await h.openExtensionPage('options.html');
  const button = lang === 'it' ? 'Carica clienti di esempio' : 'Load sample clients';
  await options.getByRole('button', { name: button }).click();
  await expect
    .poll(() => new ClientsPage(options, lang).list().getByRole('listitem').count())
    .toBe(4);
  return options;
}

describe('side panel', () => {
  it('serves the Gmail tab it is given and lists the clients', async () => {
    harness = await launchExtension({ language: 'en' });
    await loadSampleData(harness);
    const gmail = await harness.context.newPage();
    harness.serve('https://mail.google.com/mail/u/1/', 'gmail/basic/source.html');
    await gmail.goto('https://mail.google.com/mail/u/1/#inbox');
    const tabId = await harness.tabIdOf(gmail);

    const panel = await harness.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.setViewportSize({ width: 400, height: 760 });
    await expect
      .poll(() => panel.locator('.context').innerText())
      .toBe('Working on Gmail (account 1)');
    // The panel opens on the Email section; the VA switches to Clients.
    expect(
      await panel.getByRole('tab', { name: 'Email', exact: true, selected: true }).count(),
    ).toBe(1);
    await panel.getByRole('tab', { name: 'Clients' }).click();
    const clients = new ClientsPage(panel, 'en');
    await expect.poll(() => clients.list().getByRole('listitem').count()).toBe(4);
    expect(await panel.getByRole('tab', { name: 'Clients', selected: true }).count()).toBe(1);
    // Each client's rate in its own currency.
    expect(await clients.item('Hartley Coaching').innerText()).toContain('£35.00/hour');
    expect(await clients.item('Studio Legale Rossi').innerText()).toContain('€30.00/hour');
    await panel.screenshot({ path: join(SCREENSHOTS, 'sidepanel-en.png') });

    // A client created in the panel shows up in the options page at once (shared database).
    await clients.create({ name: 'Nuovo Studio Neri', domains: 'studioneri.it' });
    await expect.poll(() => clients.item('Nuovo Studio Neri').count()).toBe(1);
    const names = ((await harness.readTable('clients')) as { name: string }[]).map((c) => c.name);
    expect(names).toContain('Nuovo Studio Neri');
    expect(harness.blocked).toEqual([]);
  });

  it('says so when the tab is not Gmail or Calendar, and follows a Calendar tab', async () => {
    harness = await launchExtension({ language: 'en' });
    const calendar = await harness.context.newPage();
    await calendar.goto('https://calendar.google.com/calendar/u/0/r/week/2026/11/25');
    const calendarTab = await harness.tabIdOf(calendar);
    const panel = await harness.openExtensionPage(`sidepanel.html?tabId=${calendarTab}`);
    await expect
      .poll(() => panel.locator('.context').innerText())
      .toBe('Working on Google Calendar (account 0)');
    const other = await harness.openExtensionPage('sidepanel.html?tabId=999999');
    await expect
      .poll(() => other.locator('.context').innerText())
      .toContain('Open Gmail or Google Calendar in this window');
    expect(harness.blocked).toEqual([]);
  });
});

describe('popup', () => {
  it("shows today's logged time and opens the options page", async () => {
    harness = await launchExtension({ language: 'en' });
    const popup = await harness.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByTestId('today-total').innerText()).toMatch(/^0 mins?$/);
    // Closed afterwards, so the popup's button has to open a new options tab.
    await (await loadSampleData(harness)).close();
    // The popup re-renders from the database by itself: 25 + 40 + 15 sample minutes.
    await expect
      .poll(() => popup.getByTestId('today-total').innerText())
      .toMatch(/^1 hr 20 mins?$/);
    await popup.setViewportSize({ width: 300, height: 260 });
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-en.png') });
    const [options] = await Promise.all([
      harness.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Clients and settings' }).click(),
    ]);
    await options.waitForLoadState();
    expect(options.url()).toContain('/options.html');
  });

  it('speaks Italian when the browser does', async () => {
    harness = await launchExtension({ language: 'it' });
    await loadSampleData(harness, 'it');
    const popup = await harness.openExtensionPage('popup.html');
    await expect
      .poll(() => popup.getByRole('heading', { level: 2 }).innerText())
      .toBe('Registrato oggi');
    await expect.poll(() => popup.getByTestId('today-total').innerText()).toBe('1 h 20 min');
    expect(await popup.getByRole('button', { name: 'Apri il pannello laterale' }).count()).toBe(1);
  });
});

describe('settings', () => {
  it('saves settings, validates them and switches the language on the spot', async () => {
    harness = await launchExtension({ language: 'en' });
    const options = await harness.openExtensionPage('options.html#settings');
    await options.getByLabel('Your name').fill('Giulia Conti');
    await options.getByLabel('Start', { exact: true }).fill('18:00');
    await options.getByLabel('End', { exact: true }).fill('09:00');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect
      .poll(() => options.getByText('The working day must end after it starts.').count())
      .toBe(1);
    await options.getByLabel('Start', { exact: true }).fill('08:30');
    await options.getByLabel('Language').selectOption('it');
    await options.getByRole('button', { name: 'Save settings' }).click();
    // The whole page switches to Italian without a reload.
    await expect.poll(() => options.getByRole('tab', { name: 'Impostazioni' }).count()).toBe(1);
    const stored = await options.evaluate(() => chrome.storage.local.get('settings'));
    expect(stored.settings).toMatchObject({
      vaName: 'Giulia Conti',
      workStartMinutes: 510,
      workEndMinutes: 540,
      language: 'it',
    });
    await options.screenshot({ path: join(SCREENSHOTS, 'options-settings-it.png') });
  });
});

describe('persistence', () => {
  it('keeps clients after the browser is closed and relaunched on the same profile', async () => {
    const profileDir = newProfileDir();
    harness = await launchExtension({ language: 'en', profileDir });
    const options = await harness.openExtensionPage('options.html');
    await new ClientsPage(options).create({
      name: 'Hartley Coaching',
      rate: '35',
      currency: 'GBP',
    });
    await expect.poll(() => new ClientsPage(options).item('Hartley Coaching').count()).toBe(1);
    await harness.close();

    harness = await launchExtension({ language: 'en', profileDir });
    const again = await harness.openExtensionPage('options.html');
    await expect
      .poll(() => new ClientsPage(again).item('Hartley Coaching').innerText())
      .toContain('£35.00/hour');
  });
});
