import type { FieldIssue } from '@/utils/model/errors';
import type { Id, Language, Snippet } from '@/utils/model/types';
import { parseTags, SNIPPET_LIMITS, type SnippetInput } from './validate';

/** The snippet editor's fields, as typed. */
export interface SnippetDraft {
  title: string;
  body: string;
  shortcut: string;
  language: Language;
  /** Comma-separated. */
  tags: string;
  clientId: Id | '';
  /** Whole minutes as typed; '' = none. */
  minutesToLog: string;
}

export function emptySnippetDraft(language: Language, clientId: Id | '' = ''): SnippetDraft {
  return {
    title: '',
    body: '',
    shortcut: '',
    language,
    tags: '',
    clientId,
    minutesToLog: '',
  };
}

export function draftFromSnippet(s: Snippet): SnippetDraft {
  return {
    title: s.title,
    body: s.body,
    shortcut: s.shortcut,
    language: s.language,
    tags: s.tags.join(', '),
    clientId: s.clientId,
    minutesToLog: s.minutesToLog ? String(s.minutesToLog) : '',
  };
}

/** The draft as repository input, or the problems only the form can see (minutes not a number). */
export function inputFromSnippetDraft(
  d: SnippetDraft,
): { ok: true; input: SnippetInput } | { ok: false; issues: FieldIssue[] } {
  const typed = d.minutesToLog.trim();
  const minutes = typed === '' ? 0 : /^\d{1,4}$/.test(typed) ? Number(typed) : NaN;
  if (Number.isNaN(minutes))
    return {
      ok: false,
      issues: [
        {
          field: 'minutesToLog',
          message: 'errorMinutesRange',
          params: ['0', String(SNIPPET_LIMITS.maxMinutesToLog)],
        },
      ],
    };
  return {
    ok: true,
    input: {
      title: d.title,
      body: d.body,
      shortcut: d.shortcut,
      language: d.language,
      tags: parseTags(d.tags),
      clientId: d.clientId,
      minutesToLog: minutes,
    },
  };
}
