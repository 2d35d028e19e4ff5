// Launches the built extension in Debian's Chromium with playwright-core, serves Gmail and
// Calendar from fixture files at their real URLs and fails every other request.
// Shared by the e2e specs and `npm start`.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
/** Screenshots taken by the e2e run; the README shows them. */
export const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found)
    throw new Error("Chromium not found: install Debian's chromium (apt-get install -y chromium)");
  return found;
}

export function newProfileDir() {
  return mkdtempSync(join(tmpdir(), 'va-desk-profile-'));
}

/** Default fixture for each Google site when a test names none. */
const DEFAULT_FIXTURES = {
  'mail.google.com': 'gmail/basic/source.html',
  'calendar.google.com': 'calendar/basic/source.html',
};

/**
 * @param {{ profileDir?: string, language?: 'en' | 'it', headless?: boolean }} [options]
 */
export async function launchExtension(options = {}) {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No build in ${EXTENSION_DIR}: run npm run build first`);
  const profileDir = options.profileDir ?? newProfileDir();
  const language = options.language ?? 'en';
  const headless = options.headless ?? true;
  const locale = language === 'it' ? 'it-IT' : 'en-GB';
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: false,
    locale,
    timezoneId: 'Europe/Rome',
    viewport: { width: 1280, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
    env: { ...process.env, LANGUAGE: language, LANG: `${locale.replace('-', '_')}.UTF-8` },
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${locale}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });

  /** Requests to anywhere but the fixtures: VA Desk makes no network calls, so tests expect none. */
  const blocked = [];
  /** @type {Map<string, string>} URL without hash → fixture path under tests/fixtures */
  const fixtures = new Map();

  await context.route(
    (url) =>
      url.protocol === 'http:' ||
      url.protocol === 'https:' ||
      url.protocol === 'ws:' ||
      url.protocol === 'wss:',
    async (route) => {
      const url = new URL(route.request().url());
      const key = url.origin + url.pathname;
      const fixture = fixtures.get(key) ?? DEFAULT_FIXTURES[url.hostname];
      if (fixture && route.request().resourceType() === 'document') {
        await route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: readFileSync(join(FIXTURES_DIR, fixture), 'utf8'),
        });
        return;
      }
      blocked.push(url.href);
      await route.abort('blockedbyclient');
    },
  );

  let worker = context.serviceWorkers()[0];
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    profileDir,
    blocked,
    /** Serve `fixture` (path under tests/fixtures) at `url` (hash ignored). */
    serve(url, fixture) {
      const u = new URL(url);
      fixtures.set(u.origin + u.pathname, fixture);
    },
    /** Opens an extension page (`sidepanel.html?tabId=3`, `popup.html`, `options.html`). */
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    /** The tab id Chromium gave `page`, as the extension sees it. */
    async tabIdOf(page) {
      const probe = await context.newPage();
      await probe.goto(`chrome-extension://${extensionId}/popup.html`);
      const url = page.url();
      const id = await probe.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? null;
      }, url);
      await probe.close();
      if (id === null) throw new Error(`no tab for ${url}`);
      return id;
    },
    /** Rows of a table in VA Desk's IndexedDB, read from an extension page. */
    async readTable(table) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      const rows = await page.evaluate(
        (name) =>
          new Promise((resolveRows, reject) => {
            const open = indexedDB.open('va-desk');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const req = db.transaction(name).objectStore(name).getAll();
              req.onsuccess = () => {
                resolveRows(req.result);
                db.close();
              };
              req.onerror = () => reject(req.error);
            };
          }),
        table,
      );
      await page.close();
      return rows;
    },
    async close() {
      await context.close();
    },
  };
}
