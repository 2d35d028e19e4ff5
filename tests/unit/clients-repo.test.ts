import { describe, expect, it } from 'vitest';
import { CLIENT_PALETTE, type ClientInput } from '@/utils/clients/validate';
import { getDb } from '@/utils/db/app-db';
import {
  countClients,
  createClient,
  getClient,
  listClients,
  nextClientColor,
  setClientArchived,
  updateClient,
} from '@/utils/db/clients-repo';
import { MissingRecordError, ValidationError } from '@/utils/model/errors';
import { SAMPLE_CLIENTS, seedSampleData } from '@/utils/db/sample-data';
import { clientInput } from './factories';

const T0 = Date.UTC(2026, 10, 25, 9, 0);
const T1 = T0 + 60_000;

const rossi = clientInput('Studio Legale Rossi', {
  shortName: 'Rossi',
  emails: ['avv.rossi@studiorossi.it'],
  domains: ['studiorossi.it'],
  gmailAccounts: [1],
  hourlyRate: 3000,
  rounding: 15,
  monthlyBudgetHours: 20,
});

/** A client that clashes with nobody, named `name`. */
function plain(name: string, overrides: Partial<ClientInput> = {}): ClientInput {
  return {
    ...rossi,
    name,
    shortName: '',
    emails: [],
    domains: [],
    gmailAccounts: [],
    ...overrides,
  };
}

async function validationIssues(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues;
}

describe('createClient', () => {
  it('stores the normalised client with an id, a name key and timestamps', async () => {
    const created = await createClient(
      {
        ...rossi,
        name: '  Studio  Legale Rossi ',
        shortName: '',
        emails: ['Avv.Rossi@StudioRossi.it'],
        color: '#1A73E8',
        currency: 'eur',
      },
      T0,
    );
    expect(created).toEqual({
      ...rossi,
      shortName: 'Studio',
      taskTypes: [],
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      nameKey: 'studio legale rossi',
      archived: 0,
      createdAt: T0,
      updatedAt: T0,
    });
    expect(await getClient(created.id)).toEqual(created);
  });

  it.each<[string, ClientInput, Partial<ClientInput>, [string, string, string[]]]>([
    [
      'same name in another case',
      rossi,
      plain('STUDIO legale  rossi'),
      ['name', 'errorNameTaken', ['Studio Legale Rossi']],
    ],
    [
      'an email another client owns',
      rossi,
      plain('Rossi Bis', { emails: ['AVV.ROSSI@studiorossi.it'] }),
      ['emails', 'errorEmailTaken', ['avv.rossi@studiorossi.it', 'Studio Legale Rossi']],
    ],
    [
      'a domain another client owns',
      rossi,
      plain('Rossi Bis', { domains: ['@studiorossi.it'] }),
      ['domains', 'errorDomainTaken', ['studiorossi.it', 'Studio Legale Rossi']],
    ],
    [
      'a Gmail account another client owns',
      rossi,
      plain('Rossi Bis', { gmailAccounts: [1] }),
      ['gmailAccounts', 'errorAccountTaken', ['1', 'Studio Legale Rossi']],
    ],
    [
      'a shared domain',
      rossi,
      plain('Verdi', { domains: ['gmail.com'] }),
      ['domains', 'errorDomainShared', ['gmail.com']],
    ],
  ])('rejects %s and writes nothing', async (_, existing, input, [field, message, params]) => {
    await createClient(existing, T0);
    const issues = await validationIssues(createClient(input as ClientInput, T1));
    expect(issues).toEqual([{ field, message, params }]);
    expect(await countClients()).toBe(1);
  });

  it.each<[string, Partial<ClientInput>, string]>([
    ['name', { name: 'studio legale rossi' }, 'errorNameTaken'],
    ['domain', { domains: ['studiorossi.it'] }, 'errorDomainTaken'],
    ['email', { emails: ['avv.rossi@studiorossi.it'] }, 'errorEmailTaken'],
  ])('still rejects the %s of an archived client', async (_, overrides, message) => {
    const archived = await createClient(rossi, T0);
    await setClientArchived(archived.id, true, T1);
    const issues = await validationIssues(createClient(plain('Nuovo Cliente', overrides), T1));
    expect(issues[0]?.message).toBe(message);
    expect(await countClients()).toBe(1);
  });

  it('rejects a batch of bad input with one issue per field', async () => {
    const issues = await validationIssues(
      createClient(plain('', { hourlyRate: -1, timeZone: '+02:00' }), T0),
    );
    expect(issues.map((i) => i.message)).toEqual([
      'errorNameRequired',
      'errorRateNegative',
      'errorTimeZoneInvalid',
    ]);
    expect(await countClients()).toBe(0);
  });
});

