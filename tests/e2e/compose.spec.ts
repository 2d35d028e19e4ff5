import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchExtension } from './harness.mjs';
import { ClientsPage } from './pages/clients.mjs';
import {
  GmailApp,
  InPagePrompt,
  SnippetsPanel,
  seedSnippets,
  sendInsert,
} from './pages/compose.mjs';
import { collectErrors, EmailPanel } from './pages/email-panel.mjs';

// Writing into Gmail's compose on the live fixture app (tests/fixtures/gmail/app): shortcut
// expansion typed on the keyboard, the in-page prompt, the client guard, and the side panel's
// insert message. The app records the events its compose bodies get and saves drafts like Gmail.

type Harness = Awaited<ReturnType<typeof launchExtension>>;
type Language = 'en' | 'it';
let harness: Harness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const WORDS = {
  en: {
    saved: 'Draft saved',
    heading: (title: string) => `Snippet “${title}”`,
    insert: 'Insert',
    cancel: 'Cancel',
    guard:
      'This snippet is for Studio Legale Rossi, but this email is tagged to Bianchi Immobiliare. Insert it anyway?',
    loadSamples: 'Load sample clients',
    tagTo: 'Tag to Bianchi Immobiliare',
    openedReply: 'Opened a reply and inserted the snippet.',
    intoReply: 'Inserted into your reply.',
  },
  it: {
    saved: 'Bozza salvata',
    heading: (title: string) => `Risposta rapida «${title}»`,
    insert: 'Inserisci',
    cancel: 'Annulla',
    guard:
      'Questa risposta rapida è per Studio Legale Rossi, ma questa email è assegnata a Bianchi Immobiliare. Inserirla comunque?',
    loadSamples: 'Carica clienti di esempio',
    tagTo: 'Assegna a Bianchi Immobiliare',
    openedReply: 'Aperta una risposta e inserito il testo.',
    intoReply: 'Inserita nella risposta.',
  },
};

const SIGNATURE = '-- \nGiulia Conti\nVirtual Assistant';

interface Compose {
  kind: 'inline' | 'popup';
  text: string;
  status: string;
  saves: number;
  savedText: string;
  draftId: string;
  focused: boolean;
  events: {
    type: string;
    key: string | null;
    keyCode: number | null;
    inputType: string | null;
    isTrusted: boolean;
  }[];
}
interface AppThread {
  legacyThreadId: string;
  hash: string;
  subject: string;
  page: number;
  messages: { senderName: string; senderEmail: string }[];
}
interface StoredSnippet {
  id: string;
  usageCount: number;
  lastUsedAt: number | null;
}

async function setup(language: Language) {
  const h = await launchExtension({ language });
  harness = h;
  const options = await h.openExtensionPage('options.html');
  await options.getByRole('button', { name: WORDS[language].loadSamples }).click();
  await expect
    .poll(() => new ClientsPage(options, language).list().getByRole('listitem').count())
    .toBe(4);
  await options.close();
  const clients = (await h.readTable('clients')) as { id: string; name: string }[];
  const rossi = clients.find((c) => c.name === 'Studio Legale Rossi')!;
  await seedSnippets(h, [
    {
      title: 'Thanks',
      shortcut: ';thx',
      language: 'en',
      body: 'Hi {{sender.firstName}},\n\nthanks for your message.{{cursor}}\n\nBest regards',
    },
    {
      title: 'Invoice reminder',
      shortcut: ';inv',
      language: 'en',
      body: 'Dear {{sender.name}},\nthe amount of {{ask:Amount}} is due on {{choose:Monday|Friday}}.',
    },
    {
      title: 'Udienza',
      shortcut: ';udienza',
      language: 'it',
      clientId: rossi.id,
      minutesToLog: 5,
      body: 'Gentile {{sender.name}},\n\nle confermo l’udienza.',
    },
    {
      title: 'Quick reply',
      shortcut: ';ok',
      language: 'en',
      body: 'Noted, I will get back to you {{choose:today|tomorrow}}.\nKind regards',
    },
  ]);

  h.serve('https://mail.google.com/mail/u/0/', 'gmail/app/source.html');
  const page = await h.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`https://mail.google.com/mail/u/0/${language === 'it' ? '?hl=it' : ''}#inbox`);
  const app = new GmailApp(page);
  await app.ready();
  // A thread whose latest message comes from Bianchi Immobiliare (a sample client).
  const threads = (await app.threads()) as AppThread[];
  const thread = threads.find(
    (t) => t.page === 1 && t.messages.at(-1)!.senderEmail.endsWith('@bianchi-immobiliare.it'),
  )!;
  await app.navigate(thread.hash);
  // Let both content scripts start (document_idle) before typing.
  await page.waitForTimeout(300);
  return {
    h,
    page,
    app,
    errors,
    thread,
    sender: thread.messages.at(-1)!,
    prompt: new InPagePrompt(h.context, page),
    words: WORDS[language],
  };
}

