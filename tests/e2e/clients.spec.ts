import { join } from 'node:path';
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
  name: string;
  hourlyRate: number;
  currency: string;
  domains: string[];
  emails: string[];
  rounding: number;
  archived: number;
  monthlyBudgetHours: number | null;
}

describe('clients in the options page (English UI)', () => {
  it('creates, validates, edits, searches and archives clients like a VA would', async () => {
    harness = await launchExtension({ language: 'en' });
    const page = await harness.openExtensionPage('options.html');
    const clients = new ClientsPage(page, 'en');

    await expect
      .poll(() => page.getByRole('heading', { name: 'Welcome to VA Desk' }).isVisible())
      .toBe(true);

    await clients.create({
      name: 'Studio Legale Rossi',
      emails: 'avv.rossi@studiorossi.it',
      domains: 'studiorossi.it',
      rate: '35.50',
      rounding: '15',
      budget: '20',
    });
    await expect
      .poll(() => clients.item('Studio Legale Rossi').innerText())
      .toContain('€35.50/hour');
    expect(await clients.item('Studio Legale Rossi').innerText()).toContain('Round up to 15 min');
    // The first-run card goes away once a real client exists.
    expect(await page.getByRole('heading', { name: 'Welcome to VA Desk' }).count()).toBe(0);
    // Focus returns to the button that opened the form.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('New client');

    // Duplicate name (case-insensitive), a shared provider domain and a negative rate are refused.
    await clients.openNewForm();
    await clients.fill({ name: 'studio legale ROSSI', domains: 'gmail.com', rate: '-5' });
    await clients.save();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Please fix the');
    expect(await clients.fieldError('Client name')).toEqual({
      invalid: true,
      text: 'There is already a client called Studio Legale Rossi (archived clients count too).',
    });
    expect((await clients.fieldError('Domains')).text).toContain(
      'gmail.com is shared by many people',
    );
    expect((await clients.fieldError('Hourly rate')).text).toBe(
      'The hourly rate cannot be negative.',
    );
    // Focus moves to the first field in error.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      'studio legale ROSSI',
    );
    await clients.fill({ name: 'Bianchi Immobiliare', domains: 'studiorossi.it', rate: '28' });
    await clients.save();
    await expect
      .poll(async () => (await clients.fieldError('Domains')).text)
      .toBe('The domain studiorossi.it already belongs to Studio Legale Rossi.');
    await clients.fill({ domains: 'bianchi-immobiliare.it' });
    await clients.save();
    await expect.poll(() => clients.item('Bianchi Immobiliare').count()).toBe(1);

    // Edit: change the rate and rounding.
    await page.getByRole('button', { name: 'Edit Studio Legale Rossi' }).click();
    expect(await page.getByLabel('Hourly rate', { exact: true }).inputValue()).toBe('35.50');
    await clients.fill({ rate: '40', rounding: '6' });
    await clients.save();
    await expect
      .poll(() => clients.item('Studio Legale Rossi').innerText())
      .toContain('€40.00/hour');

    // Search by domain.
    await page.getByLabel('Search clients').fill('bianchi-immo');
    await expect.poll(() => clients.list().getByRole('listitem').count()).toBe(1);
    await page.getByLabel('Search clients').fill('');

    // Archive hides the client; the toggle shows it again; restore brings it back.
    await page.getByRole('button', { name: 'Archive Bianchi Immobiliare' }).click();
    await expect.poll(() => clients.item('Bianchi Immobiliare').count()).toBe(0);
    await page.getByLabel(/Show archived clients/).check();
    await expect.poll(() => clients.item('Bianchi Immobiliare').innerText()).toContain('Archived');
    await page.getByRole('button', { name: 'Restore Bianchi Immobiliare' }).click();

    await page.screenshot({ path: join(SCREENSHOTS, 'options-clients-en.png') });

    const stored = (await harness.readTable('clients')) as StoredClient[];
    const rossi = stored.find((c) => c.name === 'Studio Legale Rossi');
    expect(rossi).toMatchObject({
      hourlyRate: 4000,
      currency: 'EUR',
      rounding: 6,
      domains: ['studiorossi.it'],
      emails: ['avv.rossi@studiorossi.it'],
      monthlyBudgetHours: 20,
      archived: 0,
    });
    expect(stored.find((c) => c.name === 'Bianchi Immobiliare')?.archived).toBe(0);
    expect(harness.blocked).toEqual([]);
  });
});

describe('clients in Italian', () => {
  it('shows Italian words and formats, and reads an Italian decimal comma', async () => {
    harness = await launchExtension({ language: 'it' });
    const page = await harness.openExtensionPage('options.html');
    const clients = new ClientsPage(page, 'it');
    await clients.create({ name: 'Dott.ssa Verdi', rate: '1.234,50', rounding: '10' });
    // Intl puts a no-break space before the euro sign.
    await expect
      .poll(async () => (await clients.item('Dott.ssa Verdi').innerText()).replace(/\u00a0/g, ' '))
      .toContain('1.234,50 €/ora');
    expect(await clients.item('Dott.ssa Verdi').innerText()).toContain('Per eccesso a 10 min');

    await clients.openNewForm();
    await clients.fill({ name: 'Rossi', emails: 'non-una-email', rate: 'venti' });
    await clients.save();
    await expect
      .poll(async () => (await clients.fieldError('Tariffa oraria')).text)
      .toBe('Inserisci la tariffa come numero, es. 25 o 25,50.');
    await page.getByLabel('Tariffa oraria', { exact: true }).fill('25');
    await clients.save();
    await expect
      .poll(async () => (await clients.fieldError('Indirizzi email')).text)
      .toBe('“non-una-email” non è un indirizzo email valido.');
    await page.screenshot({ path: join(SCREENSHOTS, 'options-clients-it.png') });

    const stored = (await harness.readTable('clients')) as StoredClient[];
    expect(stored.map((c) => [c.name, c.hourlyRate])).toEqual([['Dott.ssa Verdi', 123450]]);
    expect(harness.blocked).toEqual([]);
  });
});
