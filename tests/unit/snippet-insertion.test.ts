import { describe, expect, it } from 'vitest';
import { checkClientGuard, insertRequest } from '@/utils/snippets/insertion';

const clients = [
  { id: 'a', name: 'Studio Legale Rossi' },
  { id: 'b', name: 'Bianchi Immobiliare' },
];

describe('checkClientGuard', () => {
  it.each([
    ['a snippet for every client, thread of A', '', 'a', { kind: 'ok' }],
    ['a snippet for A, thread of A', 'a', 'a', { kind: 'ok' }],
    ['a snippet for A, untagged thread', 'a', null, { kind: 'ok' }],
    [
      'a snippet for A, thread of B',
      'a',
      'b',
      {
        kind: 'confirm',
        snippetClient: 'Studio Legale Rossi',
        threadClient: 'Bianchi Immobiliare',
      },
    ],
    [
      'a snippet for B, thread of A',
      'b',
      'a',
      {
        kind: 'confirm',
        snippetClient: 'Bianchi Immobiliare',
        threadClient: 'Studio Legale Rossi',
      },
    ],
    [
      'a snippet for a client no longer listed, thread of B',
      'gone',
      'b',
      { kind: 'confirm', snippetClient: 'gone', threadClient: 'Bianchi Immobiliare' },
    ],
  ] as const)('%s → %j', (_, snippetClient, threadClient, expected) => {
    expect(checkClientGuard({ clientId: snippetClient }, threadClient, clients)).toEqual(expected);
  });
});

describe('insert messages', () => {
  it('builds the request the Gmail content script expects', () => {
    expect(insertRequest({ text: 'Ciao\nMario', cursorOffset: 4 })).toEqual({
      text: 'Ciao\nMario',
      cursorOffset: 4,
      openReplyIfNone: true,
    });
  });
});
