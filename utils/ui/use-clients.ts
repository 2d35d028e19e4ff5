import type { ClientDraft } from '@/utils/clients/draft';
import { inputFromClientDraft } from '@/utils/clients/draft';
import {
  createClient,
  listClients,
  setClientArchived,
  updateClient,
} from '@/utils/db/clients-repo';
import { ValidationError, type FieldIssue } from '@/utils/model/errors';
import type { Client } from '@/utils/model/types';
import { useLiveQuery, type LiveState } from './use-live-query';

export interface ClientsController {
  clients: LiveState<Client[]>;
  /** Saves a new (id undefined) or existing client; returns the problems, or the saved client. */
  save(
    id: string | undefined,
    draft: ClientDraft,
  ): Promise<{ issues: FieldIssue[] } | { client: Client }>;
  setArchived(id: string, archived: boolean): Promise<void>;
}

/** What both the options page and the side panel need to manage clients. */
export function useClients(): ClientsController {
  const clients = useAllClients();
  return {
    clients,
    async save(id, draft) {
      const parsed = inputFromClientDraft(draft);
      if (!parsed.ok) return { issues: parsed.issues };
      try {
        const client = id ? await updateClient(id, parsed.input) : await createClient(parsed.input);
        return { client };
      } catch (error) {
        if (error instanceof ValidationError) return { issues: error.issues };
        throw error;
      }
    },
    async setArchived(id, archived) {
      await setClientArchived(id, archived);
    },
  };
}

/** Every client, archived ones too, kept up to date: the list most views start from. */
export function useAllClients(): LiveState<Client[]> {
  return useLiveQuery(() => listClients({ includeArchived: true }), []);
}
