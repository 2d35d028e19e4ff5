import { describe, expect, it } from 'vitest';
import type { Language } from '@/utils/model/types';
import {
  daysToNextWeekday,
  fieldsOf,
  fillSnippet,
  fillSnippetParts,
  unknownVariables,
  type FillContext,
} from '@/utils/snippets/variables';
import { parseVariable, tokenize } from '@/utils/snippets/variable-syntax';
import { storedClient } from './factories';

// Tests run in Europe/Rome (vitest.config.ts). Wednesday 25 November 2026, 10:00 local.
const at = (y: number, month: number, day: number, h = 10, m = 0) =>
  new Date(y, month - 1, day, h, m).getTime();
const NOW = at(2026, 11, 25);

const rossi = storedClient('Studio Legale Rossi', {
  id: 'c-rossi',
  shortName: 'Rossi',
  emails: ['avv.rossi@studiorossi.it', 'segreteria@studiorossi.it'],
  domains: ['studiorossi.it'],
  hourlyRate: 123450,
  rounding: 15,
  monthlyBudgetHours: 20,
  notes: 'Never share: prefers calls after 15:00',
});

const full: FillContext = {
  sender: { name: 'Mario Rossi', email: 'avv.rossi@studiorossi.it' },
  subject: 'Udienza del 3 dicembre',
  client: rossi,
  me: { name: 'Giulia Bianchi', signature: 'Giulia Bianchi\nAssistente virtuale\n+39 333 1234567' },
  now: NOW,
};

const empty: FillContext = {
  sender: null,
  subject: null,
  client: null,
  me: { name: '', signature: '' },
  now: NOW,
};

const fill = (body: string, language: Language = 'en', ctx = full, answers = {}) =>
  fillSnippet(body, language, ctx, answers);

describe('fillSnippet: context variables', () => {
  it.each([
    ['{{sender.firstName}}', 'en', 'Mario'],
    ['{{sender.lastName}}', 'en', 'Rossi'],
    ['{{sender.name}}', 'en', 'Mario Rossi'],
    ['{{sender.email}}', 'en', 'avv.rossi@studiorossi.it'],
    ['{{thread.subject}}', 'en', 'Udienza del 3 dicembre'],
    ['{{client.name}}', 'en', 'Studio Legale Rossi'],
    ['{{client.shortName}}', 'en', 'Rossi'],
    ['{{client.email}}', 'en', 'avv.rossi@studiorossi.it'],
    ['{{client.hourlyRate}}', 'en', '€1,234.50'],
    // Intl puts a no-break space before the euro sign.
    ['{{client.hourlyRate}}', 'it', '1.234,50\u00a0€'],
    ['{{client.monthlyHours}}', 'en', '20 hours'],
    ['{{client.monthlyHours}}', 'it', '20 ore'],
    ['{{client.timeZone}}', 'it', 'Europe/Rome'],
    ['{{me.name}}', 'en', 'Giulia Bianchi'],
    ['{{me.firstName}}', 'it', 'Giulia'],
    ['{{me.signature}}', 'en', 'Giulia Bianchi\nAssistente virtuale\n+39 333 1234567'],
    // Names ignore case and spaces inside the braces.
    ['{{ Sender.FirstName }}', 'en', 'Mario'],
    ['{{CLIENT.NAME}}', 'en', 'Studio Legale Rossi'],
  ] as const)('%s (%s) → %j', (body, language, expected) => {
    const result = fill(body, language);
    expect(result).toEqual({ text: expected, cursorOffset: null, unknown: [], fields: [] });
  });

  it.each([
    ['Mario Rossi', 'Mario', 'Rossi'],
    ['Rossi, Mario', 'Mario', 'Rossi'],
    ['Dott.ssa Anna Maria Verdi', 'Anna', 'Verdi'],
    ['Avv. Luca Neri', 'Luca', 'Neri'],
    ['Mrs Jane Hartley', 'Jane', 'Hartley'],
    ['"Bianchi Immobiliare"', 'Bianchi', 'Immobiliare'],
    ['Cher', 'Cher', ''],
    ['', '', ''],
    ['info@rossi.it', '', ''],
  ])('reads first and last name from %j', (name, first, last) => {
    const ctx = { ...full, sender: { name, email: 'x@example.com' } };
    const parts = fillSnippetParts('{{sender.firstName}}|{{sender.lastName}}', 'en', ctx, {});
    const expected = (value: string, raw: string) => value || raw;
    expect(parts.parts.map((p) => p.text).join('')).toBe(
      `${expected(first, '{{sender.firstName}}')}|${expected(last, '{{sender.lastName}}')}`,
    );
  });

  it('leaves known variables without a value visible and lists them as missing', () => {
    const body =
      'Dear {{sender.firstName}}, re: {{thread.subject}} for {{client.name}} ({{client.hourlyRate}}). {{me.signature}}';
    const result = fillSnippetParts(body, 'en', empty, {});
    expect(result.parts.map((p) => p.text).join('')).toBe(body);
    expect(result.missing).toEqual([
      'sender.firstName',
      'thread.subject',
      'client.name',
      'client.hourlyRate',
      'me.signature',
    ]);
    expect(result.unknown).toEqual([]);
    expect(result.parts.filter((p) => p.kind === 'missing')).toHaveLength(5);
  });

  it('treats a rate of 0 and no monthly package as missing', () => {
    const ctx = { ...full, client: { ...rossi, hourlyRate: 0, monthlyBudgetHours: null } };
    expect(
      fillSnippetParts('{{client.hourlyRate}} {{client.monthlyHours}}', 'it', ctx, {}).missing,
    ).toEqual(['client.hourlyRate', 'client.monthlyHours']);
  });
});

