import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldIssue } from '@/utils/model/errors';
import type { Client, Id, TimeEntry } from '@/utils/model/types';
import { formatMoney } from '@/utils/i18n/format';
import { t, type MessageKey } from '@/utils/i18n/messages';
import { formatDurationInput, parseDuration, type DurationError } from '@/utils/time/duration';
import { Field, issuesFor } from './field';
import { activityLabel } from './labels';
import { DAY_MINUTES, MINUTE_MS } from '@/utils/time/units';
import {
  atLocalTime,
  dateInputValue,
  hhmm,
  minutesToHHMM,
  parseDateInput,
  parseHHMM,
} from '@/utils/time/local-day';

/** What the form holds: the fields as typed. */
export interface EntryDraft {
  clientId: Id | '';
  /** `YYYY-MM-DD`, the day the entry starts. */
  date: string;
  /** `HH:MM`. */
  start: string;
  /** `HH:MM` on the start date; '' = no end (a running timer keeps running). */
  end: string;
  /** As typed: `25`, `1:30`, `1h30`, `1,5h`. */
  duration: string;
  /** Which of end and duration the VA set last: that one decides when the entry ends. */
  endBy: 'end' | 'duration';
  note: string;
  billable: boolean;
  activityType: string;
  /** Only for an entry linked to an email. */
  keepThread: boolean;
  /** A fixed-fee task of the client (its fee as it is now); null = time only. */
  task: TimeEntry['task'];
  /** For phone calls: who called. */
  caller: string;
}

/** What a valid draft becomes: the repository's fields. */
export interface EntryValues {
  clientId: Id;
  start: number;
  end: number | null;
  note: string;
  billable: boolean;
  activityType: string;
  threadId: Id | null;
  task: TimeEntry['task'];
  caller: string;
}

function sameLocalDay(a: number, b: number): boolean {
  return dateInputValue(a) === dateInputValue(b);
}

export function draftFromEntry(entry: TimeEntry): EntryDraft {
  const end = entry.end;
  return {
    clientId: entry.clientId,
    date: dateInputValue(entry.start),
    start: hhmm(entry.start),
    end: end === null ? '' : hhmm(end),
    duration: end === null ? '' : formatDurationInput(Math.floor((end - entry.start) / MINUTE_MS)),
    // An end on another day cannot be an end time on the start date: the duration says it.
    endBy: end !== null && !sameLocalDay(entry.start, end) ? 'duration' : 'end',
    note: entry.note,
    billable: entry.billable,
    activityType: entry.activityType,
    keepThread: entry.threadId !== null,
    task: entry.task,
    caller: entry.caller,
  };
}

export function emptyDraft(today: number, activityType: string): EntryDraft {
  return {
    clientId: '',
    date: dateInputValue(today),
    start: '',
    end: '',
    duration: '',
    endBy: 'end',
    note: '',
    billable: true,
    activityType,
    keepThread: false,
    task: null,
    caller: '',
  };
}

const DURATION_ERRORS: Record<DurationError, MessageKey> = {
  empty: 'timeErrorEndRequired',
  invalid: 'errorDurationInvalid',
  zero: 'errorDurationZero',
  tooLong: 'errorDurationTooLong',
};

/**
 * Reads a draft. When the VA left every time alone, the entry keeps its exact instants (a timer's
 * seconds), so saving a new note never shifts them. An end time before the start is left for the
 * repository to refuse ("the end must come after the start"); past midnight, the duration says it.
 */
