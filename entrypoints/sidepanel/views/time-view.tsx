import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import '@/components/time.css';
import { LoadError, Loading } from '@/components/status';
import { TimeBudget, budgetRows } from '@/components/time-budget';
import { billable, groupEntriesByDay } from '@/components/time-day-group';
import { editButtonSelector, TimeDays, useFocusRequest } from '@/components/time-days';
import { TimeEntryForm } from '@/components/time-entry-form';
import { emptyEntryDraft, type EntryValues } from '@/utils/time/entry-draft';
import { TimeStatus } from '@/components/time-status';
import { TimeTotals } from '@/components/time-totals';
import { ValidationError, type FieldIssue } from '@/utils/model/errors';
import {
  addEntry,
  deleteEntry,
  listEntriesOverlapping,
  restoreEntry,
  splitEntry,
  stopTimer,
  updateEntry,
} from '@/utils/db/time-entries-repo';
import type { Client, Id, TimeEntry } from '@/utils/model/types';
import { t } from '@/utils/i18n/messages';
import { summarize } from '@/utils/time/billing';
import { findOverlaps } from '@/utils/time/overlaps';
import { dayStarts, monthRange, weekRange } from '@/utils/time/weeks';
import { openReport } from '@/utils/ui/open-report';
import { useAllClients } from '@/utils/ui/use-clients';
import { useLiveQuery } from '@/utils/ui/use-live-query';
import { useNow } from '@/utils/ui/use-now';
import type { Settings } from '@/utils/model/settings';
import { dateInputValue } from '@/utils/time/local-day';
import { endOfLocalDay } from '@/utils/time/local-day';
import { startOfLocalDay } from '@/utils/time/local-day';

/** How long a deleted entry can be brought back. */
export const UNDO_MS = 10_000;

type Period = 'today' | 'week';

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function errorText(error: unknown): string {
  return t('actionFailed', [reason(error)]);
}

/**
 * The Time section: today's or this week's entries by day with their totals, editing, splitting,
 * deleting with undo, adding a past entry, and each monthly hours package.
 */
