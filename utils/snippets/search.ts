import type { Snippet } from '@/utils/model/types';
import { fold } from './variable-syntax';

// Search as you type over title, shortcut, tags and body, ranked by how well it matched, then by
// use. No search library: the ranking is a strict order of match kinds (shortcut exact > title
// prefix > … > body), not a relevance score, and matches inside words (`;gra`, `fattur`) must
// count. A precomputed index of accent-free, lower-case fields makes a keystroke one pass of
// `startsWith`/`includes` over 5,000 snippets, about the cost of a plain substring scan
// (tests/bench/snippets-search.mjs measures the ratio).

/** How a term matched, best first; 0 = not at all. */
export const TIER = {
  shortcutExact: 7,
  titlePrefix: 6,
  shortcutPrefix: 5,
  titleWord: 4,
  tag: 3,
  titleInside: 2,
  body: 1,
  none: 0,
} as const;

export interface IndexedSnippet {
  snippet: Snippet;
  /** Folded shortcut (`;grazie`) and the same without its `;` or `/` (`grazie`). */
  shortcut: string;
  bare: string;
  title: string;
  /** Title words, each preceded by a space: a word prefix is `includes(' ' + term)`. */
  titleWords: string;
  /** Tags the same way. */
  tags: string;
  /**
   * Shortcut, title, tags and body in one string, body last from `bodyStart`: one `includes`
   * rules out a snippet that cannot match, as cheaply as a plain substring scan.
   */
  all: string;
  /** Where the title, the tags and the body start in `all`. */
  titleStart: number;
  tagsStart: number;
  bodyStart: number;
}

export interface SnippetIndex {
  readonly items: readonly IndexedSnippet[];
}

const NON_WORD = /[^\p{L}\p{N}]+/gu;

const words = (text: string) => ` ${text.replace(NON_WORD, ' ').trim()}`;

const WIDE = /[\u0100-\uffff]/;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * V8 keeps a string two-byte once any character needed it (the ’ of l’ufficio), even after fold()
 * replaced it; decoding it again gives a compact copy, which `includes` scans about twice as fast.
 */
function compact(folded: string, original: string): string {
  return WIDE.test(original) && !WIDE.test(folded)
    ? decoder.decode(encoder.encode(folded))
    : folded;
}

/** Builds the index once per library change (not per keystroke). */
export function buildSnippetIndex(snippets: readonly Snippet[]): SnippetIndex {
  return {
    items: snippets.map((snippet) => {
      const shortcut = fold(snippet.shortcut);
      const title = fold(snippet.title);
      const tags = snippet.tags.map((tag) => words(fold(tag))).join('');
      const head = `${shortcut}\n${title}\n${tags}\n`;
      return {
        snippet,
        shortcut,
        bare: shortcut.slice(1),
        title,
        titleWords: words(title),
        tags,
        all: compact(`${head}${fold(snippet.body)}`, snippet.body),
        titleStart: shortcut.length + 1,
        tagsStart: shortcut.length + title.length + 2,
        bodyStart: head.length,
      };
    }),
  };
}