export function valuesFromDraft(
  draft: EntryDraft,
  original?: TimeEntry,
): { ok: true; values: EntryValues } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const initial = original ? draftFromEntry(original) : undefined;
  if (!draft.clientId) issues.push({ field: 'clientId', message: 'errorClientUnknown' });
  const day = parseDateInput(draft.date);
  if (day === null) issues.push({ field: 'date', message: 'errorDateInvalid' });
  const startMinutes = parseHHMM(draft.start);
  if (startMinutes === null) issues.push({ field: 'start', message: 'errorTimeInvalid' });

  // Untouched times keep their exact instants; once the VA changes any of them, the entry is
  // exactly what the form shows (08:03–08:18 is 15 minutes, with no hidden seconds to round up).
  const keepTimes =
    original !== undefined &&
    initial !== undefined &&
    (['date', 'start', 'end', 'duration', 'endBy'] as const).every((k) => draft[k] === initial[k]);
  let start = NaN;
  if (day !== null && startMinutes !== null)
    start = keepTimes ? original.start : atLocalTime(day, startMinutes);

  const running = original !== undefined && original.end === null;
  const taskOnly = draft.task !== null && draft.end.trim() === '' && draft.duration.trim() === '';
  let end: number | null = null;
  if (taskOnly) end = Number.isFinite(start) ? start : null;
  else if (draft.endBy === 'end') {
    const endMinutes = draft.end.trim() === '' ? null : parseHHMM(draft.end);
    if (draft.end.trim() === '') {
      if (!running) issues.push({ field: 'end', message: 'timeErrorEndRequired' });
    } else if (endMinutes === null) issues.push({ field: 'end', message: 'errorTimeInvalid' });
    else if (day !== null) end = keepTimes ? original.end : atLocalTime(day, endMinutes);
  } else {
    const parsed = parseDuration(draft.duration);
    if (!parsed.ok) {
      if (!(parsed.error === 'empty' && running))
        issues.push({ field: 'duration', message: DURATION_ERRORS[parsed.error] });
    } else if (Number.isFinite(start))
      end = keepTimes ? original.end : start + parsed.minutes * MINUTE_MS;
  }

  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    values: {
      clientId: draft.clientId,
      start,
      end,
      note: draft.note,
      billable: draft.billable,
      activityType: draft.activityType,
      threadId: original && draft.keepThread ? original.threadId : null,
      task: draft.task,
      caller: draft.activityType === 'call' ? draft.caller : '',
    },
  };
}

/** Minutes of the day `HH:MM` → the end shown for a duration, and whether it falls the next day. */
function endForDuration(start: string, duration: string): { end: string; nextDay: boolean } | null {
  const from = parseHHMM(start);
  const parsed = parseDuration(duration);
  if (from === null || !parsed.ok) return null;
  const total = from + parsed.minutes;
  return { end: minutesToHHMM(total % DAY_MINUTES), nextDay: total >= DAY_MINUTES };
}