export function TimeView({ settings }: { settings: Settings }) {
  // Often enough for a running entry to count up minute by minute.
  const now = useNow(15_000);
  const [period, setPeriod] = useState<Period>('today');
  const today = startOfLocalDay(now);
  const tomorrow = endOfLocalDay(now);
  const week = weekRange(now, settings.weekStart);
  const shown = period === 'today' ? { from: today, to: tomorrow } : week;
  const month = monthRange(now);

  const entries = useLiveQuery(
    () => listEntriesOverlapping(shown.from, shown.to),
    [shown.from, shown.to],
  );
  const monthEntries = useLiveQuery(
    () => listEntriesOverlapping(month.from, month.to),
    [month.from, month.to],
  );
  const clients = useAllClients();

  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [deleted, setDeleted] = useState<TimeEntry | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const undoButton = useRef<HTMLButtonElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focus = useFocusRequest();

  useEffect(() => () => clearTimeout(undoTimer.current), []);

  const allClients = clients.status === 'ready' ? clients.value : [];
  const clientsById = useMemo(
    () => new Map<Id, Client>(allClients.map((c) => [c.id, c])),
    [clients],
  );
  const activeClients = useMemo(() => allClients.filter((c) => c.archived === 0), [clients]);

  function say(text: string) {
    setError('');
    setMessage(text);
  }

  /** Runs a write; its problems go back to the form that asked, in words. */
  async function attempt(work: () => Promise<string>): Promise<FieldIssue[] | null> {
    try {
      say(await work());
      return null;
    } catch (e) {
      if (e instanceof ValidationError) return e.issues;
      return [{ field: 'form', message: 'actionFailed', params: [reason(e)] }];
    }
  }

  function endUndo() {
    clearTimeout(undoTimer.current);
    setDeleted(null);
  }

  async function remove(entry: TimeEntry) {
    try {
      const removed = await deleteEntry(entry.id);
      clearTimeout(undoTimer.current);
      setDeleted(removed);
      say(t('timeEntryDeleted'));
      // The row is gone: focus goes to Undo, where the VA can change their mind.
      focus('.time-status__undo');
      undoTimer.current = setTimeout(() => {
        const hadFocus = document.activeElement === undoButton.current;
        setDeleted(null);
        // Only the deletion's own words go; a later confirmation stays.
        setMessage((shown) => (shown === t('timeEntryDeleted') ? '' : shown));
        if (hadFocus) addButton.current?.focus();
      }, UNDO_MS);
    } catch (e) {
      setError(errorText(e));
    }
  }

  async function undo() {
    if (!deleted) return;
    const entry = deleted;
    endUndo();
    try {
      await restoreEntry(entry);
      say(t('timeEntryRestored'));
      focus(editButtonSelector(entry.id));
    } catch (e) {
      setError(errorText(e));
    }
  }

  async function stop(entry: TimeEntry) {
    try {
      await stopTimer();
      say(t('timeTimerStopped'));
      // The Stop button is gone with the timer: focus stays on the entry.
      focus(editButtonSelector(entry.id));
    } catch (e) {
      setError(errorText(e));
    }
  }

  function add(values: EntryValues) {
    return attempt(async () => {
      const added = await addEntry({
        ...values,
        appointmentId: null,
        calendarEventId: null,
      });
      setAdding(false);
      // Show where it landed: an entry earlier this week is listed in the week.
      if (added.start < shown.from && added.start >= week.from) setPeriod('week');
      addButton.current?.focus();
      focus(editButtonSelector(added.id));
      return t('timeEntryAdded', [clientsById.get(added.clientId)?.name ?? '']);
    });
  }

  function update(entry: TimeEntry, values: EntryValues) {
    return attempt(async () => {
      await updateEntry(entry.id, values);
      return t('timeEntrySaved');
    });
  }

  function split(entry: TimeEntry, at: number) {
    return attempt(async () => {
      await splitEntry(entry.id, at);
      return t('timeEntrySplitDone');
    });
  }

  const loaded =
    entries.status === 'ready' && monthEntries.status === 'ready' && clients.status === 'ready';
  const list = entries.status === 'ready' ? entries.value : [];
  const days = useMemo(
    () =>
      groupEntriesByDay(
        list,
        dayStarts(shown.from, Math.min(shown.to, tomorrow)),
        clientsById,
        now,
        today,
      ),
    [list, clientsById, now, shown.from, shown.to],
  );
  const overlapIds = useMemo(() => findOverlaps(list, now), [list, now]);
  const budget = useMemo(
    () =>
      monthEntries.status === 'ready' ? budgetRows(monthEntries.value, allClients, month, now) : [],
    [monthEntries, clients, month.from, now],
  );

  const failed = [entries, monthEntries, clients].find((s) => s.status === 'error');
  if (failed?.status === 'error') return <LoadError error={failed.error} />;
  if (!loaded) return <Loading />;

  return (
    <div class="time-view">
      <div class="time-toolbar">
        <div class="time-range" role="group" aria-label={t('timeRangeLabel')}>
          {(['today', 'week'] as const).map((p) => (
            <button key={p} type="button" aria-pressed={period === p} onClick={() => setPeriod(p)}>
              {p === 'today' ? t('timeToday') : t('timeThisWeek')}
            </button>
          ))}
        </div>
        <button
          type="button"
          ref={addButton}
          aria-expanded={adding}
          aria-controls={adding ? 'time-add' : undefined}
          onClick={() => setAdding((open) => !open)}
        >
          {t('timeAddPast')}
        </button>
        <button type="button" onClick={() => openReport()}>
          {t('openReport')}
        </button>
      </div>
      {adding && (
        <div id="time-add" class="card time-add">
          <TimeEntryForm
            idPrefix="time-add"
            mode="add"
            initial={emptyEntryDraft(now, settings.activityTypes[0] ?? 'admin')}
            clients={activeClients}
            activityTypes={settings.activityTypes}
            maxDate={dateInputValue(now)}
            onSubmit={add}
            onCancel={() => {
              setAdding(false);
              addButton.current?.focus();
            }}
          />
        </div>
      )}
      <TimeStatus message={message} canUndo={deleted !== null} undoRef={undoButton} onUndo={undo} />
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <TimeBudget rows={budget} />
      {period === 'week' && (
        <section class="time-week" aria-labelledby="time-week-heading">
          <h2 id="time-week-heading" class="time-day__heading">
            {t('timeWeekTotal')}
          </h2>
          <TimeTotals summary={summarize(list.map(billable), clientsById, { ...week, now })} />
        </section>
      )}
      <TimeDays
        groups={days}
        clientsById={clientsById}
        activeClients={activeClients}
        activityTypes={settings.activityTypes}
        now={now}
        overlapIds={overlapIds}
        maxDate={dateInputValue(now)}
        onUpdate={update}
        onSplit={split}
        onDelete={(entry) => void remove(entry)}
        onStop={(entry) => void stop(entry)}
      />
    </div>
  );
}
