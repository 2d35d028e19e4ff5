import { describe, expect, it } from 'vitest';
import { suggestClient, type SuggestInput } from '@/utils/clients/suggest';
import type { Client } from '@/utils/model/types';
import { storedClient } from './factories';

function client(id: string, patch: Partial<Client>): Client {
  return storedClient(id, { id, nameKey: id, shortName: id, ...patch });
}

const rossi = client('rossi', { emails: ['avv.rossi@gmail.com'], domains: ['rossi-srl.it'] });
const bianchi = client('bianchi', { domains: ['bianchi.it'], gmailAccounts: [2] });
const verdi = client('verdi', { emails: ['laura@rossi-srl.it'] });
const archived = client('old', { domains: ['old.it'], emails: ['ceo@old.it'], archived: 1 });
const clients = [rossi, bianchi, verdi, archived];

const base: SuggestInput = { sender: null, recipients: [], account: 0, clients, history: null };

describe('suggestClient', () => {
  it.each<[string, Partial<SuggestInput>, string | null, string | null, string | null]>([
    [
      'exact sender address',
      { sender: 'avv.rossi@gmail.com' },
      'rossi',
      'senderEmail',
      'avv.rossi@gmail.com',
    ],
    [
      'address beats domain (laura@rossi-srl.it is Verdi’s)',
      { sender: 'laura@rossi-srl.it' },
      'verdi',
      'senderEmail',
      'laura@rossi-srl.it',
    ],
    ['sender domain', { sender: 'info@rossi-srl.it' }, 'rossi', 'senderDomain', 'rossi-srl.it'],
    [
      'subdomain of a client domain',
      { sender: 'noreply@mail.rossi-srl.it' },
      'rossi',
      'senderDomain',
      'mail.rossi-srl.it',
    ],
    ['a lookalike domain does not match', { sender: 'x@notrossi-srl.it' }, null, null, null],
    [
      'recipient address when the sender is unknown',
      { sender: 'someone@else.com', recipients: ['avv.rossi@gmail.com'] },
      'rossi',
      'recipientEmail',
      'avv.rossi@gmail.com',
    ],
    [
      'recipient address beats sender domain',
      { sender: 'x@bianchi.it', recipients: ['laura@rossi-srl.it'] },
      'verdi',
      'recipientEmail',
      'laura@rossi-srl.it',
    ],
    [
      'recipient domain',
      { sender: 'a@else.com', recipients: ['b@bianchi.it'] },
      'bianchi',
      'recipientDomain',
      'bianchi.it',
    ],
    ['gmail.com alone never suggests', { sender: 'someone@gmail.com' }, null, null, null],
    [
      'domain beats account',
      { sender: 'info@rossi-srl.it', account: 2 },
      'rossi',
      'senderDomain',
      'rossi-srl.it',
    ],
    [
      'account when nothing else matches',
      { sender: 'a@else.com', account: 2 },
      'bianchi',
      'account',
      '2',
    ],
    [
      'account beats history',
      { sender: 'a@else.com', account: 2, history: { clientId: 'rossi', email: 'a@else.com' } },
      'bianchi',
      'account',
      '2',
    ],
    [
      'history last',
      { sender: 'a@else.com', history: { clientId: 'rossi', email: 'a@else.com' } },
      'rossi',
      'history',
      'a@else.com',
    ],
    ['archived clients are never suggested by address', { sender: 'ceo@old.it' }, null, null, null],
    [
      'archived clients are never suggested by history',
      { sender: 'a@else.com', history: { clientId: 'old', email: 'a@else.com' } },
      null,
      null,
      null,
    ],
    [
      'case does not matter',
      { sender: 'AVV.Rossi@Gmail.com' },
      'rossi',
      'senderEmail',
      'avv.rossi@gmail.com',
    ],
    ['nothing at all', {}, null, null, null],
  ])('%s', (_, patch, id, kind, value) => {
    const s = suggestClient({ ...base, ...patch });
    expect(s ? [s.client.id, s.kind, s.value] : [null, null, null]).toEqual([id, kind, value]);
  });

  it('does not suggest by a domain two clients claim', () => {
    const twin = client('twin', { domains: ['bianchi.it'] });
    expect(suggestClient({ ...base, clients: [bianchi, twin], sender: 'a@bianchi.it' })).toBeNull();
  });

  it('does not suggest by an account two clients share', () => {
    const twin = client('twin', { gmailAccounts: [2] });
    expect(
      suggestClient({ ...base, clients: [bianchi, twin], sender: 'a@x.com', account: 2 }),
    ).toBeNull();
  });
});