/** Keeps end and duration telling the same story while the VA types into either (or the start). */
function sync(draft: EntryDraft): EntryDraft {
  if (draft.endBy === 'duration') {
    const computed = endForDuration(draft.start, draft.duration);
    return computed ? { ...draft, end: computed.end } : draft;
  }
  const from = parseHHMM(draft.start);
  const to = parseHHMM(draft.end);
  if (from === null || to === null) return draft;
  return { ...draft, duration: to > from ? formatDurationInput(to - from) : '' };
}

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

  const update = (patch: Partial<EntryDraft>) => setDraft((d) => sync({ ...d, ...patch }));
  const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;

  function chooseClient(clientId: string) {
    const client = clients.find((c) => c.id === clientId);
    // A new entry is billable as the client usually is, until the VA says otherwise.
    update(
      client && !billableTouched ? { clientId, billable: client.billableByDefault } : { clientId },
    );
  }

  async function submit(e: Event) {
    e.preventDefault();
    if (saving) return;
    const parsed = valuesFromDraft(draft, entry);
    let problems: FieldIssue[] | null;
    if (!parsed.ok) problems = parsed.issues;
    else {
      setSaving(true);
      try {
        problems = await onSubmit(parsed.values);
      } finally {
        setSaving(false);
      }
    }
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
      <Field id={id('clientId')} label={t('chooseClient')} errors={issuesFor(issues, 'clientId')}>
        {(aria) => (
          <select {...aria} value={draft.clientId} onChange={(e) => chooseClient(value(e))}>
            {mode === 'add' && <option value="">{t('chooseClientOption')}</option>}
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.archived ? `${c.name} (${t('clientArchivedBadge')})` : c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div class="row">
        <Field id={id('date')} label={t('timeFieldDate')} errors={issuesFor(issues, 'date')}>
          {(aria) => (
            <input
              {...aria}
              type="date"
              max={maxDate}
              value={draft.date}
              onInput={(e) => update({ date: value(e) })}
            />
          )}
        </Field>
        <Field id={id('start')} label={t('timeFieldStart')} errors={issuesFor(issues, 'start')}>
          {(aria) => (
            <input
              {...aria}
              type="time"
              value={draft.start}
              onInput={(e) => update({ start: value(e) })}
            />
          )}
        </Field>
      </div>
      <div class="row">
        <Field
          id={id('end')}
          label={t('timeFieldEnd')}
          hint={endHint}
          errors={issuesFor(issues, 'end')}
        >
          {(aria) => (
            <input
              {...aria}
              type="time"
              value={draft.end}
              onInput={(e) => update({ end: value(e), endBy: 'end' })}
            />
          )}
        </Field>
        <Field
          id={id('duration')}
          label={t('timeFieldDuration')}
          hint={t('timeFieldDurationHint')}
          errors={issuesFor(issues, 'duration')}
        >
          {(aria) => (
            <input
              {...aria}
              type="text"
              inputMode="text"
              autoComplete="off"
              value={draft.duration}
              onInput={(e) => update({ duration: value(e), endBy: 'duration' })}
            />
          )}
        </Field>
      </div>
      <Field id={id('note')} label={t('timeFieldNote')} errors={issuesFor(issues, 'note')}>
        {(aria) => (
          <input
            {...aria}
            type="text"
            value={draft.note}
            onInput={(e) => update({ note: value(e) })}
          />
        )}
      </Field>
      <Field
        id={id('activityType')}
        label={t('timeFieldActivity')}
        errors={issuesFor(issues, 'activityType')}
      >
        {(aria) => (
          <select
            {...aria}
            value={draft.activityType}
            onChange={(e) => update({ activityType: value(e) })}
          >
            {activities.map((a) => (
              <option key={a} value={a}>
                {activityLabel(a)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {draft.activityType === 'call' && (
        <Field id={id('caller')} label={t('timeFieldCaller')} errors={issuesFor(issues, 'caller')}>
          {(aria) => (
            <input
              {...aria}
              type="text"
              value={draft.caller}
              onInput={(e) => update({ caller: value(e) })}
            />
          )}
        </Field>
      )}
      {(selectedClient?.taskTypes.length ?? 0) > 0 && (
        <Field id={id('task')} label={t('timeFieldTask')} hint={t('timeFieldTaskHint')}>
          {(aria) => (
            <select
              {...aria}
              value={draft.task?.typeId ?? ''}
              onChange={(e) => {
                const type = selectedClient?.taskTypes.find((x) => x.id === value(e));
                // A task with a fee bills the fee, not the minutes, unless the VA says otherwise.
                update({
                  task: type ? { typeId: type.id, name: type.name, fee: type.fee } : null,
                  ...(type && type.fee > 0 && !billableTouched ? { billable: false } : {}),
                });
              }}
            >
              <option value="">{t('timeNoTask')}</option>
              {selectedClient!.taskTypes.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name} ({formatMoney(x.fee, selectedClient!.currency)})
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <div class="field field--check">
        <input
          id={id('billable')}
          type="checkbox"
          checked={draft.billable}
          onChange={(e) => {
            setBillableTouched(true);
            update({ billable: (e.currentTarget as HTMLInputElement).checked });
          }}
        />
        <label for={id('billable')}>{t('timeFieldBillable')}</label>
      </div>
      {entry?.threadId && (
        <div class="field field--check">
          <input
            id={id('keepThread')}
            type="checkbox"
            checked={draft.keepThread}
            onChange={(e) => update({ keepThread: (e.currentTarget as HTMLInputElement).checked })}
          />
          <label for={id('keepThread')}>{t('timeFieldKeepThread')}</label>
        </div>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? t('saving') : mode === 'add' ? t('timeAddSubmit') : t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
