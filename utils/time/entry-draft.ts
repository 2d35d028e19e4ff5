// The side panel's time entry form as a plain draft: the fields as typed, read back into the
// repository's fields, and the small rules that keep end and duration telling the same story.
import type { EntryInput } from '@/utils/model/inputs';
import type { MessageKey } from '@/utils/i18n/messages';
import type { FieldIssue } from '@/utils/model/errors';
import type { Client, Id, TaskType, TimeEntry } from '@/utils/model/types';
import { defaultBillable } from '@/utils/time/billing';
import { formatDurationInput, parseDuration, type DurationError } from '@/utils/time/duration';
import {
  atLocalTime,
  dateInputValue,
  hhmm,
  minutesToHHMM,
  parseDateInput,
  parseHHMM,
} from '@/utils/time/local-day';
import { DAY_MINUTES, MINUTE_MS } from '@/utils/time/units';

/** What the form holds: the fields as typed. */
export interface EntryDraft {
  clientId: Id | '';
  /** `YYYY-MM-DD`, the day the entry starts. */
  date: string;
  /** `HH:MM`. */
  start: string;
  /** `HH:MM` on the start date; '' = no end (a running timer keeps running). */
  end: string;
  /** As typed: `25`, `1:30`, `1h30`, `1,5h`. */
  duration: string;
  /** Which of end and duration the VA set last: that one decides when the entry ends. */
  endBy: 'end' | 'duration';
  note: string;
  billable: boolean;
  activityType: string;
  /** Only for an entry linked to an email. */
  keepThread: boolean;
  /** A fixed-fee task of the client (its fee as it is now); null = time only. */
  task: TimeEntry['task'];
  /** For phone calls: who called. */
  caller: string;
}

/** What a valid draft becomes: the repository's fields (the form links no appointment). */
export type EntryValues = Omit<EntryInput, 'appointmentId' | 'calendarEventId'>;

export type EntryDraftResult =
  { ok: true; values: EntryValues } | { ok: false; issues: FieldIssue[] };

function sameLocalDay(a: number, b: number): boolean {
  return dateInputValue(a) === dateInputValue(b);
}

export function emptyEntryDraft(today: number, activityType: string): EntryDraft {
  return {
    clientId: '',
    date: dateInputValue(today),
    start: '',
    end: '',
    duration: '',
    endBy: 'end',
    note: '',
    billable: true,
    activityType,
    keepThread: false,
    task: null,
    caller: '',
  };
}

export function draftFromEntry(entry: TimeEntry): EntryDraft {
  const end = entry.end;
  return {
    clientId: entry.clientId,
    date: dateInputValue(entry.start),
    start: hhmm(entry.start),
    end: end === null ? '' : hhmm(end),
    duration: end === null ? '' : formatDurationInput(Math.floor((end - entry.start) / MINUTE_MS)),
    // An end on another day cannot be an end time on the start date: the duration says it.
    endBy: end !== null && !sameLocalDay(entry.start, end) ? 'duration' : 'end',
    note: entry.note,
    billable: entry.billable,
    activityType: entry.activityType,
    keepThread: entry.threadId !== null,
    task: entry.task,
    caller: entry.caller,
  };
}

const DURATION_ERRORS: Record<DurationError, MessageKey> = {
  empty: 'timeErrorEndRequired',
  invalid: 'errorDurationInvalid',
  zero: 'errorDurationZero',
  tooLong: 'errorDurationTooLong',
};

/**
 * Reads a draft. When the VA left every time alone, the entry keeps its exact instants (a timer's
 * seconds), so saving a new note never shifts them. An end time before the start is left for the
 * repository to refuse ("the end must come after the start"); past midnight, the duration says it.
 */
