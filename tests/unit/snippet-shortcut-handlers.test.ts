// The background side of shortcut expansion in Gmail: fill by shortcut, the client guard, usage
// and logged minutes. Handlers are called as the router calls them (parse, then handle).
import { describe, expect, it } from 'vitest';
import { snippetHandlers } from '@/entrypoints/background/handlers/snippets';
import { createClient } from '@/utils/db/clients-repo';
import { saveSettings } from '@/utils/db/settings';
import { createSnippet, getSnippet } from '@/utils/db/snippets-repo';
import { tagThread } from '@/utils/db/threads-repo';
import { listEntriesOverlapping } from '@/utils/db/time-entries-repo';
import type { InputOf, MessageType, OutputOf } from '@/utils/messaging/runtime';
import type { Handler } from '@/utils/messaging/router';
import { BadRequestError } from '@/utils/messaging/validate';
import type { SnippetInput } from '@/utils/snippets/validate';
import { clientInput } from './factories';
import { DEFAULT_SETTINGS } from '@/utils/model/settings';
import { threadKey } from '@/utils/model/ids';

function call<K extends MessageType>(type: K, input: unknown): Promise<OutputOf<K>> {
  const handler = snippetHandlers[type] as Handler<K>;
  return handler.handle(handler.parse(input) as InputOf<K>, { fromExtension: false, tabId: 3 });
}

const snippet = (overrides: Partial<SnippetInput> = {}): SnippetInput => ({
  title: 'Thanks',
  body: 'Hi {{sender.firstName}},\n\nthanks about “{{thread.subject}}”.{{cursor}}\n\n{{me.name}}',
  shortcut: ';thx',
  language: 'en',
  tags: [],
  clientId: '',
  minutesToLog: 0,
  ...overrides,
});

const context = {
  uiLanguage: 'en-GB',
  account: 1,
  threadId: '1a1f9a3bd20dba06',
  subject: 'Rinnovo locazione',
  sender: { name: 'Laura Bianchi', email: 'laura.bianchi@bianchi-immobiliare.it' },
};

async function setup(language: 'en' | 'it' | 'auto' = 'en') {
  await saveSettings({ ...DEFAULT_SETTINGS, vaName: 'Giulia Conti', language });
  const bianchi = await createClient(clientInput('Bianchi Immobiliare'));
  const rossi = await createClient(clientInput('Studio Legale Rossi'));
  await tagThread({
    account: 1,
    threadId: context.threadId,
    clientId: bianchi.id,
    subject: context.subject,
    participants: [],
  });
  return { bianchi, rossi };
}

