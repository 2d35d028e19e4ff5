import type { Client, TimeEntry } from '@/utils/model/types';
import { threadUrl } from '@/utils/gmail/links';
import { formatMinutes, formatMoney, formatTime } from '@/utils/i18n/format';
import { getLocale, t } from '@/utils/i18n/messages';
import { entryBillableMinutes } from '@/utils/time/billing';
import { ClientChip } from './client-chip';
import { activityLabel } from './labels';
import { MINUTE_MS } from '@/utils/time/units';

/** A time, with its date when it is not on the day the row is listed under (past midnight). */
function timeOnDay(instant: number, day: number, nextDay: number): string {
  const time = formatTime(instant);
  if (instant >= day && instant <= nextDay) return time;
  const date = new Intl.DateTimeFormat(getLocale(), { day: 'numeric', month: 'short' }).format(
    instant,
  );
  return `${date} ${time}`;
}

/** "Studio Legale Rossi 09:00–09:25": how buttons and forms name an entry. */
export function entryName(entry: TimeEntry, client: Pick<Client, 'name'> | undefined): string {
  const end = entry.end === null ? t('timeRunning') : formatTime(entry.end);
  return `${client?.name ?? t('timeUnknownClient')} ${formatTime(entry.start)}–${end}`;
}

/** The Gmail address of an entry's thread (`<account>:<threadId>`), or null. */
export function entryThreadUrl(threadId: string | null): string | null {
  const match = threadId ? /^(\d+):(.+)$/.exec(threadId) : null;
  return match ? threadUrl(Number(match[1]), match[2]!) : null;
}

export interface TimeEntryRowProps {
  entry: TimeEntry;
  client: Client | undefined;
  /** The local day the row is listed under, [day, nextDay). */
  day: number;
  nextDay: number;
  now: number;
  overlapping: boolean;
  /** Set on the Edit button: the list moves focus back to it after a save. */
  editKey: string;
  onEdit(): void;
  onSplit(): void;
  onDelete(): void;
  onStop(): void;
}

/** One time entry: who, when, how long, what for, how it bills, and what can be done with it. */
export function TimeEntryRow({
  entry,
  client,
  day,
  nextDay,
  now,
  overlapping,
  editKey,
  onEdit,
  onSplit,
  onDelete,
  onStop,
}: TimeEntryRowProps) {
  const running = entry.end === null;
  const end = entry.end ?? now;
  const ms = Math.max(0, end - entry.start);
  const name = entryName(entry, client);
  const href = entryThreadUrl(entry.threadId);
  const billed = client ? entryBillableMinutes(ms, client) : ms / MINUTE_MS;
  return (
    <div
      class={`time-entry${running ? ' time-entry--running' : ''}${overlapping ? ' time-entry--overlap' : ''}`}
    >
      <div class="time-entry__main">
        <div class="time-entry__head">
          {client ? (
            <ClientChip client={client} />
          ) : (
            <span class="client-chip">{t('timeUnknownClient')}</span>
          )}
          <span class="time-entry__times">
            {timeOnDay(entry.start, day, nextDay)}–
            {running ? t('timeRunning') : timeOnDay(end, day, nextDay)}
          </span>
          <span class="time-entry__duration">{formatMinutes(Math.floor(ms / MINUTE_MS))}</span>
        </div>
        {entry.note && <p class="time-entry__note">{entry.note}</p>}
        <div class="time-entry__meta">
          {running && <span class="badge badge--running">{t('timeRunning')}</span>}
          <span class="time-entry__activity">{activityLabel(entry.activityType)}</span>
          <span class={entry.billable ? 'time-entry__billable' : 'time-entry__nonbillable'}>
            {entry.billable
              ? t('timeBillableBilled', [formatMinutes(billed)])
              : t('timeNonBillable')}
          </span>
          {entry.task && (
            <span class="time-entry__task">
              {t('timeTaskFee', [
                entry.task.name,
                formatMoney(entry.task.fee, client?.currency ?? 'EUR'),
              ])}
            </span>
          )}
          {href && (
            <a
              class="time-entry__thread"
              href={href}
              target="_blank"
              rel="noreferrer"
              title={t('timeThreadLinkLabel')}
              aria-label={`${t('timeThreadLink')}: ${t('timeThreadLinkLabel')}`}
            >
              <span aria-hidden="true">✉ </span>
              {t('timeThreadLink')}
            </a>
          )}
          {overlapping && (
            <span class="time-flag time-flag--overlap">
              <span aria-hidden="true">⚠ </span>
              {t('timeOverlap')}
            </span>
          )}
        </div>
      </div>
      <div class="time-entry__actions">
        {running && (
          <button type="button" onClick={onStop} aria-label={t('timeStopNamed', [name])}>
            {t('timeStop')}
          </button>
        )}
        <button
          type="button"
          data-edit-entry={editKey}
          onClick={onEdit}
          aria-label={t('timeEditNamed', [name])}
        >
          {t('edit')}
        </button>
        {ms >= 2 * MINUTE_MS && (
          <button type="button" onClick={onSplit} aria-label={t('timeSplitNamed', [name])}>
            {t('timeSplit')}
          </button>
        )}
        <button
          type="button"
          class="danger"
          onClick={onDelete}
          aria-label={t('timeDeleteNamed', [name])}
        >
          {t('timeDelete')}
        </button>
      </div>
    </div>
  );
}
