import { useState } from 'preact/hooks';
import { ValidationError, type FieldIssue } from '@/utils/model/errors';
import { t } from '@/utils/i18n/messages';

/**
 * Runs a write and says how it went, in words. With `onIssues`, a refused input's issues go
 * there (for the form to show beside its fields) instead of into the error line.
 */
export function useAction(onIssues?: (issues: FieldIssue[]) => void) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  async function act(work: () => Promise<string>) {
    setBusy(true);
    setError('');
    onIssues?.([]);
    try {
      setMessage(await work());
    } catch (e) {
      setMessage('');
      if (e instanceof ValidationError && onIssues) onIssues(e.issues);
      else
        setError(
          e instanceof ValidationError
            ? e.issues.map((i) => t(i.message, i.params)).join(' ')
            : t('actionFailed', [e instanceof Error ? e.message : String(e)]),
        );
    } finally {
      setBusy(false);
    }
  }
  const notice = (
    <p class="notice" role="status" aria-live="polite">
      {message}
    </p>
  );
  const failure = error && (
    <p class="form-error" role="alert">
      {error}
    </p>
  );
  const status = (
    <>
      {notice}
      {failure}
    </>
  );
  return { busy, act, notice, failure, status };
}
