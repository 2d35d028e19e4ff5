// The syntax of snippet variables: the `{{name}}` tokens of a body and what each one names.
// Filling them in is utils/snippets/variables.ts.

/** Variables read from the context, by lower-case name. */
export const VALUE_NAMES = [
  'sender.firstName',
  'sender.lastName',
  'sender.name',
  'sender.email',
  'thread.subject',
  'client.name',
  'client.shortName',
  'client.email',
  'client.hourlyRate',
  'client.monthlyHours',
  'client.timeZone',
  'me.name',
  'me.firstName',
  'me.signature',
] as const;
export type ValueName = (typeof VALUE_NAMES)[number];
const VALUE_BY_KEY = new Map<string, ValueName>(VALUE_NAMES.map((n) => [n.toLowerCase(), n]));

/** A recognised variable, or `unknown` (left visible and highlighted, never dropped). */
export type Variable =
  | { type: 'value'; name: ValueName }
  | { type: 'date'; offsetDays: number }
  | { type: 'nextWeekday'; weekday: number }
  | { type: 'cursor' }
  | { type: 'ask'; key: string; label: string }
  | { type: 'choose'; key: string; options: string[] }
  | { type: 'unknown'; name: string };

export type Token =
  | { kind: 'text'; start: number; end: number; text: string }
  | { kind: 'variable'; start: number; end: number; raw: string; variable: Variable };

const TOKEN_RE = /\{\{([^{}\n]{0,200})\}\}/g;

/** Splits a body into text and `{{variable}}` tokens with their offsets (for highlighting). */
export function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of body.matchAll(TOKEN_RE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start > last)
      tokens.push({ kind: 'text', start: last, end: start, text: body.slice(last, start) });
    tokens.push({
      kind: 'variable',
      start,
      end,
      raw: match[0],
      variable: parseVariable(match[1]!),
    });
    last = end;
  }
  if (last < body.length)
    tokens.push({ kind: 'text', start: last, end: body.length, text: body.slice(last) });
  return tokens;
}

const FOLD_MAP = new Map<string, string>([
  ['\u00a0', ' '],
  ['\u2026', '...'],
  ...[...'\u2018\u2019\u201a\u201b'].map((q) => [q, "'"] as const),
  ...[...'\u201c\u201d\u201e\u201f'].map((q) => [q, '"'] as const),
  ...[...'\u2010\u2011\u2012\u2013\u2014\u2015'].map((d) => [d, '-'] as const),
]);
for (let code = 0x300; code <= 0x36f; code++) FOLD_MAP.set(String.fromCharCode(code), '');
for (let code = 0xc0; code <= 0x24f; code++) {
  const letter = String.fromCharCode(code).toLowerCase();
  const bare = letter.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (bare !== letter) FOLD_MAP.set(letter, bare);
}
// The class holds combining marks on purpose (decomposed input loses them).
// eslint-disable-next-line no-misleading-character-class
const FOLDABLE = /[\u00a0\u00c0-\u024f\u0300-\u036f\u2010-\u2015\u2018-\u201f\u2026]/g;
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Lower case without accents, with typed quotes and dashes: `Lunedì` → `lunedi`, `l’ufficio` →
 * `l'ufficio`. A table rather than NFD: Italian text then stays a compact one-byte string in V8,
 * which snippet search scans about twice as fast.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.replace(FOLDABLE, (c) => FOLD_MAP.get(c) ?? c) : lower;
}

const WEEKDAYS: Record<string, number> = {};
(
  [
    [0, 'sunday', 'sun', 'domenica', 'dom'],
    [1, 'monday', 'mon', 'lunedi', 'lun'],
    [2, 'tuesday', 'tue', 'tues', 'martedi', 'mar'],
    [3, 'wednesday', 'wed', 'mercoledi', 'mer'],
    [4, 'thursday', 'thu', 'thur', 'thurs', 'giovedi', 'gio'],
    [5, 'friday', 'fri', 'venerdi', 'ven'],
    [6, 'saturday', 'sat', 'sabato', 'sab'],
  ] as const
).forEach(([day, ...names]) => names.forEach((n) => (WEEKDAYS[n] = day)));

const DATE_RE = /^today(?:\s*([+-])\s*(\d{1,3})\s*([dw]))?$/;

/** What the text between `{{` and `}}` names. Names ignore case and surrounding spaces. */
export function parseVariable(inner: string): Variable {
  const name = inner.trim();
  const lower = name.toLowerCase();
  const value = VALUE_BY_KEY.get(lower);
  if (value) return { type: 'value', name: value };
  if (lower === 'cursor') return { type: 'cursor' };
  const date = DATE_RE.exec(lower);
  if (date) {
    const [, sign, amount, unit] = date;
    const days = amount ? Number(amount) * (unit === 'w' ? 7 : 1) : 0;
    return { type: 'date', offsetDays: sign === '-' ? -days : days };
  }
  const colon = name.indexOf(':');
  if (colon > 0) {
    const head = lower.slice(0, colon).trim();
    const rest = name.slice(colon + 1).trim();
    if (head === 'nextweekday') {
      const weekday = WEEKDAYS[fold(rest)];
      if (weekday !== undefined) return { type: 'nextWeekday', weekday };
    }
    if (head === 'ask' && rest) return { type: 'ask', key: `ask:${rest}`, label: rest };
    if (head === 'choose') {
      const options = rest
        .split('|')
        .map((o) => o.trim())
        .filter(Boolean);
      if (options.length) return { type: 'choose', key: `choose:${options.join('|')}`, options };
    }
  }
  return { type: 'unknown', name };
}
