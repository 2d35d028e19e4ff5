import { ClientManager } from '@/components/client-manager';
import { LoadError, Loading } from '@/components/status';
import { allTimeZones, clientDefaults } from '@/utils/ui/defaults';
import { useClients } from '@/utils/ui/use-clients';
import type { Settings } from '@/utils/model/settings';

/** The client manager wired to the database; the options page shows the same view. */
export function ClientsView({ settings, idPrefix }: { settings: Settings; idPrefix: string }) {
  const { clients, save, setArchived } = useClients();
  if (clients.status === 'loading') return <Loading />;
  if (clients.status === 'error') return <LoadError error={clients.error} />;
  return (
    <ClientManager
      idPrefix={idPrefix}
      clients={clients.value}
      defaults={clientDefaults(settings, clients.value)}
      timeZones={allTimeZones()}
      onSave={save}
      onArchive={setArchived}
    />
  );
}
