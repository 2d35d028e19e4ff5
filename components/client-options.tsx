import type { Client } from '@/utils/model/types';
import { t } from '@/utils/i18n/messages';

/** The clients as a select's options; an archived one says so (old entries can still name it). */
export function ClientOptions({ clients }: { clients: readonly Client[] }) {
  return (
    <>
      {clients.map((c) => (
        <option key={c.id} value={c.id}>
          {c.archived ? `${c.name} (${t('clientArchivedBadge')})` : c.name}
        </option>
      ))}
    </>
  );
}