describe('fillSnippet: dates in the snippet language', () => {
  it.each([
    // [now, body, en, it]
    [NOW, '{{today}}', 'Wednesday, 25 November 2026', 'mercoledì 25 novembre 2026'],
    [at(2026, 11, 28), '{{today+2d}}', 'Monday, 30 November 2026', 'lunedì 30 novembre 2026'],
    // Across a month end.
    [at(2026, 11, 29), '{{today+2d}}', 'Tuesday, 1 December 2026', 'martedì 1 dicembre 2026'],
    [at(2026, 12, 1), '{{today-1d}}', 'Monday, 30 November 2026', 'lunedì 30 novembre 2026'],
    [at(2027, 3, 1), '{{today-1d}}', 'Sunday, 28 February 2027', 'domenica 28 febbraio 2027'],
    [at(2028, 2, 28), '{{today+1d}}', 'Tuesday, 29 February 2028', 'martedì 29 febbraio 2028'],
    // Across a year end, late in the evening.
    [at(2026, 12, 31, 23, 30), '{{today+1d}}', 'Friday, 1 January 2027', 'venerdì 1 gennaio 2027'],
    [
      at(2027, 1, 1, 0, 5),
      '{{today-1d}}',
      'Thursday, 31 December 2026',
      'giovedì 31 dicembre 2026',
    ],
    [at(2026, 12, 28), '{{today+1w}}', 'Monday, 4 January 2027', 'lunedì 4 gennaio 2027'],
    [at(2026, 12, 28), '{{ today + 2w }}', 'Monday, 11 January 2027', 'lunedì 11 gennaio 2027'],
    // Across the change to summer time (29 March 2026 in Rome) at midnight.
    [at(2026, 3, 28, 0, 0), '{{today+1d}}', 'Sunday, 29 March 2026', 'domenica 29 marzo 2026'],
    [
      at(2026, 10, 25, 23, 59),
      '{{today-1d}}',
      'Saturday, 24 October 2026',
      'sabato 24 ottobre 2026',
    ],
    // Next weekday: always after today; English and Italian day names.
    [NOW, '{{nextWeekday:monday}}', 'Monday, 30 November 2026', 'lunedì 30 novembre 2026'],
    [NOW, '{{nextWeekday:lunedì}}', 'Monday, 30 November 2026', 'lunedì 30 novembre 2026'],
    [NOW, '{{nextWeekday:Lunedi}}', 'Monday, 30 November 2026', 'lunedì 30 novembre 2026'],
    [NOW, '{{nextWeekday:wednesday}}', 'Wednesday, 2 December 2026', 'mercoledì 2 dicembre 2026'],
    [NOW, '{{nextWeekday:gio}}', 'Thursday, 26 November 2026', 'giovedì 26 novembre 2026'],
    [
      at(2026, 12, 30),
      '{{nextWeekday:venerdì}}',
      'Friday, 1 January 2027',
      'venerdì 1 gennaio 2027',
    ],
    [
      at(2026, 11, 29),
      '{{nextWeekday:mon}}',
      'Monday, 30 November 2026',
      'lunedì 30 novembre 2026',
    ],
    [
      at(2026, 11, 30),
      '{{nextWeekday:Monday}}',
      'Monday, 7 December 2026',
      'lunedì 7 dicembre 2026',
    ],
  ])('%#: %s → %s / %s', (now, body, en, it) => {
    expect(fill(body, 'en', { ...full, now }).text).toBe(en);
    expect(fill(body, 'it', { ...full, now }).text).toBe(it);
  });

  it.each([
    [1, 1, 7],
    [1, 0, 6],
    [1, 6, 5],
    [0, 1, 1],
    [3, 4, 1],
    [6, 5, 6],
  ])('from weekday %i, the next %i is in %i days', (today, target, days) => {
    // 23 November 2026 is a Monday.
    const now = at(2026, 11, 22 + (today || 7));
    expect(new Date(now).getDay()).toBe(today);
    expect(daysToNextWeekday(now, target)).toBe(days);
  });
});

