import type { FieldIssue } from '@/utils/model/errors';
import { t } from '@/utils/i18n/messages';
import { parseActivityList, type SettingsDraft } from '@/utils/settings/draft';
import { Field, SelectField, TextField, issuesFor } from './field';
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
        <TextField
          id="set-idle"
          label={t('settingsIdleMinutes')}
          errors={issuesFor(issues, 'idleMinutes')}
          inputMode="numeric"
          value={String(draft.idleMinutes)}
          onValue={(value) => set('idleMinutes', Number(value))}
        />
        <TextField
          id="set-reminder"
          label={t('settingsReminderMinutes')}
          hint={t('settingsReminderHint')}
          errors={issuesFor(issues, 'reminderMinutes')}
          inputMode="numeric"
          value={String(draft.reminderMinutes)}
          onValue={(value) => set('reminderMinutes', Number(value))}
        />
        <TextField
          id="set-appointment-reminder"
          label={t('settingsAppointmentReminder')}
          hint={t('settingsAppointmentReminderHint')}
          errors={issuesFor(issues, 'appointmentReminderMinutes')}
          inputMode="numeric"
          value={String(draft.appointmentReminderMinutes)}
          onValue={(value) => set('appointmentReminderMinutes', Number(value))}
        />
      </div>
      <SelectField
        id="set-end-of-day"
        label={t('settingsEndOfDay')}
        value={draft.endOfDay}
        onValue={(value) => set('endOfDay', value as SettingsDraft['endOfDay'])}
      >
        <option value="ask">{t('endOfDayAskOption')}</option>
        <option value="stop">{t('endOfDayStopOption')}</option>
      </SelectField>
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
