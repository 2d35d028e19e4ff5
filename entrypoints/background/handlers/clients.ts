import { listClients } from '@/utils/db/clients-repo';
import type { Handlers } from '@/utils/messaging/router';
import { emptyInput } from '@/utils/messaging/validate';

export const clientHandlers: Handlers = {
  listClientSummaries: {
    parse: emptyInput,
    async handle() {
      const clients = await listClients();
      return clients.map(({ id, name, shortName, color }) => ({ id, name, shortName, color }));
    },
  },
};
