import { useState } from 'preact/hooks';
import { countClients } from '@/utils/db/clients-repo';
import { seedSampleData } from '@/utils/db/sample-data';
import { t } from '@/utils/i18n/messages';
import { useLiveQuery } from '@/utils/ui/use-live-query';

/** First run only: offers a few sample clients so a VA can try VA Desk before entering real ones. */
export function SampleDataCard() {
  const count = useLiveQuery(() => countClients(), []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  if (count.status !== 'ready' || count.value > 0) return null;

  async function load() {
    setBusy(true);
    setError('');
    try {
      await seedSampleData();
    } catch (e) {
      setError(t('loadFailed', [e instanceof Error ? e.message : String(e)]));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="sample-heading">
      <h2 id="sample-heading">{t('welcomeTitle')}</h2>
      <p>{t('welcomeText')}</p>
      <button type="button" onClick={load} disabled={busy} aria-busy={busy}>
        {busy ? t('loading') : t('loadSampleData')}
      </button>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
