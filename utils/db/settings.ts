import { storage } from 'wxt/utils/storage';
import type { Language, RoundingStep } from '@/utils/model/types';
import { ROUNDING_STEPS } from '@/utils/model/types';
import { isValidCurrency } from '@/utils/clients/validate';
import { ValidationError, type FieldIssue } from '@/utils/model/errors';
import { DAY_MINUTES } from '@/utils/time/units';

/** The VA's own settings, kept in extension storage (small, typed, versioned). */
export interface Settings {
  vaName: string;
  signature: string;
  /** Minutes after midnight, local time. */
  workStartMinutes: number;
  workEndMinutes: number;
  /** 0 = Sunday … 6 = Saturday. */
  workingDays: number[];
  defaultCurrency: string;
  defaultRounding: RoundingStep;
  /** 1 = Monday, 0 = Sunday, 6 = Saturday. */
  weekStart: 0 | 1 | 6;
  /** 'auto' follows the browser's language. */
  language: 'auto' | Language;
  /** Activity types offered for entries; the built-in ones are shown in the VA's language. */
  activityTypes: string[];
  /** Ask about idle time after this many minutes without input while a timer runs. */
  idleMinutes: number;
  /** Remind inside working hours when no timer has run for this long; 0 = off. */
  reminderMinutes: number;
  /** At the end of the working day with a timer running: ask, or stop it. */
  endOfDay: 'ask' | 'stop';
  /** Notify this many minutes before each appointment; 0 = off. */
  appointmentReminderMinutes: number;
}

export const BUILT_IN_ACTIVITIES = [
  'email',
  'call',
  'meeting',
  'scheduling',
  'admin',
  'bookkeeping',
  'social',
];

export const DEFAULT_SETTINGS: Settings = {
  vaName: '',
  signature: '',
  workStartMinutes: 9 * 60,
  workEndMinutes: 18 * 60,
  workingDays: [1, 2, 3, 4, 5],
  defaultCurrency: 'EUR',
  defaultRounding: 0,
  weekStart: 1,
  language: 'auto',
  activityTypes: BUILT_IN_ACTIVITIES,
  idleMinutes: 10,
  reminderMinutes: 0,
  endOfDay: 'ask',
  appointmentReminderMinutes: 10,
};

const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Settings with defaults filled in for anything a newer version added. */
export async function getSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return { ...DEFAULT_SETTINGS, ...stored };
}

export function validateSettings(s: Settings): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (s.vaName.length > 80)
    issues.push({ field: 'vaName', message: 'errorNameTooLong', params: ['80'] });
  if (s.signature.length > 2000)
    issues.push({ field: 'signature', message: 'errorNotesTooLong', params: ['2000'] });
  const minuteOfDay = (m: number) => Number.isInteger(m) && m >= 0 && m <= DAY_MINUTES;
  if (!minuteOfDay(s.workStartMinutes) || !minuteOfDay(s.workEndMinutes))
    issues.push({ field: 'workHours', message: 'errorTimeInvalid' });
  else if (s.workEndMinutes <= s.workStartMinutes)
    issues.push({ field: 'workHours', message: 'errorWorkHoursOrder' });
  if (!s.workingDays.length || s.workingDays.some((d) => !Number.isInteger(d) || d < 0 || d > 6))
    issues.push({ field: 'workingDays', message: 'errorWorkingDaysEmpty' });
  if (!isValidCurrency(s.defaultCurrency))
    issues.push({
      field: 'defaultCurrency',
      message: 'errorCurrencyInvalid',
      params: [s.defaultCurrency],
    });
  if (!(ROUNDING_STEPS as readonly number[]).includes(s.defaultRounding))
    issues.push({ field: 'defaultRounding', message: 'errorRoundingInvalid' });
  if (![0, 1, 6].includes(s.weekStart))
    issues.push({ field: 'weekStart', message: 'errorWeekStartInvalid' });
  if (!['auto', 'en', 'it'].includes(s.language))
    issues.push({ field: 'language', message: 'errorLanguageInvalid' });
  if (!s.activityTypes.length || s.activityTypes.some((a) => !a.trim() || a.length > 40))
    issues.push({ field: 'activityTypes', message: 'errorActivityInvalid' });
  if (!Number.isInteger(s.idleMinutes) || s.idleMinutes < 1 || s.idleMinutes > 120)
    issues.push({ field: 'idleMinutes', message: 'errorMinutesRange', params: ['1', '120'] });
  if (!Number.isInteger(s.reminderMinutes) || s.reminderMinutes < 0 || s.reminderMinutes > 480)
    issues.push({ field: 'reminderMinutes', message: 'errorMinutesRange', params: ['0', '480'] });
  if (
    !Number.isInteger(s.appointmentReminderMinutes) ||
    s.appointmentReminderMinutes < 0 ||
    s.appointmentReminderMinutes > 1440
  )
    issues.push({
      field: 'appointmentReminderMinutes',
      message: 'errorMinutesRange',
      params: ['0', '1440'],
    });
  if (s.endOfDay !== 'ask' && s.endOfDay !== 'stop')
    issues.push({ field: 'endOfDay', message: 'errorStatusInvalid' });
  return issues;
}

export async function saveSettings(next: Settings): Promise<Settings> {
  const clean: Settings = {
    ...next,
    vaName: next.vaName.trim(),
    signature: next.signature.replace(/\s+$/, ''),
    workingDays: [...new Set(next.workingDays)].sort((a, b) => a - b),
    defaultCurrency: next.defaultCurrency.trim().toUpperCase(),
  };
  const issues = validateSettings(clean);
  if (issues.length) throw new ValidationError(issues);
  await settingsItem.setValue(clean);
  return clean;
}

export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => cb({ ...DEFAULT_SETTINGS, ...value }));
}
