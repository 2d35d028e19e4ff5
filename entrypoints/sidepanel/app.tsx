import { useEffect, useState } from 'preact/hooks';
import { ContextHeader } from '@/components/context-header';
import { IdlePromptBanner } from '@/components/idle-prompt';
import { resolveIdle } from '@/utils/db/timer-prompts';
import { useIdlePrompt } from '@/utils/ui/use-idle-prompt';
import { useAllClients } from '@/utils/ui/use-clients';
import { SectionNav } from '@/components/section-nav';
import { t } from '@/utils/i18n/messages';
import { pinnedTabId } from '@/utils/pages/tab-context';
import { useSettings } from '@/utils/ui/use-settings';
import { useTabContext } from '@/utils/ui/use-tab-context';
import { CalendarView } from './views/calendar-view';
import { ClientsView } from './views/clients-view';
import { EmailView } from './views/email-view';
import { SnippetsView } from './views/snippets-view';
import { TimeView } from './views/time-view';
import type { Settings } from '@/utils/model/settings';

type SectionKey = 'email' | 'calendar' | 'snippets' | 'time' | 'clients';

export function App({ initialSettings }: { initialSettings: Settings }) {
  const settings = useSettings(initialSettings);
  const context = useTabContext(pinnedTabId(location.search));
  const idle = useIdlePrompt();
  const clients = useAllClients();
  const clientName = (id: string) =>
    (clients.status === 'ready' ? clients.value.find((c) => c.id === id)?.name : undefined) ?? '';
  const [section, setSection] = useState<SectionKey>('email');
  // Email for a Gmail tab, Calendar for a Calendar tab: the panel follows the site, not the VA's
  // choice of Time or Clients.
  const site = context?.site;
  useEffect(() => {
    if (site === 'calendar') setSection((s) => (s === 'email' ? 'calendar' : s));
    else if (site === 'gmail') setSection((s) => (s === 'calendar' ? 'email' : s));
  }, [site]);
  const sections = [
    { key: 'email' as const, label: t('sectionEmail') },
    { key: 'calendar' as const, label: t('sectionCalendar') },
    { key: 'snippets' as const, label: t('sectionSnippets') },
    { key: 'time' as const, label: t('sectionTime') },
    { key: 'clients' as const, label: t('sectionClients') },
  ];

  return (
    <div class="page page--panel">
      <header class="page-header">
        <h1>{t('extName')}</h1>
        <ContextHeader context={context} />
        <SectionNav<SectionKey>
          label={t('sectionsLabel')}
          sections={sections}
          current={section}
          onSelect={setSection}
        />
      </header>
      {idle && (
        <IdlePromptBanner
          clientName={clientName(idle.clientId)}
          from={idle.from}
          to={idle.to}
          onChoose={(choice) => void resolveIdle(idle, choice)}
        />
      )}
      <main>
        <div id={`panel-${section}`} role="tabpanel" aria-labelledby={`tab-${section}`}>
          {section === 'email' && <EmailView context={context} settings={settings} />}
          {section === 'calendar' && <CalendarView context={context} settings={settings} />}
          {section === 'snippets' && <SnippetsView context={context} settings={settings} />}
          {section === 'time' && <TimeView settings={settings} />}
          {section === 'clients' && <ClientsView settings={settings} idPrefix="panel-client" />}
        </div>
      </main>
    </div>
  );
}
