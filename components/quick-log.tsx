import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldIssue } from '@/utils/model/errors';
import type { Id } from '@/utils/model/types';
import { formatMoney } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import {
  emptyQuickLogDraft,
  inputFromQuickLogDraft,
  quickLogClientPatch,
  quickLogDurationError,
  quickLogTask,
  quickLogTaskPatch,
  type QuickLogClient,
  type QuickLogDraft,
  type QuickLogValues,
  type TimerValues,
} from '@/utils/time/quick-log-draft';
import { ClientCombobox } from './client-combobox';
import { CheckField, draftBinder, Field, FormError, SelectField, TextField } from './field';
import { activityLabel, durationErrorLabel } from './labels';

interface QuickLogProps {
  /** Active clients, alphabetical. */
  clients: readonly QuickLogClient[];
  /** Most recent first. */
  recentIds: readonly Id[];
  activityTypes: readonly string[];
  defaultActivity: string;
  runningClientId: Id | null;
  /** Resolves to the problems found, or null once saved. */
  onSave(values: QuickLogValues): Promise<FieldIssue[] | null>;
  onStartTimer(values: TimerValues): Promise<FieldIssue[] | null>;
}

/** Where each repository issue is shown; anything else goes under the form. */
const FIELD_OF_ISSUE: Record<string, keyof QuickLogDraft> = {
  clientId: 'clientId',
  start: 'duration',
  end: 'duration',
  note: 'note',
  caller: 'caller',
  activityType: 'activityType',
};

/**
 * The popup's quick log: client, duration, optional fixed-fee task, note, activity type, billable.
 * Enter in any field saves; a saved entry resets the form and puts focus back on the client.
 */
export function QuickLog(props: QuickLogProps) {
  // A fresh form after each save: every field back to its default, focus on the client.
  const [round, setRound] = useState(0);
  return <QuickLogForm key={round} {...props} onDone={() => setRound((r) => r + 1)} />;
}

