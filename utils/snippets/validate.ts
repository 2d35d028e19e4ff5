import type { FieldIssue } from '@/utils/model/errors';
import type { Client, Id, Snippet } from '@/utils/model/types';

/** What a VA enters for a snippet; the repository adds ids, usage and timestamps. */
export type SnippetInput = Pick<
  Snippet,
  'title' | 'body' | 'shortcut' | 'language' | 'tags' | 'clientId' | 'minutesToLog'
>;

export const SNIPPET_LIMITS = {
  titleLength: 120,
  bodyLength: 20_000,
  shortcutLength: 32,
  tags: 10,
  tagLength: 30,
  maxMinutesToLog: 480,
} as const;

/**
 * `;` or `/`, then letters (accents too), digits, `.`, `-` or `_`, no spaces: typed in Gmail, the
 * shortcut plus a space or Tab expands, so it must be one word nobody writes by accident.
 */
export const SHORTCUT_RE = /^[;/][\p{L}\p{N}._-]{1,31}$/u;

export function normalizeShortcut(shortcut: string): string {
  return shortcut.trim().toLowerCase();
}

/** Trims what the VA typed; tags lose empty entries and case-insensitive repeats. */
export function normalizeSnippetInput(input: SnippetInput): SnippetInput {
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const raw of input.tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return {
    title: input.title.trim().replace(/\s+/g, ' '),
    body: input.body.replace(/\r\n?/g, '\n').replace(/\s+$/, ''),
    shortcut: normalizeShortcut(input.shortcut),
    language: input.language,
    tags,
    clientId: input.clientId,
    minutesToLog: input.minutesToLog,
  };
}

/** `tag1, tag2` → tags, for the editor's single text field. */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

/** Checks the snippet's own fields (clean input): everything but the scope and shortcut uniqueness. */
export function validateSnippetFields(s: SnippetInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const L = SNIPPET_LIMITS;
  if (!s.title) issues.push({ field: 'title', message: 'errorSnippetTitleRequired' });
  else if (s.title.length > L.titleLength)
    issues.push({ field: 'title', message: 'errorNameTooLong', params: [String(L.titleLength)] });
  if (!s.body.trim()) issues.push({ field: 'body', message: 'errorSnippetBodyRequired' });
  else if (s.body.length > L.bodyLength)
    issues.push({
      field: 'body',
      message: 'errorSnippetBodyTooLong',
      params: [String(L.bodyLength), String(s.body.length)],
    });
  if (s.shortcut && !SHORTCUT_RE.test(s.shortcut))
    issues.push({ field: 'shortcut', message: 'errorShortcutInvalid', params: [s.shortcut] });
  if (s.language !== 'en' && s.language !== 'it')
    issues.push({ field: 'language', message: 'errorLanguageInvalid' });
  if (s.tags.length > L.tags || s.tags.some((tag) => tag.length > L.tagLength))
    issues.push({
      field: 'tags',
      message: 'errorSnippetTags',
      params: [String(L.tags), String(L.tagLength)],
    });
  if (!Number.isInteger(s.minutesToLog) || s.minutesToLog < 0 || s.minutesToLog > L.maxMinutesToLog)
    issues.push({
      field: 'minutesToLog',
      message: 'errorMinutesRange',
      params: ['0', String(L.maxMinutesToLog)],
    });
  return issues;
}

/**
 * Every rule for a clean snippet: its fields, a scope naming a client that exists (archived only
 * when it already had that scope), and a shortcut no other snippet has.
 */
export function validateSnippetInput(
  s: SnippetInput,
  context: {
    client: Client | undefined;
    /** The snippet already holding this shortcut, if any (other than the one being saved). */
    shortcutOwner: Pick<Snippet, 'title'> | undefined;
    /** The scope the snippet had before this edit. */
    previousClientId?: Id | '';
  },
): FieldIssue[] {
  const issues = validateSnippetFields(s);
  if (s.clientId) {
    if (!context.client) issues.push({ field: 'clientId', message: 'errorClientUnknown' });
    else if (context.client.archived && context.previousClientId !== s.clientId)
      issues.push({
        field: 'clientId',
        message: 'errorClientArchived',
        params: [context.client.name],
      });
  }
  if (s.shortcut && context.shortcutOwner)
    issues.push({
      field: 'shortcut',
      message: 'errorShortcutTaken',
      params: [s.shortcut, context.shortcutOwner.title],
    });
  return issues;
}
