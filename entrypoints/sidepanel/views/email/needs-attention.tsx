import { useMemo } from 'preact/hooks';
import { ThreadList } from '@/components/thread-list';
import { listNeedsAttention } from '@/utils/db/threads-repo';
import { t } from '@/utils/i18n/messages';
import type { Client, TaggedThread } from '@/utils/model/types';
import { endOfLocalDay } from '@/utils/time/local-day';
import { Ready } from '@/utils/ui/gate';
import { useLiveQuery } from '@/utils/ui/use-live-query';
import { useNow } from '@/utils/ui/use-now';
import { MINUTE_MS } from '@/utils/time/units';

/** Tagged threads due by the end of today or waiting for a reply. */
export function NeedsAttention({
  clients,
  onOpen,
}: {
  clients: Client[];
  onOpen(thread: TaggedThread): void;
}) {
  const now = useNow(MINUTE_MS);
  const dueBy = endOfLocalDay(now) - 1;
  const threads = useLiveQuery(() => listNeedsAttention(dueBy), [dueBy]);
  const byId = useMemo(() => new Map(clients.map((c) => [c.id, c])), [clients]);
  return (
    <Ready state={threads}>
      {(value) => (
        <ThreadList
          threads={value}
          clientsById={byId}
          now={now}
          empty={t('needsAttentionEmpty')}
          onOpen={onOpen}
        />
      )}
    </Ready>
  );
}
