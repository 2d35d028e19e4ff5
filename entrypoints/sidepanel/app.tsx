import { useState } from 'preact/hooks';
import { ContextHeader } from '../../components/context-header';
import { SectionNav } from '../../components/section-nav';
import type { Settings } from '../../utils/db/settings';
import { t } from '../../utils/i18n/messages';
import { pinnedTabId } from '../../utils/pages/tab-context';
import { useSettings } from '../../utils/ui/use-settings';
import { useTabContext } from '../../utils/ui/use-tab-context';
import { ClientsView } from './views/clients-view';
import { EmailView } from './views/email-view';

type SectionKey = 'email' | 'clients';

export function App({ initialSettings }: { initialSettings: Settings }) {
  const settings = useSettings(initialSettings);
  const context = useTabContext(pinnedTabId(location.search));
  const [section, setSection] = useState<SectionKey>('email');
  const sections = [
    { key: 'email' as const, label: t('sectionEmail') },
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
      <main>
        <div id={`panel-${section}`} role="tabpanel" aria-labelledby={`tab-${section}`}>
          {section === 'email' && <EmailView context={context} />}
          {section === 'clients' && <ClientsView settings={settings} idPrefix="panel-client" />}
        </div>
      </main>
    </div>
  );
}
