import { useRef, useState } from 'preact/hooks';
import { backupToJson } from '@/utils/backup/export';
import { exportBackup } from '@/utils/db/backup-repo';
import { backupFileName, countRows, type TableCounts } from '@/utils/backup/format';
import { lastBackupAt, recordBackup } from '@/utils/backup/state';
import { parseBackup, type ValidBackup } from '@/utils/backup/validate';
import { BACKUP_TABLES } from '@/utils/backup/format';
import { formatDate, formatTime } from '@/utils/i18n/format';
import { t, type MessageKey } from '@/utils/i18n/messages';
import { downloadText } from '@/utils/ui/download';
import { useAllClients } from '@/utils/ui/use-clients';
import { useStoredValue } from '@/utils/ui/use-stored-value';
import { restoreBackup } from '@/utils/db/backup-repo';
import type { RestoreMode } from '@/utils/backup/restore-rules';
import { BackupRejectedError, TABLE_LABEL_KEYS, type BackupError } from '@/utils/backup/errors';

/** "3 clients · 120 time entries …": what a file holds or what a restore wrote. */
export function countsLabel(counts: TableCounts): string {
  return BACKUP_TABLES.filter((name) => counts[name] > 0)
    .map((name) => `${t(TABLE_LABEL_KEYS[name])}: ${counts[name]}`)
    .join(' · ');
}

const errorText = (error: BackupError) => t(error.message, error.params);

/** The restore choices, in the order offered; replacing is offered for a whole backup only. */
const RESTORE_MODES: readonly RestoreMode[] = ['replace', 'merge'];
const RESTORE_MODE_LABELS = {
  replace: 'dataRestoreReplace',
  merge: 'dataRestoreMerge',
} as const satisfies Record<RestoreMode, MessageKey>;

type RestoreState =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string }
  | { step: 'rejected'; fileName: string; message: string }
  | { step: 'ready'; fileName: string; backup: ValidBackup; mode: RestoreMode }
  | { step: 'restoring' }
  | { step: 'done'; message: string };

/** Backup of everything to one JSON file, and restore from such a file after checking all of it. */
export function BackupCard() {
  const last = useStoredValue(lastBackupAt);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [restore, setRestore] = useState<RestoreState>({ step: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);
  const clients = useAllClients();

  async function backUp() {
    setBusy(true);
    setNotice('');
    try {
      const now = Date.now();
      const backup = await exportBackup(now);
      downloadText(backupFileName(now), backupToJson(backup), 'application/json');
      await recordBackup(now);
      setNotice(t('dataBackupSaved', [countsLabel(countRows(backup.tables))]));
    } catch (e) {
      setNotice(t('dataBackupFailed', [e instanceof Error ? e.message : String(e)]));
    } finally {
      setBusy(false);
    }
  }

  async function check(file: File) {
    setRestore({ step: 'checking', fileName: file.name });
    const text = await file.text();
    const parsed = parseBackup(text, {
      now: Date.now(),
      knownClientIds: clients.status === 'ready' ? clients.value.map((c) => c.id) : [],
    });
    setRestore(
      parsed.ok
        ? {
            step: 'ready',
            fileName: file.name,
            backup: parsed.backup,
            mode: parsed.backup.scope === 'all' ? 'replace' : 'merge',
          }
        : { step: 'rejected', fileName: file.name, message: errorText(parsed.error) },
    );
  }

  async function confirmRestore(backup: ValidBackup, mode: RestoreMode) {
    setRestore({ step: 'restoring' });
    try {
      const result = await restoreBackup(backup, mode);
      setRestore({ step: 'done', message: t('dataRestoreDone', [countsLabel(result.written)]) });
    } catch (e) {
      const message =
        e instanceof BackupRejectedError
          ? errorText(e.error)
          : t('dataRestoreFailed', [e instanceof Error ? e.message : String(e)]);
      setRestore({ step: 'rejected', fileName: '', message });
    }
    if (fileInput.current) fileInput.current.value = '';
  }

  return (
    <section class="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('dataBackupTitle')}</h2>
      <p>{t('dataBackupText')}</p>
      <p data-testid="last-backup">
        {last === undefined
          ? ''
          : last === null
            ? t('dataLastBackupNever')
            : t('dataLastBackup', [`${formatDate(last)} ${formatTime(last)}`])}
      </p>
      <button type="button" onClick={() => void backUp()} disabled={busy} aria-busy={busy}>
        {busy ? t('loading') : t('dataBackupButton')}
      </button>
      <p class="notice-inline" role="status">
        {notice}
      </p>

      <h3>{t('dataRestoreTitle')}</h3>
      <div class="field">
        <label for="restore-file">{t('dataRestoreFile')}</label>
        <input
          id="restore-file"
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void check(file);
          }}
        />
      </div>
      <div role="status" aria-live="polite">
        {restore.step === 'checking' && <p class="loading">{t('dataRestoreChecking')}</p>}
        {restore.step === 'restoring' && <p class="loading">{t('dataRestoring')}</p>}
        {restore.step === 'done' && <p class="notice">{restore.message}</p>}
      </div>
      {restore.step === 'rejected' && (
        <p class="form-error" role="alert">
          {t('dataRestoreRejected')} {restore.message}
        </p>
      )}
      {restore.step === 'ready' && (
        <form
          class="restore-confirm"
          onSubmit={(e) => {
            e.preventDefault();
            void confirmRestore(restore.backup, restore.mode);
          }}
        >
          <p>
            {t('dataRestoreFileOk', [
              formatDate(Date.parse(restore.backup.exportedAt)),
              countsLabel(countRows(restore.backup.tables)),
            ])}
          </p>
          <fieldset>
            <legend>{t('dataRestoreHow')}</legend>
            {RESTORE_MODES.filter(
              (mode) => mode !== 'replace' || restore.backup.scope === 'all',
            ).map((mode) => (
              <label key={mode} class="field--check">
                <input
                  type="radio"
                  name="restore-mode"
                  checked={restore.mode === mode}
                  onChange={() => setRestore({ ...restore, mode })}
                />
                {t(RESTORE_MODE_LABELS[mode])}
              </label>
            ))}
          </fieldset>
          {restore.mode === 'replace' && <p class="warning">{t('dataRestoreReplaceWarning')}</p>}
          <div class="actions">
            <button type="submit">{t('dataRestoreButton')}</button>
            <button
              type="button"
              onClick={() => {
                setRestore({ step: 'idle' });
                if (fileInput.current) fileInput.current.value = '';
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
