import type { FieldIssue } from '@/utils/model/errors';
import { t } from '@/utils/i18n/messages';
import { parseActivityList, type SettingsDraft } from '@/utils/settings/draft';
import { Field, issuesFor } from './field';
import { activityLabel } from './labels';

type SetSetting = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => void;

/** The timer's settings: idle time, reminders, the end of the day, and the activity types. */
export function SettingsTimerFields({
  draft,
  issues,
  set,
}: {
  draft: SettingsDraft;
  issues: readonly FieldIssue[];
  set: SetSetting;
}) {
  return (
    <fieldset>
      <legend>{t('settingsTimer')}</legend>
      <div class="row">
        <Field
          id="set-idle"
          label={t('settingsIdleMinutes')}
          errors={issuesFor(issues, 'idleMinutes')}
        >
          {(a) => (
            <input
              {...a}
              inputMode="numeric"
              value={String(draft.idleMinutes)}
              onInput={(e) => set('idleMinutes', Number(e.currentTarget.value))}
            />
          )}
        </Field>
        <Field
          id="set-reminder"
          label={t('settingsReminderMinutes')}
          hint={t('settingsReminderHint')}
          errors={issuesFor(issues, 'reminderMinutes')}
        >
          {(a) => (
            <input
              {...a}
              inputMode="numeric"
              value={String(draft.reminderMinutes)}
              onInput={(e) => set('reminderMinutes', Number(e.currentTarget.value))}
            />
          )}
        </Field>
        <Field
          id="set-appointment-reminder"
          label={t('settingsAppointmentReminder')}
          hint={t('settingsAppointmentReminderHint')}
          errors={issuesFor(issues, 'appointmentReminderMinutes')}
        >
          {(a) => (
            <input
              {...a}
              inputMode="numeric"
              value={String(draft.appointmentReminderMinutes)}
              onInput={(e) => set('appointmentReminderMinutes', Number(e.currentTarget.value))}
            />
          )}
        </Field>
      </div>
      <Field id="set-end-of-day" label={t('settingsEndOfDay')}>
        {(a) => (
          <select
            {...a}
            value={draft.endOfDay}
            onChange={(e) => set('endOfDay', e.currentTarget.value as SettingsDraft['endOfDay'])}
          >
            <option value="ask">{t('endOfDayAskOption')}</option>
            <option value="stop">{t('endOfDayStopOption')}</option>
          </select>
        )}
      </Field>
      <Field
        id="set-activities"
        label={t('settingsActivityTypes')}
        hint={t('settingsActivityTypesHint')}
        errors={issuesFor(issues, 'activityTypes')}
      >
        {(a) => (
          <input
            {...a}
            value={draft.activityTypes.map(activityLabel).join(', ')}
            onChange={(e) =>
              set(
                'activityTypes',
                parseActivityList(e.currentTarget.value, draft.activityTypes, activityLabel),
              )
            }
          />
        )}
      </Field>
    </fieldset>
  );
}
