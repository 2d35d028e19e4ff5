import { useMemo, useState } from 'preact/hooks';
import { EmailTimeList } from '@/components/email-time-list';
import { LoadError, Loading } from '@/components/status';
import { listUnloggedEmailTime } from '@/utils/db/email-activity-repo';
import { threadKey } from '@/utils/model/ids';
import { logEmailMinutes } from '@/utils/db/time-entries-repo';
import { formatMinutes } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import type { Client } from '@/utils/model/types';
import { dateInputValue } from '@/utils/time/local-day';
import { useLiveQuery } from '@/utils/ui/use-live-query';
import { useNow } from '@/utils/ui/use-now';
import { MINUTE_MS } from '@/utils/time/units';

/** Today's time on threads not logged yet, per client, to log in one click. */
export function UnloggedEmailTime({ clients }: { clients: Client[] }) {
  const now = useNow(MINUTE_MS);
  const day = dateInputValue(now);
  const groups = useLiveQuery(() => listUnloggedEmailTime(day), [day, now]);
  const byId = useMemo(() => new Map(clients.map((c) => [c.id, c])), [clients]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  if (groups.status === 'loading') return <Loading />;
  if (groups.status === 'error') return <LoadError error={groups.error} />;
  return (
    <>
      <EmailTimeList
        groups={groups.value}
        clientsById={byId}
        busy={busy}
        onLog={(client, thread, minutes) => {
          setBusy(true);
          void logEmailMinutes({
            clientId: client.id,
            threadId: threadKey(thread.account, thread.threadId),
            minutes,
            note: thread.subject,
            billable: client.billableByDefault,
          })
            .then(() => setMessage(t('timeLogged', [formatMinutes(minutes), client.name])))
            .catch((e: unknown) =>
              setMessage(t('actionFailed', [e instanceof Error ? e.message : String(e)])),
            )
            .finally(() => setBusy(false));
        }}
      />
      <p class="notice" role="status">
        {message}
      </p>
    </>
  );
}
