import type { Client, Language } from '@/utils/model/types';
import { formatMoney } from '@/utils/i18n/format';
import { getLocale } from '@/utils/i18n/messages';
import { fold, tokenize, VALUE_NAMES, type ValueName, type Variable } from './variable-syntax';

// The variable engine: `{{name}}` tokens in a snippet body, filled from the open email, its client
// and the VA's settings. One pass over the body: a value is never scanned again, so a sender
// called `{{me.signature}}` or `<script>` stays exactly that text. Everything here is plain text.

export interface FillContext {
  sender: { name: string; email: string } | null; // the open email's sender, when read
  subject: string | null; // the thread subject, when read
  client: Client | null; // the thread's client, when tagged
  me: { name: string; signature: string }; // from Settings.vaName / Settings.signature
  now: number; // dates are computed from this, in the local zone
}
export interface FieldRequest {
  key: string;
  kind: 'ask' | 'choose';
  label: string;
  options: string[];
}
export interface FillResult {
  text: string; // filled text (plain), unknown variables left visible as written
  cursorOffset: number | null; // where {{cursor}} was, else null
  unknown: string[]; // variables not recognised (misspelled), e.g. ['sender.fristName']
  fields: FieldRequest[]; // ask/choose fields still without an answer
}

/** What the editor offers to insert, in this order (dates and fields are examples). */
export const VARIABLE_EXAMPLES: readonly string[] = [
  ...VALUE_NAMES,
  'today',
  'today+2d',
  'today+1w',
  'nextWeekday:monday',
  'cursor',
  'ask:Amount',
  'choose:Mon|Tue|Wed',
];

const HONORIFICS = new Set([
  'dott',
  'dottssa',
  'dr',
  'avv',
  'ing',
  'arch',
  'geom',
  'rag',
  'prof',
  'profssa',
  'sig',
  'sigra',
  'signa',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
]);

