import { describe, expect, it } from 'vitest';
import { snippetFillContext } from '@/utils/snippets/fill-context';
import { clientInput } from './factories';

const client = { ...clientInput('Bianchi'), id: 'c1', archived: 0, createdAt: 0, updatedAt: 0 };
const me = { vaName: 'Giulia', signature: 'Giulia R.' };

describe('snippetFillContext', () => {
  it.each([
    [
      'an open, tagged email',
      { sender: { name: 'Anna', email: 'anna@x.it' }, subject: 'Hello' },
      client,
    ],
    ['no email read', { sender: null, subject: null }, null],
  ])('fills from %s and the VA’s settings', (_, email, tagged) => {
    expect(snippetFillContext(email, tagged as never, me, 42)).toEqual({
      sender: email.sender,
      subject: email.subject,
      client: tagged,
      me: { name: 'Giulia', signature: 'Giulia R.' },
      now: 42,
    });
  });
});
