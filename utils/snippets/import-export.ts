import type { Client, Snippet } from '@/utils/model/types';
import type { MessageKey } from '@/utils/i18n/messages';
import { normalizeSnippetInput, validateSnippetInput, type SnippetInput } from './validate';

// The snippet library as a JSON file, to move it to another browser or share it:
// `{ format: 'va-desk-snippets', version: 1, exportedAt, snippets: [...] }`. An import checks
// everything first and either adds every snippet or changes nothing, saying why.
//
// Client scope: ids differ from one browser to another, so each snippet carries its client's
// name too. An import matches the id, then the name (without case); a snippet whose client is in
// neither is refused, never widened to "all clients": that would put one client's words in reach
// of every other client's threads. The VA adds the client first, then imports again.

export const SNIPPET_FILE_FORMAT = 'va-desk-snippets';
export const SNIPPET_FILE_VERSION = 1;
/** Characters; a library of 5,000 long snippets is about 10 MB. */
export const MAX_FILE_CHARS = 20_000_000;
export const MAX_FILE_SNIPPETS = 10_000;
/** Problems listed at most; the rest are counted. */
export const MAX_PROBLEMS = 20;

export interface ExportedSnippet {
  title: string;
  body: string;
  shortcut: string;
  language: Snippet['language'];
  tags: string[];
  /** '' = every client. */
  clientId: string;
  clientName: string;
  minutesToLog: number;
}

export interface SnippetFile {
  format: typeof SNIPPET_FILE_FORMAT;
  version: typeof SNIPPET_FILE_VERSION;
  exportedAt: string;
  snippets: ExportedSnippet[];
}