/** The words of a display name without honorifics; `Rossi, Mario` is read as Mario Rossi. */
function nameWords(name: string): string[] {
  const clean = name.replace(/["“”]/g, '').trim();
  if (!clean || clean.includes('@')) return [];
  const comma = clean.indexOf(',');
  const ordered = comma > 0 ? `${clean.slice(comma + 1)} ${clean.slice(0, comma)}` : clean;
  const words = ordered.split(/\s+/).filter(Boolean);
  const rest = words.filter(
    (w, i) => i >= words.length - 1 || !HONORIFICS.has(fold(w).replace(/\./g, '')),
  );
  return rest;
}

function firstName(name: string): string {
  return nameWords(name)[0] ?? '';
}

function lastName(name: string): string {
  const words = nameWords(name);
  return words.length > 1 ? words[words.length - 1]! : '';
}

/** The value of a context variable; '' when the context does not have it. */
export function valueOf(name: ValueName, language: Language, ctx: FillContext): string {
  const locale = getLocale(language);
  const c = ctx.client;
  switch (name) {
    case 'sender.firstName':
      return ctx.sender ? firstName(ctx.sender.name) : '';
    case 'sender.lastName':
      return ctx.sender ? lastName(ctx.sender.name) : '';
    case 'sender.name':
      return ctx.sender?.name.trim() ?? '';
    case 'sender.email':
      return ctx.sender?.email ?? '';
    case 'thread.subject':
      return ctx.subject?.trim() ?? '';
    case 'client.name':
      return c?.name ?? '';
    case 'client.shortName':
      return c ? c.shortName || c.name : '';
    case 'client.email':
      return c?.emails[0] ?? '';
    case 'client.hourlyRate':
      return c && c.hourlyRate > 0 ? formatMoney(c.hourlyRate, c.currency, locale) : '';
    case 'client.monthlyHours':
      return c?.monthlyBudgetHours
        ? new Intl.NumberFormat(locale, {
            style: 'unit',
            unit: 'hour',
            unitDisplay: 'long',
          }).format(c.monthlyBudgetHours)
        : '';
    case 'client.timeZone':
      return c?.timeZone ?? '';
    case 'me.name':
      return ctx.me.name.trim();
    case 'me.firstName':
      return firstName(ctx.me.name);
    case 'me.signature':
      return ctx.me.signature.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  }
}

/** A long date in the snippet's language: `Monday, 30 November 2026` / `lunedì 30 novembre 2026`. */
export function formatLongDate(day: Date, language: Language): string {
  return new Intl.DateTimeFormat(getLocale(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(day);
}

/** The local calendar day `offsetDays` after the day of `now` (noon, clear of DST changes). */
export function localDay(now: number, offsetDays: number): Date {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + offsetDays, 12);
}

/** Days from today to the next `weekday` (0 = Sunday), always 1–7: "next Monday" on a Monday is in a week. */
export function daysToNextWeekday(now: number, weekday: number): number {
  const today = new Date(now).getDay();
  return ((weekday - today + 6) % 7) + 1;
}

/** One piece of a filled snippet, for the preview: `missing` and `unknown` keep the text as written. */
export interface FilledPart {
  kind: 'text' | 'value' | 'missing' | 'unknown' | 'field' | 'answer' | 'cursor';
  text: string;
}

export interface FilledParts extends Omit<FillResult, 'text'> {
  parts: FilledPart[];
  /** Known variables the context has no value for (no sender read, no client tagged…). */
  missing: string[];
}

function fieldRequest(v: Extract<Variable, { type: 'ask' | 'choose' }>): FieldRequest {
  return v.type === 'ask'
    ? { key: v.key, kind: 'ask', label: v.label, options: [] }
    : { key: v.key, kind: 'choose', label: v.options.join(' / '), options: v.options };
}

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** The filled snippet as parts (text, values, what is missing), for a highlighted preview. */
export function fillSnippetParts(
  body: string,
  language: Language,
  ctx: FillContext,
  answers: Readonly<Record<string, string>>,
): FilledParts {
  const parts: FilledPart[] = [];
  const unknown: string[] = [];
  const missing: string[] = [];
  const fields: FieldRequest[] = [];
  let cursorOffset: number | null = null;
  let length = 0;
  const push = (kind: FilledPart['kind'], text: string) => {
    parts.push({ kind, text });
    length += text.length;
  };
  for (const token of tokenize(body.replace(/\r\n?/g, '\n'))) {
    if (token.kind === 'text') {
      push('text', token.text);
      continue;
    }
    const v = token.variable;
    switch (v.type) {
      case 'value': {
        const value = valueOf(v.name, language, ctx);
        if (value) push('value', value);
        else {
          if (!missing.includes(v.name)) missing.push(v.name);
          push('missing', token.raw);
        }
        break;
      }
      case 'date':
        push('value', formatLongDate(localDay(ctx.now, v.offsetDays), language));
        break;
      case 'nextWeekday':
        push(
          'value',
          formatLongDate(localDay(ctx.now, daysToNextWeekday(ctx.now, v.weekday)), language),
        );
        break;
      case 'cursor':
        cursorOffset ??= length;
        push('cursor', '');
        break;
      case 'ask':
      case 'choose':
        if (hasOwn(answers, v.key)) push('answer', answers[v.key]!.replace(/\r\n?/g, '\n'));
        else {
          if (!fields.some((f) => f.key === v.key)) fields.push(fieldRequest(v));
          push('field', token.raw);
        }
        break;
      case 'unknown':
        if (!unknown.includes(v.name)) unknown.push(v.name);
        push('unknown', token.raw);
        break;
    }
  }
  return { parts, cursorOffset, unknown, fields, missing };
}

/** Fills a snippet body: plain text in, plain text out (see FillResult). */
export function fillSnippet(
  body: string,
  language: Language,
  ctx: FillContext,
  answers: Readonly<Record<string, string>>,
): FillResult {
  const { parts, cursorOffset, unknown, fields } = fillSnippetParts(body, language, ctx, answers);
  return { text: parts.map((p) => p.text).join(''), cursorOffset, unknown, fields };
}

/** Every fill-in field of a body, once each, in order (answered or not): the panel's form. */
export function fieldsOf(body: string): FieldRequest[] {
  const fields: FieldRequest[] = [];
  for (const token of tokenize(body)) {
    if (token.kind !== 'variable') continue;
    const v = token.variable;
    if ((v.type === 'ask' || v.type === 'choose') && !fields.some((f) => f.key === v.key))
      fields.push(fieldRequest(v));
  }
  return fields;
}

/** The names of the unknown variables of a body, once each (the editor warns about them). */
export function unknownVariables(body: string): string[] {
  const names: string[] = [];
  for (const token of tokenize(body))
    if (token.kind === 'variable' && token.variable.type === 'unknown') {
      const name = token.variable.name;
      if (!names.includes(name)) names.push(name);
    }
  return names;
}