describe('fillSnippet: unknown variables', () => {
  it.each([
    ['{{sender.fristName}}', 'sender.fristName'],
    ['{{client.notes}}', 'client.notes'],
    ['{{nextWeekday:blursday}}', 'nextWeekday:blursday'],
    ['{{today+2x}}', 'today+2x'],
    ['{{today+1000d}}', 'today+1000d'],
    ['{{ask:}}', 'ask:'],
    ['{{choose:|}}', 'choose:|'],
    ['{{}}', ''],
    ['{{me}}', 'me'],
  ])('%s stays visible and is reported as %j', (body, name) => {
    const result = fill(`Hi ${body}!`);
    expect(result.text).toBe(`Hi ${body}!`);
    expect(result.unknown).toEqual([name]);
  });

  it('reports each unknown name once, in order, and fills what it knows around them', () => {
    const result = fill(
      '{{sender.fristName}} {{sender.firstName}} {{senderName}} {{sender.fristName}}',
    );
    expect(result.text).toBe('{{sender.fristName}} Mario {{senderName}} {{sender.fristName}}');
    expect(result.unknown).toEqual(['sender.fristName', 'senderName']);
  });

  it.each([
    ['{{ sender.name', []],
    ['sender.name }}', []],
    ['{sender.name}', []],
    ['{{sender\n.name}}', []],
    // The innermost pair is the variable; the extra braces stay text.
    ['{{{x}}}', ['x']],
  ])('leaves broken braces %j as text', (body, unknown) => {
    const result = fill(body);
    expect(result.text).toBe(body);
    expect(result.unknown).toEqual(unknown);
  });
});