/** The library as the text of a file (titles in order; usage counts stay in this browser). */
export function serializeSnippets(
  snippets: readonly Snippet[],
  clients: readonly Client[],
  now: number,
): string {
  const names = new Map(clients.map((c) => [c.id, c.name]));
  const file: SnippetFile = {
    format: SNIPPET_FILE_FORMAT,
    version: SNIPPET_FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    snippets: [...snippets]
      .sort((a, b) => a.title.localeCompare(b.title) || a.createdAt - b.createdAt)
      .map((s) => ({
        title: s.title,
        body: s.body,
        shortcut: s.shortcut,
        language: s.language,
        tags: [...s.tags],
        clientId: s.clientId,
        clientName: s.clientId ? (names.get(s.clientId) ?? '') : '',
        minutesToLog: s.minutesToLog,
      })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface ImportProblem {
  /** The snippet it is about (1-based, as the VA counts), or null for the whole file. */
  entry: { index: number; title: string } | null;
  message: MessageKey;
  params: string[];
}

export type ImportPlan =
  | {
      ok: true;
      /** Clean, checked snippets to add. */
      add: SnippetInput[];
      /** Snippets identical to one already in the library. */
      skipped: number;
    }
  | { ok: false; problems: ImportProblem[]; more: number };

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

function fileProblem(message: MessageKey, params: string[] = []): ImportPlan {
  return { ok: false, problems: [{ entry: null, message, params }], more: 0 };
}

/** Reads one entry's fields with their types; optional ones get defaults. */
function readEntry(raw: Raw): { input: SnippetInput; clientName: string } | { badField: string } {
  const str = (key: string, fallback?: string) => {
    const v = raw[key];
    if (v === undefined && fallback !== undefined) return fallback;
    return typeof v === 'string' ? v : null;
  };
  const title = str('title');
  if (title === null) return { badField: 'title' };
  const body = str('body');
  if (body === null) return { badField: 'body' };
  const shortcut = str('shortcut', '');
  if (shortcut === null) return { badField: 'shortcut' };
  const language = raw.language;
  if (language !== 'en' && language !== 'it') return { badField: 'language' };
  const tags = raw.tags ?? [];
  if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string')) return { badField: 'tags' };
  const clientId = str('clientId', '');
  if (clientId === null) return { badField: 'clientId' };
  const clientName = str('clientName', '');
  if (clientName === null) return { badField: 'clientName' };
  const minutes = raw.minutesToLog ?? 0;
  if (typeof minutes !== 'number') return { badField: 'minutesToLog' };
  return {
    input: {
      title,
      body,
      shortcut,
      language,
      tags: tags as string[],
      clientId,
      minutesToLog: minutes,
    },
    clientName,
  };
}

/** Same words for the same clients: importing a file twice adds nothing the second time. */
function sameSnippet(a: SnippetInput, b: Pick<Snippet, keyof SnippetInput>): boolean {
  return (
    a.title === b.title &&
    a.body === b.body &&
    a.language === b.language &&
    a.clientId === b.clientId
  );
}

/**
 * Checks a file against the library and says what importing it would do. Pure: the repository
 * runs it inside the transaction that writes, so nothing changes when it refuses.
 */
export function planSnippetImport(
  text: string,
  library: { clients: readonly Client[]; snippets: readonly Snippet[] },
): ImportPlan {
  if (text.length > MAX_FILE_CHARS)
    return fileProblem('importTooBig', [String(Math.round(MAX_FILE_CHARS / 1_000_000))]);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fileProblem('importNotJson');
  }
  if (!isObject(data) || data.format !== SNIPPET_FILE_FORMAT)
    return fileProblem('importWrongFormat', [SNIPPET_FILE_FORMAT]);
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1)
    return fileProblem('importWrongFormat', [SNIPPET_FILE_FORMAT]);
  if (data.version > SNIPPET_FILE_VERSION)
    return fileProblem('importNewerVersion', [String(data.version)]);
  if (!Array.isArray(data.snippets)) return fileProblem('importWrongFormat', [SNIPPET_FILE_FORMAT]);
  if (data.snippets.length === 0) return fileProblem('importEmpty');
  if (data.snippets.length > MAX_FILE_SNIPPETS)
    return fileProblem('importTooMany', [String(data.snippets.length), String(MAX_FILE_SNIPPETS)]);

  const clientsById = new Map(library.clients.map((c) => [c.id, c]));
  const clientsByName = new Map(library.clients.map((c) => [c.nameKey, c]));
  const shortcutOwners = new Map(
    library.snippets.filter((s) => s.shortcut).map((s) => [s.shortcut, s]),
  );
  const inFile = new Map<string, number>();
  const problems: ImportProblem[] = [];
  const add: SnippetInput[] = [];
  let skipped = 0;

  data.snippets.forEach((raw: unknown, i: number) => {
    const index = i + 1;
    const title = isObject(raw) && typeof raw.title === 'string' ? raw.title.trim() : '';
    const entry = { index, title };
    const problem = (message: MessageKey, params: string[] = []) =>
      problems.push({ entry, message, params });
    if (!isObject(raw)) return problem('importEntryInvalid');
    const read = readEntry(raw);
    if ('badField' in read) return problem('importFieldType', [read.badField]);
    const clean = normalizeSnippetInput(read.input);
    let client: Client | undefined;
    if (clean.clientId) {
      client =
        clientsById.get(clean.clientId) ?? clientsByName.get(read.clientName.trim().toLowerCase());
      if (!client)
        return problem('importClientMissing', [read.clientName.trim() || clean.clientId]);
      clean.clientId = client.id;
    }
    if (library.snippets.some((s) => sameSnippet(clean, s))) {
      skipped += 1;
      return;
    }
    const issues = validateSnippetInput(clean, {
      client,
      shortcutOwner: clean.shortcut ? shortcutOwners.get(clean.shortcut) : undefined,
    });
    for (const issue of issues) problem(issue.message, issue.params ?? []);
    if (clean.shortcut) {
      const first = inFile.get(clean.shortcut);
      if (first !== undefined) problem('importShortcutTwice', [clean.shortcut, String(first)]);
      else inFile.set(clean.shortcut, index);
    }
    if (!issues.length) add.push(clean);
  });

  if (problems.length)
    return {
      ok: false,
      problems: problems.slice(0, MAX_PROBLEMS),
      more: Math.max(0, problems.length - MAX_PROBLEMS),
    };
  return { ok: true, add, skipped };
}