export function inputFromEntryDraft(draft: EntryDraft, original?: TimeEntry): EntryDraftResult {
  const issues: FieldIssue[] = [];
  const initial = original ? draftFromEntry(original) : undefined;
  if (!draft.clientId) issues.push({ field: 'clientId', message: 'errorClientUnknown' });
  const day = parseDateInput(draft.date);
  if (day === null) issues.push({ field: 'date', message: 'errorDateInvalid' });
  const startMinutes = parseHHMM(draft.start);
  if (startMinutes === null) issues.push({ field: 'start', message: 'errorTimeInvalid' });

  // Untouched times keep their exact instants; once the VA changes any of them, the entry is
  // exactly what the form shows (08:03–08:18 is 15 minutes, with no hidden seconds to round up).
  const keepTimes =
    original !== undefined &&
    initial !== undefined &&
    (['date', 'start', 'end', 'duration', 'endBy'] as const).every((k) => draft[k] === initial[k]);
  let start = NaN;
  if (day !== null && startMinutes !== null)
    start = keepTimes ? original.start : atLocalTime(day, startMinutes);

  const running = original !== undefined && original.end === null;
  const taskOnly = draft.task !== null && draft.end.trim() === '' && draft.duration.trim() === '';
  let end: number | null = null;
  if (taskOnly) end = Number.isFinite(start) ? start : null;
  else if (draft.endBy === 'end') {
    const endMinutes = draft.end.trim() === '' ? null : parseHHMM(draft.end);
    if (draft.end.trim() === '') {
      if (!running) issues.push({ field: 'end', message: 'timeErrorEndRequired' });
    } else if (endMinutes === null) issues.push({ field: 'end', message: 'errorTimeInvalid' });
    else if (day !== null) end = keepTimes ? original.end : atLocalTime(day, endMinutes);
  } else {
    const parsed = parseDuration(draft.duration);
    if (!parsed.ok) {
      if (!(parsed.error === 'empty' && running))
        issues.push({ field: 'duration', message: DURATION_ERRORS[parsed.error] });
    } else if (Number.isFinite(start))
      end = keepTimes ? original.end : start + parsed.minutes * MINUTE_MS;
  }

  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    values: {
      clientId: draft.clientId,
      start,
      end,
      note: draft.note,
      billable: draft.billable,
      activityType: draft.activityType,
      threadId: original && draft.keepThread ? original.threadId : null,
      task: draft.task,
      caller: draft.activityType === 'call' ? draft.caller : '',
    },
  };
}

/** The end shown for a duration typed after `start`, and whether it falls the next day. */
export function endForDuration(
  start: string,
  duration: string,
): { end: string; nextDay: boolean } | null {
  const from = parseHHMM(start);
  const parsed = parseDuration(duration);
  if (from === null || !parsed.ok) return null;
  const total = from + parsed.minutes;
  return { end: minutesToHHMM(total % DAY_MINUTES), nextDay: total >= DAY_MINUTES };
}

/** Keeps end and duration telling the same story while the VA types into either (or the start). */
export function syncEntryDraft(draft: EntryDraft): EntryDraft {
  if (draft.endBy === 'duration') {
    const computed = endForDuration(draft.start, draft.duration);
    return computed ? { ...draft, end: computed.end } : draft;
  }
  const from = parseHHMM(draft.start);
  const to = parseHHMM(draft.end);
  if (from === null || to === null) return draft;
  return { ...draft, duration: to > from ? formatDurationInput(to - from) : '' };
}

/**
 * The change choosing a client makes: a new entry is billable as the client usually is, until
 * the VA has said otherwise (`billableSet`).
 */
export function entryClientPatch(
  clientId: string,
  client: Pick<Client, 'billableByDefault'> | undefined,
  billableSet: boolean,
): Partial<EntryDraft> {
  return client && !billableSet
    ? { clientId, billable: defaultBillable(client, null) }
    : { clientId };
}

/** The change choosing a task makes: a task with a fee bills the fee, not the minutes. */
export function entryTaskPatch(
  type: TaskType | undefined,
  client: Pick<Client, 'billableByDefault'> | undefined,
  billableSet: boolean,
): Partial<EntryDraft> {
  return {
    task: type ? { typeId: type.id, name: type.name, fee: type.fee } : null,
    ...(type && type.fee > 0 && !billableSet ? { billable: defaultBillable(client, type) } : {}),
  };
}
