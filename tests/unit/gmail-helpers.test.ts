import { describe, expect, it } from 'vitest';
import { createRouter } from '@/utils/messaging/router';
import { gmailHandlers } from '@/entrypoints/background/handlers/gmail';
import { createClient } from '@/utils/db/clients-repo';
import { tagThread } from '@/utils/db/threads-repo';
import { threadUrl } from '@/utils/gmail/links';
import { excerpt, readableText } from '@/utils/gmail/readable';
import { dateInputValue, parseDateInput } from '@/utils/time/local-day';

describe('threadUrl', () => {
  it('builds the Gmail address of a thread with its account', () => {
    expect(threadUrl(2, '18f0a1b2c3d4e5f6')).toBe(
      'https://mail.google.com/mail/u/2/#all/18f0a1b2c3d4e5f6',
    );
  });
});

describe('readableText', () => {
  it('drops quoted history and signatures and keeps paragraphs as text', () => {
    const html =
      '<div dir="ltr"><p>Buongiorno Giulia,</p><p>confermo l&#39;udienza del 3 dicembre.</p>' +
      '<div class="gmail_signature">Avv. Marco Rossi<br>Studio Legale Rossi</div>' +
      '<div class="gmail_quote"><blockquote>Il giorno lun 23 nov ha scritto: vecchio testo</blockquote></div></div>';
    const text = readableText(html);
    expect(text).toContain('Buongiorno Giulia,');
    expect(text).toContain("confermo l'udienza del 3 dicembre.");
    expect(text).not.toContain('vecchio testo');
    expect(text).not.toContain('Studio Legale Rossi');
  });

  it('returns markup in the email as text and runs nothing', () => {
    const html =
      '<p>Ciao &lt;script&gt;alert(1)&lt;/script&gt;</p><script>window.__ran = 1</script><img src=x onerror="window.__ran = 2">';
    const text = readableText(html);
    expect(text).toContain('Ciao <script>alert(1)</script>');
    expect((window as { __ran?: number }).__ran).toBeUndefined();
  });

  it.each([
    ['', ''],
    ['corto', 'corto'],
  ])('handles %j', (html, expected) => {
    expect(readableText(html)).toBe(expected);
  });

  it('cuts excerpts at a word boundary', () => {
    const long = 'parola '.repeat(100);
    const cut = excerpt(long, 50);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut).not.toMatch(/paro…$/);
  });
});

describe('date inputs', () => {
  it.each([
    ['2026-11-27', new Date(2026, 10, 27).getTime()],
    ['2026-02-30', null],
    ['27/11/2026', null],
    ['', null],
  ])('%s → %s', (value, expected) => {
    expect(parseDateInput(value)).toBe(expected);
  });

  it('round-trips a local date', () => {
    expect(dateInputValue(parseDateInput('2026-03-29')!)).toBe('2026-03-29');
  });
});

describe('getThreadTags handler', () => {
  const route = createRouter(gmailHandlers);
  const envelope = (input: unknown) => ({ app: 'va-desk', type: 'getThreadTags', input });

  it('answers the client summary of tagged threads only', async () => {
    const rossi = await createClient({
      name: 'Studio Rossi',
      shortName: 'Rossi',
      color: '#d93025',
      emails: [],
      domains: [],
      gmailAccounts: [],
      hourlyRate: 5000,
      currency: 'EUR',
      rounding: 0,
      minimumMinutes: 0,
      timeZone: 'Europe/Rome',
      language: 'it',
      billableByDefault: true,
      monthlyBudgetHours: null,
      notes: 'riservato',
    });
    await tagThread({
      account: 0,
      threadId: 'aaa',
      clientId: rossi.id,
      subject: 's',
      participants: [],
    });
    expect(await route(envelope({ account: 0, threadIds: ['aaa', 'bbb'] }))).toEqual({
      ok: true,
      value: { aaa: { id: rossi.id, name: 'Studio Rossi', shortName: 'Rossi', color: '#d93025' } },
    });
  });

  it.each([
    [{ account: -1, threadIds: [] }],
    [{ account: 0, threadIds: 'aaa' }],
    [{ account: 0, threadIds: [''] }],
    [{ account: 0, threadIds: Array.from({ length: 501 }, (_, i) => `t${i}`) }],
    [null],
  ])('rejects %j', async (input) => {
    expect(await route(envelope(input))).toMatchObject({
      ok: false,
      error: { code: 'badRequest' },
    });
  });
});
