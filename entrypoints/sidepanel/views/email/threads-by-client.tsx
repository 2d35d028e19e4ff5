import { useMemo, useState } from 'preact/hooks';
import { ClientSelect } from '@/components/client-select';
import { Field, SelectField } from '@/components/field';
import { statusLabel } from '@/components/labels';
import { Loading } from '@/components/status';
import { ThreadList } from '@/components/thread-list';
import { listThreadsForClient } from '@/utils/db/threads-repo';
import { t } from '@/utils/i18n/messages';
import {
  TRIAGE_STATUSES,
  type Client,
  type TaggedThread,
  type TriageStatus,
} from '@/utils/model/types';
import { useLiveQuery } from '@/utils/ui/use-live-query';
import { useNow } from '@/utils/ui/use-now';
import { MINUTE_MS } from '@/utils/time/units';

/** A client's tagged threads, optionally of one triage status. */
export function ThreadsByClient({
  clients,
  onOpen,
}: {
  clients: Client[];
  onOpen(thread: TaggedThread): void;
}) {
  const active = clients.filter((c) => c.archived === 0);
  const [clientId, setClientId] = useState(active[0]?.id ?? '');
  const [status, setStatus] = useState<TriageStatus | ''>('');
  const now = useNow(MINUTE_MS);
  const threads = useLiveQuery(
    () => (clientId ? listThreadsForClient(clientId, status || undefined) : Promise.resolve([])),
    [clientId, status],
  );
  const byId = useMemo(() => new Map(clients.map((c) => [c.id, c])), [clients]);
  return (
    <div>
      <div class="row">
        <Field id="by-client" label={t('chooseClient')}>
          {({ id }) => (
            <ClientSelect id={id} clients={clients} value={clientId} onChange={setClientId} />
          )}
        </Field>
        <SelectField
          id="by-status"
          label={t('triageLabel')}
          value={status}
          onValue={(value) => setStatus(value as TriageStatus | '')}
        >
          <option value="">{t('statusAll')}</option>
          {TRIAGE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </SelectField>
      </div>
      {threads.status === 'ready' ? (
        <ThreadList
          threads={threads.value}
          clientsById={byId}
          now={now}
          empty={t('threadsForClientEmpty')}
          onOpen={onOpen}
        />
      ) : (
        <Loading />
      )}
    </div>
  );
}