function QuickLogForm({
  clients,
  recentIds,
  activityTypes,
  defaultActivity,
  runningClientId,
  onSave,
  onStartTimer,
  onDone,
}: QuickLogProps & { onDone(): void }) {
  const [draft, setDraft] = useState<QuickLogDraft>(() => emptyQuickLogDraft(defaultActivity));
  const [checkDuration, setCheckDuration] = useState(false);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  // Two quick Enters must not log twice: the ref answers before the next render does.
  const saving = useRef(false);
  const clientRef = useRef<HTMLInputElement>(null);
  const durationRef = useRef<HTMLInputElement>(null);

  useEffect(() => clientRef.current?.focus(), []);

  const set = (patch: Partial<QuickLogDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const client = clients.find((c) => c.id === draft.clientId);
  const tasks = client?.taskTypes ?? [];
  const task = quickLogTask(draft, client);
  const invalidDuration = checkDuration ? quickLogDurationError(draft, client) : null;

  const errorsFor = (field: string) =>
    issues
      .filter((i) => (FIELD_OF_ISSUE[i.field] ?? 'form') === field)
      .map((i) => t(i.message, i.params));
  const bind = draftBinder(draft, set, (key) => `quick-log-${key}`, errorsFor);

  function chooseClient(id: Id) {
    set(
      quickLogClientPatch(
        id,
        clients.find((c) => c.id === id),
      ),
    );
    setIssues((all) => all.filter((i) => i.field !== 'clientId'));
  }

  /** Saves or starts the timer once; the problems found stay on the form. */
  async function hand(send: () => Promise<FieldIssue[] | null>) {
    saving.current = true;
    setBusy(true);
    const problems = await send().finally(() => (saving.current = false));
    setBusy(false);
    if (problems) setIssues(problems);
    else onDone();
  }

  async function submit() {
    if (saving.current) return;
    setCheckDuration(true);
    const result = inputFromQuickLogDraft(draft, client);
    if (!result.ok) {
      // The duration's own error is shown live under it, from the draft.
      const missingClient = result.issues.filter((i) => i.field === 'clientId');
      setIssues(missingClient);
      return (missingClient.length ? clientRef : durationRef).current?.focus();
    }
    setIssues([]);
    await hand(() => onSave(result.values));
  }

  async function startTimer() {
    if (saving.current) return;
    if (!client) {
      setIssues([{ field: 'clientId', message: 'timerNeedsClient' }]);
      clientRef.current?.focus();
      return;
    }
    const { note, activityType, billable } = draft;
    await hand(() => onStartTimer({ clientId: client.id, note, activityType, billable }));
  }

  /** Enter saves from any field; buttons keep their own Enter, the open client list its own. */
  function onKeyDown(e: KeyboardEvent) {
    const target = e.target as HTMLElement;
    if (e.key !== 'Enter' || e.defaultPrevented || e.isComposing || target.tagName === 'BUTTON')
      return;
    e.preventDefault();
    void submit();
  }

  const durationErrors = [
    ...(invalidDuration ? [durationErrorLabel(invalidDuration)] : []),
    ...errorsFor('duration'),
  ];
  const showStart = !(runningClientId && draft.clientId === runningClientId);
  const timerLabel =
    client && runningClientId ? t('timerSwitchTo', [client.name]) : t('timerStart');

  return (
    <form
      class="quick-log"
      aria-label={t('quickLogTitle')}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <ClientCombobox
        id="quick-log-client"
        label={t('quickLogClient')}
        clients={clients}
        recentIds={recentIds}
        value={draft.clientId}
        onChange={chooseClient}
        onCommit={() => durationRef.current?.focus()}
        placeholder={t('quickLogClientPlaceholder')}
        errors={errorsFor('clientId')}
        inputRef={clientRef}
      />
      <TextField
        {...bind('duration')}
        label={task ? t('quickLogDurationOptional') : t('quickLogDuration')}
        hint={t('quickLogDurationHint')}
        errors={durationErrors}
        inputRef={durationRef}
        type="text"
        autocomplete="off"
        spellcheck={false}
      />
      {client && tasks.length > 0 && (
        <Field
          id="quick-log-task"
          label={t('quickLogTask')}
          hint={
            task && task.fee > 0
              ? t('quickLogTaskFeeHint', [formatMoney(task.fee, client.currency)])
              : undefined
          }
        >
          {(aria) => (
            <select
              {...aria}
              value={draft.taskId}
              onChange={(e) => set(quickLogTaskPatch(e.currentTarget.value, client))}
            >
              <option value="">{t('quickLogNoTask')}</option>
              {tasks.map((k) => (
                <option key={k.id} value={k.id}>
                  {t('quickLogTaskOption', [k.name, formatMoney(k.fee, client.currency)])}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <TextField
        {...bind('note')}
        label={t('quickLogNote')}
        type="text"
        placeholder={t('quickLogNotePlaceholder')}
      />
      <div class="quick-log__row">
        <SelectField {...bind('activityType', 'quick-log-activity')} label={t('quickLogActivity')}>
          {activityTypes.map((a) => (
            <option key={a} value={a}>
              {activityLabel(a)}
            </option>
          ))}
        </SelectField>
        <CheckField
          id="quick-log-billable"
          class="quick-log__billable"
          label={t('quickLogBillable')}
          checked={draft.billable}
          onChange={(billable) => set({ billable })}
        />
      </div>
      {draft.activityType === 'call' && (
        <TextField {...bind('caller')} label={t('quickLogCaller')} type="text" />
      )}
      <FormError messages={errorsFor('form')} />
      <div class="actions quick-log__actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('quickLogSubmit')}
        </button>
        {showStart && (
          <button
            type="button"
            class="quick-log__timer"
            title={timerLabel}
            disabled={busy}
            onClick={startTimer}
          >
            {timerLabel}
          </button>
        )}
      </div>
      <p class="field__hint quick-log__hint">{t('quickLogEnterHint')}</p>
    </form>
  );
}
