import type { Client } from '@/utils/model/types';
import { formatMoney } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import { roundingLabel } from './labels';

interface ClientListProps {
  clients: readonly Client[];
  onEdit(client: Client): void;
  onArchive(client: Client, archived: boolean): void;
}

export function ClientList({ clients, onEdit, onArchive }: ClientListProps) {
  if (!clients.length) return <p class="empty">{t('clientsNoneFound')}</p>;
  return (
    <ul class="client-list" aria-label={t('clientsListLabel')}>
      {clients.map((client) => (
        <li
          key={client.id}
          class={client.archived ? 'client-item client-item--archived' : 'client-item'}
          data-client-id={client.id}
        >
          <span class="swatch" style={{ background: client.color }} aria-hidden="true" />
          <div class="client-item__main">
            <span class="client-item__name">{client.name}</span>
            {client.archived === 1 && <span class="badge">{t('clientArchivedBadge')}</span>}
            <span class="client-item__meta">
              {client.hourlyRate > 0
                ? t('clientRatePerHour', [formatMoney(client.hourlyRate, client.currency)])
                : t('clientNoRate')}
              {' · '}
              {roundingLabel(client.rounding)}
              {client.domains.length > 0 && ` · ${client.domains.join(', ')}`}
            </span>
          </div>
          <div class="client-item__actions">
            <button
              type="button"
              onClick={() => onEdit(client)}
              aria-label={t('editClientNamed', [client.name])}
            >
              {t('edit')}
            </button>
            <button
              type="button"
              onClick={() => onArchive(client, client.archived === 0)}
              aria-label={
                client.archived
                  ? t('unarchiveClientNamed', [client.name])
                  : t('archiveClientNamed', [client.name])
              }
            >
              {client.archived ? t('unarchive') : t('archive')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
