// The split form's draft is one `HH:MM` text: where the entry is cut in two.
import type { FieldIssue } from '@/utils/model/errors';
import type { TimeEntry } from '@/utils/model/types';
import { atLocalTime, hhmm, parseHHMM, startOfLocalDay } from '@/utils/time/local-day';
import { MINUTE_MS } from '@/utils/time/units';

type Span = Pick<TimeEntry, 'start' | 'end'>;

/** The split time the form offers first: the middle of the entry, on a whole minute. */
export function splitDraftFromEntry(entry: Span, now: number): string {
  const end = entry.end ?? now;
  return hhmm(Math.floor((entry.start + (end - entry.start) / 2) / MINUTE_MS) * MINUTE_MS);
}

/**
 * `HH:MM` → the instant inside the entry: on the start's day, or on the next day when the entry
 * runs past midnight and the time is earlier than the start. Null when the text is no time.
 */
export function splitInstant(entry: Span, text: string, now: number): number | null {
  const minutes = parseHHMM(text);
  if (minutes === null) return null;
  const day = startOfLocalDay(entry.start);
  const sameDay = atLocalTime(day, minutes);
  if (sameDay > entry.start) return sameDay;
  const nextDay = new Date(day);
  nextDay.setDate(nextDay.getDate() + 1);
  const later = atLocalTime(nextDay.getTime(), minutes);
  return later < (entry.end ?? now) ? later : sameDay;
}

/** The instant to split at, or the form's issue; whether it falls inside the entry is the repository's. */
export function inputFromSplitDraft(
  entry: Span,
  text: string,
  now: number,
): { ok: true; at: number } | { ok: false; issues: FieldIssue[] } {
  const at = splitInstant(entry, text, now);
  return at === null
    ? { ok: false, issues: [{ field: 'splitAt', message: 'errorTimeInvalid' }] }
    : { ok: true, at };
}
