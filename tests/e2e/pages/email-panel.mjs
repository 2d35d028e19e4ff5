// Page objects for the side panel's Email section and for chips drawn into Gmail.

export class EmailPanel {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  card() {
    return this.page.locator('article.thread-card');
  }

  subject() {
    return this.page.locator('#thread-subject');
  }

  async tab(name) {
    await this.page.getByRole('tab', { name, exact: true }).click();
  }

  status(name) {
    return this.page.getByRole('button', { name, exact: true });
  }
}

export class GmailChips {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** Texts of the chips of one kind ('subject' or 'row'), read through their shadow roots. */
  async texts(kind) {
    return this.page.evaluate(
      (k) =>
        Array.from(document.querySelectorAll(`[data-va-desk-chip="${k}"]`)).map(
          (host) => host.shadowRoot?.querySelector('button')?.textContent ?? '',
        ),
      kind,
    );
  }

  /** Row chips by the thread id of their row. */
  async rowChips() {
    return this.page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-va-desk-chip="row"]')).map((host) => ({
        threadId: host.getAttribute('data-thread-id'),
        text: host.shadowRoot?.querySelector('button')?.textContent ?? '',
      })),
    );
  }
}

/** Collects errors from a page's console and uncaught exceptions. */
export function collectErrors(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}
