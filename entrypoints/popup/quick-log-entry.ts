import type { QuickLogDraft } from '@/components/quick-log';
import type { TimeEntry } from '@/utils/model/types';
import { MINUTE_MS } from '@/utils/time/units';
import type { EntryInput } from '@/utils/model/inputs';

/**
 * A quick-log entry ends now and starts `minutes` before. A task logged without minutes is an
 * instant (start = end = now): its fee is what counts.
 */
export function entryFromDraft(draft: QuickLogDraft, now: number): EntryInput {
  return {
    clientId: draft.clientId,
    start: now - (draft.minutes ?? 0) * MINUTE_MS,
    end: now,
    note: draft.note,
    billable: draft.billable,
    activityType: draft.activityType,
    task: draft.task ? { typeId: draft.task.id, name: draft.task.name, fee: draft.task.fee } : null,
    caller: draft.caller,
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
