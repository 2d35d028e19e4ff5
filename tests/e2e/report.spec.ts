import { join } from 'node:path';
import Papa from 'papaparse';
import { PDFParse } from 'pdf-parse';
import { afterEach, describe, expect, it } from 'vitest';
import { launchExtension, SCREENSHOTS } from './harness.mjs';
import { ClientsPage } from './pages/clients.mjs';
import { quickLog, ReportPage } from './pages/report.mjs';

type Harness = Awaited<ReturnType<typeof launchExtension>>;
let harness: Harness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function loadSampleData(h: Harness) {
  const options = await h.openExtensionPage('options.html');
  await options.getByRole('button', { name: 'Load sample clients' }).click();
  await expect
    .poll(() => new ClientsPage(options, 'en').list().getByRole('listitem').count())
    .toBe(4);
  await options.close();
}

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe('weekly report', () => {
  it('totals two clients, downloads a CSV that parses back, and prints each client to PDF', async () => {
    harness = await launchExtension({ language: 'en' });
    await loadSampleData(harness);
    // The sample data logged this morning: Rossi 25 min (€30/h, 15-minute steps), Bianchi 40 min,
    // Hartley 15 min (£35/h, 6-minute steps). The VA logs 35 more minutes for Rossi, 25 for Hartley.
    await quickLog(harness, 'Studio Legale Rossi', '35');
    await quickLog(harness, 'Hartley Coaching', '25');

    const page = await harness.openExtensionPage('report.html');
    const report = new ReportPage(page);
    await expect.poll(() => report.client('Studio Legale Rossi').count()).toBe(1);
    // Each entry rounds up on its own. Rossi: 25 → 30 and 35 → 45 billable minutes at €30/h =
    // €37.50. Hartley: 15 → 18 and 25 → 30 at £35/h = £28.00.
    expect(await report.clientAmount('Studio Legale Rossi')).toBe('€37.50');
    expect(await report.clientAmount('Hartley Coaching')).toBe('£28.00');
    // EUR also has Bianchi's 40 minutes (€25/h): €16.67. Pounds are never added to euros.
    expect(await report.clientAmount('Bianchi Immobiliare')).toBe('€16.67');
    expect(await report.summaryAmount('EUR')).toBe('€54.17');
    expect(await report.summaryAmount('GBP')).toBe('£28.00');
    await page.screenshot({ path: join(SCREENSHOTS, 'report-week-en.png'), fullPage: true });

    const csv = await report.downloadCsv({ separator: ';', decimal: ',' });
    expect(csv.name).toMatch(/^va-desk-.*\.csv$/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(csv.text.slice(1), {
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(rows).toHaveLength(5);
    const col = (name: RegExp) => header!.findIndex((h) => name.test(h));
    const amount = col(/amount/i);
    const client = col(/client/i);
    const sum = (name: string) =>
      rows
        .filter((r) => r[client] === name)
        .reduce((s, r) => s + Number(r[amount]!.replace(',', '.')), 0);
    expect(sum('Studio Legale Rossi')).toBeCloseTo(37.5, 2);
    expect(sum('Hartley Coaching')).toBeCloseTo(28, 2);

    await report.chooseClient('Studio Legale Rossi');
    await expect.poll(() => report.client('Hartley Coaching').count()).toBe(0);
    const text = await pdfText(await report.printToPdf());
    expect(text).toContain('Studio Legale Rossi');
    expect(text).toContain('€37.50');
    expect(text).not.toContain('Hartley Coaching');
    expect(harness.blocked).toEqual([]);
  });

  it('backs up, is wiped, restores the backup and shows the same report', async () => {
    harness = await launchExtension({ language: 'en' });
    await loadSampleData(harness);
    await quickLog(harness, 'Hartley Coaching', '25');
    const page = await harness.openExtensionPage('report.html');
    const report = new ReportPage(page);
    await expect.poll(() => report.client('Hartley Coaching').count()).toBe(1);
    const before = await page.locator('main').innerText();
    expect(await report.clientAmount('Hartley Coaching')).toBe('£28.00');

    const options = await harness.openExtensionPage('options.html#data');
    await expect.poll(() => options.getByTestId('last-backup').innerText()).toBe('No backup yet.');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    const backupPath = await download.path();
    expect(download.suggestedFilename()).toMatch(/^va-desk-backup-\d{4}-\d{2}-\d{2}\.json$/);
    await expect
      .poll(() => options.getByTestId('last-backup').innerText())
      .toMatch(/^Last backup: /);

    // Everything is lost (as when a browser profile is reset)…
    await options.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('va-desk');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction([...db.objectStoreNames], 'readwrite');
            for (const name of db.objectStoreNames) tx.objectStore(name).clear();
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await expect.poll(() => page.getByText('Nothing was logged in this period.').count()).toBe(1);

    // …and comes back from the file.
    await options.getByLabel('Backup file (.json)').setInputFiles(backupPath);
    await expect.poll(() => options.getByText(/^Backup of .*, checked: /).count()).toBe(1);
    await options.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => options.getByText(/^Restored: /).count()).toBe(1);
    await options.screenshot({ path: join(SCREENSHOTS, 'options-backup-en.png'), fullPage: true });

    await page.reload();
    await expect.poll(() => report.client('Hartley Coaching').count()).toBe(1);
    expect(await page.locator('main').innerText()).toBe(before);
    expect(harness.blocked).toEqual([]);
  });
});