/** The folded, space-separated terms of a query. */
export function queryTerms(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/** A query term, prepared once per keystroke rather than once per snippet. */
interface Term {
  text: string;
  /** The term as title words (punctuation as spaces), with a leading space; '' if none. */
  word: string;
  /** `;gra` or `/soll`: a shortcut being typed, which only shortcuts answer. */
  shortcut: boolean;
  /** Only a term without punctuation must appear as typed to match (`follow-up` matches `follow up`). */
  literal: boolean;
}

function prepare(term: string): Term {
  const word = term.replace(NON_WORD, ' ').trim();
  return {
    text: term,
    word: word && ` ${word}`,
    shortcut: term[0] === ';' || term[0] === '/',
    literal: word === term,
  };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function tierOf(item: IndexedSnippet, term: Term): number {
  const t = term.text;
  if (term.shortcut)
    return item.shortcut === t
      ? TIER.shortcutExact
      : item.shortcut.startsWith(t)
        ? TIER.shortcutPrefix
        : TIER.none;
  let inTitle: number;
  if (term.literal) {
    // One search rules most snippets in or out, and where it first matches says how: the head
    // (shortcut, title, tags) comes before the body, so a first match in the tags means the
    // term is in neither shortcut nor title, and one in the body means only the body has it.
    const at = item.all.indexOf(t);
    if (at === -1) return TIER.none;
    if (at >= item.bodyStart) return TIER.body;
    if (at >= item.tagsStart) return TIER.tag;
    if (at >= item.titleStart) {
      inTitle = at - item.titleStart;
      if (inTitle === 0) return TIER.titlePrefix;
      // Just after a space or punctuation: the term starts a title word.
      if (!WORD_CHAR.test(item.title[inTitle - 1]!)) return TIER.titleWord;
      return titleOrLater(item, term, inTitle);
    }
  }
  if (item.bare && item.bare === t) return TIER.shortcutExact;
  inTitle = item.title.indexOf(t);
  if (inTitle === 0) return TIER.titlePrefix;
  if (item.bare && item.bare.startsWith(t)) return TIER.shortcutPrefix;
  return titleOrLater(item, term, inTitle);
}

/** The tiers after the title prefix, given where the term first appears in the title (-1: not). */
function titleOrLater(item: IndexedSnippet, term: Term, inTitle: number): number {
  if (term.word && (inTitle > 0 || !term.literal) && item.titleWords.includes(term.word))
    return TIER.titleWord;
  if (term.word && item.tags.includes(term.word.slice(1))) return TIER.tag;
  if (inTitle > 0) return TIER.titleInside;
  if (item.all.indexOf(term.text, item.bodyStart) !== -1) return TIER.body;
  return TIER.none;
}

/** How one term matches one snippet. */
export function matchTier(item: IndexedSnippet, term: string): number {
  return tierOf(item, prepare(term));
}

export interface SnippetHit {
  snippet: Snippet;
  /** Sum of the terms' tiers (a single term: its tier); 0 for an empty query. */
  score: number;
}

export interface SearchResult {
  /** The best `limit` matches, best first. */
  hits: SnippetHit[];
  /** How many snippets matched in all. */
  total: number;
}

/** Better first: score, then uses, then the most recently used, then title. */
function before(aScore: number, a: IndexedSnippet, bScore: number, b: IndexedSnippet): boolean {
  if (aScore !== bScore) return aScore > bScore;
  const ua = a.snippet.usageCount;
  const ub = b.snippet.usageCount;
  if (ua !== ub) return ua > ub;
  const la = a.snippet.lastUsedAt ?? 0;
  const lb = b.snippet.lastUsedAt ?? 0;
  if (la !== lb) return la > lb;
  return a.title < b.title;
}

/** Ranks the items of `pool` that match every term; also returns all of them, for narrowing. */
function searchIn(
  pool: readonly IndexedSnippet[],
  raw: readonly string[],
  limit: number,
): SearchResult & { matches: IndexedSnippet[] } {
  const keep = Math.max(1, limit);
  const terms = raw.map(prepare);
  const phrase = raw.length > 1 ? raw.join(' ') : '';
  const matches: IndexedSnippet[] = [];
  const top: IndexedSnippet[] = [];
  const scores: number[] = [];
  for (const item of pool) {
    let score = 0;
    for (const term of terms) {
      const tier = tierOf(item, term);
      if (tier === TIER.none) {
        score = -1;
        break;
      }
      score += tier;
    }
    if (score < 0) continue;
    // A query of several words that starts the title ranks as a title prefix would.
    if (phrase && item.title.startsWith(phrase)) score += TIER.titlePrefix;
    matches.push(item);
    let at = top.length;
    if (at === keep) {
      if (!before(score, item, scores[at - 1]!, top[at - 1]!)) continue;
      top.pop();
      scores.pop();
      at -= 1;
    }
    while (at > 0 && before(score, item, scores[at - 1]!, top[at - 1]!)) at -= 1;
    top.splice(at, 0, item);
    scores.splice(at, 0, score);
  }
  return {
    hits: top.map((item, i) => ({ snippet: item.snippet, score: scores[i]! })),
    total: matches.length,
    matches,
  };
}

/**
 * Snippets matching every term of `query`, best first. An empty query lists the most used. Keeps
 * only the best `limit` while scanning, so a one-letter query that matches everything costs no sort.
 */
export function searchSnippets(index: SnippetIndex, query: string, limit = 50): SearchResult {
  const { hits, total } = searchIn(index.items, queryTerms(query), limit);
  return { hits, total };
}

/**
 * `searchSnippets` for a search box. Typing only ever narrows a query (every match kind is kept
 * when a term grows or a term is added), so a keystroke that extends the previous query
 * re-checks only the previous matches; anything else (deleting, pasting) scans the whole index.
 */
export function createSnippetSearch(index: SnippetIndex) {
  let lastKey = '';
  let lastMatches: readonly IndexedSnippet[] = index.items;
  return (query: string, limit = 50): SearchResult => {
    const raw = queryTerms(query);
    const key = raw.join(' ');
    const pool = lastKey && key.startsWith(lastKey) ? lastMatches : index.items;
    const { hits, total, matches } = searchIn(pool, raw, limit);
    lastKey = key;
    lastMatches = matches;
    return { hits, total };
  };
}
