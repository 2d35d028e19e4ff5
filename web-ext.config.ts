import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode would try to open a visible browser; machines here have no display.
// `npm start` builds and launches Chromium itself (tests/e2e/start.mjs).
export default defineWebExtConfig({ disabled: true });
