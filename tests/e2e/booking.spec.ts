import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { launchExtension, SCREENSHOTS } from './harness.mjs';
import { CalendarApp } from './pages/calendar-panel.mjs';
import { GmailApp } from './pages/compose.mjs';
import { ClientsPage } from './pages/clients.mjs';
import { collectErrors, EmailPanel } from './pages/email-panel.mjs';

type Harness = Awaited<ReturnType<typeof launchExtension>>;
let harness: Harness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

// Account 1: the Calendar URL must target the same Google account.
const THREAD_URL = 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQjgzptDVmgpZqMwrsMTmwQgcxB';
const SUBJECT = 'Rinnovo locazione ufficio – Corso Venezia 18, Milano';
const GUESTS = [
  'laura.bianchi@bianchi-immobiliare.it',
  'marco.rossi@studiorossi.it',
  'giulia@contiassistenza.it',
];
// Tuesday 12 January 2027, 15:00–15:45 in Rome (winter time, UTC+1): 14:00–14:45 UTC.
const START = Date.parse('2027-01-12T14:00:00Z');
const END = Date.parse('2027-01-12T14:45:00Z');

interface StoredAppointment {
  id: string;
  clientId: string;
  title: string;
  start: number;
  end: number;
  timeZone: string;
  location: string;
  guests: string[];
  notes: string;
  threadId: string | null;
  status: string;
}

async function setup() {
  const h = await launchExtension({ language: 'en' });
  harness = h;
  const options = await h.openExtensionPage('options.html');
  await options.getByRole('button', { name: 'Load sample clients' }).click();
  await expect
    .poll(() => new ClientsPage(options, 'en').list().getByRole('listitem').count())
    .toBe(4);
  await options.close();
  h.serve(THREAD_URL, 'gmail/thread-en/source.html');
  const gmail = await h.context.newPage();
  const errors = collectErrors(gmail);
  await gmail.goto(THREAD_URL);
  const tabId = await h.tabIdOf(gmail);
  const panel = await h.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  await panel.setViewportSize({ width: 420, height: 1400 });
  const panelErrors = collectErrors(panel);
  const clients = (await h.readTable('clients')) as { id: string; name: string }[];
  const clientId = (name: string) => clients.find((c) => c.name === name)!.id;
  return { h, gmail, panel, errors, panelErrors, email: new EmailPanel(panel), clientId };
}

