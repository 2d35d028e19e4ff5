import type { FieldIssue } from '@/utils/model/errors';
import { endOfLocalDay } from './local-day';
import { MAX_ENTRY_MS } from '@/utils/time/units';

export const ENTRY_NOTE_LIMIT = 2000;

export interface EntryTimes {
  start: number;
  /** null = a running timer. */
  end: number | null;
  note: string;
  activityType: string;
  caller: string;
}

/**
 * The rules every stored entry meets: a real start, an end after it, at most 24 hours, nothing
 * after today. Task entries may last 0 minutes (a fee with no time).
 */
export function validateEntryTimes(
  entry: EntryTimes,
  now: number,
  allowZero = false,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!Number.isFinite(entry.start)) issues.push({ field: 'start', message: 'errorDateInvalid' });
  else if (entry.end !== null) {
    if (!Number.isFinite(entry.end)) issues.push({ field: 'end', message: 'errorDateInvalid' });
    else if (entry.end < entry.start || (entry.end === entry.start && !allowZero))
      issues.push({
        field: 'end',
        message: entry.end === entry.start ? 'errorDurationZero' : 'errorEndBeforeStart',
      });
    else if (entry.end - entry.start > MAX_ENTRY_MS)
      issues.push({ field: 'end', message: 'errorDurationTooLong' });
    else if (entry.end > endOfLocalDay(now))
      issues.push({ field: 'end', message: 'errorEntryInFuture' });
  } else if (entry.start > now) issues.push({ field: 'start', message: 'errorEntryInFuture' });
  if (entry.note.length > ENTRY_NOTE_LIMIT)
    issues.push({
      field: 'note',
      message: 'errorNotesTooLong',
      params: [String(ENTRY_NOTE_LIMIT)],
    });
  if (!entry.activityType.trim() || entry.activityType.length > 40)
    issues.push({ field: 'activityType', message: 'errorActivityInvalid' });
  if (entry.caller.length > 120)
    issues.push({ field: 'caller', message: 'errorNameTooLong', params: ['120'] });
  return issues;
}