async function composeOf(app: GmailApp, kind: 'inline' | 'popup'): Promise<Compose> {
  return (await app.compose(kind)) as Compose;
}

/** Waits until the page saved the draft with exactly the body's text. */
async function expectDraftSaved(app: GmailApp, kind: 'inline' | 'popup', saved: string) {
  await expect
    .poll(async () => {
      const c = await composeOf(app, kind);
      return { status: c.status, savedText: c.savedText };
    })
    .toEqual({ status: saved, savedText: (await composeOf(app, kind)).text });
}

const inputTypes = (c: Compose) =>
  c.events.filter((e) => e.type === 'input').map((e) => e.inputType);

async function usage(h: Harness): Promise<Record<string, number>> {
  const rows = (await h.readTable('snippets')) as StoredSnippet[];
  return Object.fromEntries(rows.map((r) => [r.id, r.usageCount]));
}

async function tagThreadFromPanel(h: Harness, page: Page, label: string) {
  const tabId = await h.tabIdOf(page);
  const panel = await h.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  await panel.getByRole('button', { name: label }).click();
  await expect.poll(async () => ((await h.readTable('threads')) as unknown[]).length).toBe(1);
  await new EmailPanel(panel).card().waitFor();
  await panel.close();
}

describe.each(['en', 'it'] as const)('Gmail compose (%s UI)', (language) => {
  it('inline reply: a typed shortcut expands, asks its fields in the page, Escape cancels, Ctrl+Z undoes', async () => {
    const { h, app, page, prompt, sender, words, errors } = await setup(language);
    await app.reply();
    const first = sender.senderName.split(' ')[0];

    // Expansion on Space: the shortcut is replaced, line breaks kept, the caret at {{cursor}}.
    await page.keyboard.type('Hello ;thx ');
    const thanks = `Hello Hi ${first},\n\nthanks for your message.\n\nBest regards`;
    await expect.poll(async () => (await composeOf(app, 'inline')).text).toBe(thanks);
    await page.keyboard.type(' :)');
    await expect
      .poll(async () => (await composeOf(app, 'inline')).text)
      .toBe(`Hello Hi ${first},\n\nthanks for your message. :)\n\nBest regards`);
    await expectDraftSaved(app, 'inline', words.saved);

    // Gmail got what it listens to: the VA's keys, then the expansion as input events (typed
    // text and Enter-like paragraphs, trusted), then a key press to save the draft.
    let c = await composeOf(app, 'inline');
    // Two Spaces reached the page; the one after the shortcut was VA Desk's alone.
    expect(c.events.filter((e) => e.type === 'keydown' && e.key === ' ').length).toBe(2);
    expect(inputTypes(c)).toEqual([
      ...Array(';thx'.length + 'Hello '.length).fill('insertText'),
      'insertText', // "Hi <first>," replacing ";thx"
      'insertParagraph',
      'insertParagraph',
      'insertText',
      'insertParagraph',
      'insertParagraph',
      'insertText',
      ...Array(3).fill('insertText'), // " :)"
    ]);
    expect(c.events.filter((e) => e.type === 'input').every((e) => e.isTrusted)).toBe(true);
    expect(c.events.some((e) => e.type === 'keyup' && e.keyCode === 190)).toBe(true);
    expect(c.draftId).toMatch(/^#msg-a:r-?\d+$/);

    // Undo: first what was typed after, then the whole expansion in one step.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await composeOf(app, 'inline')).text).toBe(thanks);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await composeOf(app, 'inline')).text).toBe('Hello ;thx');

    // Fill-in fields: the prompt opens in the page, keyboard only.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(';inv');
    await page.keyboard.press('Tab');
    await expect.poll(() => prompt.read()).not.toBeNull();
    expect(await prompt.read()).toEqual({
      name: words.heading('Invoice reminder'),
      description: '',
      fields: [
        { role: 'textbox', name: 'Amount', value: '' },
        { role: 'combobox', name: 'Monday / Friday', value: 'Monday' },
      ],
      buttons: [words.cancel, words.insert],
      focused: 'Amount',
    });
    await page.keyboard.type('120,00 € <b>');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => prompt.read()).toBeNull();
    await expect
      .poll(async () => (await composeOf(app, 'inline')).text)
      .toBe(`Hello ;thx\nDear ${sender.senderName},\nthe amount of 120,00 € <b> is due on Friday.`);
    // The answers were typed into the prompt: none of those keys reached Gmail's shortcuts.
    expect(await app.globalKeys()).toEqual([]);
    c = await composeOf(app, 'inline');
    expect(c.focused).toBe(true);
    expect(await app.body('inline').locator('b').count()).toBe(0);

    // Escape: the shortcut stays as typed, with its Space, and typing goes on after it.
    await page.keyboard.press('Enter');
    await page.keyboard.type(';inv ');
    await expect.poll(() => prompt.read()).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => prompt.read()).toBeNull();
    await page.keyboard.type('x');
    await expect
      .poll(async () => (await composeOf(app, 'inline')).text)
      .toMatch(/is due on Friday\.\n;inv x$/);
    await expectDraftSaved(app, 'inline', words.saved);

    // Usage: each expansion counted once; the cancelled one not at all.
    await expect
      .poll(() => usage(h))
      .toMatchObject({ 'snippet-1': 1, 'snippet-2': 1, 'snippet-4': 0 });
    expect(errors).toEqual([]);
    expect(h.blocked).toEqual([]);
  });

  it('pop-up compose: a shortcut expands above the signature', async () => {
    const { h, app, page, prompt, words, errors } = await setup(language);
    await app.newMessage();
    await page.keyboard.type(';ok ');
    await expect.poll(() => prompt.read()).not.toBeNull();
    expect((await prompt.read())!.fields).toEqual([
      { role: 'combobox', name: 'today / tomorrow', value: 'today' },
    ]);
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await composeOf(app, 'popup')).text)
      .toBe(`Noted, I will get back to you today.\nKind regards\n${SIGNATURE}`);
    await expectDraftSaved(app, 'popup', words.saved);
    expect(inputTypes(await composeOf(app, 'popup'))).toEqual([
      ...Array(';ok'.length).fill('insertText'),
      'insertText',
      'insertParagraph',
      'insertText',
    ]);
    await expect.poll(() => usage(h)).toMatchObject({ 'snippet-4': 1 });
    expect(errors).toEqual([]);
  });

  it('client guard: a snippet of another client asks first, then logs its minutes to the thread’s client', async () => {
    const { h, app, page, prompt, sender, words, errors } = await setup(language);
    await tagThreadFromPanel(h, page, words.tagTo);
    await page.bringToFront();
    await app.reply();
    await page.keyboard.type(';udienza ');
    await expect.poll(() => prompt.read()).not.toBeNull();
    expect(await prompt.read()).toEqual({
      name: words.heading('Udienza'),
      description: words.guard,
      fields: [],
      buttons: [words.cancel, words.insert],
      focused: words.insert,
    });
    // Cancel first: nothing changes but the Space.
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await composeOf(app, 'inline')).text).toBe(';udienza ');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Space');
    await expect.poll(() => prompt.read()).not.toBeNull();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await composeOf(app, 'inline')).text)
      .toBe(`Gentile ${sender.senderName},\n\nle confermo l’udienza.`);
    await expectDraftSaved(app, 'inline', words.saved);

    const clients = (await h.readTable('clients')) as { id: string; name: string }[];
    const bianchi = clients.find((c) => c.name === 'Bianchi Immobiliare')!;
    type Entry = {
      clientId: string;
      start: number;
      end: number;
      billable: boolean;
      threadId: string;
      note: string;
    };
    const logged = async () =>
      ((await h.readTable('timeEntries')) as Entry[]).filter((e) => e.note === 'Udienza');
    await expect.poll(logged).toHaveLength(1);
    const [entry] = await logged();
    expect(entry).toMatchObject({ clientId: bianchi.id, billable: true });
    expect(entry!.end - entry!.start).toBe(5 * 60_000);
    expect(entry!.threadId).toMatch(/^0:[0-9a-f]{16}$/);
    await expect.poll(() => usage(h)).toMatchObject({ 'snippet-3': 1 });
    expect(errors).toEqual([]);
  });

  it('side panel: a snippet with fill-in fields goes into Gmail as typed, opening a reply first', async () => {
    const { h, app, page, sender, words, errors } = await setup(language);
    const tabId = await h.tabIdOf(page);
    const panelPage = await h.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panelPage.setViewportSize({ width: 400, height: 900 });
    const panel = new SnippetsPanel(panelPage, language);
    await panel.open();

    // Fill-in fields answered in the panel; no reply is open, so Insert opens one.
    await panel.pick('invoice', 'Invoice reminder');
    await panelPage.getByLabel('Amount', { exact: true }).fill('120,00 €');
    await panelPage.getByLabel('Friday', { exact: true }).check();
    await panel.insert();
    await expect.poll(() => panel.status()).toBe(words.openedReply);
    const invoice = `Dear ${sender.senderName},\nthe amount of 120,00 € is due on Friday.`;
    await expect.poll(async () => (await composeOf(app, 'inline'))?.text).toBe(invoice);
    await expectDraftSaved(app, 'inline', words.saved);
    let c = await composeOf(app, 'inline');
    expect(inputTypes(c)).toEqual(['insertText', 'insertParagraph', 'insertText']);
    expect(c.events.some((e) => e.type === 'keyup' && e.keyCode === 190)).toBe(true);

    // The VA goes on in Gmail, then inserts another snippet at the caret, in the open reply.
    await page.bringToFront();
    await page.keyboard.press('Enter');
    await panel.back();
    await panel.pick('thx', 'Thanks');
    await panel.insert();
    await expect.poll(() => panel.status()).toBe(words.intoReply);
    const first = sender.senderName.split(' ')[0];
    await expect
      .poll(async () => (await composeOf(app, 'inline')).text)
      .toBe(`${invoice}\nHi ${first},\n\nthanks for your message.\n\nBest regards`);
    // The caret is where the snippet's {{cursor}} was.
    await page.keyboard.type(' :)');
    await expect
      .poll(async () => (await composeOf(app, 'inline')).text)
      .toContain('thanks for your message. :)\n\nBest regards');
    await expectDraftSaved(app, 'inline', words.saved);
    c = await composeOf(app, 'inline');
    expect(c.focused).toBe(true);
    await expect.poll(() => usage(h)).toMatchObject({ 'snippet-1': 1, 'snippet-2': 1 });
    expect(errors).toEqual([]);
    expect(h.blocked).toEqual([]);
  });

  it('insert message from the side panel: into the reply, a new reply, or a pop-up; says why not', async () => {
    const { h, app, page, words, errors } = await setup(language);
    // The page enforces Trusted Types like Gmail: HTML strings would throw, so all of the
    // following goes in through editing commands.
    expect(
      await page.evaluate(() => {
        try {
          // eslint-disable-next-line no-restricted-syntax -- checks that the page refuses it
          document.createElement('div').innerHTML = '<b>x</b>';
          return 'allowed';
        } catch {
          return 'blocked';
        }
      }),
    ).toBe('blocked');
    const tabId = await h.tabIdOf(page);
    const text = 'Hi Laura,\n\nsee you on Thursday.\nGiulia';
    const caret = 'Hi Laura,\n\n'.length;

    expect(
      await sendInsert(h, tabId, { text, cursorOffset: caret, openReplyIfNone: false }),
    ).toEqual({ ok: false, error: { code: 'noCompose', message: expect.any(String) } });
    expect(
      await sendInsert(h, tabId, { text, cursorOffset: caret, openReplyIfNone: true }),
    ).toEqual({ ok: true, value: { where: 'openedReply' } });
    await expect.poll(async () => (await composeOf(app, 'inline'))?.text).toBe(text);
    await page.bringToFront();
    await page.keyboard.type('X');
    await expect
      .poll(async () => (await composeOf(app, 'inline')).text)
      .toBe('Hi Laura,\n\nXsee you on Thursday.\nGiulia');
    await expectDraftSaved(app, 'inline', words.saved);
    const inline = await composeOf(app, 'inline');
    expect(inputTypes(inline).slice(0, 6)).toEqual([
      'insertText',
      'insertParagraph',
      'insertParagraph',
      'insertText',
      'insertParagraph',
      'insertText',
    ]);
    expect(inline.events.some((e) => e.type === 'keydown' && e.keyCode === 190)).toBe(true);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await composeOf(app, 'inline')).text).toBe('');

    // With the reply open (and last focused), it goes there, at the caret.
    expect(
      await sendInsert(h, tabId, { text: 'Ciao', cursorOffset: null, openReplyIfNone: true }),
    ).toEqual({ ok: true, value: { where: 'reply' } });
    await expect.poll(async () => (await composeOf(app, 'inline')).text).toBe('Ciao');

    // A new message in the dock has focus (in To): it goes into its body, above the signature.
    await page.locator('[gh=cm]').click();
    expect(
      await sendInsert(h, tabId, {
        text: 'Line 1\nLine 2',
        cursorOffset: 0,
        openReplyIfNone: true,
      }),
    ).toEqual({ ok: true, value: { where: 'compose' } });
    await expect
      .poll(async () => (await composeOf(app, 'popup')).text)
      .toBe(`Line 1\nLine 2\n${SIGNATURE}`);
    await expectDraftSaved(app, 'popup', words.saved);

    // Back in the inbox with the pop-up closed: no thread to reply to.
    await page.locator('.dw [role=dialog] img.Ha').click();
    await app.navigate('#inbox');
    expect(await sendInsert(h, tabId, { text, cursorOffset: null, openReplyIfNone: true })).toEqual(
      { ok: false, error: { code: 'noThread', message: expect.any(String) } },
    );
    // One Trusted Types violation: the probe above. None from VA Desk.
    expect(errors).toEqual([expect.stringContaining("requires 'TrustedHTML' assignment")]);
    expect(h.blocked).toEqual([]);
  });
});
