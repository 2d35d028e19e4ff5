import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldIssue } from '@/utils/model/errors';
import type { Client, Id, Instant, TaskType } from '@/utils/model/types';
import { formatMoney, formatTime } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import { parseDuration } from '@/utils/time/duration';
import { ClientCombobox } from './client-combobox';
import { activityLabel, durationErrorLabel } from './labels';

export type QuickLogClient = Pick<
  Client,
  'id' | 'name' | 'shortName' | 'color' | 'currency' | 'billableByDefault' | 'taskTypes'
>;

/** What the VA filled in; the container turns it into an entry ending now. */
export interface QuickLogDraft {
  clientId: Id;
  /** null only for a task logged without minutes. */
  minutes: number | null;
  note: string;
  activityType: string;
  billable: boolean;
  task: TaskType | null;
  caller: string;
}

export type TimerDraft = Pick<QuickLogDraft, 'clientId' | 'note' | 'activityType' | 'billable'>;

interface QuickLogProps {
  /** Active clients, alphabetical. */
  clients: readonly QuickLogClient[];
  /** Most recent first. */
  recentIds: readonly Id[];
  activityTypes: readonly string[];
  defaultActivity: string;
  runningClientId: Id | null;
  /** Resolves to the problems found, or null once saved. */
  onSave(draft: QuickLogDraft): Promise<FieldIssue[] | null>;
  onStartTimer(draft: TimerDraft): Promise<FieldIssue[] | null>;
}

/** Where each repository issue is shown; anything else goes under the form. */
const FIELD_OF_ISSUE: Record<string, string> = {
  clientId: 'client',
  start: 'duration',
  end: 'duration',
  note: 'note',
  caller: 'caller',
  activityType: 'activity',
};

