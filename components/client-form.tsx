import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClientDraft } from '@/utils/clients/draft';
import type { FieldIssue } from '@/utils/model/errors';
import { ROUNDING_STEPS } from '@/utils/model/types';
import { t } from '@/utils/i18n/messages';
import { ClientTaskTypes } from './client-task-types';
import {
  CheckField,
  draftBinder,
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

  const update = (patch: Partial<ClientDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const bind = draftBinder(draft, update, id, (key) => issuesFor(issues, key));

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
      <TextField {...bind('name')} label={t('clientName')} autoComplete="off" required />
      <div class="row">
        <TextField
          {...bind('shortName')}
          label={t('clientShortName')}
          hint={t('clientShortNameHint')}
          maxLength={12}
        />
        <TextField {...bind('color')} label={t('clientColor')} type="color" />
      </div>
      <TextField
        {...bind('emails')}
        label={t('clientEmails')}
        hint={t('clientEmailsHint')}
        rows={2}
      />
      <TextField {...bind('domains')} label={t('clientDomains')} hint={t('clientDomainsHint')} />
      <TextField
        {...bind('gmailAccounts')}
        label={t('clientGmailAccounts')}
        hint={t('clientGmailAccountsHint')}
        inputMode="numeric"
      />
      <div class="row">
        <TextField {...bind('hourlyRate')} label={t('clientHourlyRate')} inputMode="decimal" />
        <TextField
          {...bind('currency')}
          label={t('clientCurrency')}
          maxLength={3}
          list={id('currency-list')}
        />
        <datalist id={id('currency-list')}>
          {['EUR', 'USD', 'GBP', 'CHF'].map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </div>
      <div class="row">
        <SelectField {...bind('rounding')} label={t('clientRounding')}>
          {ROUNDING_STEPS.map((step) => (
            <option key={step} value={String(step)}>
              {roundingLabel(step)}
            </option>
          ))}
        </SelectField>
        <TextField
          {...bind('minimumMinutes')}
          label={t('clientMinimumMinutes')}
          inputMode="numeric"
        />
      </div>
      <div class="row">
        <TextField {...bind('timeZone')} label={t('clientTimeZone')} list={id('tz-list')} />
        <datalist id={id('tz-list')}>
          {timeZones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <SelectField {...bind('language')} label={t('clientLanguage')}>
          <LanguageOptions />
        </SelectField>
      </div>
      <TextField
        {...bind('monthlyBudgetHours')}
        label={t('clientBudget')}
        hint={t('clientBudgetHint')}
        inputMode="decimal"
      />
      <CheckField
        id={id('billable')}
        label={t('clientBillableByDefault')}
        checked={draft.billableByDefault}
        onChange={(billableByDefault) => update({ billableByDefault })}
      />
      <TextField {...bind('notes')} label={t('clientNotes')} rows={3} />
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
