import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SectionNav } from '@/components/section-nav';
import type { Settings } from '@/utils/model/settings';
import { threadUrl } from '@/utils/gmail/links';
import { t } from '@/utils/i18n/messages';
import type { TaggedThread } from '@/utils/model/types';
import type { TabContext } from '@/utils/pages/tab-context';
import { Ready } from '@/utils/ui/gate';
import { useAllClients } from '@/utils/ui/use-clients';
import { NeedsAttention } from './email/needs-attention';
import { OpenEmail } from './email/open-email';
import { ThreadsByClient } from './email/threads-by-client';
import { UnloggedEmailTime } from './email/unlogged-email-time';

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
  const clients = useAllClients();
  const openThread = (thread: TaggedThread) => {
    const url = threadUrl(thread.account, thread.threadId);
    if (context?.site === 'gmail' && context.account === thread.account)
      void browser.tabs.update(context.tabId, { url, active: true });
    else void browser.tabs.create({ url });
  };
  return (
    <Ready state={clients}>
      {(all) => (
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
      )}
    </Ready>
  );
}
