// The report page as a VA reads it, and the popup's quick log used to fill it.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

export class ReportPage {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** A client's section (a page of its own when printed). */
  client(name) {
    return this.page.getByRole('region', { name });
  }

  async clientAmount(name) {
    return (await this.client(name).locator('[data-total=amount]').innerText()).trim();
  }

  async summaryAmount(currency) {
    return (
      await this.page
        .locator(`.report-summary tr[data-currency="${currency}"] [data-total=amount]`)
        .innerText()
    ).trim();
  }

  async chooseClient(label) {
    await this.page.getByLabel('Client', { exact: true }).selectOption({ label });
  }

  /** Clicks "Download CSV" and returns the file's text (BOM included). */
  async downloadCsv({ separator = ',', decimal = '.' } = {}) {
    await this.page.getByLabel('Separator').selectOption(separator);
    await this.page.getByLabel('Decimals').selectOption(decimal);
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }

  /** The page as Chromium prints it ("Save as PDF"), A4. */
  async printToPdf() {
    const cdp = await this.page.context().newCDPSession(this.page);
    await this.page.emulateMedia({ media: 'print' });
    const { data } = await cdp.send('Page.printToPDF', {
      preferCSSPageSize: true,
      printBackground: true,
    });
    await this.page.emulateMedia({ media: 'screen' });
    await cdp.detach();
    return Buffer.from(data, 'base64');
  }
}

/** Logs `duration` for `client` from the popup with the keyboard, as a VA does. */
export async function quickLog(harness, client, duration) {
  const popup = await harness.openExtensionPage('popup.html');
  await expect
    .poll(() => popup.evaluate(() => document.activeElement?.id))
    .toBe('quick-log-client');
  await popup.keyboard.type(client);
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('Enter');
  await expect.poll(() => popup.locator('#quick-log-client').inputValue()).toBe(client);
  await popup.keyboard.type(duration);
  await popup.keyboard.press('Enter');
  await expect.poll(() => popup.getByTestId('popup-status').innerText()).toMatch(/^Logged /);
  await popup.close();
}
