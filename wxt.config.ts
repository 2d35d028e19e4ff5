import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Chrome MV3 first (side panel); the Firefox build gets the same page as a sidebar.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: code reads the same in the editor, in tests and in the build.
  imports: false,
  vite: () => ({
    plugins: [preact()],
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
