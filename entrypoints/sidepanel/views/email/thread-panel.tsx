import { useMemo, useState } from 'preact/hooks';
import { LoadError, Loading } from '@/components/status';
import { ThreadCard } from '@/components/thread-card';
import { suggestClient } from '@/utils/clients/suggest';
import type { Settings } from '@/utils/model/settings';
import {
  getTaggedThread,
  lastClientForAddresses,
  tagThread,
  untagThread,
  updateThreadTriage,
} from '@/utils/db/threads-repo';
import type { TriagePatch } from '@/utils/model/inputs';
import { threadKey } from '@/utils/model/ids';
import {
  getRunningEntry,
  logEmailMinutes,
  startTimer,
  stopTimer,
} from '@/utils/db/time-entries-repo';
import { excerpt, readableText } from '@/utils/gmail/readable';
import {
  latestSender as latestSenderOf,
  threadGuests,
  threadParticipants,
} from '@/utils/gmail/thread-participants';
import type { ThreadSnapshot } from '@/utils/gmail/types';
import { formatMinutes } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import type { Client } from '@/utils/model/types';
import { entryBillableMinutes } from '@/utils/time/billing';
import { useAction } from '@/utils/ui/use-action';
import { useEmailTime } from '@/utils/ui/use-email-time';
import { useLiveQuery } from '@/utils/ui/use-live-query';
import { BookingPanel } from '../booking-panel';
import { ProposePanel } from '../propose-panel';
import { MINUTE_MS } from '@/utils/time/units';

/** The open thread: its card (tag, triage, time), and booking or proposing times from it. */
export function ThreadPanel({
  target,
  thread,
  clients,
  settings,
  gmailTabId,
}: {
  target: { account: number; threadId: string };
  thread: ThreadSnapshot | null;
  clients: Client[];
  settings: Settings;
  gmailTabId: number;
}) {
  const { busy, act, status } = useAction();
  const [extra, setExtra] = useState<'book' | 'propose' | null>(null);
  const tagged = useLiveQuery(
    () => getTaggedThread(target.account, target.threadId),
    [target.account, target.threadId],
  );
  const latestSender = latestSenderOf(thread)?.email ?? null;
  const history = useLiveQuery(
    () => lastClientForAddresses(latestSender ? [latestSender] : []),
    [latestSender],
  );
  const active = clients.filter((c) => c.archived === 0);
  const participants = threadParticipants(thread);
  const suggestion = useMemo(
    () =>
      suggestClient({
        sender: latestSender,
        recipients: participants,
        account: target.account,
        clients: active,
        history: history.status === 'ready' ? history.value : null,
      }),
    [latestSender, participants.join(), target.account, clients, history],
  );
  const text = useMemo(
    () => excerpt(readableText(thread?.latestBodyHtml ?? '')),
    [thread?.latestBodyHtml],
  );
  const running = useLiveQuery(() => getRunningEntry(), []);
  const emailTime = useEmailTime(target.account, target.threadId);

  if (tagged.status === 'loading') return <Loading />;
  if (tagged.status === 'error') return <LoadError error={tagged.error} />;
  const current = tagged.value ?? null;
  const taggedClient = current ? (clients.find((c) => c.id === current.clientId) ?? null) : null;
  const runningEntry = running.status === 'ready' ? (running.value ?? null) : null;
  const runningClient = runningEntry
    ? (clients.find((c) => c.id === runningEntry.clientId) ?? null)
    : null;
  const unloggedMs = Math.max(0, emailTime.activeMs - emailTime.loggedMs);
  const time =
    current && taggedClient
      ? {
          running: runningClient
            ? { client: runningClient, onThisThread: runningEntry!.threadId === current.id }
            : null,
          unloggedMinutes: Math.floor(unloggedMs / MINUTE_MS),
          unloggedBillable: Math.ceil(entryBillableMinutes(unloggedMs, taggedClient)),
          onStartTimer: () =>
            act(async () => {
              await startTimer({
                clientId: taggedClient.id,
                threadId: current.id,
                note: current.subject,
                activityType: 'email',
              });
              return t('timerStarted', [taggedClient.name]);
            }),
          onStopTimer: () =>
            act(async () => {
              await stopTimer();
              return t('timerStopped');
            }),
          onLog: (minutes: number, note: string, billable: boolean) =>
            act(async () => {
              await logEmailMinutes({
                clientId: taggedClient.id,
                threadId: current.id,
                minutes,
                note,
                billable,
              });
              return t('timeLogged', [formatMinutes(minutes), taggedClient.name]);
            }),
        }
      : undefined;

  return (
    <>
      <ThreadCard
        thread={thread}
        excerpt={text}
        tagged={current}
        taggedClient={taggedClient}
        clients={active}
        suggestion={suggestion}
        busy={busy}
        onTag={(clientId, subject) =>
          act(async () => {
            const saved = await tagThread({ ...target, clientId, subject, participants });
            return t('taggedToast', [clients.find((c) => c.id === saved.clientId)?.name ?? '']);
          })
        }
        onTriage={(patch: TriagePatch) =>
          act(async () => {
            await updateThreadTriage(current!.id, patch);
            return patch.notes !== undefined ? t('notesSaved') : '';
          })
        }
        time={time}
        onUntag={() =>
          act(async () => {
            await untagThread(current!.id);
            return t('untagged');
          })
        }
        onBook={() => setExtra((x) => (x === 'book' ? null : 'book'))}
        onPropose={() => setExtra((x) => (x === 'propose' ? null : 'propose'))}
      />
      {extra === 'book' && (
        <BookingPanel
          clients={clients}
          settings={settings}
          prefill={{
            clientId: taggedClient?.id ?? suggestion?.client.id,
            title: thread?.subject || current?.subject || '',
            guests: threadGuests(thread),
          }}
          threadId={threadKey(target.account, target.threadId)}
          account={target.account}
          onClose={() => setExtra(null)}
        />
      )}
      {extra === 'propose' &&
        (taggedClient ? (
          <ProposePanel
            client={taggedClient}
            settings={settings}
            gmailTabId={gmailTabId}
            onClose={() => setExtra(null)}
          />
        ) : (
          <p class="warning" role="status">
            {t('proposeNeedsClient')}
          </p>
        ))}
      {status}
    </>
  );
}
