import { useMemo } from 'preact/hooks';
import '@/components/snippets.css';
import type { ActionOutcome, InsertControls } from '@/components/snippet-detail';
import { SnippetLibrary } from '@/components/snippet-library';
import type { Settings } from '@/utils/model/settings';
import { recordSnippetInsert, recordSnippetUse } from '@/utils/db/snippets-repo';
import { getTaggedThread } from '@/utils/db/threads-repo';
import type { Client, Snippet } from '@/utils/model/types';
import { latestSender } from '@/utils/gmail/thread-participants';
import { gmailThreadToken } from '@/utils/gmail/url';
import { formatMinutes } from '@/utils/i18n/format';
import { getLanguage, t, type MessageKey } from '@/utils/i18n/messages';
import { sendInsert, type InsertPlace } from '@/utils/messaging/tab';
import type { TabContext } from '@/utils/pages/tab-context';
import { insertRequest, NOT_INSERTED } from '@/utils/snippets/insertion';
import { snippetFillContext } from '@/utils/snippets/fill-context';
import type { FillContext, FillResult } from '@/utils/snippets/variables';
import { joinStates, Ready } from '@/utils/ui/gate';
import { useGmailPage, type GmailPanelState } from '@/utils/ui/use-gmail-page';
import { useLiveQuery } from '@/utils/ui/use-live-query';
import { useNow } from '@/utils/ui/use-now';
import { useSnippets } from '@/utils/ui/use-snippets';
import { MINUTE_MS } from '@/utils/time/units';

const INSERTED: Record<InsertPlace, MessageKey> = {
  reply: 'snippetInsertedReply',
  compose: 'snippetInsertedCompose',
  openedReply: 'snippetInsertedOpenedReply',
};

/** The open Gmail thread as the panel sees it: who wrote, the subject, its client tag. */
function useOpenThread(panel: GmailPanelState) {
  const page = panel.status === 'ready' ? panel.page : null;
  const token = page && !page.thread ? gmailThreadToken(page.url) : null;
  const target = page?.thread
    ? { account: page.thread.account, threadId: page.thread.threadId }
    : page && token
      ? { account: page.account, threadId: token }
      : null;
  const tagged = useLiveQuery(
    () => (target ? getTaggedThread(target.account, target.threadId) : Promise.resolve(undefined)),
    [target?.account, target?.threadId],
  );
  const sender = latestSender(page?.thread ?? null);
  return {
    target,
    sender,
    subject: page?.thread?.subject ?? null,
    tagged: tagged.status === 'ready' ? (tagged.value ?? null) : null,
  };
}

/** The Snippets section: the library, filled from the open email and inserted into Gmail. */
export function SnippetsView({
  context,
  settings,
}: {
  context: TabContext | null;
  settings: Settings;
}) {
  const library = useSnippets();
  const gmailTab = context?.site === 'gmail' ? context.tabId : null;
  const panel = useGmailPage(gmailTab);
  const thread = useOpenThread(panel);
  const now = useNow(MINUTE_MS);
  const clients = library.clients.status === 'ready' ? library.clients.value : [];
  const threadClient = thread.tagged
    ? (clients.find((c) => c.id === thread.tagged!.clientId) ?? null)
    : null;

  const fillContext = useMemo<FillContext>(
    () => snippetFillContext(thread, threadClient, settings, now),
    [
      thread.sender?.email,
      thread.sender?.name,
      thread.subject,
      threadClient,
      settings.vaName,
      settings.signature,
      now,
    ],
  );

  const insert: InsertControls = {
    context: fillContext,
    threadClientId: thread.tagged?.clientId ?? null,
    source: sourceText(thread.sender, thread.subject, threadClient),
    unavailable:
      context?.site !== 'gmail'
        ? t('snippetInsertNeedsGmail')
        : panel.status === 'unavailable'
          ? t('snippetInsertNoContentScript')
          : '',
    insert: (snippet, filled) => insertIntoGmail(context, snippet, filled, thread.target),
    async copy(snippet, filled) {
      await navigator.clipboard.writeText(filled.text);
      await recordSnippetUse(snippet.id);
      return { ok: true, message: t('snippetCopied') };
    },
  };

  return (
    <Ready state={joinStates(library.snippets, library.clients)}>
      {([snippets]) => (
        <SnippetLibrary
          idPrefix="panel-snippet"
          snippets={snippets}
          clients={clients}
          newLanguage={threadClient?.language ?? getLanguage()}
          newScope={threadClient && threadClient.archived === 0 ? threadClient.id : ''}
          insert={insert}
          onSave={library.save}
          onDuplicate={library.duplicate}
          onDelete={library.remove}
          onAddStarter={library.addStarter}
        />
      )}
    </Ready>
  );
}

function sourceText(
  sender: { name: string; email: string } | null,
  subject: string | null,
  client: Client | null,
): string {
  const email = sender
    ? t('snippetSourceEmail', [sender.name || sender.email, subject ?? ''])
    : t('snippetSourceNoEmail');
  const tag = client ? t('snippetSourceClient', [client.name]) : t('snippetSourceNoClient');
  return `${email} ${tag}`;
}

/**
 * Inserts into the Gmail tab, then counts the use and logs the snippet's minutes to the thread's
 * client (linked to the thread). Says what happened in words.
 */
async function insertIntoGmail(
  context: TabContext | null,
  snippet: Snippet,
  filled: FillResult,
  thread: { account: number; threadId: string } | null,
): Promise<ActionOutcome> {
  if (context?.site !== 'gmail') return { ok: false, message: t('snippetInsertNeedsGmail') };
  const result = await sendInsert(context.tabId, insertRequest(filled));
  if (!result.ok) return { ok: false, message: t(NOT_INSERTED[result.error.code]) };
  const said = [t(INSERTED[result.value.where])];
  const use = await recordSnippetInsert(snippet.id, thread);
  if (use.snippet.minutesToLog > 0) {
    const minutes = formatMinutes(use.snippet.minutesToLog);
    if (use.logged && use.client) said.push(t('snippetMinutesLogged', [minutes, use.client.name]));
    else if (use.refused)
      said.push(
        t('snippetMinutesFailed', [
          minutes,
          use.refused.issues.map((i) => t(i.message, i.params)).join(' '),
        ]),
      );
    else said.push(t('snippetMinutesNoClient', [minutes]));
  }
  return { ok: true, message: said.join(' ') };
}
