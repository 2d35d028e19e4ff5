import { describe, expect, it } from 'vitest';
import { clientHandlers } from '@/entrypoints/background/handlers/clients';
import { createClient, setClientArchived } from '@/utils/db/clients-repo';
import { createRouter } from '@/utils/messaging/router';
import { clientInput as inputFor } from './factories';

const envelope = (type: string, input: unknown) => ({ app: 'va-desk', type, input });

const clientInput = inputFor('Studio Legale Rossi', {
  domains: ['studiorossi.it'],
  hourlyRate: 3000,
  rounding: 15,
  notes: 'private notes',
});

describe('clients handlers', () => {
  const route = createRouter(clientHandlers);

  it('lists active clients as summaries without rates or notes', async () => {
    const rossi = await createClient(clientInput);
    const other = await createClient({ ...clientInput, name: 'Old Client', domains: [] });
    await setClientArchived(other.id, true);
    const result = await route(envelope('listClientSummaries', {}));
    expect(result).toEqual({
      ok: true,
      value: [{ id: rossi.id, name: 'Studio Legale Rossi', shortName: 'Studio', color: '#1a73e8' }],
    });
  });

  it('rejects input that should be empty', async () => {
    expect(await route(envelope('listClientSummaries', { all: true }))).toMatchObject({
      ok: false,
      error: { code: 'badRequest' },
    });
  });
});
