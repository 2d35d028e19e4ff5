import { useState } from 'preact/hooks';
import type { WeekLogRow, WeekLogStatus } from '@/utils/calendar/week-log';
import type { Client } from '@/utils/model/types';
import { formatDate, formatMinutes, formatTime } from '@/utils/i18n/format';
import { t, type MessageKey } from '@/utils/i18n/messages';
import { MINUTE_MS } from '@/utils/time/units';

export interface EventWeekLogProps {
  client: Client;
  rows: readonly WeekLogRow[];
  busy: boolean;
  /** Logs the ticked events (all of them `ready`). */
  onLog(eventIds: string[]): void;
}

const STATUS_KEYS: Record<Exclude<WeekLogStatus, 'ready'>, MessageKey> = {
  logged: 'weekLogAlreadyLogged',
  notOver: 'weekLogNotOver',
  noTimes: 'weekLogNoTimes',
};

const minutesOf = (row: WeekLogRow) =>
  row.start !== null && row.end !== null ? (row.end - row.start) / MINUTE_MS : 0;

/**
 * "Log all of this week's events for a client": the list comes first, every event that can be
 * logged ticked; logged, unfinished and unreadable ones are shown but cannot be ticked.
 */
export function EventWeekLog({ client, rows, busy, onLog }: EventWeekLogProps) {
  const [ticked, setTicked] = useState(
    () => new Set(rows.filter((r) => r.status === 'ready').map((r) => r.eventId)),
  );
  const chosen = rows.filter((r) => r.status === 'ready' && ticked.has(r.eventId));
  const total = chosen.reduce((sum, r) => sum + minutesOf(r), 0);

  if (!rows.length) return <p class="empty">{t('weekLogEmpty', [client.name])}</p>;
  return (
    <div class="week-log">
      <ul class="week-log__list" aria-label={t('weekLogListLabel', [client.name])}>
        {rows.map((row) => {
          const id = `week-log-${row.eventId}`;
          return (
            <li key={row.eventId} class={`week-log__row week-log__row--${row.status}`}>
              <input
                id={id}
                type="checkbox"
                checked={row.status === 'ready' && ticked.has(row.eventId)}
                disabled={row.status !== 'ready' || busy}
                onChange={(e) => {
                  const next = new Set(ticked);
                  if (e.currentTarget.checked) next.add(row.eventId);
                  else next.delete(row.eventId);
                  setTicked(next);
                }}
              />
              <label for={id}>
                <span class="week-log__title">{row.title || t('eventNoTitle')}</span>
                <span class="week-log__when">
                  {row.start !== null ? formatDate(row.start) : ''}
                  {row.start !== null && row.end !== null && row.status !== 'noTimes'
                    ? ` · ${formatTime(row.start)}–${formatTime(row.end)}`
                    : ''}
                </span>
                {row.status !== 'ready' && (
                  <span class="week-log__status"> ({t(STATUS_KEYS[row.status])})</span>
                )}
              </label>
            </li>
          );
        })}
      </ul>
      {chosen.length ? (
        <button
          type="button"
          class="primary"
          disabled={busy}
          onClick={() => onLog(chosen.map((r) => r.eventId))}
        >
          {chosen.length === 1
            ? t('weekLogButtonOne', [formatMinutes(total)])
            : t('weekLogButtonOther', [chosen.length, formatMinutes(total)])}
        </button>
      ) : (
        <p class="notice-inline">{t('weekLogNothing')}</p>
      )}
    </div>
  );
}
