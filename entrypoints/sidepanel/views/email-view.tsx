import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SectionNav } from '@/components/section-nav';
import { LoadError, Loading } from '@/components/status';
import { ThreadCard } from '@/components/thread-card';
import { ThreadList } from '@/components/thread-list';
import { suggestClient } from '@/utils/clients/suggest';
import { listClients } from '@/utils/db/clients-repo';
import { ValidationError } from '@/utils/model/errors';
import {
  threadKey,
  getTaggedThread,
  lastClientForAddresses,
  listNeedsAttention,
  listThreadsForClient,
  tagThread,
  untagThread,
  updateThreadTriage,
  type TriagePatch,
} from '@/utils/db/threads-repo';
import {
  TRIAGE_STATUSES,
  type Client,
  type TaggedThread,
  type TriageStatus,
} from '@/utils/model/types';
import { threadUrl } from '@/utils/gmail/links';
import { gmailThreadToken } from '@/utils/gmail/url';
import { excerpt, readableText } from '@/utils/gmail/readable';
import type { ThreadSnapshot } from '@/utils/gmail/types';
import { t } from '@/utils/i18n/messages';
import { formatMinutes } from '@/utils/i18n/format';
import {
  getRunningEntry,
  logEmailMinutes,
  startTimer,
  stopTimer,
} from '@/utils/db/time-entries-repo';
import { entryBillableMinutes } from '@/utils/time/billing';
import { useEmailTime } from '@/utils/ui/use-email-time';
import { EmailTimeList } from '@/components/email-time-list';
import { listUnloggedEmailTime } from '@/utils/db/email-activity-repo';
import type { TabContext } from '@/utils/pages/tab-context';
import { statusLabel } from '@/components/labels';
import { useGmailPage } from '@/utils/ui/use-gmail-page';
import { useLiveQuery } from '@/utils/ui/use-live-query';
import { useNow } from '@/utils/ui/use-now';
import type { Settings } from '@/utils/db/settings';
import { BookingPanel } from './booking-panel';
import { ProposePanel } from './propose-panel';
import { dateInputValue, endOfLocalDay } from '@/utils/time/local-day';

type EmailTab = 'open' | 'attention' | 'byClient' | 'emailTime';

/** The Email section: the open thread's card, what needs attention, and threads per client. */
export function EmailView({
  context,
  settings,
}: {
  context: TabContext | null;
  settings: Settings;
}) {
  const [tab, setTab] = useState<EmailTab>('open');
  const clients = useLiveQuery(() => listClients({ includeArchived: true }), []);
  if (clients.status === 'loading') return <Loading />;
  if (clients.status === 'error') return <LoadError error={clients.error} />;
  const all = clients.value;
  const openThread = (thread: TaggedThread) => {
    const url = threadUrl(thread.account, thread.threadId);
    if (context?.site === 'gmail' && context.account === thread.account)
      void browser.tabs.update(context.tabId, { url, active: true });
    else void browser.tabs.create({ url });
  };
  return (
    <div class="email-view">
      <SectionNav<EmailTab>
        label={t('emailViewsLabel')}
        sections={[
          { key: 'open', label: t('emailViewOpen') },
          { key: 'attention', label: t('emailViewAttention') },
          { key: 'byClient', label: t('emailViewByClient') },
          { key: 'emailTime', label: t('emailViewTime') },
        ]}
        current={tab}
        onSelect={setTab}
      />
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} class="subpanel">
        {tab === 'open' && <OpenEmail context={context} clients={all} settings={settings} />}
        {tab === 'attention' && <NeedsAttention clients={all} onOpen={openThread} />}
        {tab === 'byClient' && <ThreadsByClient clients={all} onOpen={openThread} />}
        {tab === 'emailTime' && <UnloggedEmailTime clients={all} />}
      </div>
    </div>
  );
}

function OpenEmail({
  context,
  clients,
  settings,
}: {
  context: TabContext | null;
  clients: Client[];
  settings: Settings;
}) {
  const gmailTab = context?.site === 'gmail' ? context.tabId : null;
  const panel = useGmailPage(gmailTab);
  if (!context) return <Loading />;
  if (context.site !== 'gmail') return <p class="empty">{t('emailNotGmail')}</p>;
  if (panel.status === 'loading')
    return (
      <p class="loading" role="status">
        {t('emailLoading')}
      </p>
    );
  if (panel.status === 'unavailable')
    return (
      <p class="warning" role="status">
        {t('emailNoContentScript')}
      </p>
    );
  const { page } = panel;
  const token = page.thread ? null : gmailThreadToken(page.url);
  if (!page.thread && !token) return <p class="empty">{t('emailNoThread')}</p>;
  const target = page.thread
    ? { account: page.thread.account, threadId: page.thread.threadId }
    : { account: page.account, threadId: token! };
  return (
    <ThreadPanel
      key={`${target.account}:${target.threadId}`}
      target={target}
      thread={page.thread}
      clients={clients}
      settings={settings}
      gmailTabId={context.tabId}
    />
  );
}

