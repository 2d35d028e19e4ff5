// Page objects for writing into Gmail's compose: the live fixture app (tests/fixtures/gmail/app),
// VA Desk's in-page prompt (a closed shadow root, read through Chromium's accessibility tree),
// and test data that the side panel would otherwise create.

/** The Gmail look-alike app, driven like a VA and read through `window.__gmailApp`. */
export class GmailApp {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  ready() {
    return this.page.evaluate(() => window.__gmailApp.ready.then(() => true));
  }

  navigate(hash) {
    return this.page.evaluate((h) => window.__gmailApp.navigate(h).then(() => true), hash);
  }

  threads() {
    return this.page.evaluate(() => window.__gmailApp.threads);
  }

  /** Every compose opened so far, with its text, status, saved draft and recorded events. */
  composes() {
    return this.page.evaluate(() => window.__gmailApp.composes());
  }

  /** The latest compose of `kind` ('inline' or 'popup'). */
  async compose(kind) {
    return (await this.composes()).filter((c) => c.kind === kind).at(-1) ?? null;
  }

  globalKeys() {
    return this.page.evaluate(() => window.__gmailApp.globalKeys);
  }

  /** The body of the open inline reply or the latest popup. */
  body(kind) {
    return kind === 'inline'
      ? this.page.locator('[role=main] .ip.adB [g_editable="true"]')
      : this.page.locator('.dw [role=dialog] [g_editable="true"]').last();
  }

  /** Clicks Reply under the open thread: Gmail opens the reply and puts the caret in it. */
  async reply() {
    await this.page.locator('[role=main] .amn .bkH').click();
    await this.body('inline').waitFor();
  }

  /** Clicks Compose, then the body's first line (To has focus in a new message). */
  async newMessage() {
    await this.page.locator('[gh=cm]').click();
    await this.body('popup').locator('div').first().click();
  }
}

const PANEL_WORDS = {
  en: {
    section: 'Snippets',
    search: 'Search snippets',
    insert: 'Insert into Gmail',
    back: '← All snippets',
  },
  it: {
    section: 'Risposte rapide',
    search: 'Cerca tra le risposte rapide',
    insert: 'Inserisci in Gmail',
    back: '← Tutte le risposte rapide',
  },
};

/** The side panel's Snippets section, as the VA uses it to insert into Gmail. */
export class SnippetsPanel {
  /**
   * @param {import('playwright-core').Page} page the side panel
   * @param {'en' | 'it'} language
   */
  constructor(page, language) {
    this.page = page;
    this.words = PANEL_WORDS[language];
  }

  async open() {
    await this.page.getByRole('tab', { name: this.words.section }).click();
  }

  /** Searches, then opens the snippet whose title is `title`. */
  async pick(query, title) {
    await this.page.getByRole('combobox', { name: this.words.search }).fill(query);
    await this.page.getByRole('option').filter({ hasText: title }).first().click();
  }

  async insert() {
    await this.page.getByRole('button', { name: this.words.insert }).click();
  }

  /** Back from a snippet to the list. */
  async back() {
    await this.page.getByRole('button', { name: this.words.back }).click();
  }

  /** The detail's last status message ('' while none). */
  status() {
    return this.page.locator('.snippet-detail [role=status]').innerText();
  }
}

/** VA Desk's prompt in the Gmail page, read from Chromium's accessibility tree. */
export class InPagePrompt {
  /**
   * @param {import('playwright-core').BrowserContext} context
   * @param {import('playwright-core').Page} page
   */
  constructor(context, page) {
    this.context = context;
    this.page = page;
  }

  async #tree() {
    this.cdp ??= await this.context.newCDPSession(this.page);
    const { nodes } = await this.cdp.send('Accessibility.getFullAXTree');
    return nodes;
  }

  /**
   * The open prompt: its name, description (the client guard), fields and buttons, and what has
   * focus; null when none is open. Only VA Desk's prompt is a modal dialog on this page.
   */
  async read() {
    const nodes = await this.#tree();
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const dialog = nodes.find(
      (n) =>
        !n.ignored &&
        n.role?.value === 'dialog' &&
        n.properties?.some((p) => p.name === 'modal' && p.value.value === true),
    );
    if (!dialog) return null;
    const fields = [];
    const buttons = [];
    let focused = null;
    const walk = (node) => {
      if (!node) return;
      const role = node.role?.value;
      const name = node.name?.value ?? '';
      if (node.properties?.some((p) => p.name === 'focused' && p.value.value)) focused = name;
      if (role === 'textbox' || role === 'combobox')
        fields.push({ role, name, value: node.value?.value ?? '' });
      if (role === 'button') buttons.push(name);
      for (const id of node.childIds ?? []) walk(byId.get(id));
    };
    walk(dialog);
    return {
      name: dialog.name?.value ?? '',
      description: dialog.description?.value ?? '',
      fields,
      buttons,
      focused,
    };
  }
}

/**
 * Puts snippets in VA Desk's database and publishes their shortcuts, as the snippets repository
 * does (`local:snippetShortcuts`). Rows are complete `Snippet`s (utils/model/types.ts).
 * @param {{ openExtensionPage(path: string): Promise<import('playwright-core').Page> }} h
 */
export async function seedSnippets(h, snippets) {
  const page = await h.openExtensionPage('options.html');
  const now = Date.now();
  const rows = snippets.map((s, i) => ({
    id: `snippet-${i + 1}`,
    tags: [],
    clientId: '',
    minutesToLog: 0,
    usageCount: 0,
    lastUsedAt: null,
    createdAt: now,
    updatedAt: now,
    ...s,
  }));
  await page.waitForFunction(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('va-desk');
        open.onsuccess = () => {
          resolve(open.result.objectStoreNames.contains('snippets'));
          open.result.close();
        };
        open.onerror = () => resolve(false);
      }),
  );
  await page.evaluate(async (list) => {
    await new Promise((resolve, reject) => {
      const open = indexedDB.open('va-desk');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('snippets', 'readwrite');
        for (const row of list) tx.objectStore('snippets').put(row);
        tx.oncomplete = () => {
          open.result.close();
          resolve(undefined);
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    const shortcuts = [...new Set(list.map((s) => s.shortcut).filter(Boolean))].sort();
    await chrome.storage.local.set({ snippetShortcuts: shortcuts });
  }, rows);
  await page.close();
  return rows;
}

/**
 * Sends an InsertRequest to a tab's content scripts from an extension page, as the side panel does.
 * @param {{ openExtensionPage(path: string): Promise<import('playwright-core').Page> }} h
 */
export async function sendInsert(h, tabId, request) {
  const page = await h.openExtensionPage('popup.html');
  try {
    return await page.evaluate(
      ([id, r]) => chrome.tabs.sendMessage(id, { app: 'va-desk', type: 'insertText', input: r }),
      [tabId, request],
    );
  } finally {
    await page.close();
  }
}
