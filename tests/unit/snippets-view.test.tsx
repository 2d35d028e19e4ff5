import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { InsertControls } from '@/components/snippet-detail';
import { SnippetEditor } from '@/components/snippet-editor';
import { SnippetLibrary } from '@/components/snippet-library';
import { SnippetsOptionsView } from '@/entrypoints/options/views/snippets-options-view';
import { SnippetsView } from '@/entrypoints/sidepanel/views/snippets-view';
import { createClient } from '@/utils/db/clients-repo';
import { DEFAULT_SETTINGS } from '@/utils/db/settings';
import { createSnippet, getSnippet, listSnippets } from '@/utils/db/snippets-repo';
import { tagThread } from '@/utils/db/threads-repo';
import { listEntriesOverlapping } from '@/utils/db/time-entries-repo';
import type { Client, Snippet } from '@/utils/model/types';
import type { GmailPageState } from '@/utils/gmail/types';
import { formatMinutes } from '@/utils/i18n/format';
import { setLanguage } from '@/utils/i18n/messages';
import { emptySnippetDraft, type SnippetDraft } from '@/utils/snippets/draft';
import type { FillContext } from '@/utils/snippets/variables';
import { clientInput, storedClient } from './factories';

afterEach(cleanup);

const NOW = new Date(2026, 10, 25, 10).getTime();

function client(id: string, name: string): Client {
  return storedClient(name, { id, shortName: name.split(' ').pop()! });
}
const rossi = client('c-rossi', 'Studio Legale Rossi');
const bianchi = client('c-bianchi', 'Bianchi Immobiliare');

