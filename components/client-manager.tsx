import { useMemo, useRef, useState } from 'preact/hooks';
import {
  draftFromClient,
  emptyClientDraft,
  type ClientDraft,
  type DraftDefaults,
} from '@/utils/clients/draft';
import { matchesClientQuery } from '@/utils/clients/validate';
import type { FieldIssue } from '@/utils/model/errors';
import type { Client } from '@/utils/model/types';
import { getLocale, t } from '@/utils/i18n/messages';
import { ClientForm } from './client-form';
import { ClientList } from './client-list';

interface ClientManagerProps {
  idPrefix: string;
  clients: readonly Client[];
  defaults: DraftDefaults;
  timeZones: readonly string[];
  onSave(
    id: string | undefined,
    draft: ClientDraft,
  ): Promise<{ issues: FieldIssue[] } | { client: Client }>;
  onArchive(id: string, archived: boolean): Promise<void>;
}

type Editing = { mode: 'create' } | { mode: 'edit'; client: Client } | null;

/** Search, list, create, edit, archive: the whole client manager, without data access. */
export function ClientManager({
  idPrefix,
  clients,
  defaults,
  timeZones,
  onSave,
  onArchive,
}: ClientManagerProps) {
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState('');
  const newButton = useRef<HTMLButtonElement>(null);

  const visible = useMemo(
    () => clients.filter((c) => (showArchived || c.archived === 0) && matchesClientQuery(c, query)),
    [clients, query, showArchived],
  );
  const archivedCount = clients.filter((c) => c.archived === 1).length;

  function close() {
    setEditing(null);
    queueMicrotask(() => newButton.current?.focus());
  }

  async function submit(draft: ClientDraft): Promise<FieldIssue[] | null> {
    const id = editing?.mode === 'edit' ? editing.client.id : undefined;
    const result = await onSave(id, draft);
    if ('issues' in result) return result.issues;
    setStatus(t(id ? 'clientUpdated' : 'clientCreated', [result.client.name]));
    close();
    return null;
  }

  async function archive(client: Client, archived: boolean) {
    await onArchive(client.id, archived);
    setStatus(t(archived ? 'clientArchived' : 'clientUnarchived', [client.name]));
  }

  if (editing) {
    return (
      <ClientForm
        idPrefix={idPrefix}
        mode={editing.mode}
        initial={
          editing.mode === 'edit'
            ? draftFromClient(editing.client, getLocale())
            : emptyClientDraft(defaults)
        }
        timeZones={timeZones}
        onSubmit={submit}
        onCancel={close}
      />
    );
  }

  return (
    <div class="client-manager">
      <div class="toolbar">
        <label class="visually-hidden" for={`${idPrefix}-search`}>
          {t('clientsSearchLabel')}
        </label>
        <input
          id={`${idPrefix}-search`}
          type="search"
          placeholder={t('clientsSearchPlaceholder')}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <button
          type="button"
          class="primary"
          ref={newButton}
          onClick={() => setEditing({ mode: 'create' })}
        >
          {t('newClient')}
        </button>
      </div>
      {archivedCount > 0 && (
        <div class="field field--check">
          <input
            id={`${idPrefix}-show-archived`}
            type="checkbox"
            checked={showArchived}
            onChange={(e) => setShowArchived((e.currentTarget as HTMLInputElement).checked)}
          />
          <label for={`${idPrefix}-show-archived`}>{t('showArchived', [archivedCount])}</label>
        </div>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {status && (
        <p class="notice" aria-hidden="true">
          {status}
        </p>
      )}
      {clients.length === 0 ? (
        <p class="empty">{t('clientsEmpty')}</p>
      ) : (
        <ClientList
          clients={visible}
          onEdit={(client) => setEditing({ mode: 'edit', client })}
          onArchive={archive}
        />
      )}
    </div>
  );
}
