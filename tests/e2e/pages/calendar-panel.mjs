// Page objects for the side panel's Calendar section and for the Calendar look-alike
// (tests/fixtures/calendar/app).

export class CalendarPanel {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  card() {
    return this.page.locator('article.event-card');
  }

  title() {
    return this.page.locator('#event-title');
  }

  /** The first non-empty status line (what the last action said). */
  async status() {
    return this.page.getByRole('status').filter({ hasText: /\S/ }).first().innerText();
  }

  weekLog() {
    return this.page.locator('section.week-log-card');
  }

  weekRows() {
    return this.weekLog().getByRole('listitem');
  }
}

export class CalendarApp {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** `{ key, eventId, title, start, end }` of every event the page shows. */
  events() {
    return this.page.evaluate(() => window.__calendarApp.events);
  }

  /** Clicks an event's chip in the grid, as the VA does. */
  async openChip(title) {
    await this.page.locator('[data-eventchip]', { hasText: title }).first().click();
  }
}
