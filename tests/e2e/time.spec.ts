import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchExtension, SCREENSHOTS } from './harness.mjs';
import { ClientsPage } from './pages/clients.mjs';

type Harness = Awaited<ReturnType<typeof launchExtension>>;
let harness: Harness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

interface StoredEntry {
  id: string;
  clientId: string;
  start: number;
  end: number | null;
  note: string;
  billable: boolean;
  activityType: string;
}

interface StoredClient {
  id: string;
  name: string;
}

const MIN = 60_000;

/** The side panel's Time section, as a VA reads it. */
class TimeSection {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('tab', { name: 'Time', exact: true }).click();
  }

  /** A day's section by its heading: `Today, …`, `Yesterday, …`. */
  day(heading: RegExp): Locator {
    return this.page.getByRole('region', { name: heading });
  }

  today() {
    return this.day(/^Today, /);
  }

  /** The totals line as one string (its parts wrap as flex items, so not `innerText`). */
  async totals(day: Locator) {
    return (await day.locator('.time-totals').textContent()) ?? '';
  }

  rows(day: Locator) {
    return day.getByRole('listitem');
  }

  row(day: Locator, text: string) {
    return this.rows(day).filter({ hasText: text });
  }

  /** `09:45` from a row showing `09:45–10:00`. */
  async startOf(row: Locator): Promise<string> {
    return (await row.locator('.time-entry__times').innerText()).slice(0, 5);
  }

  button(action: 'Edit' | 'Split' | 'Delete', clientName: string) {
    return this.page.getByRole('button', { name: new RegExp(`^${action} entry ${clientName} `) });
  }

  overlapFlags(day: Locator) {
    return day.getByText('Overlaps another entry').count();
  }

  status() {
    return this.page.getByRole('status').filter({ hasText: /\S/ }).first().innerText();
  }

  async focusedLabel(): Promise<string> {
    return this.page.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '',
    );
  }
}

/** `HH:MM` plus some minutes (the sample entries never reach midnight). */
function addMinutes(hhmm: string, minutes: number): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

async function loadSampleData(h: Harness) {
  const options = await h.openExtensionPage('options.html');
  await options.getByRole('button', { name: 'Load sample clients' }).click();
  await expect.poll(() => new ClientsPage(options).list().getByRole('listitem').count()).toBe(4);
  // Yesterday must be part of "this week": on the first day of the week, start it a day earlier.
  if ((await options.evaluate(() => new Date().getDay())) === 1) {
    await options.getByRole('tab', { name: 'Settings' }).click();
    await options.getByLabel('Week starts on').selectOption('0');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => options.getByText('Settings saved.').count()).toBe(1);
  }
  await options.close();
}

