import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  getLanguage,
  getLocale,
  resolveLanguage,
  setLanguage,
  t,
  type MessageKey,
} from '@/utils/i18n/messages';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

type Catalog = Record<string, { message: string; description?: string }>;

function readCatalog(language: string): Catalog {
  return JSON.parse(
    readFileSync(join(root, 'public/_locales', language, 'messages.json'), 'utf8'),
  ) as Catalog;
}

const catalogs = { en: readCatalog('en'), it: readCatalog('it') };
const enKeys = Object.keys(catalogs.en).sort();
const itKeys = Object.keys(catalogs.it).sort();

function placeholders(message: string): string[] {
  return [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

/** Every message key a source file names literally, with where it was found. */
function keysUsedInSource(): [string, string][] {
  const files = [
    ...['entrypoints', 'components', 'utils'].flatMap((dir) => sourceFiles(join(root, dir))),
    join(root, 'wxt.config.ts'),
  ];
  const patterns = [
    /\bt\(\s*'(\w+)'/g, // t('key')
    /\bt\(\s*[\w.]+\s*\?\s*'(\w+)'\s*:\s*'(\w+)'/g, // t(cond ? 'a' : 'b')
    /\bmessage:\s*'(\w+)'/g, // { message: 'key' }
    /'(error[A-Z]\w*)'/g, // 'errorNameTaken'
    /__MSG_(\w+)__/g, // manifest and HTML
  ];
  const found: [string, string][] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        for (const key of match.slice(1)) if (key) found.push([key, relative(root, file)]);
      }
    }
  }
  return found;
}

describe('locale catalogs', () => {
  it('have the same keys in English and Italian', () => {
    expect(itKeys).toEqual(enKeys);
    expect(enKeys.length).toBeGreaterThan(100);
  });

  it.each(enKeys)('%s uses the same $n placeholders in both languages', (key) => {
    expect(placeholders(catalogs.it[key]?.message ?? '')).toEqual(
      placeholders(catalogs.en[key]!.message),
    );
  });

  it.each(
    (['en', 'it'] as const).flatMap((language) =>
      Object.entries(catalogs[language]).map(([key, entry]) => [language, key, entry] as const),
    ),
  )('%s.%s is a non-empty message', (_, _key, entry) => {
    expect(typeof entry.message).toBe('string');
    expect(entry.message.trim()).not.toBe('');
  });

  it('names keys as Chrome allows (letters, digits, underscore)', () => {
    expect(enKeys.filter((key) => !/^\w+$/.test(key))).toEqual([]);
  });
});

describe('keys used in source', () => {
  const used = keysUsedInSource();

  it('finds the keys (the scan itself works)', () => {
    const keys = new Set(used.map(([key]) => key));
    for (const key of [
      'extName',
      'clientCreated',
      'clientUpdated',
      'errorNameTaken',
      'errorTimeInvalid',
    ])
      expect(keys).toContain(key);
  });

  it.each([...new Map(used.map(([key, file]) => [key, file])).entries()])(
    '%s (from %s) exists in en',
    (key) => {
      expect(catalogs.en).toHaveProperty([key, 'message']);
    },
  );
});

describe('resolveLanguage', () => {
  it.each([
    ['auto', 'it', 'it'],
    ['auto', 'it-IT', 'it'],
    ['auto', 'it-CH', 'it'],
    ['auto', 'IT', 'it'],
    ['auto', 'en', 'en'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'de-DE', 'en'],
    ['auto', '', 'en'],
    ['en', 'it-IT', 'en'],
    ['it', 'en-US', 'it'],
    ['it', 'de', 'it'],
  ] as const)('(%s, %j) → %s', (setting, uiLanguage, expected) => {
    expect(resolveLanguage(setting, uiLanguage)).toBe(expected);
  });
});

describe('setLanguage and getLocale', () => {
  it.each([
    ['it', 'it-IT'],
    ['en', 'en-GB'],
  ] as const)('%s → locale %s and <html lang>', (language, locale) => {
    setLanguage(language);
    expect(getLanguage()).toBe(language);
    expect(getLocale()).toBe(locale);
    expect(document.documentElement.lang).toBe(language);
  });
});

describe('t', () => {
  it.each<[MessageKey, (string | number)[], 'en' | 'it', string]>([
    ['cancel', [], 'en', 'Cancel'],
    ['cancel', [], 'it', 'Annulla'],
    ['clientCreated', ['Rossi'], 'en', 'Client Rossi added.'],
    ['clientCreated', ['Rossi'], 'it', 'Cliente Rossi aggiunto.'],
    ['archiveClientNamed', ['Bianchi'], 'it', 'Archivia Bianchi'],
    ['formHasErrors', [3], 'en', 'Please fix the 3 highlighted fields.'],
    [
      'errorAccountTaken',
      ['2', 'Bianchi Immobiliare'],
      'en',
      'Gmail account 2 is already tied to Bianchi Immobiliare.',
    ],
    // A missing parameter becomes empty text, never "undefined" or a raw $2.
    ['errorAccountTaken', ['2'], 'en', 'Gmail account 2 is already tied to .'],
    // Parameters are plain text: a "$1" inside one is not substituted again.
    ['clientCreated', ['$1 & <b>'], 'en', 'Client $1 & <b> added.'],
  ])('t(%s, %j) in %s → %j', (key, params, language, expected) => {
    expect(t(key, params, language)).toBe(expected);
  });

  it.each([
    ['en', 'Client Rossi added.'],
    ['it', 'Cliente Rossi aggiunto.'],
  ] as const)('follows the active language (%s) by default', (language, expected) => {
    setLanguage(language);
    expect(t('clientCreated', ['Rossi'])).toBe(expected);
  });

  it.each(['en', 'it'] as const)('returns an unknown key itself in %s', (language) => {
    expect(t('noSuchKey' as MessageKey, [], language)).toBe('noSuchKey');
  });
});
