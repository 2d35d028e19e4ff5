// The popup's quick log as a plain draft: the fields as typed, what a valid draft hands the popup,
// and the entry that becomes (ending now).
import type { EntryInput } from '@/utils/model/inputs';
import type { FieldIssue } from '@/utils/model/errors';
import type { Client, Id, TaskType, TimeEntry } from '@/utils/model/types';
import { defaultBillable } from '@/utils/time/billing';
import { DURATION_ERROR_MESSAGES, parseDuration, type DurationError } from '@/utils/time/duration';
import { MINUTE_MS } from '@/utils/time/units';

/** What the quick log needs of a client. */
export type QuickLogClient = Pick<
  Client,
  'id' | 'name' | 'shortName' | 'color' | 'currency' | 'billableByDefault' | 'taskTypes'
>;

/** The quick log's fields, as typed. */
export interface QuickLogDraft {
  clientId: Id | '';
  /** As typed: `25`, `1:30`, `1h30`; '' with a task = the task alone, without minutes. */
  duration: string;
  /** One of the client's task types; '' = time only. */
  taskId: string;
  note: string;
  caller: string;
  activityType: string;
  billable: boolean;
}

/** What a valid draft hands the popup; the popup turns it into an entry ending now. */
export interface QuickLogValues {
  clientId: Id;
  /** null only for a task logged without minutes. */
  minutes: number | null;
  note: string;
  activityType: string;
  billable: boolean;
  task: TaskType | null;
  caller: string;
}

/** What starting a timer from the quick log hands the popup. */
export type TimerValues = Pick<QuickLogValues, 'clientId' | 'note' | 'activityType' | 'billable'>;

export function emptyQuickLogDraft(activityType: string): QuickLogDraft {
  return {
    clientId: '',
    duration: '',
    taskId: '',
    note: '',
    caller: '',
    activityType,
    billable: true,
  };
}

/** The draft's task, when it is one of its client's. */
export function quickLogTask(
  draft: QuickLogDraft,
  client: QuickLogClient | undefined,
): TaskType | null {
  return client?.taskTypes.find((k) => k.id === draft.taskId) ?? null;
}

/** Why the typed duration cannot be logged, or null (a task may go without minutes). */
export function quickLogDurationError(
  draft: QuickLogDraft,
  client: QuickLogClient | undefined,
): DurationError | null {
  if (quickLogTask(draft, client) !== null && draft.duration.trim() === '') return null;
  const parsed = parseDuration(draft.duration);
  return parsed.ok ? null : parsed.error;
}

/** Choosing a client: no task yet, billable as the client usually is. */
export function quickLogClientPatch(
  clientId: Id,
  client: QuickLogClient | undefined,
): Partial<QuickLogDraft> {
  return { clientId, taskId: '', billable: defaultBillable(client, null) };
}

/** Choosing a task: a task with a fee bills the fee, its minutes then non-billable. */
export function quickLogTaskPatch(
  taskId: string,
  client: QuickLogClient | undefined,
): Partial<QuickLogDraft> {
  return {
    taskId,
    billable: defaultBillable(client, client?.taskTypes.find((k) => k.id === taskId) ?? null),
  };
}

/** The values to log, or what is missing: the client first, then a readable duration. */
export function inputFromQuickLogDraft(
  draft: QuickLogDraft,
  client: QuickLogClient | undefined,
): { ok: true; values: QuickLogValues } | { ok: false; issues: FieldIssue[] } {
  if (!client) return { ok: false, issues: [{ field: 'clientId', message: 'errorClientUnknown' }] };
  const durationError = quickLogDurationError(draft, client);
  if (durationError)
    return {
      ok: false,
      issues: [{ field: 'duration', message: DURATION_ERROR_MESSAGES[durationError] }],
    };
  const parsed = parseDuration(draft.duration);
  return {
    ok: true,
    values: {
      clientId: client.id,
      minutes: parsed.ok ? parsed.minutes : null,
      note: draft.note,
      activityType: draft.activityType,
      billable: draft.billable,
      task: quickLogTask(draft, client),
      caller: draft.activityType === 'call' ? draft.caller : '',
    },
  };
}

/**
 * A quick-log entry ends now and starts `minutes` before. A task logged without minutes is an
 * instant (start = end = now): its fee is what counts.
 */
export function quickLogEntryInput(values: QuickLogValues, now: number): EntryInput {
  return {
    clientId: values.clientId,
    start: now - (values.minutes ?? 0) * MINUTE_MS,
    end: now,
    note: values.note,
    billable: values.billable,
    activityType: values.activityType,
    task: values.task
      ? { typeId: values.task.id, name: values.task.name, fee: values.task.fee }
      : null,
    caller: values.caller,
    threadId: null,
    appointmentId: null,
    calendarEventId: null,
  };
}

/**
 * The activity the form starts with: the one last used (the latest entry given), when the VA
 * still offers it; else email; else the first offered.
 */
export function defaultActivity(
  entries: readonly Pick<TimeEntry, 'start' | 'activityType'>[],
  offered: readonly string[],
): string {
  const latest = entries.reduce<Pick<TimeEntry, 'start' | 'activityType'> | undefined>(
    (best, e) => (!best || e.start >= best.start ? e : best),
    undefined,
  );
  if (latest && offered.includes(latest.activityType)) return latest.activityType;
  return offered.includes('email') ? 'email' : (offered[0] ?? 'email');
}

/** Whole minutes an entry lasted (a running one up to `now`). */
export function entryMinutes(entry: Pick<TimeEntry, 'start' | 'end'>, now: number): number {
  return Math.floor(((entry.end ?? now) - entry.start) / MINUTE_MS);
}
