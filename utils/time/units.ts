// Units of time and the limits built on them, named once for every context.

const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
/** A calendar day of 24 hours; local days across daylight saving go through `utils/time/local-day.ts`. */
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;
export const DAY_MINUTES = 24 * 60;

/** One time entry, typed duration or appointment lasts at most a day; anything longer is a typo. */
export const MAX_ENTRY_MINUTES = DAY_MINUTES;
export const MAX_ENTRY_MS = MAX_ENTRY_MINUTES * MINUTE_MS;

/** The VA's own time zone (the browser's), read here and nowhere else. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
