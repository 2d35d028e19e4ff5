import { describe, expect, it } from 'vitest';
import type { Snippet } from '@/utils/model/types';
import {
  buildSnippetIndex,
  createSnippetSearch,
  matchTier,
  searchSnippets,
  TIER,
} from '@/utils/snippets/search';
import { storedSnippet } from './factories';

let n = 0;
function snippet(title: string, overrides: Partial<Snippet> = {}): Snippet {
  n += 1;
  return storedSnippet(`s${n}`, title, overrides);
}

const LIBRARY = [
  snippet('Body only', { body: 'Le invio il sollecito della fattura.', usageCount: 50 }),
  snippet('Promemoria pagamento', { tags: ['sollecito'], usageCount: 20 }),
  snippet('Secondo sollecito fattura', { usageCount: 1 }),
  snippet('Sollecito fattura', { shortcut: ';soll', usageCount: 3 }),
  snippet('Risposta', { shortcut: ';sollecito' }),
  snippet('Resollecitoo', { usageCount: 99 }),
];
const index = buildSnippetIndex(LIBRARY);
const titles = (query: string, limit?: number) =>
  searchSnippets(index, query, limit).hits.map((h) => h.snippet.title);

describe('searchSnippets ranking', () => {
  it('ranks shortcut exact > title prefix > shortcut prefix > title word > tag > inside title > body, then usage', () => {
    expect(titles('sollecito')).toEqual([
      'Risposta', // shortcut ;sollecito, typed without the ;
      'Sollecito fattura', // title prefix
      'Secondo sollecito fattura', // a title word
      'Promemoria pagamento', // a tag
      'Resollecitoo', // inside a title word
      'Body only', // body, even with the most uses
    ]);
  });

  it.each([
    [';soll', ['Sollecito fattura', 'Risposta']],
    [';sollecito', ['Risposta']],
    [
      'SOLL',
      [
        'Sollecito fattura',
        'Risposta',
        'Secondo sollecito fattura',
        'Promemoria pagamento',
        'Resollecitoo',
        'Body only',
      ],
    ],
    // Two title words: the one used more often first.
    ['fattura', ['Sollecito fattura', 'Secondo sollecito fattura', 'Body only']],
    ['/soll', []],
    ['sollecito fattura', ['Sollecito fattura', 'Secondo sollecito fattura', 'Body only']],
    ['fattura sollecito', ['Sollecito fattura', 'Secondo sollecito fattura', 'Body only']],
    ['zzz', []],
  ])('%j → %j', (query, expected) => {
    expect(titles(query)).toEqual(expected);
  });

  it('breaks ties by uses, then by last use, then by title', () => {
    const lib = buildSnippetIndex([
      snippet('Grazie C', { usageCount: 1, lastUsedAt: 10 }),
      snippet('Grazie B', { usageCount: 1, lastUsedAt: 20 }),
      snippet('Grazie A', { usageCount: 0 }),
      snippet('Grazie D', { usageCount: 0 }),
      snippet('Grazie E', { usageCount: 7 }),
    ]);
    expect(searchSnippets(lib, 'grazie').hits.map((h) => h.snippet.title)).toEqual([
      'Grazie E',
      'Grazie B',
      'Grazie C',
      'Grazie A',
      'Grazie D',
    ]);
  });

  it('lists the most used first for an empty query', () => {
    expect(titles('   ').slice(0, 3)).toEqual([
      'Resollecitoo',
      'Body only',
      'Promemoria pagamento',
    ]);
    expect(searchSnippets(index, '').total).toBe(LIBRARY.length);
  });

  it('keeps the best `limit` hits and counts every match', () => {
    const result = searchSnippets(index, 'sollecito', 2);
    expect(result.hits.map((h) => h.snippet.title)).toEqual(['Risposta', 'Sollecito fattura']);
    expect(result.total).toBe(6);
    // The best `limit` of a big library equal the first `limit` of the full ranking.
    const many = buildSnippetIndex(
      Array.from({ length: 300 }, (_, i) =>
        snippet(`Item ${i}`, { usageCount: (i * 37) % 101, body: i % 3 ? 'x' : 'target' }),
      ),
    );
    const full = searchSnippets(many, 'item', 1000).hits;
    expect(searchSnippets(many, 'item', 25).hits).toEqual(full.slice(0, 25));
    expect(searchSnippets(many, 'target', 1000).total).toBe(100);
  });
});

