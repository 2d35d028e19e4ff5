// `npm start`: build VA Desk and launch Chromium with it on a fresh profile with sample data.
// With a display, the browser stays open for you; without one (servers, CI), it says so, runs the
// same steps headless and saves screenshots of the side panel, popup and options page.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtension, ROOT } from './harness.mjs';

const build = spawnSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const language = process.env.VA_DESK_LANG === 'it' ? 'it' : 'en';
if (!hasDisplay)
  console.log(
    '\nNo display found (DISPLAY is not set): running Chromium headless and saving screenshots instead.',
  );

const harness = await launchExtension({ language, headless: !hasDisplay });
console.log(
  `Extension loaded: chrome-extension://${harness.extensionId}/ (profile ${harness.profileDir})`,
);

const options = await harness.openExtensionPage('options.html');
await options
  .getByRole('button', {
    name: language === 'it' ? 'Carica clienti di esempio' : 'Load sample clients',
  })
  .click();
await options.getByRole('list').waitFor();
console.log('Sample clients loaded.');

// A Gmail-like inbox (fixture), with a thread of a sample client open.
harness.serve('https://mail.google.com/mail/u/0/', 'gmail/app/source.html');
const gmail = await harness.context.newPage();
await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
await gmail.evaluate(async () => {
  const app = window.__gmailApp;
  await app.ready;
  const thread = app.threads.find((t) =>
    t.messages.at(-1).senderEmail.endsWith('@bianchi-immobiliare.it'),
  );
  await app.navigate(thread.hash);
});
const tabId = await harness.tabIdOf(gmail);
const panel = await harness.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
await panel.locator('#thread-subject').waitFor();
const popup = await harness.openExtensionPage('popup.html');

if (hasDisplay) {
  console.log('Chromium is open with VA Desk. Close the browser window to stop.');
  await new Promise((resolve) => harness.context.on('close', resolve));
} else {
  const dir = join(ROOT, 'va-desk-screenshots');
  mkdirSync(dir, { recursive: true });
  await panel.setViewportSize({ width: 400, height: 760 });
  await panel.screenshot({ path: join(dir, 'sidepanel.png') });
  await popup.setViewportSize({ width: 300, height: 260 });
  await popup.getByTestId('today-total').filter({ hasNotText: '…' }).waitFor();
  await popup.screenshot({ path: join(dir, 'popup.png') });
  await options.screenshot({ path: join(dir, 'options.png'), fullPage: true });
  console.log(`Screenshots saved in ${dir}: sidepanel.png, popup.png, options.png`);
  await harness.close();
}
