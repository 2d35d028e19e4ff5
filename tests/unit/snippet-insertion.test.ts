import { describe, expect, it } from 'vitest';
import { draftFromSnippet, emptySnippetDraft, inputFromSnippetDraft } from '@/utils/snippets/draft';
import { checkClientGuard, insertRequest } from '@/utils/snippets/insertion';
import { fieldsOf, unknownVariables } from '@/utils/snippets/variables';

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

describe('snippet drafts', () => {
  it('round-trips a snippet and reads tags and minutes', () => {
    const draft = draftFromSnippet({
      id: 's',
      title: 'T',
      body: 'B',
      shortcut: ';t',
      language: 'en',
      tags: ['a', 'b c'],
      clientId: 'x',
      minutesToLog: 5,
      usageCount: 1,
      lastUsedAt: null,
      createdAt: 0,
      updatedAt: 0,
    });
    expect(draft).toEqual({
      title: 'T',
      body: 'B',
      shortcut: ';t',
      language: 'en',
      tags: 'a, b c',
      clientId: 'x',
      minutesToLog: '5',
    });
    expect(inputFromSnippetDraft({ ...draft, tags: ' a,, b c ,' })).toEqual({
      ok: true,
      input: {
        title: 'T',
        body: 'B',
        shortcut: ';t',
        language: 'en',
        tags: ['a', 'b c'],
        clientId: 'x',
        minutesToLog: 5,
      },
    });
  });

  it.each([
    ['', 0],
    [' 15 ', 15],
    ['0', 0],
  ])('minutes %j → %i', (typed, minutes) => {
    const result = inputFromSnippetDraft({ ...emptySnippetDraft('it'), minutesToLog: typed });
    expect(result.ok && result.input.minutesToLog).toBe(minutes);
  });

  it.each(['1.5', '-2', 'ten', '5 min'])('minutes %j are refused in the form', (typed) => {
    expect(inputFromSnippetDraft({ ...emptySnippetDraft('it'), minutesToLog: typed })).toEqual({
      ok: false,
      issues: [{ field: 'minutesToLog', message: 'errorMinutesRange', params: ['0', '480'] }],
    });
  });
});

describe('fieldsOf and unknownVariables', () => {
  it('lists every field once, answered or not, and each unknown name once', () => {
    const body =
      '{{ask:Importo}} {{choose:Sì|No}} {{ask:Importo}} {{sendr.name}} {{x}} {{sendr.name}}';
    expect(fieldsOf(body)).toEqual([
      { key: 'ask:Importo', kind: 'ask', label: 'Importo', options: [] },
      { key: 'choose:Sì|No', kind: 'choose', label: 'Sì / No', options: ['Sì', 'No'] },
    ]);
    expect(unknownVariables(body)).toEqual(['sendr.name', 'x']);
  });
});
