import { changeRow } from './existing-row';
import { getDb, type AppDb } from './app-db';
import { bumpsRevision, tagsRevision } from '@/utils/messaging/revision-items';
import { ValidationError } from '@/utils/model/errors';
import type { Client, Id } from '@/utils/model/types';
import {
  CLIENT_PALETTE,
  nameKey,
  normalizeClientInput,
  validateClientInput,
  type ClientInput,
} from '@/utils/clients/validate';
import type { ListClientsOptions } from '@/utils/model/inputs';

/** Clients sorted by name; archived ones only when asked. */
export async function listClients(options: ListClientsOptions = {}): Promise<Client[]> {
  const db = getDb();
  const rows = options.includeArchived
    ? await db.clients.orderBy('nameKey').toArray()
    : await db.clients.where('archived').equals(0).sortBy('nameKey');
  return rows;
}

export async function getClient(id: Id): Promise<Client | undefined> {
  return getDb().clients.get(id);
}

/** The clean input, or its issues thrown: checked against every other client. */
function checkedClient(input: ClientInput, others: readonly Client[]): ClientInput {
  const clean = normalizeClientInput(input);
  const issues = validateClientInput(clean, others);
  if (issues.length) throw new ValidationError(issues);
  return clean;
}

/**
 * Adds a client after checking it against every other client. Runs inside the caller's
 * transaction (which must include `clients`) and has no other side effect.
 */
export async function insertClient(db: AppDb, input: ClientInput, now: number): Promise<Client> {
  const clean = checkedClient(input, await db.clients.toArray());
  const client: Client = {
    ...clean,
    taskTypes: clean.taskTypes ?? [],
    id: crypto.randomUUID(),
    nameKey: nameKey(clean.name),
    archived: 0,
    createdAt: now,
    updatedAt: now,
  };
  await db.clients.add(client);
  return client;
}

/** Creates a client after checking it against every other client, in one transaction. */
export async function createClient(input: ClientInput, now: number = Date.now()): Promise<Client> {
  const db = getDb();
  return db
    .transaction('rw', db.clients, () => insertClient(db, input, now))
    .then(afterClientChange);
}

export async function updateClient(
  id: Id,
  input: ClientInput,
  now: number = Date.now(),
): Promise<Client> {
  const db = getDb();
  return db
    .transaction('rw', db.clients, async () => {
      const others = (await db.clients.toArray()).filter((c) => c.id !== id);
      return changeRow(db.clients, 'client', id, (current): Client => {
        const clean = checkedClient(input, others);
        return {
          ...current,
          ...clean,
          taskTypes: clean.taskTypes ?? current.taskTypes ?? [],
          nameKey: nameKey(clean.name),
          updatedAt: now,
        };
      });
    })
    .then(afterClientChange);
}

/** Archiving hides a client from pickers; every entry, thread and appointment stays. */
export async function setClientArchived(
  id: Id,
  archived: boolean,
  now: number = Date.now(),
): Promise<Client> {
  const db = getDb();
  return db
    .transaction('rw', db.clients, () =>
      changeRow(db.clients, 'client', id, (current): Client => ({
        ...current,
        archived: archived ? 1 : 0,
        updatedAt: now,
      })),
    )
    .then(afterClientChange);
}

/**
 * Chips in Gmail show the client's name and colour: tell content scripts to redraw them. Called
 * after the transaction: awaiting anything but Dexie inside one would end it early.
 */
export const afterClientChange: (client: Client) => Promise<Client> = bumpsRevision(tagsRevision);

/** The palette colour used least so far, so new clients are told apart at a glance. */
export function nextClientColor(existing: readonly Pick<Client, 'color'>[]): string {
  let best: string = CLIENT_PALETTE[0];
  let bestCount = Infinity;
  for (const color of CLIENT_PALETTE) {
    const count = existing.filter((c) => c.color === color).length;
    if (count < bestCount) {
      best = color;
      bestCount = count;
    }
  }
  return best;
}

export async function countClients(): Promise<number> {
  return getDb().clients.count();
}
