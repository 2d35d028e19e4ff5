// Chromium WITHOUT any extension, launched exactly like tests/e2e/harness.mjs launches it with
// VA Desk (same binary, flags, locale, viewport and fixture routing) minus the extension flags, so
// `npm run bench` can compare the two.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, chromiumPath, newProfileDir } from '../e2e/harness.mjs';

/**
 * @param {{ profileDir?: string, language?: 'en' | 'it', headless?: boolean }} [options]
 */
export async function launchPlain(options = {}) {
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
    ],
  });

  /** Requests that were refused: everything but the fixture documents. */
  const blocked = [];
  /** @type {Map<string, string>} URL without query and hash → fixture path under tests/fixtures */
  const fixtures = new Map();

  await context.route(
    (url) =>
      url.protocol === 'http:' ||
      url.protocol === 'https:' ||
      url.protocol === 'ws:' ||
      url.protocol === 'wss:',
    async (route) => {
      const url = new URL(route.request().url());
      const fixture = fixtures.get(url.origin + url.pathname);
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

  return {
    context,
    profileDir,
    blocked,
    /** Serve `fixture` (path under tests/fixtures) at `url` (query and hash ignored). */
    serve(url, fixture) {
      const u = new URL(url);
      fixtures.set(u.origin + u.pathname, fixture);
    },
    async close() {
      await context.close();
    },
  };
}
