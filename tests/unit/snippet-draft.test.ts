import { describe, expect, it } from 'vitest';
import { draftFromSnippet, emptySnippetDraft, inputFromSnippetDraft } from '@/utils/snippets/draft';

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
