// The options page's settings form as a plain draft: working hours typed as `HH:MM`, activity
// types typed as one list; read back into the settings to store.
import type { Settings } from '@/utils/model/settings';
import { BUILT_IN_ACTIVITIES } from '@/utils/model/settings';
import type { FieldIssue } from '@/utils/model/errors';
import { minutesToHHMM, parseHHMM } from '@/utils/time/local-day';

/** The settings as the form holds them: the working hours as typed. */
export type SettingsDraft = Omit<Settings, 'workStartMinutes' | 'workEndMinutes'> & {
  workStart: string;
  workEnd: string;
};

export function draftFromSettings(settings: Settings): SettingsDraft {
  const { workStartMinutes, workEndMinutes, ...rest } = settings;
  return {
    ...rest,
    workStart: minutesToHHMM(workStartMinutes),
    workEnd: minutesToHHMM(workEndMinutes),
  };
}

/** The settings to store, or the form's own issue (a working hour that is no time). */
export function inputFromSettingsDraft(
  draft: SettingsDraft,
): { ok: true; input: Settings } | { ok: false; issues: FieldIssue[] } {
  const { workStart, workEnd, ...rest } = draft;
  const workStartMinutes = parseHHMM(workStart);
  const workEndMinutes = parseHHMM(workEnd);
  if (workStartMinutes === null || workEndMinutes === null)
    return { ok: false, issues: [{ field: 'workHours', message: 'errorTimeInvalid' }] };
  return { ok: true, input: { ...rest, workStartMinutes, workEndMinutes } };
}

/** The working days with `day` (0 = Sunday) ticked or not. */
export function withWorkingDay(days: readonly number[], day: number, on: boolean): number[] {
  return on ? [...days, day] : days.filter((x) => x !== day);
}

/**
 * A typed list of activity types: built-in names typed in either language (`label` gives the
 * VA's) map back to their ids; duplicates go.
 */
export function parseActivityList(
  text: string,
  current: readonly string[],
  label: (activity: string) => string,
): string[] {
  const byLabel = new Map(
    [...BUILT_IN_ACTIVITIES, ...current].map((a) => [label(a).toLowerCase(), a]),
  );
  const out: string[] = [];
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const value = byLabel.get(part.toLowerCase()) ?? part;
    if (!out.includes(value)) out.push(value);
  }
  return out;
}
