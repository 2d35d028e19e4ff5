import { Loading } from '@/components/status';
import type { Settings } from '@/utils/model/settings';
import { gmailThreadToken } from '@/utils/gmail/url';
import { t } from '@/utils/i18n/messages';
import type { Client } from '@/utils/model/types';
import type { TabContext } from '@/utils/pages/tab-context';
import { PageReady } from '@/utils/ui/gate';
import { useGmailPage } from '@/utils/ui/use-gmail-page';
import { ThreadPanel } from './thread-panel';

/** The Email section's first tab: the thread open in the Gmail tab, once its page answers. */
export function OpenEmail({
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
  return (
    <PageReady panel={panel} loading={t('emailLoading')} unavailable={t('emailNoContentScript')}>
      {(page) => {
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
      }}
    </PageReady>
  );
}