function participantsOf(thread: ThreadSnapshot | null): string[] {
  const emails = new Set<string>();
  for (const m of thread?.messages ?? []) {
    if (m.sender) emails.add(m.sender.email);
    for (const r of m.recipients) emails.add(r.email);
  }
  return [...emails];
}

/**
 * Everyone on the thread but the VA: the senders of messages sent from this account (`msg-a:` ids)
 * are the VA's own addresses.
 */
export function guestsOf(thread: ThreadSnapshot | null): string[] {
  const own = new Set(
    (thread?.messages ?? [])
      .filter((m) => m.messageId?.startsWith('msg-a:') && m.sender)
      .map((m) => m.sender!.email),
  );
  return participantsOf(thread).filter((email) => !own.has(email));
}

function ThreadPanel({
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
  const [busy, setBusy] = useState(false);
  const [extra, setExtra] = useState<'book' | 'propose' | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const tagged = useLiveQuery(
    () => getTaggedThread(target.account, target.threadId),
    [target.account, target.threadId],
  );
  const latestSender =
    [...(thread?.messages ?? [])].reverse().find((m) => m.sender)?.sender?.email ?? null;
  const history = useLiveQuery(
    () => lastClientForAddresses(latestSender ? [latestSender] : []),
    [latestSender],
  );
  const active = clients.filter((c) => c.archived === 0);
  const participants = participantsOf(thread);
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

  async function act(work: () => Promise<string>) {
    setBusy(true);
    setError('');
    try {
      setMessage(await work());
    } catch (e) {
      setMessage('');
      setError(
        e instanceof ValidationError
          ? e.issues.map((i) => t(i.message, i.params)).join(' ')
          : t('actionFailed', [e instanceof Error ? e.message : String(e)]),
      );
    } finally {
      setBusy(false);
    }
  }

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
          unloggedMinutes: Math.floor(unloggedMs / 60_000),
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
            guests: guestsOf(thread),
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
      <p class="notice" role="status" aria-live="polite">
        {message}
      </p>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

function NeedsAttention({
  clients,
  onOpen,
}: {
  clients: Client[];
  onOpen(thread: TaggedThread): void;
}) {
  const now = useNow(60_000);
  const dueBy = endOfLocalDay(now) - 1;
  const threads = useLiveQuery(() => listNeedsAttention(dueBy), [dueBy]);
  const byId = useMemo(() => new Map(clients.map((c) => [c.id, c])), [clients]);
  if (threads.status === 'loading') return <Loading />;
  if (threads.status === 'error') return <LoadError error={threads.error} />;
  return (
    <ThreadList
      threads={threads.value}
      clientsById={byId}
      now={now}
      empty={t('needsAttentionEmpty')}
      onOpen={onOpen}
    />
  );
}

function ThreadsByClient({
  clients,
  onOpen,
}: {
  clients: Client[];
  onOpen(thread: TaggedThread): void;
}) {
  const active = clients.filter((c) => c.archived === 0);
  const [clientId, setClientId] = useState(active[0]?.id ?? '');
  const [status, setStatus] = useState<TriageStatus | ''>('');
  const now = useNow(60_000);
  const threads = useLiveQuery(
    () => (clientId ? listThreadsForClient(clientId, status || undefined) : Promise.resolve([])),
    [clientId, status],
  );
  const byId = useMemo(() => new Map(clients.map((c) => [c.id, c])), [clients]);
  return (
    <div>
      <div class="row">
        <div class="field">
          <label for="by-client">{t('chooseClient')}</label>
          <select
            id="by-client"
            value={clientId}
            onChange={(e) => setClientId(e.currentTarget.value)}
          >
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="by-status">{t('triageLabel')}</label>
          <select
            id="by-status"
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as TriageStatus | '')}
          >
            <option value="">{t('statusAll')}</option>
            {TRIAGE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
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

function UnloggedEmailTime({ clients }: { clients: Client[] }) {
  const now = useNow(60_000);
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
