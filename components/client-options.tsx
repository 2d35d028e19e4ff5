import type { Client } from '@/utils/model/types';
import { t } from '@/utils/i18n/messages';

interface ClientOptionsProps {
  clients: readonly Pick<Client, 'id' | 'name' | 'archived'>[];
  /** The first option, with no client (`value=""`): "Choose a client…", "Every client". */
  empty?: string;
  /** Name archived clients as such (a report over old entries can still pick one). */
  markArchived?: boolean;
}

/** The clients as a select's options. */
export function ClientOptions({ clients, empty, markArchived = false }: ClientOptionsProps) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {clients.map((c) => (
        <option key={c.id} value={c.id}>
          {markArchived && c.archived ? `${c.name} (${t('clientArchivedBadge')})` : c.name}
        </option>
      ))}
    </>
  );
}
