// Durations as a VA types them into a "log time" field, in English or Italian.

import type { MessageKey } from '@/utils/i18n/messages';
import { MAX_ENTRY_MINUTES } from '@/utils/time/units';

export type DurationError = 'empty' | 'invalid' | 'zero' | 'tooLong';

/** Why a typed duration was refused, as a message (`25`, `1:30`, `1h30`, `90m`, `1,5h` are fine). */
export const DURATION_ERROR_MESSAGES: Record<DurationError, MessageKey> = {
  empty: 'durationEmpty',
  invalid: 'durationInvalid',
  zero: 'durationZero',
  tooLong: 'durationTooLong',
};

export type ParsedDuration = { ok: true; minutes: number } | { ok: false; error: DurationError };

// Numbers are kept in millionths so that `1,5` or `0,0125 h` round exactly, without float drift.
const MICRO = 1_000_000;

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const HOURS = '(?:h|hr|hrs|hour|hours|ora|ore)';
const MINUTES = "(?:m|min|mins|minute|minutes|minuto|minuti|')";

/** `25`: a bare whole number is minutes. */
const PLAIN = /^\d+$/;
/** `1:30`, `0:05`. */
const CLOCK = /^(\d+):(\d{2})$/;
/** `1h`, `1,5 ore`, `1h30`, `1h 30m`, `1 ora e 30`, `1 hour and 30 minutes`. */
const WITH_HOURS = new RegExp(`^${NUMBER} ?${HOURS}(?: ?(?:(?:e|and) )?(\\d+) ?${MINUTES}?)?$`);
/** `90m`, `90 min`, `45 minuti`, `45'`. */
const ONLY_MINUTES = new RegExp(`^${NUMBER} ?${MINUTES}$`);

/** `1,5` → 1_500_000; digits past the sixth decimal are dropped. */
function millionths(text: string): number {
  const [whole = '', fraction = ''] = text.split(/[.,]/);
  return Number(whole) * MICRO + Number(fraction.slice(0, 6).padEnd(6, '0'));
}

function fromMicroMinutes(micro: number): ParsedDuration {
  // Half-up to whole minutes, on integers.
  const half = micro + MICRO / 2;
  const minutes = (half - (half % MICRO)) / MICRO;
  if (minutes === 0) return { ok: false, error: 'zero' };
  if (minutes > MAX_ENTRY_MINUTES) return { ok: false, error: 'tooLong' };
  return { ok: true, minutes };
}

const INVALID: ParsedDuration = { ok: false, error: 'invalid' };

/**
 * Reads a typed duration: `25` (minutes), `1:30`, `1h30`, `1h 30m`, `90 min`, `1.5h`, `1,5 ore`,
 * `45 minuti`, `1 ora e 30`. Case and spaces do not matter; fractions round to the nearest minute.
 * A bare decimal (`1,5`, `1.30`) is refused: it could mean hours, minutes or a clock time.
 * Minutes after hours must be below 60 (`1:75`, `1h 75m` are typos), and hours with a fraction take
 * no extra minutes (`1,5h 30m`).
 */
export function parseDuration(text: string): ParsedDuration {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (s === '') return { ok: false, error: 'empty' };

  if (PLAIN.test(s)) return fromMicroMinutes(Number(s) * MICRO);

  const clock = CLOCK.exec(s);
  if (clock) {
    const minutes = Number(clock[2]);
    if (minutes >= 60) return INVALID;
    return fromMicroMinutes((Number(clock[1]) * 60 + minutes) * MICRO);
  }

  const withHours = WITH_HOURS.exec(s);
  if (withHours) {
    const [, hours = '', extra] = withHours;
    if (extra === undefined) return fromMicroMinutes(millionths(hours) * 60);
    if (/[.,]/.test(hours) || Number(extra) >= 60) return INVALID;
    return fromMicroMinutes((Number(hours) * 60 + Number(extra)) * MICRO);
  }

  const onlyMinutes = ONLY_MINUTES.exec(s);
  if (onlyMinutes) return fromMicroMinutes(millionths(onlyMinutes[1] ?? ''));

  return INVALID;
}

/** Minutes for an editable field: `90` → `1:30`, `5` → `0:05` (rounded to whole minutes). */
export function formatDurationInput(minutes: number): string {
  if (!Number.isFinite(minutes)) return '';
  const total = Math.round(Math.abs(minutes));
  const sign = minutes < 0 && total > 0 ? '-' : '';
  return `${sign}${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
