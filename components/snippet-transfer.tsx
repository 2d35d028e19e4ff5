import { useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n/messages';

export interface TransferOutcome {
  ok: boolean;
  message: string;
  /** Why a file was refused, one line per problem. */
  problems?: string[];
}

interface SnippetTransferProps {
  idPrefix: string;
  onImport(file: File): Promise<TransferOutcome>;
  onExport(): Promise<TransferOutcome>;
}

/** Import and export buttons for the library, with the outcome in words. */
export function SnippetTransfer({ idPrefix, onImport, onExport }: SnippetTransferProps) {
  const [outcome, setOutcome] = useState<TransferOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  async function run(work: () => Promise<TransferOutcome>) {
    setBusy(true);
    try {
      setOutcome(await work());
    } catch (error) {
      setOutcome({
        ok: false,
        message: t('actionFailed', [error instanceof Error ? error.message : String(error)]),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="snippet-transfer">
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => fileInput.current?.click()}>
          {t('snippetImport')}
        </button>
        <input
          ref={fileInput}
          id={`${idPrefix}-import-file`}
          class="visually-hidden"
          type="file"
          accept=".json,application/json"
          aria-label={t('snippetImportFileLabel')}
          tabIndex={-1}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) void run(() => onImport(file));
          }}
        />
        <button type="button" disabled={busy} onClick={() => void run(onExport)}>
          {t('snippetExport')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {outcome && (
          <div class={outcome.ok ? 'notice' : 'form-error'}>
            <p>{outcome.message}</p>
            {outcome.problems && outcome.problems.length > 0 && (
              <ul class="snippet-transfer__problems">
                {outcome.problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