let n = 0;
function snippet(title: string, overrides: Partial<Snippet> = {}): Snippet {
  n += 1;
  return {
    id: `s${n}`,
    title,
    body: 'Gentile {{sender.name}},\ngrazie.',
    shortcut: '',
    language: 'it',
    tags: [],
    clientId: '',
    minutesToLog: 0,
    usageCount: 0,
    lastUsedAt: null,
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

const context: FillContext = {
  sender: { name: 'Mario Rossi', email: 'mario@rossi.it' },
  subject: 'Udienza',
  client: rossi,
  me: { name: 'Giulia', signature: 'Giulia\nAssistente virtuale' },
  now: NOW,
};

function controls(overrides: Partial<InsertControls> = {}): InsertControls {
  return {
    context,
    threadClientId: rossi.id,
    source: 'From the open email.',
    unavailable: '',
    insert: vi.fn(async () => ({ ok: true, message: 'Inserted into your reply.' })),
    copy: vi.fn(async () => ({ ok: true, message: 'Copied.' })),
    ...overrides,
  };
}

function renderLibrary(
  snippets: Snippet[],
  options: { insert?: InsertControls; onAddStarter?: () => Promise<number> } = {},
) {
  const handlers = {
    onSave: vi.fn(async (_id: string | undefined, _draft: SnippetDraft) => ({
      snippet: snippets[0]!,
    })),
    onDuplicate: vi.fn(async (s: Snippet) => s),
    onDelete: vi.fn(async () => {}),
    onAddStarter: options.onAddStarter ?? vi.fn(async () => 20),
  };
  render(
    <SnippetLibrary
      idPrefix="t"
      snippets={snippets}
      clients={[rossi, bianchi]}
      newLanguage="it"
      insert={'insert' in options ? options.insert : controls()}
      {...handlers}
    />,
  );
  return handlers;
}

const searchBox = () => screen.getByRole('combobox', { name: 'Search snippets' });
const optionTitles = () =>
  screen.getAllByRole('option').map((o) => o.querySelector('.snippet-item__title')?.textContent);

describe('SnippetLibrary: search and keyboard', () => {
  const library = [
    snippet('Sollecito fattura', { shortcut: ';soll', usageCount: 2, lastUsedAt: NOW }),
    snippet('Conferma appuntamento', { tags: ['agenda'], clientId: rossi.id }),
    snippet('Grazie', { body: 'Grazie per il sollecito pagamento.' }),
  ];

  it('lists title, shortcut, scope, language and usage, and narrows as the VA types', () => {
    renderLibrary(library);
    expect(optionTitles()).toEqual(['Sollecito fattura', 'Conferma appuntamento', 'Grazie']);
    const first = screen.getAllByRole('option')[0]!;
    expect(first.textContent).toContain(';soll');
    expect(first.textContent).toContain('All clients');
    expect(first.textContent).toContain('Italian');
    expect(first.textContent).toContain('used 2 times');
    expect(screen.getAllByRole('option')[1]!.textContent).toContain('Studio Legale Rossi');
    fireEvent.input(searchBox(), { target: { value: 'sollecito' } });
    expect(optionTitles()).toEqual(['Sollecito fattura', 'Grazie']);
    fireEvent.input(searchBox(), { target: { value: 'zzz' } });
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText('No snippet matches “zzz”.')).toBeTruthy();
    fireEvent.keyDown(searchBox(), { key: 'Escape' });
    expect((searchBox() as HTMLInputElement).value).toBe('');
  });

  it('moves through results with the arrow keys and inserts with Enter', async () => {
    const insert = controls();
    renderLibrary(library, { insert });
    const box = searchBox();
    const active = () => document.getElementById(box.getAttribute('aria-activedescendant')!);
    expect(active()?.textContent).toContain('Sollecito fattura');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(active()?.textContent).toContain('Conferma appuntamento');
    expect(active()?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(active()?.textContent).toContain('Sollecito fattura'); // wraps
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(active()?.textContent).toContain('Grazie');
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(insert.insert).toHaveBeenCalledTimes(1));
    const [chosen, filled] = vi.mocked(insert.insert).mock.calls[0]!;
    expect(chosen.title).toBe('Grazie');
    expect(filled.text).toBe('Grazie per il sollecito pagamento.');
    expect(await screen.findByText('Inserted into your reply.')).toBeTruthy();
    // Back to the list, focus in the search box.
    fireEvent.click(screen.getByRole('button', { name: '← All snippets' }));
    expect(document.activeElement).toBe(searchBox());
  });

  it('opens a snippet on click without inserting', () => {
    const insert = controls();
    renderLibrary(library, { insert });
    fireEvent.click(screen.getAllByRole('option')[2]!);
    expect(screen.getByRole('heading', { name: 'Grazie' })).toBeTruthy();
    expect(insert.insert).not.toHaveBeenCalled();
    expect(document.activeElement?.textContent).toBe('Insert into Gmail');
  });

  it('offers the starter snippets in an empty library', async () => {
    const onAddStarter = vi.fn(async () => 20);
    renderLibrary([], { onAddStarter });
    expect(screen.getByText(/No snippets yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add the starter snippets' }));
    await waitFor(() => expect(onAddStarter).toHaveBeenCalled());
    expect(
      await screen.findByText('20 starter snippets added, in Italian and English.'),
    ).toBeTruthy();
  });
});

describe('SnippetDetail: fields, guard, hostile text', () => {
  it('asks for the fill-in fields first, then inserts with Enter from a field', async () => {
    const insert = controls();
    renderLibrary(
      [
        snippet('Sollecito', {
          body: 'Fattura {{ask:Numero}} del {{choose:marzo|aprile}}.{{cursor}}',
        }),
      ],
      { insert },
    );
    fireEvent.keyDown(searchBox(), { key: 'Enter' });
    // Fields to fill: no insert yet, focus on the first field.
    const number = screen.getByLabelText('Numero');
    expect(document.activeElement).toBe(number);
    expect(insert.insert).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Insert into Gmail' }));
    expect(screen.getByText('Fill in “Numero” first.')).toBeTruthy();
    expect(insert.insert).not.toHaveBeenCalled();
    fireEvent.input(number, { target: { value: '12/2026' } });
    fireEvent.click(screen.getByLabelText('aprile'));
    expect(screen.getByRole('region', { name: 'Preview' }).textContent).toContain(
      'Fattura 12/2026 del aprile.',
    );
    fireEvent.submit(number.closest('form')!);
    await waitFor(() => expect(insert.insert).toHaveBeenCalledTimes(1));
    expect(vi.mocked(insert.insert).mock.calls[0]![1]).toEqual({
      text: 'Fattura 12/2026 del aprile.',
      cursorOffset: 'Fattura 12/2026 del aprile.'.length,
      unknown: [],
      fields: [],
    });
  });

  it('asks before inserting a snippet for one client into another client’s thread', async () => {
    const insert = controls({ threadClientId: bianchi.id });
    renderLibrary([snippet('Per Rossi', { clientId: rossi.id })], { insert });
    fireEvent.click(screen.getAllByRole('option')[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Insert into Gmail' }));
    const question = screen.getByText(
      'This snippet is for Studio Legale Rossi, but this email is tagged to Bianchi Immobiliare. Insert it anyway?',
    );
    expect(question).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Cancel');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(insert.insert).not.toHaveBeenCalled();
    expect(document.activeElement?.textContent).toBe('Insert into Gmail');
    expect(screen.queryByText(/Insert it anyway/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Insert into Gmail' }));
    fireEvent.click(screen.getByRole('button', { name: 'Insert anyway' }));
    await waitFor(() => expect(insert.insert).toHaveBeenCalledTimes(1));
  });

  it('does not auto-insert across clients on Enter either', () => {
    const insert = controls({ threadClientId: bianchi.id });
    renderLibrary([snippet('Per Rossi', { clientId: rossi.id })], { insert });
    fireEvent.keyDown(searchBox(), { key: 'Enter' });
    expect(insert.insert).not.toHaveBeenCalled();
  });

  it('shows a failed insert in words and offers Copy first', async () => {
    const insert = controls({
      insert: vi.fn(async () => ({ ok: false, message: 'No reply is open.' })),
    });
    renderLibrary([snippet('Grazie')], { insert });
    fireEvent.keyDown(searchBox(), { key: 'Enter' });
    const status = await screen.findByText('No reply is open.');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.className).toBe('form-error');
    const copy = screen.getByRole('button', { name: 'Copy' });
    expect(copy.className).toBe('primary');
    fireEvent.click(copy);
    await waitFor(() => expect(insert.copy).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Copied.')).toBeTruthy();
  });

  it('says why Insert is off outside Gmail, and still copies', () => {
    renderLibrary([snippet('Grazie')], {
      insert: controls({ unavailable: 'Open the email in Gmail.' }),
    });
    fireEvent.click(screen.getAllByRole('option')[0]!);
    const button = screen.getByRole('button', { name: 'Insert into Gmail' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-describedby')).toBe('t-detail-unavailable');
    expect(screen.getByText('Open the email in Gmail.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Copy' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it('renders hostile values and unknown variables as text, highlighted', () => {
    renderLibrary(
      [snippet('Ostile', { body: 'Ciao {{sender.name}} {{sender.fristName}} {{client.name}}' })],
      {
        insert: controls({
          context: {
            ...context,
            sender: { name: '<img src=x onerror=alert(1)>{{me.name}}', email: 'x@y.it' },
            client: null,
          },
        }),
      },
    );
    fireEvent.click(screen.getAllByRole('option')[0]!);
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(preview.querySelector('img')).toBeNull();
    expect(preview.textContent).toContain(
      'Ciao <img src=x onerror=alert(1)>{{me.name}} {{sender.fristName}} {{client.name}}',
    );
    expect(preview.querySelector('.snippet-var--unknown')?.textContent).toBe(
      '{{sender.fristName}}',
    );
    expect(preview.querySelector('.snippet-var--missing')?.textContent).toBe('{{client.name}}');
    expect(preview.textContent).toContain(
      'Not a known variable, it stays as written: {{sender.fristName}}',
    );
    expect(preview.textContent).toContain('No value yet for {{client.name}}');
  });

  it('deletes only after confirming', async () => {
    const { onDelete } = renderLibrary([snippet('Vecchia')]);
    fireEvent.click(screen.getAllByRole('option')[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByText("Delete “Vecchia”? It can't be brought back.")).toBeTruthy();
    expect(onDelete).not.toHaveBeenCalled();
    expect(document.activeElement?.textContent).toBe('Cancel');
    const confirm = screen.getByText(/It can't be brought back/).closest('div')!;
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(onDelete).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('“Vecchia” deleted.')).toBeTruthy();
  });
});

describe('SnippetEditor', () => {
  it('flags unknown variables live and adds a variable at the caret', () => {
    render(
      <SnippetEditor
        idPrefix="e"
        mode="create"
        initial={emptySnippetDraft('it')}
        clients={[rossi]}
        onSubmit={vi.fn(async () => null)}
        onCancel={vi.fn()}
      />,
    );
    const body = screen.getByLabelText('Text') as HTMLTextAreaElement;
    fireEvent.input(body, { target: { value: 'Ciao , {{sender.fristName}}' } });
    expect(screen.getByText(/Not a known variable/).textContent).toContain('{{sender.fristName}}');
    expect(document.querySelector('#e-preview .snippet-var--unknown')?.textContent).toBe(
      '{{sender.fristName}}',
    );
    body.setSelectionRange(5, 5);
    fireEvent.change(screen.getByLabelText('Add a variable'), {
      target: { value: 'sender.firstName' },
    });
    expect(body.value).toBe('Ciao {{sender.firstName}}, {{sender.fristName}}');
    expect(screen.getByLabelText('For').textContent).toContain('Studio Legale Rossi');
  });

  it('shows problems next to their fields and focuses the first', async () => {
    const onSubmit = vi.fn(async () => [
      { field: 'shortcut', message: 'errorShortcutInvalid' as const, params: ['grazie'] },
      { field: 'title', message: 'errorSnippetTitleRequired' as const },
    ]);
    render(
      <SnippetEditor
        idPrefix="e"
        mode="create"
        initial={emptySnippetDraft('it')}
        clients={[]}
        onSubmit={onSubmit}
        onCancel={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('e-title'));
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Give the snippet a title.')).toBeTruthy();
    expect(screen.getByText(/“grazie” can't be a shortcut/)).toBeTruthy();
  });
});

describe('SnippetsView in the side panel (database, Gmail tab)', () => {
  function gmailPage(threadId: string): GmailPageState {
    return {
      url: `https://mail.google.com/mail/u/0/#inbox/${threadId}`,
      view: 'thread',
      account: 0,
      thread: {
        threadId,
        idSource: 'legacy',
        account: 0,
        subject: 'Fattura di novembre',
        messages: [
          {
            messageId: 'msg-f:1',
            legacyMessageId: null,
            sender: { name: 'Anna Bianchi', email: 'anna@bianchi.it' },
            recipients: [],
            dateTitle: '',
            collapsed: false,
          },
        ],
        latestBodyHtml: '',
        missing: [],
      },
    };
  }

  /** A Gmail tab whose content script posts `page` over the panel port. */
  function fakeGmailTab(page: GmailPageState) {
    const listeners: ((m: unknown) => void)[] = [];
    const port = {
      onMessage: { addListener: (fn: (m: unknown) => void) => listeners.push(fn) },
      onDisconnect: { addListener: () => {} },
      disconnect: () => {},
    };
    vi.spyOn(browser.tabs, 'connect').mockImplementation(() => {
      setTimeout(() => listeners.forEach((fn) => fn(page)));
      return port as unknown as ReturnType<typeof browser.tabs.connect>;
    });
  }

  it('inserts into the tab, counts the use and logs the minutes to the thread’s client', async () => {
    setLanguage('en');
    const client = await createClient(clientInput('Bianchi Immobiliare'));
    const thread = await tagThread({
      account: 0,
      threadId: '18f0a1b2c3d4e5f6',
      clientId: client.id,
      subject: 'Fattura di novembre',
      participants: ['anna@bianchi.it'],
    });
    const s = await createSnippet({
      title: 'Sollecito',
      body: 'Gentile {{sender.name}},\nla fattura per {{client.name}}.{{cursor}}\n{{me.signature}}',
      shortcut: ';soll',
      language: 'it',
      tags: [],
      clientId: client.id,
      minutesToLog: 5,
    });
    fakeGmailTab(gmailPage('18f0a1b2c3d4e5f6'));
    const send = vi
      .spyOn(browser.tabs, 'sendMessage')
      .mockResolvedValue({ ok: true, where: 'openedReply' } as never);

    render(
      <SnippetsView
        context={{ site: 'gmail', tabId: 7, account: 0, title: 'Inbox' }}
        settings={{ ...DEFAULT_SETTINGS, vaName: 'Giulia', signature: 'Giulia\nVA' }}
      />,
    );
    fireEvent.click(await screen.findByRole('option'));
    await screen.findByText(
      'From the open email: Anna Bianchi, “Fattura di novembre”. Tagged to Bianchi Immobiliare.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Insert into Gmail' }));
    expect(
      await screen.findByText(
        `Opened a reply and inserted the snippet. ${formatMinutes(5)} logged to Bianchi Immobiliare.`,
      ),
    ).toBeTruthy();
    expect(send).toHaveBeenCalledWith(7, {
      type: 'vaDeskInsert',
      text: 'Gentile Anna Bianchi,\nla fattura per Bianchi Immobiliare.\nGiulia\nVA',
      cursorOffset: 'Gentile Anna Bianchi,\nla fattura per Bianchi Immobiliare.'.length,
      openReplyIfNone: true,
    });
    expect((await getSnippet(s.id))?.usageCount).toBe(1);
    const entries = await listEntriesOverlapping(0, Date.now() + 1);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      clientId: client.id,
      threadId: thread.id,
      billable: true,
      note: 'Sollecito',
      activityType: 'email',
    });
    expect(entries[0]!.end! - entries[0]!.start).toBe(5 * 60_000);
  });

  it('says so when the tab has no VA Desk content script, and copies instead', async () => {
    await createSnippet({
      title: 'Grazie',
      body: 'Grazie {{sender.name}}!',
      shortcut: '',
      language: 'it',
      tags: [],
      clientId: '',
      minutesToLog: 5,
    });
    fakeGmailTab(gmailPage('18f0a1b2c3d4e5f6'));
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(
      <SnippetsView
        context={{ site: 'gmail', tabId: 7, account: 0, title: 'Inbox' }}
        settings={DEFAULT_SETTINGS}
      />,
    );
    await screen.findByRole('option');
    await act(() => new Promise((r) => setTimeout(r, 10)));
    fireEvent.keyDown(searchBox(), { key: 'Enter' });
    expect(await screen.findByText(/VA Desk can't reach this Gmail tab/)).toBeTruthy();
    const [s] = await listSnippets();
    expect(s!.usageCount).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('Grazie Anna Bianchi!'));
    expect(await screen.findByText(/Copied: paste it into Gmail/)).toBeTruthy();
    expect((await listSnippets())[0]!.usageCount).toBe(1);
    // Copying logs no minutes: nobody knows it was sent.
    expect(await listEntriesOverlapping(0, Date.now() + 1)).toEqual([]);
  });

  it('works as a library outside Gmail', async () => {
    await createSnippet({
      title: 'Grazie',
      body: 'Grazie {{sender.name}}!',
      shortcut: '',
      language: 'it',
      tags: [],
      clientId: '',
      minutesToLog: 0,
    });
    render(<SnippetsView context={{ site: 'other', tabId: 3 }} settings={DEFAULT_SETTINGS} />);
    fireEvent.click(await screen.findByRole('option'));
    expect(screen.getByText(/Open the email in Gmail in this window to insert/)).toBeTruthy();
    expect(screen.getByText('No email is open. Not tagged to a client.')).toBeTruthy();
  });
});

describe('SnippetsOptionsView', () => {
  it('manages the library and refuses a bad import with the reason', async () => {
    render(<SnippetsOptionsView />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add the starter snippets' }));
    await waitFor(async () => expect(await listSnippets()).toHaveLength(20));
    expect(await screen.findByText('20 snippets.')).toBeTruthy();

    const input = document.getElementById('options-snippet-import-file') as HTMLInputElement;
    const bad = new File(
      [
        '{"format":"va-desk-snippets","version":1,"snippets":[{"title":"X","body":"x","language":"it","shortcut":";grazie mille"}]}',
      ],
      'bad.json',
      { type: 'application/json' },
    );
    Object.defineProperty(input, 'files', { value: [bad], configurable: true });
    fireEvent.change(input);
    // Reading the file and checking it against the library takes a moment on a busy machine.
    expect(await screen.findByText('Nothing was imported:', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText(/Snippet 1 \(“X”\): “;grazie mille” can't be a shortcut/)).toBeTruthy();
    expect(await listSnippets()).toHaveLength(20);
  });
});
