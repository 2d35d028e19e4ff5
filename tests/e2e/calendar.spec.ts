import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchExtension, SCREENSHOTS } from './harness.mjs';
import { CalendarApp, CalendarPanel } from './pages/calendar-panel.mjs';
import { ClientsPage } from './pages/clients.mjs';
import { collectErrors } from './pages/email-panel.mjs';

type Harness = Awaited<ReturnType<typeof launchExtension>>;
let harness: Harness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const CALENDAR_URL = 'https://calendar.google.com/calendar/u/0/r';
const MIN = 60_000;

interface AppEvent {
  key: string;
  eventId: string;
  title: string;
  start: number;
  end: number;
}
interface StoredEntry {
  clientId: string;
  start: number;
  end: number;
  note: string;
  billable: boolean;
  activityType: string;
  calendarEventId: string | null;
  appointmentId: string | null;
}
interface StoredAppointment {
  id: string;
  clientId: string;
  calendarEventId: string;
  title: string;
  start: number;
  end: number;
  location: string;
  guests: string[];
}

/** `14:05` in the browser's zone (the harness runs it in Europe/Rome) and language. */
const clock = (instant: number, locale: string) =>
  new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Rome',
  }).format(instant);

async function setup(language: 'en' | 'it') {
  const h = await launchExtension({ language });
  harness = h;
  const options = await h.openExtensionPage('options.html');
  await options
    .getByRole('button', {
      name: language === 'it' ? 'Carica clienti di esempio' : 'Load sample clients',
    })
    .click();
  await expect
    .poll(() => new ClientsPage(options, language).list().getByRole('listitem').count())
    .toBe(4);
  await options.close();
  h.serve(CALENDAR_URL, 'calendar/app/source.html');
  const calendar = await h.context.newPage();
  const errors = collectErrors(calendar);
  await calendar.goto(language === 'it' ? `${CALENDAR_URL}?hl=it` : CALENDAR_URL);
  const tabId = await h.tabIdOf(calendar);
  const panel = await h.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  await panel.setViewportSize({ width: 420, height: 1100 });
  const clients = (await h.readTable('clients')) as { id: string; name: string }[];
  const clientId = (name: string) => clients.find((c) => c.name === name)!.id;
  return {
    h,
    calendar,
    panel,
    errors,
    app: new CalendarApp(calendar),
    section: new CalendarPanel(panel),
    clientId,
  };
}

