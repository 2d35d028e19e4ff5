import type { Client, TaggedThread } from '@/utils/model/types';
import { formatDate } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import { ClientChip } from './client-chip';
import { statusLabel } from './labels';
import { endOfLocalDay, startOfLocalDay } from '@/utils/time/local-day';

interface ThreadListProps {
  threads: readonly TaggedThread[];
  clientsById: ReadonlyMap<string, Client>;
  now: number;
  empty: string;
  onOpen(thread: TaggedThread): void;
}

export function followUpLabel(
  followUpAt: number | null,
  now: number,
): { text: string; tone: 'overdue' | 'today' | 'later' } | null {
  if (followUpAt === null) return null;
  if (followUpAt < startOfLocalDay(now))
    return { text: t('overdueSince', [formatDate(followUpAt)]), tone: 'overdue' };
  if (followUpAt < endOfLocalDay(now)) return { text: t('dueToday'), tone: 'today' };
  return { text: t('followUpOn', [formatDate(followUpAt)]), tone: 'later' };
}

/** Tagged threads with their client, status and follow-up; each opens in Gmail. */
export function ThreadList({ threads, clientsById, now, empty, onOpen }: ThreadListProps) {
  if (!threads.length) return <p class="empty">{empty}</p>;
  return (
    <ul class="thread-list" aria-label={t('threadListLabel')}>
      {threads.map((thread) => {
        const client = clientsById.get(thread.clientId);
        const due = followUpLabel(thread.followUpAt, now);
        const subject = thread.subject || t('noSubject');
        return (
          <li key={thread.id} class="thread-item">
            <div class="thread-item__main">
              <span class="thread-item__subject">{subject}</span>
              <span class="thread-item__meta">
                {client && <ClientChip client={client} />}
                <span class={`status-pill status--${thread.status}`}>
                  {statusLabel(thread.status)}
                </span>
                {due && <span class={`due due--${due.tone}`}>{due.text}</span>}
              </span>
            </div>
            <button
              type="button"
              onClick={() => onOpen(thread)}
              aria-label={t('openThreadNamed', [subject])}
            >
              {t('openInGmail')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
