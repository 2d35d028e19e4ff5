import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '../../utils/db/settings';
import { listEntriesOverlapping } from '../../utils/db/time-entries-repo';
import { formatMinutes } from '../../utils/i18n/format';
import { t } from '../../utils/i18n/messages';
import { openSidePanel } from '../../utils/panel';
import { endOfLocalDay, minutesInRange, startOfLocalDay } from '../../utils/time/totals';
import { useLiveQuery } from '../../utils/ui/use-live-query';
import { useNow } from '../../utils/ui/use-now';
import { useSettings } from '../../utils/ui/use-settings';

export function App({ initialSettings }: { initialSettings: Settings }) {
  useSettings(initialSettings);
  const now = useNow(30_000);
  const from = startOfLocalDay(now);
  const to = endOfLocalDay(now);
  const entries = useLiveQuery(() => listEntriesOverlapping(from, to), [from, to]);
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

  return (
    <div class="page page--popup">
      <h1>{t('extName')}</h1>
      <section aria-labelledby="today-heading" class="today">
        <h2 id="today-heading">{t('todayTotal')}</h2>
        <p class="today__total" data-testid="today-total">
          {entries.status === 'ready'
            ? formatMinutes(minutesInRange(entries.value, from, to, now))
            : t('loading')}
        </p>
      </section>
      <div class="actions actions--stack">
        <button type="button" class="primary" onClick={openPanel}>
          {t('openSidePanel')}
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
