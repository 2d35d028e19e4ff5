import { useState } from 'preact/hooks';
import { SettingsForm } from '@/components/settings-form';
import { SectionNav } from '@/components/section-nav';
import { ValidationError } from '@/utils/model/errors';
import { saveSettings } from '@/utils/db/settings';
import { t } from '@/utils/i18n/messages';
import { openReport } from '@/utils/ui/open-report';
import { useSettings } from '@/utils/ui/use-settings';
import { ClientsView } from '@/entrypoints/sidepanel/views/clients-view';
import { BackupCard } from './views/backup-card';
import { ClientDataCard } from './views/client-data-card';
import { SampleDataCard } from './views/sample-data-card';
import { SnippetsOptionsView } from './views/snippets-options-view';
import type { Settings } from '@/utils/model/settings';

type SectionKey = 'clients' | 'snippets' | 'settings' | 'data';

export function App({ initialSettings }: { initialSettings: Settings }) {
  const settings = useSettings(initialSettings);
  const sections: readonly SectionKey[] = ['clients', 'snippets', 'settings', 'data'];
  const fromHash = location.hash.slice(1) as SectionKey;
  const initial: SectionKey = sections.includes(fromHash) ? fromHash : 'clients';
  const [section, setSection] = useState<SectionKey>(initial);

  async function save(next: Settings) {
    try {
      await saveSettings(next);
      return null;
    } catch (error) {
      if (error instanceof ValidationError) return error.issues;
      throw error;
    }
  }

  return (
    <div class="page page--options">
      <header class="page-header">
        <h1>{t('optionsTitle')}</h1>
        <button type="button" class="page-header__action" onClick={() => openReport()}>
          {t('openReport')}
        </button>
        <SectionNav<SectionKey>
          label={t('sectionsLabel')}
          sections={[
            { key: 'clients', label: t('sectionClients') },
            { key: 'snippets', label: t('sectionSnippets') },
            { key: 'settings', label: t('sectionSettings') },
            { key: 'data', label: t('sectionData') },
          ]}
          current={section}
          onSelect={setSection}
        />
      </header>
      <main>
        <div id={`panel-${section}`} role="tabpanel" aria-labelledby={`tab-${section}`}>
          {section === 'clients' && (
            <>
              <SampleDataCard />
              <ClientsView settings={settings} idPrefix="options-client" />
            </>
          )}
          {section === 'data' && (
            <>
              <BackupCard />
              <ClientDataCard />
            </>
          )}
          {section === 'snippets' && <SnippetsOptionsView />}
          {section === 'settings' && (
            <SettingsForm key={settings.language} settings={settings} onSave={save} />
          )}
        </div>
      </main>
    </div>
  );
}
