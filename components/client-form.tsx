import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClientDraft } from '@/utils/clients/draft';
import type { FieldIssue } from '@/utils/model/errors';
import { ROUNDING_STEPS } from '@/utils/model/types';
import { t } from '@/utils/i18n/messages';
import { ClientTaskTypes } from './client-task-types';
import {
  CheckField,
  FormActions,
  LanguageOptions,
  SelectField,
  TextField,
  issuesFor,
} from './field';
import { roundingLabel } from './labels';

interface ClientFormProps {
  /** Unique prefix for element ids (two forms may share a page). */
  idPrefix: string;
  mode: 'create' | 'edit';
  initial: ClientDraft;
  timeZones: readonly string[];
  onSubmit(draft: ClientDraft): Promise<FieldIssue[] | null>;
  onCancel(): void;
}

const FIELD_ORDER = [
  'name',
  'shortName',
  'color',
  'emails',
  'domains',
  'gmailAccounts',
  'hourlyRate',
  'currency',
  'rounding',
  'minimumMinutes',
  'timeZone',
  'language',
  'monthlyBudgetHours',
  'notes',
];

export function ClientForm({
  idPrefix,
  mode,
  initial,
  timeZones,
  onSubmit,
  onCancel,
}: ClientFormProps) {
  const [draft, setDraft] = useState(initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const id = (name: string) => `${idPrefix}-${name}`;

  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>(`#${id('name')}`)?.focus();
    // Focus the first field once, when the form opens.
  }, []);

  const set = <K extends keyof ClientDraft>(key: K, value: ClientDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: keyof ClientDraft) => (value: string) => set(key, value as never);

  async function submit(e: Event) {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    try {
      const problems = await onSubmit(draft);
      if (problems?.length) {
        setIssues(problems);
        const first = FIELD_ORDER.find((f) => problems.some((p) => p.field === f));
        if (first) formRef.current?.querySelector<HTMLElement>(`#${id(first)}`)?.focus();
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      ref={formRef}
      class="client-form"
      aria-label={mode === 'create' ? t('clientFormCreateTitle') : t('clientFormEditTitle')}
      onSubmit={submit}
      noValidate
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <h3>{mode === 'create' ? t('clientFormCreateTitle') : t('clientFormEditTitle')}</h3>
      {issues.length > 0 && (
        <p class="form-error" role="alert">
          {t('formHasErrors', [issues.length])}
        </p>
      )}
      <TextField
        id={id('name')}
        label={t('clientName')}
        errors={issuesFor(issues, 'name')}
        value={draft.name}
        onValue={text('name')}
        autoComplete="off"
        required
      />
      <div class="row">
        <TextField
          id={id('shortName')}
          label={t('clientShortName')}
          hint={t('clientShortNameHint')}
          errors={issuesFor(issues, 'shortName')}
          value={draft.shortName}
          maxLength={12}
          onValue={text('shortName')}
        />
        <TextField
          id={id('color')}
          label={t('clientColor')}
          errors={issuesFor(issues, 'color')}
          type="color"
          value={draft.color}
          onValue={text('color')}
        />
      </div>
      <TextField
        id={id('emails')}
        label={t('clientEmails')}
        hint={t('clientEmailsHint')}
        errors={issuesFor(issues, 'emails')}
        rows={2}
        value={draft.emails}
        onValue={text('emails')}
      />
      <TextField
        id={id('domains')}
        label={t('clientDomains')}
        hint={t('clientDomainsHint')}
        errors={issuesFor(issues, 'domains')}
        value={draft.domains}
        onValue={text('domains')}
      />
      <TextField
        id={id('gmailAccounts')}
        label={t('clientGmailAccounts')}
        hint={t('clientGmailAccountsHint')}
        errors={issuesFor(issues, 'gmailAccounts')}
        inputMode="numeric"
        value={draft.gmailAccounts}
        onValue={text('gmailAccounts')}
      />
      <div class="row">
        <TextField
          id={id('hourlyRate')}
          label={t('clientHourlyRate')}
          errors={issuesFor(issues, 'hourlyRate')}
          inputMode="decimal"
          value={draft.hourlyRate}
          onValue={text('hourlyRate')}
        />
        <TextField
          id={id('currency')}
          label={t('clientCurrency')}
          errors={issuesFor(issues, 'currency')}
          value={draft.currency}
          maxLength={3}
          list={id('currency-list')}
          onValue={text('currency')}
        />
        <datalist id={id('currency-list')}>
          {['EUR', 'USD', 'GBP', 'CHF'].map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </div>
      <div class="row">
        <SelectField
          id={id('rounding')}
          label={t('clientRounding')}
          errors={issuesFor(issues, 'rounding')}
          value={draft.rounding}
          onValue={(value) => text('rounding')(value)}
        >
          {ROUNDING_STEPS.map((step) => (
            <option key={step} value={String(step)}>
              {roundingLabel(step)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={id('minimumMinutes')}
          label={t('clientMinimumMinutes')}
          errors={issuesFor(issues, 'minimumMinutes')}
          inputMode="numeric"
          value={draft.minimumMinutes}
          onValue={text('minimumMinutes')}
        />
      </div>
      <div class="row">
        <TextField
          id={id('timeZone')}
          label={t('clientTimeZone')}
          errors={issuesFor(issues, 'timeZone')}
          value={draft.timeZone}
          list={id('tz-list')}
          onValue={text('timeZone')}
        />
        <datalist id={id('tz-list')}>
          {timeZones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <SelectField
          id={id('language')}
          label={t('clientLanguage')}
          errors={issuesFor(issues, 'language')}
          value={draft.language}
          onValue={(value) => text('language')(value)}
        >
          <LanguageOptions />
        </SelectField>
      </div>
      <TextField
        id={id('monthlyBudgetHours')}
        label={t('clientBudget')}
        hint={t('clientBudgetHint')}
        errors={issuesFor(issues, 'monthlyBudgetHours')}
        inputMode="decimal"
        value={draft.monthlyBudgetHours}
        onValue={text('monthlyBudgetHours')}
      />
      <CheckField
        id={id('billable')}
        label={t('clientBillableByDefault')}
        checked={draft.billableByDefault}
        onChange={(checked) => set('billableByDefault', checked)}
      />
      <TextField
        id={id('notes')}
        label={t('clientNotes')}
        errors={issuesFor(issues, 'notes')}
        rows={3}
        value={draft.notes}
        onValue={text('notes')}
      />
      <ClientTaskTypes
        idPrefix={idPrefix}
        tasks={draft.taskTypes}
        currency={draft.currency}
        errors={issuesFor(issues, 'taskTypes')}
        onChange={(update) => setDraft((d) => ({ ...d, taskTypes: update(d.taskTypes) }))}
      />
      <FormActions
        submit={saving ? t('saving') : t('save')}
        disabled={saving}
        busy={saving}
        onCancel={onCancel}
      />
    </form>
  );
}