describe('Booking from a Gmail thread', () => {
  it('books, opens the prefilled Calendar editor, stores the appointment and downloads a valid .ics', async () => {
    const { h, panel, errors, panelErrors, email, clientId } = await setup();
    await expect.poll(() => email.subject().innerText()).toBe(SUBJECT);
    await panel.getByRole('button', { name: 'Book appointment' }).click();

    const form = panel.locator('form.booking-form');
    await expect.poll(() => form.count()).toBe(1);
    // Prefilled from the thread: the suggested client, the subject, everyone on it.
    expect(await form.getByLabel('Client', { exact: true }).inputValue()).toBe(
      clientId('Bianchi Immobiliare'),
    );
    expect(await form.getByLabel('Title', { exact: true }).inputValue()).toBe(SUBJECT);
    expect((await form.getByLabel('Guests', { exact: true }).inputValue()).split(', ')).toEqual(
      GUESTS,
    );
    // Three free slots are offered.
    await expect
      .poll(() => form.getByRole('region', { name: 'Next free slots' }).getByRole('button').count())
      .toBe(3);

    await form.getByLabel('Date', { exact: true }).fill('2027-01-12');
    await form.getByLabel('Start', { exact: true }).fill('15:00');
    await form.getByLabel('Duration', { exact: true }).fill('45');
    await form.getByLabel('Location or video link').fill('https://meet.google.com/abc-defg-hij');
    await form.getByLabel('Notes', { exact: true }).fill('Rinnovo: ISTAT & cauzione');
    await expect
      .poll(() => form.getByRole('list', { name: 'The appointment on each clock' }).innerText())
      .toContain('You: Tue, 12 Jan 2027, 15:00–15:45 (Europe/Rome)');

    await form.screenshot({ path: join(SCREENSHOTS, 'sidepanel-booking-en.png') });

    const [calendarTab] = await Promise.all([
      h.context.waitForEvent('page'),
      form.getByRole('button', { name: 'Create in Google Calendar' }).click(),
    ]);
    await calendarTab.waitForURL((u) => u.hostname === 'calendar.google.com');
    const url = new URL(calendarTab.url());
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/u/1/r/eventedit');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      text: SUBJECT,
      dates: '20270112T140000Z/20270112T144500Z',
      details: 'Rinnovo: ISTAT & cauzione',
      location: 'https://meet.google.com/abc-defg-hij',
      add: GUESTS.join(','),
      ctz: 'Europe/Rome',
    });
    await calendarTab.close();

    await expect
      .poll(async () => ((await h.readTable('appointments')) as StoredAppointment[]).length)
      .toBe(1);
    const [stored] = (await h.readTable('appointments')) as StoredAppointment[];
    expect(stored).toMatchObject({
      clientId: clientId('Bianchi Immobiliare'),
      title: SUBJECT,
      start: START,
      end: END,
      timeZone: 'Europe/Rome',
      location: 'https://meet.google.com/abc-defg-hij',
      guests: GUESTS,
      notes: 'Rinnovo: ISTAT & cauzione',
      threadId: '1:1a1f9a3bd20dba06',
      status: 'scheduled',
    });

    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      form.getByRole('button', { name: 'Download .ics' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      '2027-01-12-rinnovo-locazione-ufficio-corso-venezia.ics',
    );
    const text = readFileSync((await download.path())!, 'utf8');
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe(`${stored!.id}@va-desk`);
    expect(event.summary).toBe(SUBJECT);
    expect(event.startDate.toJSDate().getTime()).toBe(START);
    expect(event.endDate.toJSDate().getTime()).toBe(END);
    expect(event.location).toBe('https://meet.google.com/abc-defg-hij');
    expect(event.description).toBe('Rinnovo: ISTAT & cauzione');
    expect(event.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual(
      GUESTS.map((g) => `mailto:${g}`),
    );
    // The second action updated the same appointment.
    expect(((await h.readTable('appointments')) as StoredAppointment[]).length).toBe(1);

    // The appointment is in the Calendar section's list, and can be cancelled (kept).
    await panel.getByRole('tab', { name: 'Calendar', exact: true }).click();
    await panel.getByRole('tab', { name: 'Appointments', exact: true }).click();
    await panel.getByLabel('Show').selectOption(clientId('Bianchi Immobiliare'));
    const row = panel.getByRole('listitem', { name: SUBJECT });
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('button', { name: 'Cancel appointment' }).click();
    await expect
      .poll(async () => ((await h.readTable('appointments')) as StoredAppointment[])[0]!.status)
      .toBe('cancelled');
    await expect.poll(() => row.innerText()).toContain('Cancelled');

    expect(errors).toEqual([]);
    expect(panelErrors).toEqual([]);
    expect(h.blocked).toEqual([]);
  });

  it('proposes three free times in the client’s language and zone', async () => {
    const { panel, email } = await setup();
    await expect.poll(() => email.subject().innerText()).toBe(SUBJECT);
    await panel.getByRole('button', { name: 'Propose times' }).click();
    await expect
      .poll(() => panel.getByText('Tag the thread to a client first', { exact: false }).count())
      .toBe(1);
    await panel.getByRole('button', { name: 'Tag to Bianchi Immobiliare' }).click();
    // The panel was waiting for a client: it shows the times as soon as the thread is tagged.
    const text = panel.getByLabel("In the client's language and time zone");
    await expect.poll(() => text.count()).toBe(1);
    const lines = (await text.inputValue()).split('\n');
    expect(lines[0]).toBe('Ecco alcuni orari disponibili:');
    expect(lines.slice(1, 4)).toHaveLength(3);
    for (const line of lines.slice(1, 4))
      expect(line).toMatch(
        /^• (lunedì|martedì|mercoledì|giovedì|venerdì) \d{1,2} \p{L}+, \d{2}:\d{2}–\d{2}:\d{2} \(Ora dell’Europa centrale\)$/u,
      );
    expect(lines.at(-1)).toBe('Mi faccia sapere quale preferisce.');
  });

  it('books from the open Calendar event and names the clash with another event in the Calendar tab', async () => {
    const { h, clientId } = await setup();
    const CALENDAR_URL = 'https://calendar.google.com/calendar/u/0/r';
    h.serve(CALENDAR_URL, 'calendar/app/source.html');
    const calendar = await h.context.newPage();
    await calendar.goto(CALENDAR_URL);
    const tabId = await h.tabIdOf(calendar);
    const panel = await h.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.setViewportSize({ width: 420, height: 1400 });
    const app = new CalendarApp(calendar);
    const events = (await app.events()) as {
      key: string;
      title: string;
      start: number;
      end: number;
    }[];
    const call = events.find((e) => e.title.startsWith('Call con Laura Bianchi'))!;
    await app.openChip(call.title);
    await expect.poll(() => panel.locator('#event-title').innerText()).toBe(call.title);
    await panel.getByRole('button', { name: 'Book appointment' }).click();

    const form = panel.locator('form.booking-form');
    await expect.poll(() => form.count()).toBe(1);
    expect(await form.getByLabel('Client', { exact: true }).inputValue()).toBe(
      clientId('Bianchi Immobiliare'),
    );
    expect(await form.getByLabel('Title', { exact: true }).inputValue()).toBe(call.title);
    expect(await form.getByLabel('Location or video link').inputValue()).toBe(
      'https://meet.google.com/kqe-wmzt-pfa',
    );
    expect(await form.getByLabel('Guests', { exact: true }).inputValue()).toContain(
      'laura.bianchi@bianchi-immobiliare.it',
    );

    // Put it on top of another event the Calendar tab shows.
    const other = events.find((e) => e !== call)!;
    const rome = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', ...options }).format(other.start);
    await form
      .getByLabel('Date', { exact: true })
      .fill(rome({ year: 'numeric', month: '2-digit', day: '2-digit' }));
    await form
      .getByLabel('Start', { exact: true })
      .fill(rome({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }));
    await expect
      .poll(() => form.locator('.booking-form__conflicts').innerText())
      .toContain(`${other.title}, `);
    expect(await form.locator('.booking-form__conflicts').innerText()).toContain(
      '(in Google Calendar)',
    );
  });

  it('inserts the proposed times into Gmail’s reply, opening one', async () => {
    const h = await launchExtension({ language: 'en' });
    harness = h;
    const options = await h.openExtensionPage('options.html');
    await options.getByRole('button', { name: 'Load sample clients' }).click();
    await expect
      .poll(() => new ClientsPage(options, 'en').list().getByRole('listitem').count())
      .toBe(4);
    await options.close();
    h.serve('https://mail.google.com/mail/u/0/', 'gmail/app/source.html');
    const page = await h.context.newPage();
    const errors = collectErrors(page);
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    const app = new GmailApp(page);
    await app.ready();
    const threads = (await app.threads()) as {
      hash: string;
      page: number;
      messages: { senderEmail: string }[];
    }[];
    const thread = threads.find(
      (t) => t.page === 1 && t.messages.at(-1)!.senderEmail.endsWith('@bianchi-immobiliare.it'),
    )!;
    await app.navigate(thread.hash);
    await page.waitForTimeout(300);
    const tabId = await h.tabIdOf(page);
    const panel = await h.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.setViewportSize({ width: 420, height: 1200 });

    await panel.getByRole('button', { name: 'Tag to Bianchi Immobiliare' }).click();
    await panel.getByRole('button', { name: 'Propose times' }).click();
    const box = panel.getByLabel("In the client's language and time zone");
    await expect.poll(() => box.count()).toBe(1);
    const text = await box.inputValue();
    expect(text.split('\n')[0]).toBe('Ecco alcuni orari disponibili:');
    await panel.getByRole('button', { name: 'Insert into the reply' }).click();
    await expect
      .poll(() => panel.getByText('Opened a reply and put the times in it.').count())
      .toBe(1);
    await expect
      .poll(async () => ((await app.compose('inline')) as { text: string } | null)?.text)
      .toBe(text);
    expect(errors).toEqual([]);
  });
});
