import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/report/app';
import { createClient } from '@/utils/db/clients-repo';
import { saveSettings } from '@/utils/db/settings';
import { addEntry } from '@/utils/db/time-entries-repo';
import type { Client } from '@/utils/model/types';
import { formatMoney } from '@/utils/i18n/format';
import { setLanguage } from '@/utils/i18n/messages';
import { clientSummaryEmail, gmailComposeUrl } from '@/utils/reports/client-email';
import { loadReport } from '@/utils/db/report-reader';
import { weekRange } from '@/utils/time/weeks';
import { clientInput, entryInput } from './factories';
import { DEFAULT_SETTINGS } from '@/utils/model/settings';

afterEach(cleanup);

// Europe/Rome; the week of Monday 16 November 2026 (in the past, so entries can be logged).
const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();
const WEEK = weekRange(at(18, 12), 1);
const SEARCH = '?from=2026-11-16&to=2026-11-22';
const MIN = 60_000;

let rossi: Client;
let acme: Client;

beforeEach(async () => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  history.replaceState(null, '', `/report.html${SEARCH}`);
  rossi = await createClient(
    clientInput('Rossi Srl', {
      hourlyRate: 4000,
      rounding: 15,
      emails: ['anna@rossi.it'],
      language: 'it',
    }),
  );
  acme = await createClient(clientInput('Acme Inc', { hourlyRate: 6000, currency: 'USD' }));
  const entry = (clientId: string, start: number, minutes: number, note: string) =>
    addEntry(entryInput(clientId, start, start + minutes * MIN, { note }));
  await entry(rossi.id, at(16, 9), 20, '<img src=x onerror=alert(1)> inbox');
  await entry(rossi.id, at(17, 10), 45, '=HYPERLINK("http://evil")');
  await entry(acme.id, at(18, 14), 30, 'Board pack');
});

describe('report page', () => {
  it('shows each client with totals, and amounts per currency never summed', async () => {
    const settings = await saveSettings({ ...DEFAULT_SETTINGS, vaName: 'Giulia Bianchi' });
    render(<App initialSettings={settings} />);
    const rossiSection = await screen.findByRole('region', { name: /Rossi Srl/ });
    // 20 → 30 and 45 → 45 with 15-minute rounding: 75 billable minutes at 40 €/h.
    expect(
      within(rossiSection).getByText(formatMoney(5000, 'EUR'), { selector: '[data-total=amount]' }),
    ).toBeTruthy();
    const acmeSection = screen.getByRole('region', { name: /Acme Inc/ });
    expect(
      within(acmeSection).getByText(formatMoney(3000, 'USD'), { selector: '[data-total=amount]' }),
    ).toBeTruthy();
    const summary = screen.getByRole('table', { name: 'Totals' });
    expect(
      within(summary)
        .getAllByRole('row')
        .map((r) => r.getAttribute('data-currency')),
    ).toEqual([null, 'EUR', 'USD']);
    // Untrusted notes are text, never markup.
    expect(within(rossiSection).getByText(/<img src=x onerror=alert\(1\)> inbox/)).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getAllByText(/prepared by Giulia Bianchi/).length).toBeGreaterThan(0);
  });

  it('filters to one client, keeps the choice in the URL and offers "Send to client"', async () => {
    render(<App initialSettings={DEFAULT_SETTINGS} />);
    await screen.findByRole('region', { name: /Acme Inc/ });
    fireEvent.change(screen.getByLabelText('Client'), { target: { value: rossi.id } });
    await waitFor(() => expect(screen.queryByRole('region', { name: /Acme Inc/ })).toBeNull());
    expect(location.search).toBe(`${SEARCH}&client=${rossi.id}`);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    fireEvent.click(await screen.findByRole('button', { name: 'Send to client' }));
    const url = new URL(create.mock.calls[0]![0].url!);
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/u/0/');
    expect(url.searchParams.get('to')).toBe('anna@rossi.it');
    // The client reads Italian.
    expect(url.searchParams.get('body')).toMatch(/^Gentile Rossi Srl,/);
  });

  it('steps week by week and refuses a backwards range with a message', async () => {
    render(<App initialSettings={DEFAULT_SETTINGS} />);
    await screen.findByRole('region', { name: /Rossi Srl/ });
    fireEvent.click(screen.getByRole('button', { name: '← Previous' }));
    await screen.findByText('Nothing was logged in this period.');
    expect(
      screen.getByRole('heading', { level: 2, name: /Week 46 · 9\s–\s15 Nov 2026/ }),
    ).toBeTruthy();
    fireEvent.input(screen.getByLabelText('From'), { target: { value: '2026-11-20' } });
    fireEvent.input(screen.getByLabelText('To'), { target: { value: '2026-11-10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(screen.getByRole('alert').textContent).toBe('The last day is before the first day.');
  });

  it('downloads a CSV with the chosen separator', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:report';
    });
    render(<App initialSettings={DEFAULT_SETTINGS} />);
    await screen.findByRole('region', { name: /Rossi Srl/ });
    fireEvent.change(screen.getByLabelText(/Separator/), { target: { value: ';' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    const text = await created[0]!.text();
    expect(text.split('\r\n')[0]).toContain(';');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(4);
    expect(text).toContain(`'=HYPERLINK`);
    expect(screen.getByText('CSV file saved to your downloads.')).toBeTruthy();
  });
});

describe('send to client: the summary email', () => {
  it.each([
    ['it', /^Gentile Rossi Srl,\n\necco il riepilogo .* Settimana 47 · 16–22 nov 2026\./],
    ['en', /^Hello Rossi Srl,\n\nhere is the summary .* Week 47 · 16 – 22 Nov 2026\./],
  ] as const)(
    'is written in the client language (%s), whatever the UI language',
    async (language, intro) => {
      setLanguage(language === 'it' ? 'en' : 'it');
      const client = { ...rossi, language };
      const report = await loadReport({ ...WEEK, clientId: rossi.id }, at(23, 9));
      const email = clientSummaryEmail({ ...report.clients[0]!, client }, WEEK, 'Giulia');
      expect(email.body.replace(/\u2009/g, ' ')).toMatch(intro);
      expect(email.body).toContain('<img src=x onerror=alert(1)> inbox');
      expect(email.body.trimEnd().endsWith('Giulia')).toBe(true);
      expect(email.to).toBe('anna@rossi.it');
      const url = new URL(gmailComposeUrl(email, 2));
      expect(url.pathname).toBe('/mail/u/2/');
      expect(url.searchParams.get('body')).toBe(email.body);
      expect(url.searchParams.get('su')).toBe(email.subject);
    },
  );
});
