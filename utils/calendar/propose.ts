// Proposed times as the guest reads them: their language, their clock, their zone's name, all
// through Intl. "lunedì 30 novembre, 15:00–15:30 (Ora dell’Europa centrale)".
import type { Language } from '@/utils/model/types';
import { getLocale, t } from '@/utils/i18n/messages';
import type { Interval } from './slots';

function zoneName(instant: number, locale: string, timeZone: string): string {
  return (
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone
  );
}

/** One slot on one line, in `language` and on the clock of `timeZone`. */
export function formatSlot(slot: Interval, language: Language, timeZone: string): string {
  const locale = getLocale(language);
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone,
  }).format(slot.start);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });
  return `${day}, ${time.format(slot.start)}–${time.format(slot.end)} (${zoneName(slot.start, locale, timeZone)})`;
}

/** The reply text: an opening line and one slot per line, for the guest. */
export function proposeSlotsText(
  slots: readonly Interval[],
  language: Language,
  timeZone: string,
): string {
  const lines = slots.map((s) => `• ${formatSlot(s, language, timeZone)}`);
  return [t('proposeIntro', [], language), ...lines, '', t('proposeOutro', [], language)].join(
    '\n',
  );
}