describe('accents and case', () => {
  const lib = buildSnippetIndex([
    snippet('Caffè con il cliente', { body: 'Ci vediamo lunedì alle 10.' }),
    snippet('Perché no', { tags: ['Qualità'] }),
    snippet('Cafe meeting', { shortcut: ';café' }),
    snippet('L’ufficio è chiuso', { body: 'Follow‑up – “urgente”' }),
  ]);
  const t = (q: string) => searchSnippets(lib, q).hits.map((h) => h.snippet.title);
  it.each([
    ['caffe', ['Caffè con il cliente']],
    ['CAFFÈ', ['Caffè con il cliente']],
    ['lunedi', ['Caffè con il cliente']],
    ['LUNEDÌ', ['Caffè con il cliente']],
    ['perche', ['Perché no']],
    ['qualita', ['Perché no']],
    [';cafe', ['Cafe meeting']],
    ['café', ['Cafe meeting']],
    // Typographic quotes and dashes match what a keyboard types.
    ["l'ufficio", ['L’ufficio è chiuso']],
    ['follow-up', ['L’ufficio è chiuso']],
    ['"urgente"', ['L’ufficio è chiuso']],
  ])('%j finds %j', (query, expected) => {
    expect(t(query)).toEqual(expected);
  });
});

describe('matchTier', () => {
  const [item] = buildSnippetIndex([
    snippet('Conferma appuntamento', {
      shortcut: ';conf',
      tags: ['agenda', 'clienti nuovi'],
      body: 'Le confermo l’appuntamento di {{nextWeekday:lunedì}}.',
    }),
  ]).items;
  it.each([
    [';conf', TIER.shortcutExact],
    ['conf', TIER.shortcutExact],
    ['conferma', TIER.titlePrefix],
    [';co', TIER.shortcutPrefix],
    ['appunt', TIER.titleWord],
    ['nuovi', TIER.tag],
    ['ppunt', TIER.titleInside],
    ['lunedi', TIER.body],
    ['nextweekday', TIER.body],
    ['rossi', TIER.none],
  ])('%j → %i', (term, tier) => {
    expect(matchTier(item!, term)).toBe(tier);
  });
});

describe('createSnippetSearch (search box)', () => {
  // A varied library: words with and without accents, shortcuts, tags, uses.
  const words = [
    'sollecito',
    'fattura',
    'caffè',
    'lunedì',
    'appunt',
    'grazie',
    'follow-up',
    'l’ufficio',
  ];
  const lib = buildSnippetIndex(
    Array.from({ length: 400 }, (_, i) =>
      snippet(`${words[i % 8]} ${words[(i * 3) % 8]}`, {
        shortcut: i % 4 ? '' : `;${words[(i * 5) % 8]!.slice(0, 4)}${i}`,
        tags: i % 5 ? [] : [words[(i * 7) % 8]!],
        body: `${words[(i * 11) % 8]} e ${words[(i * 13) % 8]}`,
        usageCount: (i * 17) % 23,
      }),
    ),
  );

  it('gives, keystroke by keystroke, exactly what a full search gives', () => {
    const typed = [
      ...Array.from({ length: 17 }, (_, i) => 'sollecito fattura'.slice(0, i + 1)),
      'sollecito fatt', // deleting
      'sol',
      ';g',
      ';gr',
      ';gra',
      'caffe',
      'caffe lun',
      'CAFFÈ LUNEDÌ',
      'follow-',
      'follow-u',
      'l’uff',
      '',
      'e',
    ];
    const search = createSnippetSearch(lib);
    for (const query of typed)
      expect(search(query, 20), query).toEqual(searchSnippets(lib, query, 20));
  });
});
