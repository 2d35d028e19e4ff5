import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/model/settings';
import type { FieldIssue } from '@/utils/model/errors';
import { ROUNDING_STEPS, type RoundingStep } from '@/utils/model/types';
import { getLocale, t } from '@/utils/i18n/messages';
import {
  draftFromSettings,
  inputFromSettingsDraft,
  withWorkingDay,
  type SettingsDraft,
} from '@/utils/settings/draft';
import { draftBinder, LanguageOptions, SelectField, TextField, issuesFor } from './field';
import { roundingLabel } from './labels';
import { SettingsTimerFields } from './settings-timer-fields';

/** The element id of each text field. */
const FIELD_IDS = {
  vaName: 'set-name',
  signature: 'set-signature',
  workStart: 'set-start',
  workEnd: 'set-end',
  defaultCurrency: 'set-currency',
};

interface SettingsFormProps {
  settings: Settings;
  onSave(settings: Settings): Promise<FieldIssue[] | null>;
}

/** Weekday names from `Intl` (2026-11-01 is a Sunday): index 0 = Sunday. */
function weekdayNames(locale: string): string[] {
  const fmt = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, d) => fmt.format(Date.UTC(2026, 10, 1 + d)));
}

export function SettingsForm({ settings, onSave }: SettingsFormProps) {
  const [draft, setDraft] = useState(() => draftFromSettings(settings));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const days = weekdayNames(getLocale());
  const order = [1, 2, 3, 4, 5, 6, 0];

  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const bind = draftBinder(
    draft,
    (patch) => setDraft((d) => ({ ...d, ...patch })),
    (key) => FIELD_IDS[key as keyof typeof FIELD_IDS],
    (key) => issuesFor(issues, key),
  );

  async function submit(e: Event) {
    e.preventDefault();
    setStatus('');
    const parsed = inputFromSettingsDraft(draft);
    if (!parsed.ok) {
      setIssues(parsed.issues);
      return;
    }
    setSaving(true);
    try {
      const problems = await onSave(parsed.input);
      setIssues(problems ?? []);
      if (!problems?.length) setStatus(t('settingsSaved'));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form class="settings-form" onSubmit={submit} noValidate aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settingsTitle')}</h2>
      <TextField {...bind('vaName')} label={t('settingsVaName')} autoComplete="name" />
      <TextField {...bind('signature')} label={t('settingsSignature')} rows={3} />
      <fieldset>
        <legend>{t('settingsWorkingHours')}</legend>
        <div class="row">
          {/* One issue covers both hours; it is shown at the start. */}
          <TextField
            {...bind('workStart')}
            label={t('settingsWorkStart')}
            errors={issuesFor(issues, 'workHours')}
            type="time"
          />
          <TextField {...bind('workEnd')} label={t('settingsWorkEnd')} errors={[]} type="time" />
        </div>
      </fieldset>
      <fieldset
        aria-describedby={issuesFor(issues, 'workingDays').length ? 'set-days-error' : undefined}
      >
        <legend>{t('settingsWorkingDays')}</legend>
        <div class="days">
          {order.map((d) => (
            <label key={d} class="day">
              <input
                type="checkbox"
                checked={draft.workingDays.includes(d)}
                onChange={(e) =>
                  set('workingDays', withWorkingDay(draft.workingDays, d, e.currentTarget.checked))
                }
              />
              {days[d]}
            </label>
          ))}
        </div>
        {issuesFor(issues, 'workingDays').map((m) => (
          <p key={m} id="set-days-error" class="field__errors">
            {m}
          </p>
        ))}
      </fieldset>
      <div class="row">
        <TextField {...bind('defaultCurrency')} label={t('settingsCurrency')} maxLength={3} />
        <SelectField
          id="set-rounding"
          label={t('settingsRounding')}
          errors={issuesFor(issues, 'defaultRounding')}
          value={String(draft.defaultRounding)}
          onValue={(value) => set('defaultRounding', Number(value) as RoundingStep)}
        >
          {ROUNDING_STEPS.map((s) => (
            <option key={s} value={String(s)}>
              {roundingLabel(s)}
            </option>
          ))}
        </SelectField>
      </div>
      <div class="row">
        <SelectField
          id="set-week-start"
          label={t('settingsWeekStart')}
          value={String(draft.weekStart)}
          onValue={(value) => set('weekStart', Number(value) as Settings['weekStart'])}
        >
          {([1, 0, 6] as const).map((d) => (
            <option key={d} value={String(d)}>
              {days[d]}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="set-language"
          label={t('settingsLanguage')}
          value={draft.language}
          onValue={(value) => set('language', value as Settings['language'])}
        >
          <option value="auto">{t('languageAuto')}</option>
          <LanguageOptions />
        </SelectField>
      </div>
      <SettingsTimerFields draft={draft} issues={issues} set={set} />
      <div class="actions">
        <button type="submit" class="primary" disabled={saving} aria-busy={saving}>
          {saving ? t('saving') : t('saveSettings')}
        </button>
        <span role="status" class="notice-inline">
          {status}
        </span>
      </div>
    </form>
  );
}
