import type { FieldIssue } from '@/utils/model/errors';
import { t } from '@/utils/i18n/messages';
import { parseActivityList, type SettingsDraft } from '@/utils/settings/draft';
import { Field, SelectField, TextField, issuesFor } from './field';
import { activityLabel } from './labels';

type SetSetting = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => void;

/** A setting in whole minutes, typed as a number. */
interface MinutesField {
  key: 'idleMinutes' | 'reminderMinutes' | 'appointmentReminderMinutes';
  id: string;
  label: string;
  hint?: string;
}

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
  const minuteFields: MinutesField[] = [
    { key: 'idleMinutes', id: 'set-idle', label: t('settingsIdleMinutes') },
    {
      key: 'reminderMinutes',
      id: 'set-reminder',
      label: t('settingsReminderMinutes'),
      hint: t('settingsReminderHint'),
    },
    {
      key: 'appointmentReminderMinutes',
      id: 'set-appointment-reminder',
      label: t('settingsAppointmentReminder'),
      hint: t('settingsAppointmentReminderHint'),
    },
  ];
  return (
    <fieldset>
      <legend>{t('settingsTimer')}</legend>
      <div class="row">
        {minuteFields.map((f) => (
          <TextField
            key={f.id}
            id={f.id}
            label={f.label}
            hint={f.hint}
            errors={issuesFor(issues, f.key)}
            inputMode="numeric"
            value={String(draft[f.key])}
            onValue={(value) => set(f.key, Number(value))}
          />
        ))}
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
