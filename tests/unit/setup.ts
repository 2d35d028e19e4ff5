import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDb, getDb, setDbForTests } from '@/utils/db/app-db';
import { setLanguage } from '@/utils/i18n/messages';

// Every test gets a fresh browser fake, a fresh database and the English UI.
beforeEach(() => {
  fakeBrowser.reset();
  setDbForTests(createDb(`test-${crypto.randomUUID()}`));
  setLanguage('en');
});

afterEach(() => {
  getDb().close();
  setDbForTests(undefined);
});
