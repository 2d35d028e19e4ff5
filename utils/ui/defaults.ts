import type { DraftDefaults } from '../clients/draft';
import { nextClientColor } from '../db/clients-repo';
import type { Settings } from '../db/settings';
import type { Client } from '../db/types';
import { getLanguage } from '../i18n/messages';

/** The VA's own time zone (the browser's). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function allTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [localTimeZone()];
  }
}

/** What a new client starts with: the VA's defaults, the VA's zone and a fresh colour. */
export function clientDefaults(settings: Settings, clients: readonly Client[]): DraftDefaults {
  return {
    color: nextClientColor(clients),
    currency: settings.defaultCurrency,
    rounding: settings.defaultRounding,
    timeZone: localTimeZone(),
    language: getLanguage(),
  };
}
