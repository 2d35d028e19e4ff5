import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createClient, setClientArchived } from '@/utils/db/clients-repo';
import {
  addStarterSnippets,
  createSnippet,
  deleteSnippet,
  exportSnippets,
  importSnippets,
  listSnippets,
  SnippetImportError,
} from '@/utils/db/snippets-repo';
import {
  MAX_FILE_CHARS,
  MAX_PROBLEMS,
  planSnippetImport,
  type ImportProblem,
} from '@/utils/snippets/import-export';
import { clientInput } from './factories';

const NOW = new Date(2026, 10, 25, 10).getTime();

const entry = (overrides: Record<string, unknown> = {}) => ({
  title: 'Grazie',
  body: 'Gentile {{sender.name}}, grazie.',
  shortcut: ';grazie',
  language: 'it',
  tags: ['cortesia'],
  clientId: '',
  clientName: '',
  minutesToLog: 0,
  ...overrides,
});

const file = (snippets: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'va-desk-snippets', version: 1, snippets, ...extra });

async function refusal(text: string): Promise<SnippetImportError> {
  const error = await importSnippets(text, NOW).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SnippetImportError);
  return error as SnippetImportError;
}

const brief = (p: ImportProblem) => [p.entry?.index ?? null, p.message, ...p.params];

describe('importSnippets refuses bad files and changes nothing', () => {
  it.each<[string, string, unknown[][]]>([
    ['not JSON', '{"format": "va-desk-snippets", ', [[null, 'importNotJson']]],
    ['a CSV file', 'title,body\nGrazie,Ciao', [[null, 'importNotJson']]],
    ['JSON of another kind', '[1, 2, 3]', [[null, 'importWrongFormat', 'va-desk-snippets']]],
    [
      'another format',
      JSON.stringify({ format: 'text-blaze', version: 1, snippets: [] }),
      [[null, 'importWrongFormat', 'va-desk-snippets']],
    ],
    ['a newer version', file([entry()], { version: 2 }), [[null, 'importNewerVersion', '2']]],
    [
      'a version that is not a number',
      file([entry()], { version: '1' }),
      [[null, 'importWrongFormat', 'va-desk-snippets']],
    ],
    [
      'snippets that are not a list',
      JSON.stringify({ format: 'va-desk-snippets', version: 1, snippets: { a: 1 } }),
      [[null, 'importWrongFormat', 'va-desk-snippets']],
    ],
    ['no snippets', file([]), [[null, 'importEmpty']]],
    ['an entry that is not an object', file([entry(), 'hello']), [[2, 'importEntryInvalid']]],
    ['a missing title', file([entry({ title: undefined })]), [[1, 'importFieldType', 'title']]],
    ['a body that is a number', file([entry({ body: 42 })]), [[1, 'importFieldType', 'body']]],
    ['a French snippet', file([entry({ language: 'fr' })]), [[1, 'importFieldType', 'language']]],
    [
      'tags that are not text',
      file([entry({ tags: ['ok', 3] })]),
      [[1, 'importFieldType', 'tags']],
    ],
    [
      'minutes as text',
      file([entry({ minutesToLog: '5' })]),
      [[1, 'importFieldType', 'minutesToLog']],
    ],
    ['an empty title', file([entry({ title: '  ' })]), [[1, 'errorSnippetTitleRequired']]],
    [
      'a body over 20,000 characters',
      file([entry({ body: 'x'.repeat(20_001) })]),
      [[1, 'errorSnippetBodyTooLong', '20000', '20001']],
    ],
    [
      'a shortcut with a space',
      file([entry({ shortcut: ';grazie mille' })]),
      [[1, 'errorShortcutInvalid', ';grazie mille']],
    ],
    [
      'negative minutes',
      file([entry({ minutesToLog: -5 })]),
      [[1, 'errorMinutesRange', '0', '480']],
    ],
    [
      'the same shortcut twice in the file (any case)',
      file([entry(), entry({ title: 'Altro', shortcut: ';GRAZIE' })]),
      [[2, 'importShortcutTwice', ';grazie', '1']],
    ],
    [
      'a client that is not in VA Desk',
      file([entry({ clientId: 'c-elsewhere', clientName: 'Ferri Architetti' })]),
      [[1, 'importClientMissing', 'Ferri Architetti']],
    ],
    [
      'one bad snippet among good ones',
      file([
        entry({ shortcut: ';a' }),
        entry({ shortcut: ';b', body: '' }),
        entry({ shortcut: ';c' }),
      ]),
      [[2, 'errorSnippetBodyRequired']],
    ],
  ])('%s', async (_, text, expected) => {
    await createSnippet({
      title: 'Existing',
      body: 'Already here',
      shortcut: ';existing',
      language: 'en',
      tags: [],
      clientId: '',
      minutesToLog: 0,
    });
    const before = await listSnippets();
    const storedBefore = await fakeBrowser.storage.local.get('snippetShortcuts');
    const error = await refusal(text);
    expect(error.problems.map(brief)).toEqual(expected);
    expect(await listSnippets()).toEqual(before);
    expect(await fakeBrowser.storage.local.get('snippetShortcuts')).toEqual(storedBefore);
  });

  it('refuses a file too big before reading it', () => {
    const plan = planSnippetImport(' '.repeat(MAX_FILE_CHARS + 1), { clients: [], snippets: [] });
    expect(plan).toEqual({
      ok: false,
      problems: [{ entry: null, message: 'importTooBig', params: ['20'] }],
      more: 0,
    });
  });

  it('refuses a shortcut another snippet of the library has', async () => {
    await createSnippet({
      title: 'Mine',
      body: 'x',
      shortcut: ';grazie',
      language: 'it',
      tags: [],
      clientId: '',
      minutesToLog: 0,
    });
    const error = await refusal(file([entry({ shortcut: ';Grazie' })]));
    expect(error.problems).toEqual([
      {
        entry: { index: 1, title: 'Grazie' },
        message: 'errorShortcutTaken',
        params: [';grazie', 'Mine'],
      },
    ]);
  });

  it('refuses a snippet for an archived client', async () => {
    const rossi = await createClient(clientInput('Studio Legale Rossi'));
    await setClientArchived(rossi.id, true);
    const error = await refusal(file([entry({ clientId: rossi.id })]));
    expect(error.problems.map(brief)).toEqual([[1, 'errorClientArchived', 'Studio Legale Rossi']]);
  });

  it(`lists at most ${MAX_PROBLEMS} problems and counts the rest`, () => {
    const plan = planSnippetImport(
      file(Array.from({ length: 25 }, () => entry({ title: '', shortcut: '' }))),
      { clients: [], snippets: [] },
    );
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.problems).toHaveLength(MAX_PROBLEMS);
    expect(plan.more).toBe(5);
  });
});