/** A task with a fee bills the fee; its minutes are then non-billable unless the VA says so. */
export function defaultBillable(
  client: QuickLogClient | undefined,
  task: TaskType | null,
): boolean {
  if (task && task.fee > 0) return false;
  return client?.billableByDefault ?? true;
}

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
  const [clientId, setClientId] = useState('');
  const [duration, setDuration] = useState('');
  const [checkDuration, setCheckDuration] = useState(false);
  const [taskId, setTaskId] = useState('');
  const [note, setNote] = useState('');
  const [caller, setCaller] = useState('');
  const [activityType, setActivityType] = useState(defaultActivity);
  const [billable, setBillable] = useState(true);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  // Two quick Enters must not log twice: the ref answers before the next render does.
  const saving = useRef(false);
  const clientRef = useRef<HTMLInputElement>(null);
  const durationRef = useRef<HTMLInputElement>(null);

  useEffect(() => clientRef.current?.focus(), []);

  const client = clients.find((c) => c.id === clientId);
  const tasks = client?.taskTypes ?? [];
  const task = tasks.find((k) => k.id === taskId) ?? null;
  const parsed = parseDuration(duration);
  const noMinutes = task !== null && duration.trim() === '';
  const durationError =
    checkDuration && !noMinutes && !parsed.ok ? durationErrorLabel(parsed.error) : null;

  const errorsFor = (field: string) =>
    issues
      .filter((i) => (FIELD_OF_ISSUE[i.field] ?? 'form') === field)
      .map((i) => t(i.message, i.params));
  const describe = (id: string, errors: string[], hint?: boolean) => {
    const ids = [hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean);
    return {
      id,
      'aria-invalid': errors.length ? (true as const) : undefined,
      'aria-describedby': ids.join(' ') || undefined,
    };
  };

  function chooseClient(id: Id) {
    setClientId(id);
    setTaskId('');
    setBillable(
      defaultBillable(
        clients.find((c) => c.id === id),
        null,
      ),
    );
    setIssues((all) => all.filter((i) => i.field !== 'clientId'));
  }

  function chooseTask(id: string) {
    setTaskId(id);
    setBillable(defaultBillable(client, tasks.find((k) => k.id === id) ?? null));
  }

  async function submit() {
    if (saving.current) return;
    setCheckDuration(true);
    const local: FieldIssue[] = [];
    if (!client) local.push({ field: 'clientId', message: 'errorClientUnknown' });
    const minutes = noMinutes ? null : parsed.ok ? parsed.minutes : undefined;
    setIssues(local);
    if (!client) return clientRef.current?.focus();
    if (minutes === undefined) return durationRef.current?.focus();
    saving.current = true;
    setBusy(true);
    const problems = await onSave({
      clientId: client.id,
      minutes,
      note,
      activityType,
      billable,
      task,
      caller: activityType === 'call' ? caller : '',
    }).finally(() => (saving.current = false));
    setBusy(false);
    if (problems) setIssues(problems);
    else onDone();
  }

  async function startTimer() {
    if (saving.current) return;
    if (!client) {
      setIssues([{ field: 'clientId', message: 'timerNeedsClient' }]);
      clientRef.current?.focus();
      return;
    }
    saving.current = true;
    setBusy(true);
    const problems = await onStartTimer({
      clientId: client.id,
      note,
      activityType,
      billable,
    }).finally(() => (saving.current = false));
    setBusy(false);
    if (problems) setIssues(problems);
    else onDone();
  }

  /** Enter saves from any field; buttons keep their own Enter, the open client list its own. */
  function onKeyDown(e: KeyboardEvent) {
    const target = e.target as HTMLElement;
    if (e.key !== 'Enter' || e.defaultPrevented || e.isComposing || target.tagName === 'BUTTON')
      return;
    e.preventDefault();
    void submit();
  }

  const durationErrors = [...(durationError ? [durationError] : []), ...errorsFor('duration')];
  const noteErrors = errorsFor('note');
  const callerErrors = errorsFor('caller');
  const activityErrors = errorsFor('activity');
  const formErrors = errorsFor('form');
  const showStart = !(runningClientId && clientId === runningClientId);
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
        value={clientId}
        onChange={chooseClient}
        onCommit={() => durationRef.current?.focus()}
        placeholder={t('quickLogClientPlaceholder')}
        errors={errorsFor('client')}
        inputRef={clientRef}
      />
      <div class={durationErrors.length ? 'field field--invalid' : 'field'}>
        <label for="quick-log-duration">
          {task ? t('quickLogDurationOptional') : t('quickLogDuration')}
        </label>
        <input
          {...describe('quick-log-duration', durationErrors, true)}
          ref={durationRef}
          type="text"
          autocomplete="off"
          spellcheck={false}
          value={duration}
          onInput={(e) => setDuration(e.currentTarget.value)}
        />
        <p class="field__hint" id="quick-log-duration-hint">
          {t('quickLogDurationHint')}
        </p>
        <FieldErrors id="quick-log-duration-error" errors={durationErrors} />
      </div>
      {client && tasks.length > 0 && (
        <div class="field">
          <label for="quick-log-task">{t('quickLogTask')}</label>
          <select
            {...describe('quick-log-task', [], task !== null && task.fee > 0)}
            value={taskId}
            onChange={(e) => chooseTask(e.currentTarget.value)}
          >
            <option value="">{t('quickLogNoTask')}</option>
            {tasks.map((k) => (
              <option key={k.id} value={k.id}>
                {t('quickLogTaskOption', [k.name, formatMoney(k.fee, client.currency)])}
              </option>
            ))}
          </select>
          {task && task.fee > 0 && (
            <p class="field__hint" id="quick-log-task-hint">
              {t('quickLogTaskFeeHint', [formatMoney(task.fee, client.currency)])}
            </p>
          )}
        </div>
      )}
      <div class={noteErrors.length ? 'field field--invalid' : 'field'}>
        <label for="quick-log-note">{t('quickLogNote')}</label>
        <input
          {...describe('quick-log-note', noteErrors)}
          type="text"
          placeholder={t('quickLogNotePlaceholder')}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        <FieldErrors id="quick-log-note-error" errors={noteErrors} />
      </div>
      <div class="quick-log__row">
        <div class={activityErrors.length ? 'field field--invalid' : 'field'}>
          <label for="quick-log-activity">{t('quickLogActivity')}</label>
          <select
            {...describe('quick-log-activity', activityErrors)}
            value={activityType}
            onChange={(e) => setActivityType(e.currentTarget.value)}
          >
            {activityTypes.map((a) => (
              <option key={a} value={a}>
                {activityLabel(a)}
              </option>
            ))}
          </select>
          <FieldErrors id="quick-log-activity-error" errors={activityErrors} />
        </div>
        <div class="field field--check quick-log__billable">
          <input
            id="quick-log-billable"
            type="checkbox"
            checked={billable}
            onChange={(e) => setBillable(e.currentTarget.checked)}
          />
          <label for="quick-log-billable">{t('quickLogBillable')}</label>
        </div>
      </div>
      {activityType === 'call' && (
        <div class={callerErrors.length ? 'field field--invalid' : 'field'}>
          <label for="quick-log-caller">{t('quickLogCaller')}</label>
          <input
            {...describe('quick-log-caller', callerErrors)}
            type="text"
            value={caller}
            onInput={(e) => setCaller(e.currentTarget.value)}
          />
          <FieldErrors id="quick-log-caller-error" errors={callerErrors} />
        </div>
      )}
      {formErrors.length > 0 && (
        <p class="form-error" role="alert">
          {formErrors.join(' ')}
        </p>
      )}
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

function FieldErrors({ id, errors }: { id: string; errors: string[] }) {
  if (!errors.length) return null;
  return (
    <ul class="field__errors" id={id}>
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

/** `754000` ms → `0:12:34`. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

interface RunningTimerProps {
  client: Pick<Client, 'name' | 'color'> | undefined;
  start: Instant;
  now: Instant;
  activityType: string;
  busy: boolean;
  onStop(): void;
}

/** The running timer: whose it is, since when, how long so far, and Stop. */
export function RunningTimer({
  client,
  start,
  now,
  activityType,
  busy,
  onStop,
}: RunningTimerProps) {
  return (
    <section class="timer" aria-label={t('timerRunning')}>
      <div class="timer__top">
        <span
          class="swatch"
          style={{ background: client?.color ?? 'var(--line)' }}
          aria-hidden="true"
        />
        <span class="timer__client">{client?.name ?? t('timerUnknownClient')}</span>
        <span class="timer__elapsed" role="timer" data-testid="timer-elapsed">
          {formatElapsed(now - start)}
        </span>
      </div>
      <div class="timer__bottom">
        <span class="timer__meta">
          {t('timerRunning')} · {t('timerSince', [formatTime(start)])} ·{' '}
          {activityLabel(activityType)}
        </span>
        <button type="button" onClick={onStop} disabled={busy}>
          {t('timerStop')}
        </button>
      </div>
    </section>
  );
}