describe('fillSnippetShortcut', () => {
  it('fills the snippet from the page, the thread and the settings, with the caret offset', async () => {
    await setup();
    const s = await createSnippet(snippet());
    const out = await call('fillSnippetShortcut', { ...context, shortcut: ';THX', answers: {} });
    expect(out).toEqual({
      snippetId: s.id,
      text: 'Hi Laura,\n\nthanks about “Rinnovo locazione”.\n\nGiulia Conti',
      cursorOffset: 'Hi Laura,\n\nthanks about “Rinnovo locazione”.'.length,
      fields: [],
      guard: null,
      words: { heading: 'Snippet “Thanks”', insert: 'Insert', cancel: 'Cancel' },
    });
  });

  it('returns null for a shortcut no snippet has', async () => {
    await setup();
    expect(await call('fillSnippetShortcut', { ...context, shortcut: ';nope', answers: {} })).toBe(
      null,
    );
  });

  it('asks for fill-in fields first, then fills with the answers as text', async () => {
    await setup();
    await createSnippet(
      snippet({ body: 'Amount: {{ask:Amount}}, on {{choose:Mon|Fri}}.', shortcut: ';inv' }),
    );
    const first = await call('fillSnippetShortcut', { ...context, shortcut: ';inv', answers: {} });
    expect(first!.fields).toEqual([
      { key: 'ask:Amount', kind: 'ask', label: 'Amount', options: [] },
      { key: 'choose:Mon|Fri', kind: 'choose', label: 'Mon / Fri', options: ['Mon', 'Fri'] },
    ]);
    const second = await call('fillSnippetShortcut', {
      ...context,
      shortcut: ';inv',
      answers: { 'ask:Amount': '<b>120 €</b>', 'choose:Mon|Fri': 'Fri' },
    });
    expect(second!.fields).toEqual([]);
    expect(second!.text).toBe('Amount: <b>120 €</b>, on Fri.');
  });

  it.each([
    ['scoped to the thread’s client', 'bianchi', null],
    ['for every client', '', null],
    [
      'scoped to another client',
      'rossi',
      'This snippet is for Studio Legale Rossi, but this email is tagged to Bianchi Immobiliare. Insert it anyway?',
    ],
  ] as const)('client guard: a snippet %s', async (_, scope, guard) => {
    const clients = await setup();
    await createSnippet(snippet({ clientId: scope ? clients[scope].id : '' }));
    const out = await call('fillSnippetShortcut', { ...context, shortcut: ';thx', answers: {} });
    expect(out!.guard).toBe(guard);
  });

  it('client values come from the thread’s client', async () => {
    const { rossi } = await setup();
    await createSnippet(snippet({ clientId: rossi.id, body: 'For {{client.name}}' }));
    const out = await call('fillSnippetShortcut', { ...context, shortcut: ';thx', answers: {} });
    expect(out!.text).toBe('For Bianchi Immobiliare');
  });

  it('no guard, and no client values, on an untagged thread or a new message', async () => {
    const { rossi } = await setup();
    await createSnippet(snippet({ clientId: rossi.id, body: 'For {{client.name}}' }));
    for (const where of [
      { ...context, threadId: 'ffffffffffffffff' },
      { ...context, threadId: null, sender: null, subject: null },
    ]) {
      const out = await call('fillSnippetShortcut', { ...where, shortcut: ';thx', answers: {} });
      // A known variable without a value stays visible as written (the variable engine's rule).
      expect(out).toMatchObject({ guard: null, text: 'For {{client.name}}' });
    }
  });

  it('speaks the VA’s language in the prompt words', async () => {
    const { rossi } = await setup('it');
    await createSnippet(snippet({ clientId: rossi.id, title: 'Grazie' }));
    const out = await call('fillSnippetShortcut', { ...context, shortcut: ';thx', answers: {} });
    expect(out!.words).toEqual({
      heading: 'Risposta rapida «Grazie»',
      insert: 'Inserisci',
      cancel: 'Annulla',
    });
    expect(out!.guard).toMatch(/^Questa risposta rapida è per Studio Legale Rossi/);
  });

  it.each([
    ['it-IT', 'auto', 'Inserisci'],
    ['en-US', 'auto', 'Insert'],
    ['en-US', 'it', 'Inserisci'],
    ['it', 'en', 'Insert'],
  ] as const)('browser in %s, setting %s → %s', async (uiLanguage, setting, insert) => {
    await setup(setting);
    await createSnippet(snippet());
    const out = await call('fillSnippetShortcut', {
      ...context,
      uiLanguage,
      shortcut: ';thx',
      answers: {},
    });
    expect(out!.words.insert).toBe(insert);
  });

  it.each([
    ['no shortcut', { ...context, answers: {} }],
    ['a bad account', { ...context, account: -1, shortcut: ';x', answers: {} }],
    ['an empty thread id', { ...context, threadId: '', shortcut: ';x', answers: {} }],
    ['a sender without email', { ...context, sender: { name: 'x' }, shortcut: ';x', answers: {} }],
    ['answers that are not strings', { ...context, shortcut: ';x', answers: { a: 1 } }],
    [
      'too many answers',
      {
        ...context,
        shortcut: ';x',
        answers: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])),
      },
    ],
    ['no UI language', { ...context, uiLanguage: undefined, shortcut: ';x', answers: {} }],
    ['no input', null],
  ])('rejects %s', (_, input) => {
    expect(() => snippetHandlers.fillSnippetShortcut!.parse(input)).toThrow(BadRequestError);
  });
});

describe('recordSnippetUse', () => {
  it('counts the use and logs the snippet’s minutes to the tagged thread’s client', async () => {
    const { bianchi } = await setup();
    const s = await createSnippet(snippet({ minutesToLog: 5 }));
    const before = Date.now();
    const out = await call('recordSnippetUse', {
      snippetId: s.id,
      account: 1,
      threadId: context.threadId,
    });
    expect(out).toEqual({ usageCount: 1, loggedMinutes: 5 });
    expect((await getSnippet(s.id))!.usageCount).toBe(1);
    const entries = await listEntriesOverlapping(before - 3_600_000, Date.now() + 1000);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      clientId: bianchi.id,
      threadId: threadKey(1, context.threadId),
      billable: true,
      activityType: 'email',
      note: 'Thanks',
    });
    expect(entries[0]!.end! - entries[0]!.start).toBe(5 * 60_000);
  });

  it.each([
    ['the snippet logs no minutes', 0, context.threadId],
    ['the thread is not tagged', 5, 'ffffffffffffffff'],
    ['it is a new message', 5, null],
  ])('counts the use but logs nothing when %s', async (_, minutesToLog, threadId) => {
    await setup();
    const s = await createSnippet(snippet({ minutesToLog }));
    const out = await call('recordSnippetUse', { snippetId: s.id, account: 1, threadId });
    expect(out).toEqual({ usageCount: 1, loggedMinutes: 0 });
    expect(await listEntriesOverlapping(0, Date.now() + 1000)).toEqual([]);
  });
});
