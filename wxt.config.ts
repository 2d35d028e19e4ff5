import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Every extension page shares one shell; entrypoints/*/index.html keep only what is their own
// (the <title> and manifest.* meta tags WXT reads, the script). Before Vite reads a page, this puts
// back the head's charset and viewport and the body's #app, so each page loads as it always did.
const SHELL_HEAD = `  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />`;
const SHELL_BODY = `</head>
  <body>
    <div id="app"></div>
`;
function pageShell() {
  return {
    name: 'va-desk-page-shell',
    transformIndexHtml: {
      order: 'pre' as const,
      handler: (html: string) =>
        html
          .replace(/(<html[^>]*>\n)/, `$1${SHELL_HEAD}\n`)
          .replace(/([ \t]*<script type="module")/, `${SHELL_BODY}$1`)
          .replace('</html>', '  </body>\n</html>'),
    },
  };
}

// Content scripts that only read the page, talk over ports and send messages use the browser's
// own promise-based API (what `wxt/browser` is without the polyfill): Chrome MV3 and Firefox both
// answer those calls with promises, and the polyfill would be a third of their size on every Gmail
// and Calendar load. gmail-compose keeps it: it answers runtime messages with a promise, which
// needs the polyfill in Chrome.
const NATIVE_API_CONTENT_SCRIPTS = new Set(['gmail', 'calendar']);
type Alias = { find: string | RegExp; replacement: string };
function withoutPolyfill(alias: unknown): unknown {
  if (Array.isArray(alias)) return (alias as Alias[]).filter((a) => a.find !== 'wxt/browser');
  if (alias && typeof alias === 'object') {
    const { ['wxt/browser']: _polyfill, ...rest } = alias as Record<string, string>;
    return rest;
  }
  return alias;
}

// Chrome MV3 first (side panel); the Firefox build gets the same page as a sidebar.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => NATIVE_API_CONTENT_SCRIPTS.has(e.name))) return;
      config.resolve = {
        ...config.resolve,
        alias: withoutPolyfill(config.resolve?.alias) as never,
      };
    },
  },
  // Explicit imports everywhere: code reads the same in the editor, in tests and in the build.
  imports: false,
  vite: () => ({
    plugins: [preact(), pageShell()],
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'alarms', 'idle', 'notifications'],
    host_permissions: ['https://mail.google.com/*', 'https://calendar.google.com/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+V' },
        description: '__MSG_commandOpenSidePanel__',
      },
      'toggle-timer': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_commandToggleTimer__',
      },
      // Opens the popup (quick log); changeable in the browser's shortcut settings.
      _execute_action: { suggested_key: { default: 'Alt+Shift+L' } },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'va-desk@va-desk.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
