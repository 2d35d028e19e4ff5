import { isValidCurrency } from '@/utils/clients/validate';
import type { FieldIssue } from '@/utils/model/errors';
import type { Settings } from '@/utils/model/settings';
import { ROUNDING_STEPS } from '@/utils/model/types';
import { DAY_MINUTES } from '@/utils/time/units';

/** Every problem of `s`, for the options form and for a backup's settings. */
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
