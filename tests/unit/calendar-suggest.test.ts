import { describe, expect, it } from 'vitest';
import { clientNamedIn, suggestEventClient } from '@/utils/calendar/suggest';
import { ALL_CALENDAR_CLIENTS, BIANCHI } from './fixtures/calendar-clients';

const ALL = ALL_CALENDAR_CLIENTS;
const ME = 'giulia@contiassistenza.it';
const SELF = [ME];

describe('suggesting the client of an event', () => {
  it.each([
    [
      'the organizer’s address',
      'avv.rossi@studiorossi.it',
      [],
      'Riunione',
      'Studio Legale Rossi',
      'senderEmail',
      'avv.rossi@studiorossi.it',
    ],
    [
      'a guest’s address',
      ME,
      ['segreteria.verdi@gmail.com'],
      'Chiamata',
      'Dott.ssa Verdi',
      'recipientEmail',
      'segreteria.verdi@gmail.com',
    ],
    [
      'the organizer’s domain',
      'laura.bianchi@bianchi-immobiliare.it',
      ['marco.rossi@studiorossi.it'],
      'Call',
      'Bianchi Immobiliare',
      'senderDomain',
      'bianchi-immobiliare.it',
    ],
    [
      'a guest’s domain, the VA organizing',
      ME,
      [ME, 'emma@hartleycoaching.co.uk'],
      'Session',
      'Hartley Coaching',
      'recipientDomain',
      'hartleycoaching.co.uk',
    ],
    [
      'the full name in the title',
      null,
      [],
      'Udienza – Studio Legale Rossi',
      'Studio Legale Rossi',
      'title',
      'Studio Legale Rossi',
    ],
    [
      'the short name in the title, any case and accents',
      null,
      [],
      'Weekly check-in HARTLEY',
      'Hartley Coaching',
      'title',
      'Hartley',
    ],
    [
      'the short name after punctuation',
      null,
      [],
      'Chiamata (Verdì): referti',
      'Dott.ssa Verdi',
      'title',
      'Verdi',
    ],
  ])('from %s', (_, organizer, guests, title, name, kind, value) => {
    const s = suggestEventClient({ organizer, guests, title, clients: ALL, self: SELF });
    expect(s && { name: s.client.name, kind: s.kind, value: s.value }).toEqual({
      name,
      kind,
      value,
    });
  });

  it.each([
    ['a shared provider domain only', 'someone@gmail.com', [], 'Riunione'],
    ['the VA’s own address', ME, [ME], 'Dentista'],
    ['an archived client', 'a@neri.it', [], 'Studio Neri'],
    ['a title naming two clients', null, [], 'Rossi e Bianchi: accordo'],
    ['a short name inside another word', null, [], 'Rossini concerto'],
  ])('not from %s', (_, organizer, guests, title) => {
    expect(suggestEventClient({ organizer, guests, title, clients: ALL, self: SELF })).toBeNull();
  });

  it('falls back on earlier Gmail tags of a guest, but not of the VA', () => {
    const history = { clientId: BIANCHI.id, email: 'studio@esterno.it' };
    expect(
      suggestEventClient({
        organizer: null,
        guests: ['studio@esterno.it'],
        title: 'Incontro',
        clients: ALL,
        history,
      }),
    ).toMatchObject({ client: { name: 'Bianchi Immobiliare' }, kind: 'history' });
    expect(
      suggestEventClient({
        organizer: null,
        guests: [],
        title: 'Incontro',
        clients: ALL,
        self: ['studio@esterno.it'],
        history,
      }),
    ).toBeNull();
  });

  it('prefers addresses over the title', () => {
    expect(
      suggestEventClient({
        organizer: 'emma@hartleycoaching.co.uk',
        guests: [],
        title: 'Rossi',
        clients: ALL,
      }),
    ).toMatchObject({ client: { name: 'Hartley Coaching' } });
    expect(clientNamedIn('   ', ALL)).toBeNull();
  });
});