describe('Calendar: the open event in the side panel', () => {
  it('opens an event, links it to a client, logs it as time and shows it in the Time section', async () => {
    const { h, calendar, panel, errors, app, section, clientId } = await setup('en');
    // A Calendar tab brings the panel to its Calendar section by itself.
    await expect
      .poll(() => panel.getByRole('tab', { name: 'Calendar', selected: true }).count())
      .toBe(1);
    await expect
      .poll(() => panel.getByText('Open an event in Calendar to link it to a client').count())
      .toBe(1);

    const events = (await app.events()) as AppEvent[];
    const call = events.find((e) => e.key === 'bianchi')!;
    await app.openChip(call.title);
    await expect.poll(() => section.title().innerText()).toBe(call.title);
    const minutes = Math.round((call.end - call.start) / MIN);
    await expect
      .poll(() => section.card().innerText())
      .toContain(`${clock(call.start, 'en-GB')}–${clock(call.end, 'en-GB')}`);
    const card = await section.card().innerText();
    expect(card).toContain('Where: Corso Venezia 18, Milano');
    expect(card).toContain('Suggested client:');
    expect(card).toContain('Bianchi Immobiliare');
    expect(card).toContain('(why: matched domain bianchi-immobiliare.it)');
    expect(card).toContain('laura.bianchi@bianchi-immobiliare.it');

    await panel.getByRole('button', { name: 'Link to Bianchi Immobiliare' }).click();
    await expect.poll(() => section.status()).toBe('Linked to Bianchi Immobiliare.');
    // The card redraws from the database after the status line: wait for it, do not race it.
    await expect.poll(() => section.card().innerText()).toContain('Linked to');
    expect(await section.card().innerText()).toContain('Billable, as set for Bianchi Immobiliare.');
    await panel.getByRole('button', { name: /^Log .+ as time$/ }).click();
    await expect.poll(() => section.status()).toMatch(/^Logged .+ for Bianchi Immobiliare\.$/);
    await expect.poll(() => section.card().innerText()).toContain('Already logged:');
    expect(await panel.getByRole('button', { name: /as time$/ }).count()).toBe(0);
    await panel.screenshot({ path: join(SCREENSHOTS, 'sidepanel-calendar-en.png') });

    const [appointment] = (await h.readTable('appointments')) as StoredAppointment[];
    expect(appointment).toMatchObject({
      clientId: clientId('Bianchi Immobiliare'),
      calendarEventId: call.eventId,
      title: call.title,
      start: call.start,
      end: call.end,
      location: 'Corso Venezia 18, Milano',
    });
    expect(appointment!.guests).toContain('marco.rossi@studiorossi.it');
    const logged = ((await h.readTable('timeEntries')) as StoredEntry[]).filter(
      (e) => e.calendarEventId,
    );
    expect(logged).toEqual([
      expect.objectContaining({
        clientId: clientId('Bianchi Immobiliare'),
        start: call.start,
        end: call.end,
        note: call.title,
        billable: true,
        activityType: 'meeting',
        calendarEventId: call.eventId,
        appointmentId: appointment!.id,
      }),
    ]);

    // Calendar reuses one bubble: opening another event shows that event, nothing of the first.
    const rossi = events.find((e) => e.key === 'rossi-1')!;
    await app.openChip(rossi.title);
    await expect.poll(() => section.title().innerText()).toBe(rossi.title);
    await expect.poll(() => section.card().innerText()).toContain('Studio Legale Rossi');
    expect(await section.card().innerText()).not.toContain('Linked to');
    expect(await section.card().innerText()).not.toContain('Corso Venezia');
    // Back to the first: still linked and logged, never logged twice.
    await app.openChip(call.title);
    await expect.poll(() => section.card().innerText()).toContain('Already logged:');

    // The Time section lists it today, as a meeting for Bianchi.
    await panel.getByRole('tab', { name: 'Time', exact: true }).click();
    const today = panel.getByRole('region', { name: /^Today, / });
    const row = today.getByRole('listitem').filter({ hasText: call.title });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('Bianchi Immobiliare');
    expect(await row.innerText()).toContain(
      `${clock(call.start, 'en-GB')}–${clock(call.end, 'en-GB')}`,
    );
    expect(minutes).toBeGreaterThan(0);

    expect(errors).toEqual([]);
    expect(h.blocked).toEqual([]);
    await calendar.close();
  });

  it("logs all of this week's events for a client after showing the list, and never twice", async () => {
    const { h, panel, app, section, clientId } = await setup('en');
    const events = (await app.events()) as AppEvent[];
    const rossi = events.filter((e) => e.key.startsWith('rossi-'));
    await expect
      .poll(() => panel.getByRole('tab', { name: 'Calendar', selected: true }).count())
      .toBe(1);
    await panel
      .getByLabel('Client', { exact: true })
      .selectOption({ label: 'Studio Legale Rossi' });
    await panel.getByRole('button', { name: "Show this week's events" }).click();
    await expect.poll(() => section.weekRows().count()).toBe(2);
    const list = await section.weekLog().innerText();
    for (const e of rossi) expect(list).toContain(e.title);
    expect(list).not.toContain('Laura Bianchi');
    expect(await h.readTable('timeEntries')).toHaveLength(3); // the sample entries only: nothing yet

    await panel.getByRole('button', { name: /^Log 2 events \(/ }).click();
    await expect.poll(() => section.status()).toMatch(/^Logged .+ for Studio Legale Rossi\.$/);
    await expect.poll(() => section.weekLog().innerText()).toContain('(already logged)');
    expect(await panel.getByRole('button', { name: /^Log \d/ }).count()).toBe(0);
    const logged = ((await h.readTable('timeEntries')) as StoredEntry[]).filter(
      (e) => e.calendarEventId,
    );
    expect(
      logged.map((e) => [e.calendarEventId, e.clientId, e.start, e.end, e.note]).sort(),
    ).toEqual(
      rossi
        .map((e) => [e.eventId, clientId('Studio Legale Rossi'), e.start, e.end, e.title])
        .sort(),
    );

    // One of them opened in Calendar: its card knows it is linked and logged.
    await app.openChip(rossi[0]!.title);
    await expect.poll(() => section.card().innerText()).toContain('Already logged:');
    expect(await section.card().innerText()).toContain('Linked to');
    expect(((await h.readTable('timeEntries')) as StoredEntry[]).length).toBe(5);
  });

  it('speaks Italian in an Italian Calendar', async () => {
    const { panel, app, section } = await setup('it');
    const events = (await app.events()) as AppEvent[];
    const call = events.find((e) => e.key === 'bianchi')!;
    await app.openChip(call.title);
    await expect
      .poll(() => section.card().innerText())
      .toContain(`${clock(call.start, 'it-IT')}–${clock(call.end, 'it-IT')}`);
    expect(await section.card().innerText()).toContain('(perché: dominio bianchi-immobiliare.it)');
    await panel.getByRole('button', { name: 'Collega a Bianchi Immobiliare' }).click();
    await panel.getByRole('button', { name: /^Registra .+ come tempo$/ }).click();
    await expect.poll(() => section.status()).toMatch(/^Registrati .+ per Bianchi Immobiliare\.$/);
    await panel.screenshot({ path: join(SCREENSHOTS, 'sidepanel-calendar-it.png') });
  });
});
