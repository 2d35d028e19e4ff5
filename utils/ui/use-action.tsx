import { useState } from 'preact/hooks';
import { ValidationError } from '@/utils/model/errors';
import { t } from '@/utils/i18n/messages';

/** Runs a write and says how it went, in words. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
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
  const status = (
    <>
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
  return { busy, act, status };
}