describe('importSnippets adds a good file', () => {
  it('adds every snippet, matches clients by id or by name, and publishes shortcuts', async () => {
    const rossi = await createClient(clientInput('Studio Legale Rossi'));
    const hartley = await createClient(clientInput('Hartley Coaching', { language: 'en' }));
    const result = await importSnippets(
      file([
        entry(),
        entry({ title: 'Per Rossi', shortcut: ';rossi', clientId: rossi.id, clientName: 'x' }),
        // Exported from another browser: the id is unknown here, the name is not.
        entry({
          title: 'For Hartley',
          shortcut: '',
          language: 'en',
          clientId: 'id-from-another-browser',
          clientName: 'hartley coaching',
          minutesToLog: 5,
          extraFieldFromTheFuture: true,
        }),
        // Optional fields left out.
        { title: 'Minimal', body: 'Ciao', language: 'it' },
      ]),
      NOW,
    );
    expect(result).toEqual({ added: 4, skipped: 0 });
    const byTitle = new Map((await listSnippets()).map((s) => [s.title, s]));
    expect(byTitle.get('Grazie')).toMatchObject({
      shortcut: ';grazie',
      clientId: '',
      usageCount: 0,
    });
    expect(byTitle.get('Per Rossi')?.clientId).toBe(rossi.id);
    expect(byTitle.get('For Hartley')).toMatchObject({ clientId: hartley.id, minutesToLog: 5 });
    expect(byTitle.get('Minimal')).toMatchObject({ shortcut: '', tags: [], minutesToLog: 0 });
    expect(byTitle.get('For Hartley')).not.toHaveProperty('extraFieldFromTheFuture');
    expect((await fakeBrowser.storage.local.get('snippetShortcuts')).snippetShortcuts).toEqual([
      ';grazie',
      ';rossi',
    ]);
  });

  it('round-trips: export, then import into an empty library, gives the same snippets', async () => {
    const rossi = await createClient(clientInput('Studio Legale Rossi'));
    await createSnippet({
      title: 'Sollecito',
      body: 'Gentile {{sender.name}},\n{{ask:Importo}} <b>non</b> {{cursor}}',
      shortcut: ';soll-rossi',
      language: 'it',
      tags: ['fatture'],
      clientId: rossi.id,
      minutesToLog: 3,
    });
    await addStarterSnippets(NOW);
    const text = await exportSnippets(NOW);
    const parsed = JSON.parse(text) as { format: string; exportedAt: string; snippets: unknown[] };
    expect(parsed.format).toBe('va-desk-snippets');
    expect(parsed.exportedAt).toBe(new Date(NOW).toISOString());
    expect(parsed.snippets).toHaveLength(21);
    expect(parsed.snippets).toContainEqual({
      title: 'Sollecito',
      body: 'Gentile {{sender.name}},\n{{ask:Importo}} <b>non</b> {{cursor}}',
      shortcut: ';soll-rossi',
      language: 'it',
      tags: ['fatture'],
      clientId: rossi.id,
      clientName: 'Studio Legale Rossi',
      minutesToLog: 3,
    });

    // Importing into the same library skips every snippet already there.
    expect(await importSnippets(text, NOW)).toEqual({ added: 0, skipped: 21 });

    const strip = (list: Awaited<ReturnType<typeof listSnippets>>) =>
      list
        .map(({ id: _i, createdAt: _c, updatedAt: _u, usageCount: _n, lastUsedAt: _l, ...s }) => s)
        .sort((a, b) => a.title.localeCompare(b.title));
    const before = strip(await listSnippets());
    for (const s of await listSnippets()) await deleteSnippet(s.id);
    expect(await importSnippets(text, NOW)).toEqual({ added: 21, skipped: 0 });
    expect(strip(await listSnippets())).toEqual(before);
  });
});
