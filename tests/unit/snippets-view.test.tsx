import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { SnippetsOptionsView } from '@/entrypoints/options/views/snippets-options-view';
import { SnippetsView } from '@/entrypoints/sidepanel/views/snippets-view';
import { createClient } from '@/utils/db/clients-repo';
import { createSnippet, getSnippet, listSnippets } from '@/utils/db/snippets-repo';
import { tagThread } from '@/utils/db/threads-repo';
import { listEntriesOverlapping } from '@/utils/db/time-entries-repo';
import type { GmailPageState } from '@/utils/gmail/types';
import { formatMinutes } from '@/utils/i18n/format';
import { setLanguage } from '@/utils/i18n/messages';
import { clientInput } from './factories';
import { DEFAULT_SETTINGS } from '@/utils/model/settings';

afterEach(cleanup);

const searchBox = () => screen.getByRole('combobox', { name: 'Search snippets' });

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
      .mockResolvedValue({ ok: true, value: { where: 'openedReply' } } as never);

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
      app: 'va-desk',
      type: 'insertText',
      input: {
        text: 'Gentile Anna Bianchi,\nla fattura per Bianchi Immobiliare.\nGiulia\nVA',
        cursorOffset: 'Gentile Anna Bianchi,\nla fattura per Bianchi Immobiliare.'.length,
        openReplyIfNone: true,
      },
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
