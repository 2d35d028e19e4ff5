import { describe, expect, it } from 'vitest';
import { getDb } from '@/utils/db/app-db';
import { createClient } from '@/utils/db/clients-repo';
import { changeRow, existingRow } from '@/utils/db/existing-row';
import { MissingRecordError } from '@/utils/model/errors';
import { clientInput } from './factories';

describe('existingRow', () => {
  it('reads the row, or names what is missing', async () => {
    const client = await createClient(clientInput('Bianchi'));
    const db = getDb();
    expect(await existingRow(db.clients, 'client', client.id)).toEqual(client);
    const missing = await existingRow(db.clients, 'client', 'nope').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(MissingRecordError);
    expect((missing as Error).message).toBe('client nope not found');
  });

  it('replaces the row with its change and returns it, or names what is missing', async () => {
    const client = await createClient(clientInput('Bianchi'));
    const db = getDb();
    const renamed = await db.transaction('rw', db.clients, () =>
      changeRow(db.clients, 'client', client.id, (c) => ({ ...c, notes: 'VIP' })),
    );
    expect(renamed).toEqual({ ...client, notes: 'VIP' });
    expect(await db.clients.get(client.id)).toEqual(renamed);
    await expect(changeRow(db.clients, 'client', 'nope', (c) => c)).rejects.toBeInstanceOf(
      MissingRecordError,
    );
  });
});
