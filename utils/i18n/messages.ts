import en from '@/public/_locales/en/messages.json';
import it from '@/public/_locales/it/messages.json';
import type { Language } from '@/utils/model/types';

/** Every UI string has a key in `public/_locales/en/messages.json`; Italian mirrors it (tested). */
export type MessageKey = keyof typeof en;

type Catalog = Record<string, { message: string }>;
const CATALOGS: Record<Language, Catalog> = { en, it };

let active: Language = 'en';

/** Picks the UI language: the VA's override, else the browser's UI language. */
export function resolveLanguage(setting: 'auto' | Language, uiLanguage: string): Language {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('it') ? 'it' : 'en';
}

export function setLanguage(language: Language): void {
  active = language;
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export function getLanguage(): Language {
  return active;
}

/** BCP 47 locale for `Intl` (Italian formats: `1.234,50 €`, `14:30`). */
export function getLocale(language: Language = active): string {
  return language === 'it' ? 'it-IT' : 'en-GB';
}

/**
 * The string for `key` in the active language, with `$1`…`$9` replaced by `params`.
 * The result is plain text: callers render it as text, never as HTML.
 */
export function t(
  key: MessageKey,
  params: readonly (string | number)[] = [],
  language = active,
): string {
  const entry = CATALOGS[language][key] ?? CATALOGS.en[key];
  if (!entry) return key;
  return entry.message.replace(/\$([1-9])/g, (_, n: string) => String(params[Number(n) - 1] ?? ''));
}