describe('side panel: the Time section', () => {
  it('lists today, edits a start time and the totals follow, adds, flags overlaps, splits, deletes with undo', async () => {
    const h = await launchExtension({ language: 'en' });
    harness = h;
    await loadSampleData(h);
    const clients = (await h.readTable('clients')) as StoredClient[];
    const clientId = (name: string) => clients.find((c) => c.name === name)!.id;
    const before = (await h.readTable('timeEntries')) as StoredEntry[];
    expect(before).toHaveLength(3);

    const panel = await h.openExtensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 420, height: 1000 });
    const time = new TimeSection(panel);
    await time.open();

    // Today's three sample entries with their totals: Rossi 25 → 30 min at €30 (€15.00),
    // Bianchi 40 min at €25 (€16.67), Hartley 15 → 18 min at £35 (£10.50); currencies apart.
    const today = time.today();
    await expect.poll(() => time.rows(today).count()).toBe(3);
    expect(await time.totals(today)).toMatch(
      /^Total 1 hr 20 mins? · billable 1 hr 28 mins? · €31\.67 · £10\.50$/,
    );
    for (const note of ['Triage posta', 'Agenda udienze', 'Call prep'])
      expect(await time.row(today, note).count()).toBe(1);
    // Rossi's monthly package of 20 hours.
    const budget = panel.getByRole('listitem', { name: 'Monthly package of Studio Legale Rossi' });
    expect(await budget.innerText()).toMatch(/Used 30 mins? of 20 hrs?/);

    // Edit Rossi's start time 10 minutes later: 15 min, billed 15, €7.50.
    const rossi = before.find((e) => e.clientId === clientId('Studio Legale Rossi'))!;
    await time.button('Edit', 'Studio Legale Rossi').click();
    const form = panel.getByRole('form', { name: 'Edit time entry' });
    await expect.poll(() => time.focusedLabel()).toMatch(/clientId$/);
    const start = form.getByLabel('Start time');
    const newStart = addMinutes(await start.inputValue(), 10);
    await start.fill(newStart);
    expect(await form.getByLabel('Duration').inputValue()).toBe('0:15');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => time.totals(today))
      .toMatch(/^Total 1 hr 10 mins? · billable 1 hr 13 mins? · €24\.17 · £10\.50$/);
    expect(await time.status()).toBe('Entry saved.');
    await expect.poll(() => time.focusedLabel()).toMatch(/^Edit entry Studio Legale Rossi /);
    let stored = (await h.readTable('timeEntries')) as StoredEntry[];
    // Stored as the form showed it: whole minutes (the sample's seconds are gone), 15 minutes.
    const minute = (instant: number) => Math.floor(instant / MIN) * MIN;
    expect(stored.find((e) => e.id === rossi.id)).toMatchObject({
      start: minute(rossi.start) + 10 * MIN,
      end: minute(rossi.end!),
      note: 'Triage posta',
    });

    // A past entry for yesterday, by duration: listed under yesterday in this week.
    const yesterday = await panel.evaluate(() => {
      const d = new Date();
      d.setDate(d.getDate() - 1);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    });
    await panel.getByRole('button', { name: 'Add a past entry' }).click();
    const add = panel.getByRole('form', { name: 'New time entry' });
    await add.getByLabel('Client').selectOption({ label: 'Bianchi Immobiliare' });
    await add.getByLabel('Date').fill(yesterday);
    await add.getByLabel('Start time').fill('10:00');
    await add.getByLabel('Duration').fill('1h30');
    expect(await add.getByLabel('End time').inputValue()).toBe('11:30');
    await add.getByLabel('Note').fill('Contratto affitto');
    await add.getByRole('button', { name: 'Add entry' }).click();
    const yesterdaySection = time.day(/^Yesterday, /);
    await expect.poll(() => time.rows(yesterdaySection).count()).toBe(1);
    expect(await time.row(yesterdaySection, 'Contratto affitto').innerText()).toContain(
      '10:00–11:30',
    );
    expect(await time.totals(yesterdaySection)).toMatch(
      /^Total 1 hr 30 mins? · billable 1 hr 30 mins? · €37\.50$/,
    );
    expect(await panel.getByRole('button', { name: 'This week', pressed: true }).count()).toBe(1);
    expect(await time.status()).toBe('Entry added for Bianchi Immobiliare.');
    stored = (await h.readTable('timeEntries')) as StoredEntry[];
    const past = stored.find((e) => e.note === 'Contratto affitto')!;
    expect(past).toMatchObject({ clientId: clientId('Bianchi Immobiliare'), billable: true });
    expect(past.end! - past.start).toBe(90 * MIN);
    expect(
      await panel.evaluate(
        (s) => new Date(s).toTimeString().slice(0, 5) + ' ' + new Date(s).getDate(),
        past.start,
      ),
    ).toBe(`10:00 ${Number(yesterday.slice(8))}`);
    await panel.getByRole('button', { name: 'Today', exact: true }).click();

    // An entry for Verdi on top of Hartley's: both flagged, nothing else.
    const hartleyStart = await time.startOf(time.row(today, 'Call prep'));
    await panel.getByRole('button', { name: 'Add a past entry' }).click();
    await add.getByLabel('Client').selectOption({ label: 'Dott.ssa Verdi' });
    await add.getByLabel('Start time').fill(hartleyStart);
    await add.getByLabel('Duration').fill('10');
    await add.getByLabel('Note').fill('Richiamare farmacia');
    await add.getByRole('button', { name: 'Add entry' }).click();
    await expect.poll(() => time.rows(today).count()).toBe(4);
    await expect.poll(() => time.overlapFlags(today)).toBe(2);
    expect(await time.row(today, 'Call prep').innerText()).toContain('Overlaps another entry');
    expect(await time.row(today, 'Richiamare farmacia').innerText()).toContain(
      'Overlaps another entry',
    );
    expect(await time.row(today, 'Agenda udienze').innerText()).not.toContain('Overlaps');
    await panel.screenshot({ path: join(SCREENSHOTS, 'sidepanel-time-en.png') });

    // Split Bianchi's 40 minutes 20 minutes in: two entries with the same details.
    const bianchiRow = time.row(today, 'Agenda udienze');
    const splitAt = addMinutes(await time.startOf(bianchiRow), 20);
    await time.button('Split', 'Bianchi Immobiliare').click();
    await panel.getByLabel('Split at').fill(splitAt);
    await panel.getByRole('button', { name: 'Split', exact: true }).click();
    await expect.poll(() => time.row(today, 'Agenda udienze').count()).toBe(2);
    expect(await time.status()).toBe('Entry split in two.');
    stored = (await h.readTable('timeEntries')) as StoredEntry[];
    const halves = stored
      .filter((e) => e.note === 'Agenda udienze')
      .sort((a, b) => a.start - b.start);
    // The sample entries carry seconds: the halves meet at the minute chosen, nothing is lost.
    expect(halves).toHaveLength(2);
    expect(halves[0]!.end).toBe(halves[1]!.start);
    expect(halves[1]!.end! - halves[0]!.start).toBe(40 * MIN);
    expect(
      await panel.evaluate((s) => new Date(s).toTimeString().slice(0, 5), halves[1]!.start),
    ).toBe(splitAt);

    // Delete Verdi's entry, then undo: it comes back exactly as it was.
    const verdi = stored.find((e) => e.note === 'Richiamare farmacia')!;
    await time.button('Delete', 'Dott.ssa Verdi').click();
    await expect.poll(() => time.row(today, 'Richiamare farmacia').count()).toBe(0);
    expect(await time.status()).toContain('Entry deleted.');
    await expect.poll(() => time.focusedLabel()).toBe('');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await expect.poll(() => time.overlapFlags(today)).toBe(0);
    stored = (await h.readTable('timeEntries')) as StoredEntry[];
    expect(stored.some((e) => e.id === verdi.id)).toBe(false);

    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => time.row(today, 'Richiamare farmacia').count()).toBe(1);
    await expect.poll(() => time.overlapFlags(today)).toBe(2);
    expect(await time.status()).toBe('Entry restored.');
    stored = (await h.readTable('timeEntries')) as StoredEntry[];
    expect(stored.find((e) => e.id === verdi.id)).toEqual(verdi);
    expect(stored).toHaveLength(6);
    expect(h.blocked).toEqual([]);
  });

  it('shows problems next to the fields and saves nothing', async () => {
    const h = await launchExtension({ language: 'en' });
    harness = h;
    await loadSampleData(h);
    const panel = await h.openExtensionPage('sidepanel.html');
    const time = new TimeSection(panel);
    await time.open();
    await expect.poll(() => time.rows(time.today()).count()).toBe(3);

    await panel.getByRole('button', { name: 'Add a past entry' }).click();
    const add = panel.getByRole('form', { name: 'New time entry' });
    await add.getByLabel('Start time').fill('10:00');
    await add.getByLabel('Duration').fill('30 ore');
    await add.getByRole('button', { name: 'Add entry' }).click();
    await expect.poll(() => add.getByLabel('Client').getAttribute('aria-invalid')).toBe('true');
    expect(await add.getByText('Choose a client from the list.').count()).toBe(1);
    expect(
      await add.getByText('An entry can last at most 24 hours. Split it into days.').count(),
    ).toBe(1);
    // The end before the start, refused by the repository, shown beside the end.
    await add.getByLabel('Client').selectOption({ label: 'Hartley Coaching' });
    await add.getByLabel('End time').fill('09:00');
    await add.getByRole('button', { name: 'Add entry' }).click();
    await expect.poll(() => add.getByText('The end must come after the start.').count()).toBe(1);
    expect(await add.getByLabel('End time').getAttribute('aria-invalid')).toBe('true');
    expect(await h.readTable('timeEntries')).toHaveLength(3);
  });
});
