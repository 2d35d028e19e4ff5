import { useState } from 'preact/hooks';
import { ClientSelect } from '@/components/client-select';
import { Field } from '@/components/field';
import { activityLabel } from '@/components/labels';
import { backupToJson } from '@/utils/backup/export';
import { clientBackupFileName } from '@/utils/backup/format';
import { countClientData, eraseClient, exportClientBackup } from '@/utils/db/client-data-repo';
import { ValidationError } from '@/utils/model/errors';
import type { TableCounts } from '@/utils/backup/format';
import { getLanguage, t } from '@/utils/i18n/messages';
import { csvFileName, entriesToCsv } from '@/utils/reports/csv';
import { downloadText } from '@/utils/ui/download';
import { useAllClients } from '@/utils/ui/use-clients';
import { countsLabel } from './backup-card';

/** One client's data: export it (JSON and CSV), or erase it with everything linked to it. */
export function ClientDataCard() {
  const clients = useAllClients();
  const [clientId, setClientId] = useState('');
  const [erasing, setErasing] = useState<TableCounts | null>(null);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const list = clients.status === 'ready' ? clients.value : [];
  const client = list.find((c) => c.id === clientId);

  async function exportJson() {
    if (!client) return;
    const now = Date.now();
    const backup = await exportClientBackup(client.id, now);
    downloadText(clientBackupFileName(client.name, now), backupToJson(backup), 'application/json');
    setNotice(t('dataExported'));
  }

  async function exportCsv() {
    if (!client) return;
    const now = Date.now();
    const backup = await exportClientBackup(client.id, now);
    const italian = getLanguage() === 'it';
    const csv = entriesToCsv(
      backup.tables.timeEntries,
      {
        clientsById: new Map([[client.id, client]]),
        threadSubjects: new Map(backup.tables.threads.map((th) => [th.id, th.subject])),
        activityLabel,
        range: { from: 0, to: now + 1 },
        now,
      },
      { separator: italian ? ';' : ',', decimal: italian ? ',' : '.', language: getLanguage() },
    );
    downloadText(csvFileName(client.name, { from: 0, to: now + 1 }), csv, 'text/csv;charset=utf-8');
    setNotice(t('dataExported'));
  }

  async function startErase() {
    if (!client) return;
    setError('');
    setTyped('');
    setErasing(await countClientData(client.id));
  }

  async function erase(event: Event) {
    event.preventDefault();
    if (!client) return;
    try {
      const counts = await eraseClient(client.id, typed);
      setErasing(null);
      setClientId('');
      setNotice(t('dataErased', [client.name, countsLabel(counts)]));
    } catch (e) {
      if (e instanceof ValidationError) setError(t('errorEraseConfirmation', [client.name]));
      else setError(t('dataRestoreFailed', [e instanceof Error ? e.message : String(e)]));
    }
  }

  return (
    <section class="card" aria-labelledby="client-data-heading">
      <h2 id="client-data-heading">{t('dataClientTitle')}</h2>
      <Field id="client-data-client" label={t('reportClient')}>
        {({ id }) => (
          <ClientSelect
            id={id}
            clients={list}
            value={clientId}
            empty={t('dataChooseClient')}
            onChange={(chosen) => {
              setClientId(chosen);
              setErasing(null);
              setNotice('');
            }}
          />
        )}
      </Field>
      <div class="actions">
        <button type="button" disabled={!client} onClick={() => void exportJson()}>
          {t('dataExportJson')}
        </button>
        <button type="button" disabled={!client} onClick={() => void exportCsv()}>
          {t('dataExportCsv')}
        </button>
        <button type="button" class="danger" disabled={!client} onClick={() => void startErase()}>
          {t('dataEraseButton')}
        </button>
      </div>
      <p class="notice-inline" role="status">
        {notice}
      </p>
      {client && erasing && (
        <form class="erase-confirm" onSubmit={(e) => void erase(e)}>
          <p class="warning">{t('dataEraseWarning', [client.name, countsLabel(erasing)])}</p>
          <div class="field">
            <label for="erase-confirm">{t('dataEraseType', [client.name])}</label>
            <input
              id="erase-confirm"
              value={typed}
              autoComplete="off"
              aria-invalid={error !== ''}
              aria-describedby={error ? 'erase-error' : undefined}
              onInput={(e) => setTyped(e.currentTarget.value)}
            />
          </div>
          {error && (
            <p id="erase-error" class="form-error" role="alert">
              {error}
            </p>
          )}
          <div class="actions">
            <button type="submit" class="danger">
              {t('dataEraseConfirm', [client.name])}
            </button>
            <button type="button" onClick={() => setErasing(null)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
