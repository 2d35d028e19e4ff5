import { snippetShortcuts } from '@/utils/messaging/revision-items';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createClient, setClientArchived } from '@/utils/db/clients-repo';
import { MissingRecordError, ValidationError, type FieldIssue } from '@/utils/model/errors';
import {
  countSnippets,
  createSnippet,
  deleteSnippet,
  duplicateSnippet,
  findSnippetByShortcut,
  getSnippet,
  listSnippets,
  recordSnippetInsert,
  recordSnippetUse,
  syncSnippetShortcuts,
  updateSnippet,
} from '@/utils/db/snippets-repo';
import { tagThread } from '@/utils/db/threads-repo';
import { listEntriesOverlapping } from '@/utils/db/time-entries-repo';
import type { SnippetInput } from '@/utils/snippets/validate';
import { clientInput } from './factories';

const NOW = new Date(2026, 10, 25, 10).getTime();

function input(overrides: Partial<SnippetInput> = {}): SnippetInput {
  return {
    title: 'Thanks',
    body: 'Dear {{sender.firstName}},\nthank you for your message.',
    shortcut: '',
    language: 'en',
    tags: [],
    clientId: '',
    minutesToLog: 0,
    ...overrides,
  };
}

async function issuesOf(work: Promise<unknown>): Promise<FieldIssue[]> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues;
}

/** What content scripts read: the raw value in extension storage. */
async function storedShortcuts(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get('snippetShortcuts')).snippetShortcuts;
}