describe('listClients', () => {
  it('lists active clients sorted by name, archived ones only when asked', async () => {
    const zeta = await createClient(plain('zeta Consulting'), T0);
    await createClient(plain('Alfa Srl'), T0);
    await createClient(plain('Bianchi Immobiliare'), T0);
    await createClient(plain('beta Studio'), T0);
    await setClientArchived(zeta.id, true, T1);

    expect((await listClients()).map((c) => c.name)).toEqual([
      'Alfa Srl',
      'beta Studio',
      'Bianchi Immobiliare',
    ]);
    expect((await listClients({ includeArchived: true })).map((c) => [c.name, c.archived])).toEqual(
      [
        ['Alfa Srl', 0],
        ['beta Studio', 0],
        ['Bianchi Immobiliare', 0],
        ['zeta Consulting', 1],
      ],
    );
  });

  it('is empty on a fresh database', async () => {
    expect(await listClients({ includeArchived: true })).toEqual([]);
  });
});

describe('updateClient', () => {
  it('keeps id and createdAt, changes fields and updatedAt', async () => {
    const created = await createClient(rossi, T0);
    const updated = await updateClient(
      created.id,
      { ...rossi, name: 'Studio Rossi & Associati', hourlyRate: 4000 },
      T1,
    );
    expect(updated).toEqual({
      ...created,
      name: 'Studio Rossi & Associati',
      nameKey: 'studio rossi & associati',
      hourlyRate: 4000,
      updatedAt: T1,
    });
    expect(await getClient(created.id)).toEqual(updated);
  });

  it.each([
    ['the same name', 'Studio Legale Rossi'],
    ['its own name in another case', 'STUDIO LEGALE ROSSI'],
  ])('allows %s and its own email, domain and account', async (_, name) => {
    const created = await createClient(rossi, T0);
    const updated = await updateClient(created.id, { ...rossi, name }, T1);
    expect(updated.name).toBe(name);
    expect(updated.nameKey).toBe('studio legale rossi');
  });

  it('keeps the archived flag', async () => {
    const created = await createClient(rossi, T0);
    await setClientArchived(created.id, true, T0);
    expect((await updateClient(created.id, rossi, T1)).archived).toBe(1);
  });

  it('rejects another client’s name and leaves the row unchanged', async () => {
    await createClient(plain('Bianchi Immobiliare'), T0);
    const created = await createClient(rossi, T0);
    const issues = await validationIssues(
      updateClient(created.id, { ...rossi, name: 'bianchi immobiliare' }, T1),
    );
    expect(issues).toEqual([
      { field: 'name', message: 'errorNameTaken', params: ['Bianchi Immobiliare'] },
    ]);
    expect(await getClient(created.id)).toEqual(created);
  });
});

describe('setClientArchived', () => {
  it.each([
    [true, 1],
    [false, 0],
  ] as const)('archived=%s → %i, updatedAt moves, the rest stays', async (archived, flag) => {
    const created = await createClient(rossi, T0);
    const result = await setClientArchived(created.id, archived, T1);
    expect(result).toEqual({ ...created, archived: flag, updatedAt: T1 });
    expect(await getClient(created.id)).toEqual(result);
  });

  it('restores an archived client to the default list', async () => {
    const created = await createClient(rossi, T0);
    await setClientArchived(created.id, true, T0);
    expect(await listClients()).toEqual([]);
    await setClientArchived(created.id, false, T1);
    expect((await listClients()).map((c) => c.id)).toEqual([created.id]);
  });
});

