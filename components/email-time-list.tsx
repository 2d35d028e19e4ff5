import type { Client } from '@/utils/model/types';
import { formatMinutes } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import { ClientChip } from './client-chip';
import type { UnloggedEmailTime, UnloggedThread } from '@/utils/model/results';
import { MINUTE_MS } from '@/utils/time/units';

interface EmailTimeListProps {
  groups: readonly UnloggedEmailTime[];
  clientsById: ReadonlyMap<string, Client>;
  busy: boolean;
  onLog(client: Client, thread: UnloggedThread, minutes: number): void;
}

/** End of the day: email time per client that is not logged yet, one click per thread. */
export function EmailTimeList({ groups, clientsById, busy, onLog }: EmailTimeListProps) {
  const visible = groups.filter((g) => g.unloggedMs >= MINUTE_MS);
  if (!visible.length) return <p class="empty">{t('emailTimeEmpty')}</p>;
  return (
    <ul class="thread-list" aria-label={t('emailTimeListLabel')}>
      {visible.map((group) => {
        const client = group.clientId ? clientsById.get(group.clientId) : undefined;
        return (
          <li key={group.clientId ?? 'untagged'} class="email-time-group">
            <p class="thread-item__meta">
              {client ? <ClientChip client={client} /> : <strong>{t('untaggedThreads')}</strong>}
              <span>
                {t('emailTimeUnloggedTotal', [formatMinutes(group.unloggedMs / MINUTE_MS)])}
              </span>
            </p>
            <ul class="thread-list">
              {group.threads
                .filter((thread) => thread.activeMs - thread.loggedMs >= MINUTE_MS)
                .map((thread) => {
                  const minutes = Math.floor((thread.activeMs - thread.loggedMs) / MINUTE_MS);
                  const subject = thread.subject || t('noSubject');
                  return (
                    <li key={`${thread.account}:${thread.threadId}`} class="thread-item">
                      <span class="thread-item__main">
                        <span class="thread-item__subject">{subject}</span>
                        <span class="thread-item__meta">{formatMinutes(minutes)}</span>
                      </span>
                      {client && (
                        <button
                          type="button"
                          disabled={busy}
                          aria-label={t('logEmailTimeNamed', [formatMinutes(minutes), subject])}
                          onClick={() => onLog(client, thread, minutes)}
                        >
                          {t('logTimeSave')}
                        </button>
                      )}
                    </li>
                  );
                })}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