describe('fillSnippet: hostile values stay text', () => {
  it.each([
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['{{me.signature}}', '{{me.signature}}'],
    ['{{cursor}} {{ask:Amount}}', '{{cursor}} {{ask:Amount}}'],
    ['$& $1 $$', '$& $1 $$'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
  ])('a sender called %j', (name, expected) => {
    const ctx = { ...full, sender: { name, email: 'x@example.com' } };
    const result = fill('Dear {{sender.name}},{{cursor}}', 'en', ctx);
    expect(result.text).toBe(`Dear ${expected},`);
    expect(result.cursorOffset).toBe(`Dear ${expected},`.length);
    expect(result.unknown).toEqual([]);
    expect(result.fields).toEqual([]);
  });

  it('does not expand variables inside answers or subjects', () => {
    const ctx = { ...full, subject: 'Re: {{client.hourlyRate}}' };
    const result = fill('{{thread.subject}} / {{ask:Note}} / {{cursor}}', 'en', ctx, {
      'ask:Note': '{{sender.email}} </textarea>',
    });
    expect(result.text).toBe('Re: {{client.hourlyRate}} / {{sender.email}} </textarea> / ');
    expect(result.unknown).toEqual([]);
    expect(result.fields).toEqual([]);
  });
});

describe('fillSnippet: cursor and fill-in fields', () => {
  it('puts the caret at the first {{cursor}} and removes every one', () => {
    const result = fill('Hi {{sender.firstName}},\n{{cursor}}\n\nBest,{{cursor}}\n{{me.name}}');
    expect(result.text).toBe('Hi Mario,\n\n\nBest,\nGiulia Bianchi');
    expect(result.cursorOffset).toBe('Hi Mario,\n'.length);
  });

  it('has no caret offset without {{cursor}} and keeps Windows line breaks as \\n', () => {
    const result = fill('Line 1\r\nLine 2\r{{me.name}}');
    expect(result).toEqual({
      text: 'Line 1\nLine 2\nGiulia Bianchi',
      cursorOffset: null,
      unknown: [],
      fields: [],
    });
  });

  it('asks for each field once, in order, and leaves unanswered ones as written', () => {
    const body =
      'Amount: {{ask:Amount}} due {{choose:Mon|Tue|Wed}}. Again {{ask: Amount }} and {{ask:Invoice no.}}';
    const result = fill(body);
    expect(result.fields).toEqual([
      { key: 'ask:Amount', kind: 'ask', label: 'Amount', options: [] },
      {
        key: 'choose:Mon|Tue|Wed',
        kind: 'choose',
        label: 'Mon / Tue / Wed',
        options: ['Mon', 'Tue', 'Wed'],
      },
      { key: 'ask:Invoice no.', kind: 'ask', label: 'Invoice no.', options: [] },
    ]);
    expect(result.text).toBe(body);
  });

  it('fills answered fields (an empty answer counts) and asks only for the rest', () => {
    const body = '{{ask:Amount}} on {{choose: Mon | Tue }}, ref {{ask:Ref}}{{ask:Amount}}';
    const result = fill(body, 'en', full, {
      'ask:Amount': '1.234,50 €',
      'choose:Mon|Tue': 'Tue',
      'ask:Ref': '',
    });
    expect(result.text).toBe('1.234,50 € on Tue, ref 1.234,50 €');
    expect(result.fields).toEqual([]);
    const partial = fill(body, 'en', full, { 'ask:Amount': '10' });
    expect(partial.fields.map((f) => f.key)).toEqual(['choose:Mon|Tue', 'ask:Ref']);
  });

  it('ignores answers that only exist on the prototype', () => {
    const result = fill('{{ask:constructor}}', 'en', full, {});
    expect(result.fields.map((f) => f.key)).toEqual(['ask:constructor']);
  });
});

describe('tokenize', () => {
  it('returns text and variable spans that cover the body exactly', () => {
    const body = 'Ciao {{sender.firstName}}, {{sender.fristName}} {{ask:Importo}}{{today+2d}}.';
    const tokens = tokenize(body);
    expect(tokens.map((t) => body.slice(t.start, t.end))).toEqual([
      'Ciao ',
      '{{sender.firstName}}',
      ', ',
      '{{sender.fristName}}',
      ' ',
      '{{ask:Importo}}',
      '{{today+2d}}',
      '.',
    ]);
    expect(tokens.map((t) => (t.kind === 'text' ? 'text' : t.variable.type))).toEqual([
      'text',
      'value',
      'text',
      'unknown',
      'text',
      'ask',
      'date',
      'text',
    ]);
  });

  it.each([
    ['today', { type: 'date', offsetDays: 0 }],
    ['today-3d', { type: 'date', offsetDays: -3 }],
    ['today+2w', { type: 'date', offsetDays: 14 }],
    ['nextWeekday:sabato', { type: 'nextWeekday', weekday: 6 }],
    ['Cursor', { type: 'cursor' }],
    ['ask: Importo ', { type: 'ask', key: 'ask:Importo', label: 'Importo' }],
    ['choose:Sì|No', { type: 'choose', key: 'choose:Sì|No', options: ['Sì', 'No'] }],
    ['client.hourlyrate', { type: 'value', name: 'client.hourlyRate' }],
  ])('parses %j', (inner, expected) => {
    expect(parseVariable(inner)).toEqual(expected);
  });
});

describe('fieldsOf and unknownVariables', () => {
  it('lists every field once, answered or not, and each unknown name once', () => {
    const body =
      '{{ask:Importo}} {{choose:Sì|No}} {{ask:Importo}} {{sendr.name}} {{x}} {{sendr.name}}';
    expect(fieldsOf(body)).toEqual([
      { key: 'ask:Importo', kind: 'ask', label: 'Importo', options: [] },
      { key: 'choose:Sì|No', kind: 'choose', label: 'Sì / No', options: ['Sì', 'No'] },
    ]);
    expect(unknownVariables(body)).toEqual(['sendr.name', 'x']);
  });
});
