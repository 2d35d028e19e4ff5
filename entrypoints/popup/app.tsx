import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openReport } from '@/utils/ui/open-report';
import { LoadError, Loading } from '@/components/status';
import type { Settings } from '@/utils/model/settings';
import { listEntriesOverlapping } from '@/utils/db/time-entries-repo';
import { t } from '@/utils/i18n/messages';
import { openSidePanel } from '@/utils/panel';
import { useLiveQuery } from '@/utils/ui/use-live-query';
import { useNow } from '@/utils/ui/use-now';
import { useSettings } from '@/utils/ui/use-settings';
import { QuickLogView } from './views/quick-log-view';
import { TodayView } from './views/today-view';
import { endOfLocalDay, startOfLocalDay } from '@/utils/time/local-day';
import { useAllClients } from '@/utils/ui/use-clients';

export function App({ initialSettings }: { initialSettings: Settings }) {
  const settings = useSettings(initialSettings);
  const now = useNow(30_000);
  const from = startOfLocalDay(now);
  const to = endOfLocalDay(now);
  const entries = useLiveQuery(() => listEntriesOverlapping(from, to), [from, to]);
  const clients = useAllClients();
  const [windowId, setWindowId] = useState<number | undefined>();
  const [error, setError] = useState('');

  // The window id is read ahead: the panel must open inside the click's user gesture.
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);

  async function openPanel() {
    try {
      if (!(await openSidePanel(windowId))) setError(t('panelUnavailable'));
      else window.close();
    } catch {
      setError(t('panelUnavailable'));
    }
  }

  const loadError =
    entries.status === 'error' ? entries.error : clients.status === 'error' ? clients.error : null;

  return (
    <div class="page page--popup">
      <h1>{t('extName')}</h1>
      {loadError ? (
        <LoadError error={loadError} />
      ) : entries.status === 'ready' && clients.status === 'ready' ? (
        <QuickLogView
          activityTypes={settings.activityTypes}
          clients={clients.value}
          todayEntries={entries.value}
        />
      ) : (
        <Loading />
      )}
      <TodayView
        entries={entries.status === 'ready' ? entries.value : null}
        clients={clients.status === 'ready' ? clients.value : null}
        from={from}
        to={to}
        now={now}
      />
      <div class="actions actions--stack">
        <button type="button" onClick={openPanel}>
          {t('openSidePanel')}
        </button>
        <button type="button" onClick={() => openReport()}>
          {t('openReport')}
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </div>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
