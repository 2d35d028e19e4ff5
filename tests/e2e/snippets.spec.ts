import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchExtension, SCREENSHOTS } from './harness.mjs';
import { ClientsPage } from './pages/clients.mjs';
import { collectErrors } from './pages/email-panel.mjs';
import { SnippetsPanel } from './pages/snippets.mjs';

type Harness = Awaited<ReturnType<typeof launchExtension>>;
let harness: Harness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const THREAD_URL = 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQjgzptDVmgpZqMwrsMTmwQgcxB';

interface StoredSnippet {
  title: string;
  shortcut: string;
  clientId: string;
  language: string;
}

// Inserting into Gmail is tested with the compose fixtures (insertion specs); this covers the
// library in the side panel: starter set, create, search, keyboard, preview from the open email.
describe('snippets in the side panel (English UI)', () => {
  it('adds the starter set, creates a snippet, finds it and previews it filled from the open email', async () => {
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
    await panel.setViewportSize({ width: 400, height: 900 });

    // Tag the open thread, so the snippet's client values fill in.
    await panel.getByRole('button', { name: 'Tag to Bianchi Immobiliare' }).click();
    await expect
      .poll(() => panel.getByRole('status').first().innerText())
      .toBe('Tagged to Bianchi Immobiliare.');

    await panel.getByRole('tab', { name: 'Snippets', exact: true }).click();
    const snippets = new SnippetsPanel(panel);
    await panel.getByRole('button', { name: 'Add the starter snippets' }).click();
    await expect.poll(() => panel.getByText('20 snippets.').count()).toBe(1);
    expect(await snippets.results().count()).toBe(20);

    await panel.getByRole('button', { name: 'New snippet' }).click();
    // A new snippet starts scoped to the open thread's client.
    expect(
      await panel.getByLabel('For', { exact: true }).evaluate((el) => {
        const select = el as HTMLSelectElement;
        return select.options[select.selectedIndex]?.text;
      }),
    ).toBe('Bianchi Immobiliare');
    await snippets.fillEditor({
      Title: 'Grazie per la proposta',
      Text: 'Gentile {{sender.firstName}},\ngrazie per “{{thread.subject}}”, {{client.name}} la valuterà.\n{{sender.fristName}}',
      Shortcut: ';Proposta',
    });
    // The misspelled variable is flagged while typing.
    await expect
      .poll(() => panel.locator('.snippet-editor .snippet-var--unknown').allInnerTexts())
      .toEqual(['{{sender.fristName}}']);
    await panel.getByRole('button', { name: 'Save' }).click();

    await expect
      .poll(() => panel.getByRole('heading', { name: 'Grazie per la proposta' }).count())
      .toBe(1);
    await expect
      .poll(() => snippets.preview().innerText())
      .toContain(
        'Gentile Laura,\ngrazie per “Rinnovo locazione ufficio – Corso Venezia 18, Milano”, Bianchi Immobiliare la valuterà.',
      );
    expect(await snippets.preview().locator('.snippet-var--unknown').innerText()).toBe(
      '{{sender.fristName}}',
    );
    expect(await snippets.preview().innerText()).toContain(
      'From the open email: Laura Bianchi, “Rinnovo locazione ufficio – Corso Venezia 18, Milano”. Tagged to Bianchi Immobiliare.',
    );
    await panel.screenshot({ path: join(SCREENSHOTS, 'sidepanel-snippets-en.png') });

    // Search as you type: the shortcut first, then a title starting with the word.
    await panel.getByRole('button', { name: '← All snippets' }).click();
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('combobox');
    await snippets.search().pressSequentially('proposta');
    await expect
      .poll(() => snippets.resultTitles())
      .toEqual(['Grazie per la proposta', 'Proposta di appuntamento']);
    expect(await snippets.activeTitle()).toBe('Grazie per la proposta');
    await snippets.search().press('ArrowDown');
    expect(await snippets.activeTitle()).toBe('Proposta di appuntamento');
    // Accents do not matter.
    await snippets.search().fill('pagamento ricevuto');
    await expect.poll(() => snippets.resultTitles()).toEqual(['Conferma di pagamento ricevuto']);
    await snippets.search().press('Escape');
    await expect.poll(() => snippets.results().count()).toBe(21);

    const stored = (await h.readTable('snippets')) as StoredSnippet[];
    expect(stored).toHaveLength(21);
    const mine = stored.find((s) => s.title === 'Grazie per la proposta')!;
    expect(mine.shortcut).toBe(';proposta');
    const clients = (await h.readTable('clients')) as { id: string; name: string }[];
    expect(mine.clientId).toBe(clients.find((c) => c.name === 'Bianchi Immobiliare')!.id);
    expect(errors).toEqual([]);
    expect(h.blocked).toEqual([]);
  });
});