describe('createSnippet', () => {
  it('stores a clean snippet and publishes its shortcut to content scripts', async () => {
    const snippet = await createSnippet(
      input({
        title: '  Thanks   for writing ',
        body: 'Line 1\r\nLine 2\n\n  ',
        shortcut: ' ;Thanks ',
        tags: [' courtesy ', 'Courtesy', '', 'reply'],
        minutesToLog: 2,
      }),
      NOW,
    );
    expect(snippet).toMatchObject({
      title: 'Thanks for writing',
      body: 'Line 1\nLine 2',
      shortcut: ';thanks',
      tags: ['courtesy', 'reply'],
      clientId: '',
      minutesToLog: 2,
      usageCount: 0,
      lastUsedAt: null,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(await getSnippet(snippet.id)).toEqual(snippet);
    expect(await storedShortcuts()).toEqual([';thanks']);
    expect(await snippetShortcuts.getValue()).toEqual([';thanks']);
  });

  it.each<[string, Partial<SnippetInput>, FieldIssue[]]>([
    ['no title', { title: '   ' }, [{ field: 'title', message: 'errorSnippetTitleRequired' }]],
    [
      'a title too long',
      { title: 'x'.repeat(121) },
      [{ field: 'title', message: 'errorNameTooLong', params: ['120'] }],
    ],
    ['an empty body', { body: ' \n ' }, [{ field: 'body', message: 'errorSnippetBodyRequired' }]],
    [
      'a body over 20,000 characters',
      { body: 'x'.repeat(20_001) },
      [{ field: 'body', message: 'errorSnippetBodyTooLong', params: ['20000', '20001'] }],
    ],
    [
      'a shortcut without ; or /',
      { shortcut: 'thanks' },
      [{ field: 'shortcut', message: 'errorShortcutInvalid', params: ['thanks'] }],
    ],
    [
      'a shortcut with a space',
      { shortcut: ';thank you' },
      [{ field: 'shortcut', message: 'errorShortcutInvalid', params: [';thank you'] }],
    ],
    [
      'a bare ;',
      { shortcut: ';' },
      [{ field: 'shortcut', message: 'errorShortcutInvalid', params: [';'] }],
    ],
    [
      'a shortcut too long',
      { shortcut: `;${'a'.repeat(32)}` },
      [{ field: 'shortcut', message: 'errorShortcutInvalid', params: [`;${'a'.repeat(32)}`] }],
    ],
    [
      'an unknown language',
      { language: 'fr' as 'en' },
      [{ field: 'language', message: 'errorLanguageInvalid' }],
    ],
    [
      'eleven tags',
      { tags: Array.from({ length: 11 }, (_, i) => `t${i}`) },
      [{ field: 'tags', message: 'errorSnippetTags', params: ['10', '30'] }],
    ],
    [
      'negative minutes',
      { minutesToLog: -1 },
      [{ field: 'minutesToLog', message: 'errorMinutesRange', params: ['0', '480'] }],
    ],
    [
      'fractional minutes',
      { minutesToLog: 1.5 },
      [{ field: 'minutesToLog', message: 'errorMinutesRange', params: ['0', '480'] }],
    ],
    [
      'an unknown client',
      { clientId: 'nobody' },
      [{ field: 'clientId', message: 'errorClientUnknown' }],
    ],
  ])('refuses %s and writes nothing', async (_, overrides, expected) => {
    expect(await issuesOf(createSnippet(input(overrides), NOW))).toEqual(expected);
    expect(await countSnippets()).toBe(0);
    expect(await storedShortcuts()).toBeUndefined();
  });

  it.each([';grazie', '/sollecito', ';caffè', ';ooo-2026', ';a.b_c'])(
    'accepts the shortcut %s',
    async (shortcut) => {
      expect((await createSnippet(input({ shortcut }), NOW)).shortcut).toBe(shortcut);
    },
  );

  it('keeps shortcuts unique without regard to case', async () => {
    const first = await createSnippet(input({ title: 'Grazie', shortcut: ';grazie' }), NOW);
    expect(await issuesOf(createSnippet(input({ shortcut: ';GRAZIE' }), NOW))).toEqual([
      { field: 'shortcut', message: 'errorShortcutTaken', params: [';grazie', 'Grazie'] },
    ]);
    // Saving a snippet with its own shortcut is fine.
    await updateSnippet(first.id, input({ title: 'Grazie!', shortcut: ';Grazie' }), NOW + 1);
    expect(await countSnippets()).toBe(1);
  });

  it('scopes a snippet to an active client, not to an archived one', async () => {
    const rossi = await createClient(clientInput('Studio Legale Rossi'));
    const scoped = await createSnippet(input({ clientId: rossi.id }), NOW);
    expect(scoped.clientId).toBe(rossi.id);
    await setClientArchived(rossi.id, true);
    expect(await issuesOf(createSnippet(input({ clientId: rossi.id }), NOW))).toEqual([
      { field: 'clientId', message: 'errorClientArchived', params: ['Studio Legale Rossi'] },
    ]);
    // A snippet already scoped to the archived client can still be edited.
    const edited = await updateSnippet(scoped.id, input({ clientId: rossi.id, title: 'New' }));
    expect(edited.title).toBe('New');
  });
});

describe('updateSnippet', () => {
  it('changes the fields, keeps usage and creation, and republishes shortcuts', async () => {
    const s = await createSnippet(input({ shortcut: ';a' }), NOW);
    await recordSnippetUse(s.id, NOW + 5);
    const updated = await updateSnippet(s.id, input({ shortcut: ';b', title: 'B' }), NOW + 10);
    expect(updated).toMatchObject({
      id: s.id,
      title: 'B',
      shortcut: ';b',
      usageCount: 1,
      lastUsedAt: NOW + 5,
      createdAt: NOW,
      updatedAt: NOW + 10,
    });
    expect(await storedShortcuts()).toEqual([';b']);
  });

  it('refuses another snippet’s shortcut and leaves both as they were', async () => {
    const a = await createSnippet(input({ title: 'A', shortcut: ';a' }), NOW);
    const b = await createSnippet(input({ title: 'B', shortcut: ';b' }), NOW);
    expect(await issuesOf(updateSnippet(b.id, input({ title: 'B2', shortcut: ';A' })))).toEqual([
      { field: 'shortcut', message: 'errorShortcutTaken', params: [';a', 'A'] },
    ]);
    expect(await getSnippet(a.id)).toEqual(a);
    expect(await getSnippet(b.id)).toEqual(b);
  });

  it('fails on a snippet that does not exist', async () => {
    await expect(updateSnippet('missing', input())).rejects.toBeInstanceOf(MissingRecordError);
  });
});

describe('duplicate, delete, use', () => {
  it('duplicates without the shortcut and with fresh usage', async () => {
    const s = await createSnippet(
      input({ shortcut: ';a', tags: ['x'], minutesToLog: 3, language: 'it' }),
      NOW,
    );
    await recordSnippetUse(s.id, NOW + 1);
    const copy = await duplicateSnippet(s.id, NOW + 2);
    expect(copy).toMatchObject({
      title: 'Copy of Thanks',
      body: s.body,
      shortcut: '',
      tags: ['x'],
      language: 'it',
      minutesToLog: 3,
      usageCount: 0,
      lastUsedAt: null,
      createdAt: NOW + 2,
    });
    expect(copy.id).not.toBe(s.id);
    expect(await storedShortcuts()).toEqual([';a']);
  });

  it('deletes a snippet, returns it and withdraws its shortcut', async () => {
    const a = await createSnippet(input({ shortcut: ';a' }), NOW);
    await createSnippet(input({ shortcut: ';b' }), NOW);
    expect(await deleteSnippet(a.id)).toEqual(a);
    expect(await getSnippet(a.id)).toBeUndefined();
    expect(await storedShortcuts()).toEqual([';b']);
    await expect(deleteSnippet(a.id)).rejects.toBeInstanceOf(MissingRecordError);
  });

  it('counts each use and remembers the last one', async () => {
    const s = await createSnippet(input(), NOW);
    await recordSnippetUse(s.id, NOW + 100);
    const used = await recordSnippetUse(s.id, NOW + 200);
    expect(used).toMatchObject({ usageCount: 2, lastUsedAt: NOW + 200, updatedAt: NOW });
    await expect(recordSnippetUse('missing')).rejects.toBeInstanceOf(MissingRecordError);
  });

  it('finds a snippet by its shortcut in any case', async () => {
    const s = await createSnippet(input({ shortcut: ';grazie' }), NOW);
    expect((await findSnippetByShortcut(' ;GRAZIE'))?.id).toBe(s.id);
    expect(await findSnippetByShortcut(';nope')).toBeUndefined();
    expect(await findSnippetByShortcut('')).toBeUndefined();
    expect(await listSnippets()).toHaveLength(1);
  });

  it('rebuilds a stale shortcut list from the database', async () => {
    await createSnippet(input({ shortcut: ';b' }), NOW);
    await createSnippet(input({ shortcut: ';a' }), NOW);
    await createSnippet(input({ shortcut: '' }), NOW);
    await snippetShortcuts.setValue([';stale']);
    expect(await syncSnippetShortcuts()).toEqual([';a', ';b']);
    expect(await storedShortcuts()).toEqual([';a', ';b']);
  });
});

describe('recordSnippetInsert', () => {
  const thread = { account: 0, threadId: '18c0ffee00000001' };

  async function tagged(archived = false) {
    const client = await createClient(clientInput('Bianchi'));
    await tagThread({ ...thread, clientId: client.id, subject: 'Hello', participants: [] }, NOW);
    if (archived) await setClientArchived(client.id, true);
    return client;
  }

  it('counts the use and logs the minutes to the thread’s client, linked to the thread', async () => {
    const client = await tagged();
    const s = await createSnippet(input({ minutesToLog: 5 }), NOW);
    const use = await recordSnippetInsert(s.id, thread, NOW + 60_000);
    expect(use.snippet).toMatchObject({ usageCount: 1, lastUsedAt: NOW + 60_000 });
    expect(use.client?.id).toBe(client.id);
    expect(use.refused).toBeNull();
    expect(use.logged).toMatchObject({
      clientId: client.id,
      threadId: `0:${thread.threadId}`,
      start: NOW + 60_000 - 5 * 60_000,
      end: NOW + 60_000,
      note: 'Thanks',
      billable: true,
      activityType: 'email',
    });
    expect(await listEntriesOverlapping(NOW - 60_000, NOW + 120_000)).toEqual([use.logged]);
    expect((await getSnippet(s.id))!.usageCount).toBe(1);
  });

  it.each([
    ['no thread is open', 5, false, null],
    ['the snippet logs no minutes', 0, true, thread],
    ['the thread is not tagged', 5, false, { account: 0, threadId: 'ffffffffffffffff' }],
  ])('counts the use but logs nothing when %s', async (_, minutesToLog, tag, target) => {
    if (tag) await tagged();
    const s = await createSnippet(input({ minutesToLog }), NOW);
    const use = await recordSnippetInsert(s.id, target, NOW);
    expect(use).toMatchObject({ logged: null, refused: null, snippet: { usageCount: 1 } });
    expect(await listEntriesOverlapping(0, NOW + 1000)).toEqual([]);
  });

  it('counts the use and says why when the thread’s client is archived', async () => {
    await tagged(true);
    const s = await createSnippet(input({ minutesToLog: 5 }), NOW);
    const use = await recordSnippetInsert(s.id, thread, NOW);
    expect(use.logged).toBeNull();
    expect(use.refused?.issues).toEqual([
      { field: 'clientId', message: 'errorClientArchived', params: ['Bianchi'] },
    ]);
    expect((await getSnippet(s.id))!.usageCount).toBe(1);
    await expect(recordSnippetInsert('missing', null)).rejects.toBeInstanceOf(MissingRecordError);
  });
});
