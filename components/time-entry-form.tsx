import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldIssue } from '@/utils/model/errors';
import type { Client, TimeEntry } from '@/utils/model/types';
import { formatMoney } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import {
  endForDuration,
  entryClientPatch,
  entryTaskPatch,
  inputFromEntryDraft,
  syncEntryDraft,
  type EntryDraft,
  type EntryValues,
} from '@/utils/time/entry-draft';
import {
  CheckField,
  draftBinder,
  FormActions,
  SelectField,
  TextField,
  issuesFor,
  whileSaving,
} from './field';
import { activityLabel } from './labels';

const FIELD_ORDER = ['clientId', 'date', 'start', 'end', 'duration', 'note', 'activityType'];

interface TimeEntryFormProps {
  /** Unique prefix for element ids (several forms may be open in one page). */
  idPrefix: string;
  mode: 'add' | 'edit';
  initial: EntryDraft;
  /** The entry being edited. */
  entry?: TimeEntry;
  /** Clients to choose from (archived ones only when the entry already belongs to one). */
  clients: readonly Client[];
  activityTypes: readonly string[];
  /** Latest day an entry may be on (today), `YYYY-MM-DD`. */
  maxDate: string;
  onSubmit(values: EntryValues): Promise<FieldIssue[] | null>;
  onCancel(): void;
}

/** Add or edit one time entry: client, date, start, end or duration, note, activity, billable. */
export function TimeEntryForm({
  idPrefix,
  mode,
  initial,
  entry,
  clients,
  activityTypes,
  maxDate,
  onSubmit,
  onCancel,
}: TimeEntryFormProps) {
  const [draft, setDraft] = useState(initial);
  const selectedClient = clients.find((c) => c.id === draft.clientId);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const [billableTouched, setBillableTouched] = useState(mode === 'edit');
  const formRef = useRef<HTMLFormElement>(null);
  const id = (name: string) => `${idPrefix}-${name}`;
  const running = entry !== undefined && entry.end === null;

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>(`#${id('clientId')}`)?.focus();
    // Focus moves into the form once, when it opens.
  }, []);

  const update = (patch: Partial<EntryDraft>) =>
    setDraft((d) => syncEntryDraft({ ...d, ...patch }));
  const bind = draftBinder(draft, update, id, (key) => issuesFor(issues, key));

  const chooseClient = (clientId: string) =>
    update(
      entryClientPatch(
        clientId,
        clients.find((c) => c.id === clientId),
        billableTouched,
      ),
    );

  async function submit(e: Event) {
    e.preventDefault();
    if (saving) return;
    const parsed = inputFromEntryDraft(draft, entry);
    const problems = parsed.ok
      ? await whileSaving(setSaving, () => onSubmit(parsed.values))
      : parsed.issues;
    if (!problems?.length) return;
    // The repository speaks of `end`: show it beside whichever field set the end.
    const shown = problems.map((p) =>
      p.field === 'end' && draft.endBy === 'duration' ? { ...p, field: 'duration' } : p,
    );
    setIssues(shown);
    const first = FIELD_ORDER.find((f) => shown.some((p) => p.field === f));
    if (first) formRef.current?.querySelector<HTMLElement>(`#${id(first)}`)?.focus();
  }

  const general = issues.filter((i) => !FIELD_ORDER.includes(i.field));
  const activities = activityTypes.includes(draft.activityType)
    ? activityTypes
    : [...activityTypes, draft.activityType].filter(Boolean);
  const nextDay = draft.endBy === 'duration' ? endForDuration(draft.start, draft.duration) : null;
  const endHint = running
    ? t('timeFieldEndRunningHint')
    : nextDay?.nextDay
      ? t('timeEndNextDay', [nextDay.end])
      : undefined;

  return (
    <form
      ref={formRef}
      class="time-form"
      aria-label={mode === 'add' ? t('timeFormAddTitle') : t('timeFormEditTitle')}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
      noValidate
    >
      {general.length > 0 && (
        <ul class="form-error" role="alert">
          {general.map((i) => (
            <li key={i.field + i.message}>{t(i.message, i.params)}</li>
          ))}
        </ul>
      )}
      <SelectField {...bind('clientId')} label={t('chooseClient')} onValue={chooseClient}>
        {mode === 'add' && <option value="">{t('chooseClientOption')}</option>}
        {clients.map((c) => (
          <option key={c.id} value={c.id}>
            {c.archived ? `${c.name} (${t('clientArchivedBadge')})` : c.name}
          </option>
        ))}
      </SelectField>
      <div class="row">
        <TextField {...bind('date')} label={t('timeFieldDate')} type="date" max={maxDate} />
        <TextField {...bind('start')} label={t('timeFieldStart')} type="time" />
      </div>
      <div class="row">
        <TextField
          {...bind('end')}
          label={t('timeFieldEnd')}
          hint={endHint}
          type="time"
          onValue={(end) => update({ end, endBy: 'end' })}
        />
        <TextField
          {...bind('duration')}
          label={t('timeFieldDuration')}
          hint={t('timeFieldDurationHint')}
          type="text"
          inputMode="text"
          autoComplete="off"
          onValue={(duration) => update({ duration, endBy: 'duration' })}
        />
      </div>
      <TextField {...bind('note')} label={t('timeFieldNote')} type="text" />
      <SelectField {...bind('activityType')} label={t('timeFieldActivity')}>
        {activities.map((a) => (
          <option key={a} value={a}>
            {activityLabel(a)}
          </option>
        ))}
      </SelectField>
      {draft.activityType === 'call' && (
        <TextField {...bind('caller')} label={t('timeFieldCaller')} type="text" />
      )}
      {(selectedClient?.taskTypes.length ?? 0) > 0 && (
        <SelectField
          id={id('task')}
          label={t('timeFieldTask')}
          hint={t('timeFieldTaskHint')}
          value={draft.task?.typeId ?? ''}
          onValue={(value) =>
            update(
              entryTaskPatch(
                selectedClient?.taskTypes.find((x) => x.id === value),
                selectedClient,
                billableTouched,
              ),
            )
          }
        >
          <option value="">{t('timeNoTask')}</option>
          {selectedClient!.taskTypes.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name} ({formatMoney(x.fee, selectedClient!.currency)})
            </option>
          ))}
        </SelectField>
      )}
      <CheckField
        id={id('billable')}
        label={t('timeFieldBillable')}
        checked={draft.billable}
        onChange={(billable) => {
          setBillableTouched(true);
          update({ billable });
        }}
      />
      {entry?.threadId && (
        <CheckField
          id={id('keepThread')}
          label={t('timeFieldKeepThread')}
          checked={draft.keepThread}
          onChange={(keepThread) => update({ keepThread })}
        />
      )}
      <FormActions
        submit={saving ? t('saving') : mode === 'add' ? t('timeAddSubmit') : t('save')}
        disabled={saving}
        onCancel={onCancel}
      />
    </form>
  );
}
