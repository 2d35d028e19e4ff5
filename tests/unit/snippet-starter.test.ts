import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addStarterSnippets, createSnippet, listSnippets } from '@/utils/db/snippets-repo';
import { setLanguage } from '@/utils/i18n/messages';
import { fillSnippet } from '@/utils/snippets/variables';
import { STARTER_SNIPPETS } from '@/utils/snippets/starter';
import { SHORTCUT_RE, validateSnippetFields } from '@/utils/snippets/validate';
import { storedClient } from './factories';

const NOW = new Date(2026, 10, 25, 10).getTime();

describe('starter snippets', () => {
  it('are 10 in Italian and 10 in English, each valid, with unique shortcuts', () => {
    expect(STARTER_SNIPPETS.filter((s) => s.language === 'it')).toHaveLength(10);
    expect(STARTER_SNIPPETS.filter((s) => s.language === 'en')).toHaveLength(10);
    for (const s of STARTER_SNIPPETS) {
      expect(validateSnippetFields(s), s.title).toEqual([]);
      expect(s.shortcut).toMatch(SHORTCUT_RE);
    }
    expect(new Set(STARTER_SNIPPETS.map((s) => s.shortcut)).size).toBe(20);
  });

  it.each(STARTER_SNIPPETS.map((s) => [s.language, s.title, s] as const))(
    '%s “%s” uses only variables the engine knows',
    (_, _title, s) => {
      const client = storedClient('Studio Legale Rossi', { id: 'c', shortName: 'Rossi' });
      const ctx = {
        sender: { name: 'Mario Rossi', email: 'm@rossi.it' },
        subject: 'Pratica 12',
        client,
        me: { name: 'Giulia Bianchi', signature: 'Giulia Bianchi\nAssistente virtuale' },
        now: NOW,
      };
      const filled = fillSnippet(s.body, s.language, ctx, {});
      expect(filled.unknown).toEqual([]);
      const answers = Object.fromEntries(filled.fields.map((f) => [f.key, f.options[0] ?? 'X']));
      const done = fillSnippet(s.body, s.language, ctx, answers);
      expect(done.text).not.toContain('{{');
      expect(done.text).toContain('Giulia Bianchi\nAssistente virtuale');
    },
  );

  it('adds the starter set once, leaving out what is already in the library', async () => {
    setLanguage('it');
    await createSnippet({
      title: 'Mio grazie',
      body: 'x',
      shortcut: ';ricevuto',
      language: 'it',
      tags: [],
      clientId: '',
      minutesToLog: 0,
    });
    expect(await addStarterSnippets(NOW)).toBe(19);
    expect(await addStarterSnippets(NOW)).toBe(0);
    expect(await listSnippets()).toHaveLength(20);
    const shortcuts = (await fakeBrowser.storage.local.get('snippetShortcuts')).snippetShortcuts;
    expect(shortcuts).toHaveLength(20);
    expect(shortcuts).toContain(';sollecito');
  });
});
