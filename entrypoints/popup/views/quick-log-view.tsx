import { useState } from 'preact/hooks';
import { QuickLog } from '@/components/quick-log';
import { LoadError, Loading } from '@/components/status';
import { ValidationError, type FieldIssue } from '@/utils/model/errors';
import {
  addEntry,
  getRunningEntry,
  recentClientIds,
  startTimer,
  stopTimer,
} from '@/utils/db/time-entries-repo';
import type { Client, TimeEntry } from '@/utils/model/types';
import { formatMinutes } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import { useLiveQuery } from '@/utils/ui/use-live-query';
import {
  defaultActivity,
  entryMinutes,
  quickLogEntryInput,
  type QuickLogValues,
  type TimerValues,
} from '@/utils/time/quick-log-draft';
import { TimerView } from './timer-view';

/** How many clients the "Recent" group offers. */
const RECENT_LIMIT = 5;

interface QuickLogViewProps {
  activityTypes: readonly string[];
  /** Every client, archived ones too (a running timer may belong to one). */
  clients: readonly Client[];
  /** Today's entries, for the activity last used. */
  todayEntries: readonly TimeEntry[];
}

function issuesOf(error: unknown): FieldIssue[] {
  if (error instanceof ValidationError) return error.issues;
  const text = error instanceof Error ? error.message : String(error);
  return [{ field: 'form', message: 'actionFailed', params: [text] }];
}

/** Quick log and timer: reads clients, recent clients and the running timer; writes entries. */
export function QuickLogView({ activityTypes, clients, todayEntries }: QuickLogViewProps) {
  const recent = useLiveQuery(() => recentClientIds(RECENT_LIMIT), []);
  const running = useLiveQuery(() => getRunningEntry(), []);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [stopping, setStopping] = useState(false);

  const nameOf = (id: string) => clients.find((c) => c.id === id)?.name ?? t('timerUnknownClient');
  const active = clients.filter((c) => c.archived === 0);

  async function save(draft: QuickLogValues): Promise<FieldIssue[] | null> {
    const now = Date.now();
    try {
      await addEntry(quickLogEntryInput(draft, now), now);
    } catch (e) {
      return issuesOf(e);
    }
    const client = nameOf(draft.clientId);
    const time = draft.minutes === null ? null : formatMinutes(draft.minutes);
    setStatus(
      draft.task === null
        ? t('quickLogSaved', [time ?? '', client])
        : time === null
          ? t('quickLogTaskSaved', [draft.task.name, client])
          : t('quickLogTaskTimeSaved', [draft.task.name, time, client]),
    );
    setError('');
    return null;
  }

  async function start(draft: TimerValues): Promise<FieldIssue[] | null> {
    const now = Date.now();
    try {
      const { stopped } = await startTimer(draft, now);
      setStatus(
        stopped
          ? t('timerSwitched', [
              nameOf(draft.clientId),
              formatMinutes(entryMinutes(stopped, now)),
              nameOf(stopped.clientId),
            ])
          : t('timerStarted', [nameOf(draft.clientId)]),
      );
      setError('');
      return null;
    } catch (e) {
      return issuesOf(e);
    }
  }

  async function stop() {
    setStopping(true);
    try {
      const now = Date.now();
      const stopped = await stopTimer(now);
      if (stopped)
        setStatus(
          t('timerStoppedLogged', [
            formatMinutes(entryMinutes(stopped, now)),
            nameOf(stopped.clientId),
          ]),
        );
      setError('');
    } catch (e) {
      setError(t('actionFailed', [e instanceof Error ? e.message : String(e)]));
    } finally {
      setStopping(false);
    }
  }

  if (recent.status === 'error') return <LoadError error={recent.error} />;
  if (running.status === 'error') return <LoadError error={running.error} />;
  if (recent.status !== 'ready' || running.status !== 'ready') return <Loading />;

  const runningEntry = running.value;
  return (
    <div class="quick-log-view">
      {runningEntry && (
        <TimerView
          entry={runningEntry}
          client={clients.find((c) => c.id === runningEntry.clientId)}
          busy={stopping}
          onStop={() => void stop()}
        />
      )}
      {active.length === 0 ? (
        <p class="empty">{t('popupNoClients')}</p>
      ) : (
        <QuickLog
          clients={active}
          recentIds={recent.value}
          activityTypes={activityTypes}
          defaultActivity={defaultActivity(todayEntries, activityTypes)}
          runningClientId={runningEntry?.clientId ?? null}
          onSave={save}
          onStartTimer={start}
        />
      )}
      <p class="notice quick-log__status" role="status" data-testid="popup-status">
        {status}
      </p>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
