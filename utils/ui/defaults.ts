import type { DraftDefaults } from '@/utils/clients/draft';
import { nextClientColor } from '@/utils/db/clients-repo';
import type { Client } from '@/utils/model/types';
import { getLanguage } from '@/utils/i18n/messages';
import { localTimeZone } from '@/utils/time/units';
import type { Settings } from '@/utils/model/settings';

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
