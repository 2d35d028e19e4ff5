// Page object for the snippet library (the same UI in the side panel and the options page).

export class SnippetsPanel {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  search() {
    return this.page.getByRole('combobox', { name: 'Search snippets' });
  }

  results() {
    return this.page.getByRole('listbox', { name: 'Snippets' }).getByRole('option');
  }

  async resultTitles() {
    return this.page.locator('[role=option] .snippet-item__title').allInnerTexts();
  }

  /** The highlighted result (aria-activedescendant of the search box). */
  async activeTitle() {
    return this.page.evaluate(() => {
      const id = document.activeElement?.getAttribute('aria-activedescendant');
      return id
        ? document.getElementById(id)?.querySelector('.snippet-item__title')?.textContent
        : null;
    });
  }

  preview() {
    return this.page.getByRole('region', { name: 'Preview' });
  }

  /** Fills the editor; keys are the visible labels. */
  async fillEditor(fields) {
    for (const [label, value] of Object.entries(fields)) {
      const field = this.page.getByLabel(label, { exact: true });
      if ((await field.evaluate((el) => el.tagName)) === 'SELECT')
        await field.selectOption({ label: value });
      else await field.fill(value);
    }
  }
}
