import { describe, expect, it } from 'vitest';
import { getDb } from '@/utils/db/app-db';
import { createClient } from '@/utils/db/clients-repo';
import { changeRow, deleteRow, existingRow, putRow } from '@/utils/db/existing-row';
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

  it('stores a row, new or in place of its id, and returns it', async () => {
    const client = await createClient(clientInput('Bianchi'));
    const db = getDb();
    const noted = { ...client, notes: 'VIP' };
    expect(await db.transaction('rw', db.clients, () => putRow(db.clients, noted))).toBe(noted);
    expect(await db.clients.get(client.id)).toEqual(noted);
  });

  it('deletes the row and returns it, or names what is missing', async () => {
    const client = await createClient(clientInput('Bianchi'));
    const db = getDb();
    const removed = await db.transaction('rw', db.clients, () =>
      deleteRow(db.clients, 'client', client.id),
    );
    expect(removed).toEqual(client);
    expect(await db.clients.get(client.id)).toBeUndefined();
    await expect(deleteRow(db.clients, 'client', 'nope')).rejects.toBeInstanceOf(
      MissingRecordError,
    );
  });
});
