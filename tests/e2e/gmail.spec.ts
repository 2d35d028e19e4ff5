import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchExtension, SCREENSHOTS } from './harness.mjs';
import { ClientsPage } from './pages/clients.mjs';
import { collectErrors, EmailPanel, GmailChips } from './pages/email-panel.mjs';

type Harness = Awaited<ReturnType<typeof launchExtension>>;
let harness: Harness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const THREAD_URL = 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQjgzptDVmgpZqMwrsMTmwQgcxB';

async function setup(language: 'en' | 'it' = 'en') {
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
  return h;
}

async function openGmail(h: Harness, url: string, fixture: string) {
  h.serve(url, fixture);
  const gmail = await h.context.newPage();
  const errors = collectErrors(gmail);
  await gmail.goto(url);
  const tabId = await h.tabIdOf(gmail);
  const panel = await h.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  await panel.setViewportSize({ width: 400, height: 900 });
  return { gmail, panel, errors, email: new EmailPanel(panel), chips: new GmailChips(gmail) };
}

interface StoredThread {
  threadId: string;
  account: number;
  clientId: string;
  status: string;
  followUpAt: number | null;
  participants: string[];
  subject: string;
}

describe('Gmail: the open thread in the side panel', () => {
  it('reads the thread, suggests the client, tags and triages it, and draws the chip in Gmail', async () => {
    const h = await setup('en');
    const { gmail, panel, errors, email, chips } = await openGmail(
      h,
      THREAD_URL,
      'gmail/thread-en/source.html',
    );

    await expect
      .poll(() => email.subject().innerText())
      .toBe('Rinnovo locazione ufficio – Corso Venezia 18, Milano');
    const card = await email.card().innerText();
    expect(card).toContain('From Laura Bianchi <laura.bianchi@bianchi-immobiliare.it>');
    expect(card).toContain('3 messages');
    expect(card).toContain("Sull'aggiornamento ISTAT possiamo arrivare all'85%");
    expect(card).toContain('Suggested client:');
    expect(card).toContain('Bianchi Immobiliare');
    expect(card).toContain('(why: matched domain bianchi-immobiliare.it)');
    expect(await chips.texts('subject')).toEqual([]);

    await panel.getByRole('button', { name: 'Tag to Bianchi Immobiliare' }).click();
    await expect
      .poll(() => panel.getByRole('status').first().innerText())
      .toBe('Tagged to Bianchi Immobiliare.');
    expect(await email.status('Needs reply').getAttribute('aria-pressed')).toBe('true');
    await panel.getByLabel('Follow-up date').fill('2026-11-30');
    await email.status('Waiting on client').click();
    await expect
      .poll(() => email.status('Waiting on client').getAttribute('aria-pressed'))
      .toBe('true');
    await email.status('Needs reply').click();
    await expect.poll(() => email.status('Needs reply').getAttribute('aria-pressed')).toBe('true');

    // The chip appears next to the subject in Gmail, without reloading the page.
    await expect.poll(() => chips.texts('subject')).toEqual(['Bianchi']);
    await panel.screenshot({ path: join(SCREENSHOTS, 'sidepanel-email-en.png') });
    await gmail
      .locator('[role=main] h2.hP')
      .locator('..')
      .screenshot({ path: join(SCREENSHOTS, 'gmail-chip-en.png') });

    const [stored] = (await h.readTable('threads')) as StoredThread[];
    const clients = (await h.readTable('clients')) as { id: string; name: string }[];
    expect(stored).toMatchObject({
      threadId: '1a1f9a3bd20dba06',
      account: 1,
      clientId: clients.find((c) => c.name === 'Bianchi Immobiliare')!.id,
      status: 'needsReply',
      subject: 'Rinnovo locazione ufficio – Corso Venezia 18, Milano',
    });
    expect(new Date(stored!.followUpAt!).toISOString()).toBe('2026-11-29T23:00:00.000Z'); // midnight in Rome
    expect(stored!.participants).toEqual(
      expect.arrayContaining([
        'laura.bianchi@bianchi-immobiliare.it',
        'marco.rossi@studiorossi.it',
      ]),
    );

    // Retag to another client: the chip follows.
    await panel.getByLabel('Change client').selectOption({ label: 'Studio Legale Rossi' });
    await panel.getByRole('button', { name: 'Tag', exact: true }).click();
    await expect.poll(() => chips.texts('subject')).toEqual(['Rossi']);

    // Untag: the chip goes away.
    await panel.getByRole('button', { name: 'Untag' }).click();
    await expect.poll(() => chips.texts('subject')).toEqual([]);
    expect(await h.readTable('threads')).toEqual([]);
    expect(errors).toEqual([]);
    expect(h.blocked).toEqual([]);
  });

  it('speaks Italian in an Italian Gmail', async () => {
    const h = await setup('it');
    const { panel, email } = await openGmail(h, THREAD_URL, 'gmail/thread-it/source.html');
    await expect.poll(() => email.card().innerText()).toContain('Cliente suggerito:');
    const card = await email.card().innerText();
    expect(card).toContain('(perché: dominio bianchi-immobiliare.it)');
    expect(card).toContain('3 messaggi');
    await panel.getByRole('button', { name: 'Assegna a Bianchi Immobiliare' }).click();
    await expect
      .poll(() => email.status('Da rispondere').getAttribute('aria-pressed'))
      .toBe('true');
    await email.status('In attesa di terzi').click();
    await expect
      .poll(() => email.status('In attesa di terzi').getAttribute('aria-pressed'))
      .toBe('true');
    await panel.screenshot({ path: join(SCREENSHOTS, 'sidepanel-email-it.png') });
  });

  it('shows hostile names and subjects as text', async () => {
    const h = await setup('en');
    const { email, panel } = await openGmail(
      h,
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQjgzrCvnDBnljCpxbZXXFKMbCR',
      'gmail/thread-hostile-en/source.html',
    );
    await expect
      .poll(() => email.subject().innerText())
      .toBe('Invoice #42 "><img src=x onerror=alert(2)> & <b>urgent</b>');
    expect(await email.card().locator('img, b, script').count()).toBe(0);
    expect(await panel.evaluate(() => (window as { alert?: unknown }).alert === window.alert)).toBe(
      true,
    );
  });

  it('degrades in words when it cannot read the thread, and still tags by hand', async () => {
    const h = await setup('en');
    const { gmail, panel, email, errors } = await openGmail(
      h,
      THREAD_URL,
      'gmail/thread-en/source.html',
    );
    await expect.poll(() => email.subject().innerText()).toContain('Rinnovo locazione');
    // Gmail "changes its DOM": the subject heading and sender spans disappear.
    await gmail.evaluate(() => {
      for (const el of Array.from(
        document.querySelectorAll('[role=main] h2.hP, [role=main] span.gD'),
      ))
        el.remove();
    });
    await expect.poll(() => email.card().innerText()).toContain("VA Desk couldn't read");
    const card = await email.card().innerText();
    expect(card).toMatch(/couldn't read .*the subject/);
    await panel.getByLabel('Subject', { exact: true }).fill('Rinnovo locazione (a mano)');
    // The recipients still point to Studio Legale Rossi; the VA picks another client.
    expect(card).toContain('(why: recipient domain studiorossi.it)');
    await panel
      .getByLabel('Another client', { exact: true })
      .selectOption({ label: 'Bianchi Immobiliare' });
    await panel.getByRole('button', { name: 'Tag', exact: true }).click();
    await expect
      .poll(async () => ((await h.readTable('threads')) as StoredThread[]).map((t) => t.subject))
      .toEqual(['Rinnovo locazione (a mano)']);
    expect(errors).toEqual([]);
  });

  it('says so on a page that is not an email', async () => {
    const h = await setup('en');
    const { email, panel } = await openGmail(
      h,
      'https://mail.google.com/mail/u/0/#settings/general',
      'gmail/not-a-thread-en/source.html',
    );
    await expect
      .poll(() => panel.locator('.subpanel').innerText())
      .toBe('Open an email in Gmail to tag it to a client.');
    expect(await email.card().count()).toBe(0);
  });
});

interface AppThread {
  id: string;
  hash: string;
  subject: string;
  sender: string;
}

describe('Gmail: chips while the VA navigates', () => {
  it('keeps exactly one chip per tagged thread across 50 navigations, and drops it when untagged', async () => {
    const h = await setup('en');
    const { gmail, panel, email, chips, errors } = await openGmail(
      h,
      'https://mail.google.com/mail/u/0/#inbox',
      'gmail/app/source.html',
    );
    const app = () =>
      gmail.evaluate(
        () => (window as unknown as { __gmailApp: { ready: Promise<void> } }).__gmailApp.ready,
      );
    await app();
    const threads: AppThread[] = await gmail.evaluate(() =>
      (
        window as unknown as {
          __gmailApp: {
            threads: {
              legacyThreadId: string;
              hash: string;
              subject: string;
              page: number;
              messages: { senderEmail: string }[];
            }[];
          };
        }
      ).__gmailApp.threads
        .filter((t) => t.page === 1)
        .map((t) => ({
          id: t.legacyThreadId,
          hash: t.hash,
          subject: t.subject,
          sender: t.messages[t.messages.length - 1]!.senderEmail,
        })),
    );
    const navigate = (hash: string) =>
      gmail.evaluate(
        (hh) =>
          (
            window as unknown as { __gmailApp: { navigate(h: string): Promise<void> } }
          ).__gmailApp.navigate(hh),
        hash,
      );

    // Tag three threads whose senders belong to sample clients, from the side panel.
    const toTag = threads
      .filter((t) =>
        /@(bianchi-immobiliare\.it|studiorossi\.it|hartleycoaching\.co\.uk)$/.test(t.sender),
      )
      .slice(0, 3);
    expect(toTag).toHaveLength(3);
    for (const t of toTag) {
      await navigate(t.hash);
      await expect.poll(() => email.subject().innerText()).toBe(t.subject);
      await panel.getByRole('button', { name: /^Tag to / }).click();
      await expect.poll(() => chips.texts('subject')).toHaveLength(1);
    }
    const tagged = new Set(toTag.map((t) => t.id));

    // 50 navigations: 25 threads, back to the inbox after each.
    for (const t of threads.slice(0, 25)) {
      await navigate(t.hash);
      await expect.poll(() => email.subject().innerText()).toBe(t.subject);
      await expect.poll(() => chips.texts('subject')).toHaveLength(tagged.has(t.id) ? 1 : 0);
      expect(await chips.rowChips()).toEqual([]); // row chips belong to the (hidden) list
      await navigate('#inbox');
      await expect
        .poll(async () => (await chips.rowChips()).map((c) => c.threadId).sort())
        .toEqual([...tagged].sort());
      expect(await chips.texts('subject')).toEqual([]);
    }
    await gmail.screenshot({
      path: join(SCREENSHOTS, 'gmail-inbox-chips-en.png'),
      clip: { x: 0, y: 0, width: 1280, height: 420 },
    });

    // Untag one from "By client"… through its thread: the chip disappears from the inbox row.
    await navigate(toTag[0]!.hash);
    await expect.poll(() => email.subject().innerText()).toBe(toTag[0]!.subject);
    await panel.getByRole('button', { name: 'Untag' }).click();
    await expect.poll(() => chips.texts('subject')).toEqual([]);
    await navigate('#inbox');
    await expect.poll(async () => (await chips.rowChips()).length).toBe(2);
    expect(errors).toEqual([]);
    expect(h.blocked).toEqual([]);
  });

  it('lists what needs attention and opens a thread in Gmail with its account', async () => {
    const h = await setup('en');
    const { gmail, panel, email } = await openGmail(h, THREAD_URL, 'gmail/thread-en/source.html');
    await expect.poll(() => email.subject().innerText()).toContain('Rinnovo locazione');
    await panel.getByRole('button', { name: 'Tag to Bianchi Immobiliare' }).click();
    await expect.poll(() => email.status('Needs reply').getAttribute('aria-pressed')).toBe('true');

    await email.tab('Needs attention');
    const item = panel.getByRole('list', { name: 'Tagged emails' }).getByRole('listitem');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.innerText()).toContain('Needs reply');

    await email.tab('By client');
    await panel
      .getByLabel('Client', { exact: true })
      .selectOption({ label: 'Bianchi Immobiliare' });
    await panel.getByLabel('Status', { exact: true }).selectOption({ label: 'Waiting on client' });
    await expect
      .poll(() => panel.getByText('No tagged emails for this client with this status.').count())
      .toBe(1);
    await panel.getByLabel('Status', { exact: true }).selectOption({ label: 'Needs reply' });
    await expect.poll(() => item.count()).toBe(1);

    // Opening goes through Gmail's own address, in the tab the panel serves (same account).
    await gmail.goto('https://mail.google.com/mail/u/1/#inbox');
    await item.getByRole('button', { name: /^Open “Rinnovo locazione/ }).click();
    await expect
      .poll(() => gmail.url())
      .toBe('https://mail.google.com/mail/u/1/#all/1a1f9a3bd20dba06');
  });
});