describe('unknown ids', () => {
  const calls = [
    ['updateClient', () => updateClient('missing', rossi, T1)],
    ['setClientArchived', () => setClientArchived('missing', true, T1)],
  ] as const;

  async function rejection(call: () => Promise<unknown>): Promise<Error> {
    return call().then(
      () => {
        throw new Error('expected a rejection');
      },
      (e: unknown) => e as Error,
    );
  }

  it.each(calls)(
    '%s rejects with "client missing not found" and writes nothing',
    async (_, call) => {
      const error = await rejection(call);
      expect(error.name).toBe('MissingRecordError');
      expect(error.message).toBe('client missing not found');
      expect(await countClients()).toBe(0);
    },
  );

  // Dexie must not re-wrap it (it would if it were named like IndexedDB's NotFoundError).
  it.each(calls)('%s rejects with our MissingRecordError class', async (_, call) => {
    expect(await rejection(call)).toBeInstanceOf(MissingRecordError);
  });

  it('getClient returns undefined', async () => {
    expect(await getClient('missing')).toBeUndefined();
  });
});

describe('nextClientColor', () => {
  const [blue, red, green, orange, purple, teal, crimson, grey] = CLIENT_PALETTE;
  it.each<[string, string[], string]>([
    ['no clients → first colour', [], blue],
    ['first used → second', [blue], red],
    ['first three used → fourth', [blue, red, green], orange],
    ['a gap is filled first', [blue, green, orange], red],
    ['all used once → first again', [...CLIENT_PALETTE], blue],
    ['all once, first twice → second', [...CLIENT_PALETTE, blue], red],
    ['colours outside the palette do not count', ['#000000', '#ffffff'], blue],
    [
      'least used wins',
      [blue, blue, red, red, green, orange, purple, teal, crimson, grey, green],
      orange,
    ],
  ])('%s', (_, colors, expected) => {
    expect(nextClientColor(colors.map((color) => ({ color })))).toBe(expected);
  });
});

describe('seedSampleData', () => {
  it('seeds 4 clients and 3 entries once, then does nothing', async () => {
    const now = new Date(2026, 10, 25, 11, 0).getTime();
    expect(await seedSampleData(now)).toBe(true);
    expect(await seedSampleData(now)).toBe(false);

    const clients = await listClients({ includeArchived: true });
    expect(clients.map((c) => c.name)).toEqual([
      'Bianchi Immobiliare',
      'Dott.ssa Verdi',
      'Hartley Coaching',
      'Studio Legale Rossi',
    ]);
    expect(clients).toHaveLength(SAMPLE_CLIENTS.length);

    const entries = await getDb().timeEntries.orderBy('start').toArray();
    const byId = new Map(clients.map((c) => [c.id, c.name]));
    // 08:30–08:55, 09:00–09:40, 09:45–10:00 local time, one per client in sample order.
    expect(
      entries.map((e) => [
        byId.get(e.clientId),
        new Date(e.start).getHours() * 60 + new Date(e.start).getMinutes(),
        (e.end! - e.start) / 60_000,
      ]),
    ).toEqual([
      ['Studio Legale Rossi', 510, 25],
      ['Bianchi Immobiliare', 540, 40],
      ['Hartley Coaching', 585, 15],
    ]);
  });

  it('does not seed over a VA’s own client', async () => {
    await createClient(plain('Cliente Vero'), T0);
    expect(await seedSampleData(T0)).toBe(false);
    expect(await countClients()).toBe(1);
    expect(await getDb().timeEntries.count()).toBe(0);
  });

  it('keeps early-morning sample entries in the past', async () => {
    const now = new Date(2026, 10, 25, 7, 0).getTime();
    await seedSampleData(now);
    const entries = await getDb().timeEntries.toArray();
    expect(entries).toHaveLength(3);
    expect(Math.max(...entries.map((e) => e.end!))).toBeLessThanOrEqual(now);
  });
});
