import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Client, TimeEntry } from '@/utils/model/types';
import { t, type MessageKey } from '@/utils/i18n/messages';
import {
  FORMULA_START,
  csvFileName,
  entriesToCsv,
  type CsvContext,
  type CsvOptions,
} from '@/utils/reports/csv';
import { monthRange, weekRange } from '@/utils/time/weeks';
import { storedClient, storedEntry } from './factories';

// Tests run in Europe/Rome (vitest.config.ts): late November is UTC+1.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/csv');
const at = (day: number, h: number, m = 0, s = 0) => new Date(2026, 10, day, h, m, s).getTime();
const WEEK = { from: at(23, 0), to: at(30, 0) }; // ISO week 48 of 2026, Monday to Monday
const NOW = at(27, 16, 25, 30); // Friday, a timer running since 16:00

function client(id: string, overrides: Partial<Client>): Client {
  return storedClient(id, { id, shortName: id.slice(0, 12), ...overrides });
}

function entry(id: string, start: number, end: number | null, over: Partial<TimeEntry>): TimeEntry {
  return storedEntry(id, 'rossi', start, end, over);
}

const rossi = client('rossi', {
  name: 'Rossi Srl',
  hourlyRate: 4000, // 40,00 € an hour
  rounding: 15,
  minimumMinutes: 15,
});
const bianchi = client('bianchi', {
  name: 'Bianchi, Verdi & Co. "BVC"',
  currency: 'USD',
  hourlyRate: 3550, // $35.50 an hour, billed to the second
});
const clientsById = new Map([
  [rossi.id, rossi],
  [bianchi.id, bianchi],
]);

// Deliberately not in start order.
const ENTRIES: TimeEntry[] = [
  entry('e10', at(27, 16), null, { note: '<script>alert(1)</script>' }),
  entry('e02', at(23, 9), at(23, 10, 30), {
    note: 'Replied to "urgent" request, then called; ok',
    threadId: '0:t1',
  }),
  entry('e01', at(22, 23), at(23, 0, 30), { note: ' =1+1 (after a space)' }),
  entry('e03', at(23, 11), at(23, 11, 7), {
    activityType: 'call',
    note: '=HYPERLINK("http://evil.example","click")',
  }),
  entry('e04', at(24, 14), at(24, 14, 20, 30), {
    clientId: 'bianchi',
    activityType: 'admin',
    note: '+cmd|" /C calc"!A0',
  }),
  entry('e05', at(24, 23, 30), at(25, 0, 45), {
    activityType: 'scheduling',
    note: 'Line one\r\nline two\nline three',
  }),
  entry('e06', at(25, 10), at(25, 10, 10), {
    activityType: 'meeting',
    billable: false,
    note: '-1+1',
  }),
  entry('e07', at(26, 9), at(26, 9), {
    activityType: 'scheduling',
    task: { typeId: 'tt1', name: 'Appointment booked', fee: 500 },
    note: '@SUM(A1:A2)',
  }),
  entry('e08', at(26, 10), at(26, 10, 40), {
    clientId: 'bianchi',
    activityType: 'call',
    note: '\tTab-leading note',
  }),
  entry('e09', at(26, 15), at(26, 15, 45), {
    clientId: 'bianchi',
    activityType: 'Travel booking',
    note: '📞 Chiamata con Giulia 😀 — perché sì',
    threadId: '0:gone',
  }),
  entry('e11', at(27, 12), at(27, 12, 30), {
    task: { typeId: 'tt2', name: 'Invoice sent; "paid"', fee: 250 },
    note: 'a;b,c',
  }),
  entry('e14', at(28, 10), at(28, 10, 5), { clientId: 'bianchi', note: '＝1+1 full-width' }),
  entry('e12', at(25, 9), at(25, 10), { clientId: 'deleted-client', note: 'skipped' }),
  entry('e13', at(30, 9), at(30, 10), { note: 'next week: skipped' }),
];

function context(language: 'en' | 'it'): CsvContext {
  return {
    clientsById,
    threadSubjects: new Map([['0:t1', 'Re: Fattura n. 12; scadenza, "urgente"']]),
    activityLabel: (type) => {
      const key = `activity_${type}` as MessageKey;
      const label = t(key, [], language);
      return label === key ? type : label;
    },
    range: WEEK,
    now: NOW,
  };
}

/** The cells of a CSV written by entriesToCsv, header first. */
function parse(csv: string, separator: ',' | ';'): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), {
    delimiter: separator,
    newline: '\r\n',
    skipEmptyLines: false,
  });
  expect(result.errors).toEqual([]);
  expect(result.data.at(-1)).toEqual(['']); // the file ends with CRLF
  return result.data.slice(0, -1);
}

const GOLDEN: [string, 'en' | 'it', CsvOptions][] = [
  ['en-comma-point.csv', 'en', { separator: ',', decimal: '.', language: 'en' }],
  ['it-semicolon-comma.csv', 'it', { separator: ';', decimal: ',', language: 'it' }],
  // Decimal comma with comma separators: every fractional number must be quoted.
  ['it-comma-comma.csv', 'it', { separator: ',', decimal: ',', language: 'it' }],
];

describe('entriesToCsv golden files', () => {
  it.each(GOLDEN)('%s matches byte for byte', (file, language, options) => {
    const actual = Buffer.from(entriesToCsv(ENTRIES, context(language), options), 'utf8');
    const path = join(FIXTURES, file);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(FIXTURES, { recursive: true });
      writeFileSync(path, actual);
    }
    const expected = readFileSync(path);
    expect(actual.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(actual.toString('utf8')).toBe(expected.toString('utf8')); // a readable diff first
    expect(actual.equals(expected)).toBe(true);
  });

  it.each(GOLDEN)('%s parses back to the same cells', (_, language, options) => {
    const rows = parse(entriesToCsv(ENTRIES, context(language), options), options.separator);
    const kept = ENTRIES.filter((e) => !['e12', 'e13'].includes(e.id)).sort(
      (a, b) => a.start - b.start,
    );
    expect(rows).toHaveLength(kept.length + 1);
    for (const row of rows) expect(row).toHaveLength(12);
    kept.forEach((e, i) => {
      const row = rows[i + 1]!;
      const note = FORMULA_START.test(e.note) ? `'${e.note}` : e.note;
      expect(row[8]).toBe(note);
      expect(row[5]).toBe(clientsById.get(e.clientId)!.name);
      expect(row[7]).toBe(e.task?.name ?? '');
      expect(row[11]).toBe(clientsById.get(e.clientId)!.currency);
    });
    expect(rows.map((r) => r[9])).toContain('Re: Fattura n. 12; scadenza, "urgente"');
  });
});

describe('entriesToCsv rows', () => {
  // [id, date, start, end, minutes, billable minutes, amount] with comma and decimal point.
  it.each([
    ['e01 clipped to the range start', '2026-11-23', '00:00', '00:30', '30', '30', '20.00'],
    ['e02', '2026-11-23', '09:00', '10:30', '90', '90', '60.00'],
    ['e03 raised to the 15-min step', '2026-11-23', '11:00', '11:07', '7', '15', '10.00'],
    ['e04 billed to the second, $', '2026-11-24', '14:00', '14:20', '20.5', '20.5', '12.13'],
    ['e05 crossing midnight', '2026-11-24', '23:30', '00:45', '75', '75', '50.00'],
    ['e06 non-billable', '2026-11-25', '10:00', '10:10', '10', '0', '0.00'],
    ['e07 task without time', '2026-11-26', '09:00', '09:00', '0', '0', '5.00'],
    ['e08', '2026-11-26', '10:00', '10:40', '40', '40', '23.67'],
    ['e09 half a cent rounds up', '2026-11-26', '15:00', '15:45', '45', '45', '26.63'],
    ['e11 time plus task fee', '2026-11-27', '12:00', '12:30', '30', '30', '22.50'],
    ['e10 running: no end, up to now', '2026-11-27', '16:00', '', '25.5', '30', '20.00'],
    ['e14', '2026-11-28', '10:00', '10:05', '5', '5', '2.96'],
  ])('%s → %s %s–%s, %s min, %s billable, %s', (label, ...expected) => {
    const rows = parse(
      entriesToCsv(ENTRIES, context('en'), { separator: ',', decimal: '.', language: 'en' }),
      ',',
    );
    const id = label.split(' ')[0]!;
    const e = ENTRIES.find((x) => x.id === id)!;
    const note = FORMULA_START.test(e.note) ? `'${e.note}` : e.note;
    const row = rows.find((r) => r[8] === note)!;
    expect([row[0], row[1], row[2], row[3], row[4], row[10]]).toEqual(expected);
  });

  it('writes the header in the chosen language', () => {
    const header = (language: 'en' | 'it') =>
      parse(entriesToCsv([], context(language), { separator: ';', decimal: ',', language }), ';');
    expect(header('en')).toEqual([
      [
        'Date',
        'Start',
        'End',
        'Minutes',
        'Billable minutes',
        'Client',
        'Activity type',
        'Fixed-fee task',
        'Note',
        'Email subject',
        'Amount',
        'Currency',
      ],
    ]);
    expect(header('it')[0]).toEqual([
      'Data',
      'Inizio',
      'Fine',
      'Minuti',
      'Minuti fatturabili',
      'Cliente',
      'Tipo di attività',
      'Attività a prestazione',
      'Nota',
      "Oggetto dell'email",
      'Importo',
      'Valuta',
    ]);
  });

  it('uses CRLF between records and keeps LF inside a quoted note', () => {
    const csv = entriesToCsv(ENTRIES.slice(0, 6), context('en'), {
      separator: ',',
      decimal: '.',
      language: 'en',
    });
    expect(csv).toContain('"Line one\r\nline two\nline three"');
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes).not.toMatch(/[^\r]\n/);
    expect(outsideQuotes.split('\r\n')).toHaveLength(8); // header, 6 rows, '' after the last CRLF
  });

  it.each([
    [',', '.', '2400.00', '1440', '24000'],
    [';', ',', '2400,00', '1440', '24000'],
  ] as const)(
    'never groups digits (%s and %s) and uses the currency’s decimals',
    (separator, decimal, eur, minutes, jpy) => {
      const big = client('big', { name: 'Big', hourlyRate: 10_000 });
      const yen = client('yen', { name: 'Tanaka KK', currency: 'JPY', hourlyRate: 1000 });
      const rows = parse(
        entriesToCsv(
          [
            entry('a', at(24, 0), at(25, 0), { clientId: 'big' }),
            entry('b', at(25, 0), at(26, 0), { clientId: 'yen' }),
          ],
          { ...context('en'), clientsById: new Map([big, yen].map((c) => [c.id, c])) },
          { separator, decimal, language: 'en' },
        ),
        separator,
      );
      expect(rows.slice(1).map((r) => [r[3], r[4], r[10], r[11]])).toEqual([
        [minutes, minutes, eur, 'EUR'],
        [minutes, minutes, jpy, 'JPY'],
      ]);
    },
  );

  it('writes only the header when nothing falls in the range', () => {
    expect(
      entriesToCsv(ENTRIES.slice(-2), context('en'), {
        separator: ',',
        decimal: '.',
        language: 'en',
      }),
    ).toBe(
      '\uFEFFDate,Start,End,Minutes,Billable minutes,Client,Activity type,Fixed-fee task,Note,' +
        'Email subject,Amount,Currency\r\n',
    );
  });
});

describe('formula neutralisation', () => {
  // [note, neutralised?]
  it.each([
    ['=1+1', true],
    ['=HYPERLINK("http://evil.example","click")', true],
    ['=HYPERLINK("http://evil.example")\nsecond line', true], // papaparse's default misses this
    ['+cmd|" /C calc"!A0', true],
    ['-1+1', true],
    ['- bullet list', true],
    ['@SUM(A1:A2)', true],
    ['\tTab-leading', true],
    ['\r=1+1', true],
    [' =1+1', true], // papaparse's default misses this
    ['  \t+1', true],
    ['\n=1+1', true],
    ['＝1+1', true], // full-width, read as a formula by East Asian Excel
    ['＋1', true],
    ['hello', false],
    ['1+1', false],
    ['a=b', false],
    ['mail to a@b.it', false],
    ['', false],
    ['<script>alert(1)</script>', false],
  ])('%j → neutralised: %s', (note, neutralised) => {
    for (const [separator, decimal] of [
      [',', '.'],
      [';', ','],
    ] as const) {
      const csv = entriesToCsv([entry('x', at(23, 9), at(23, 10), { note })], context('en'), {
        separator,
        decimal,
        language: 'en',
      });
      const cell = parse(csv, separator)[1]![8]!;
      expect(cell).toBe(neutralised ? `'${note}` : note);
      if (neutralised) expect(csv).toContain(`"'`); // quoted, so the ' is kept as text
    }
  });

  it('does not touch numbers, times or dates', () => {
    const rows = parse(
      entriesToCsv([entry('x', at(23, 9), at(23, 10), {})], context('en'), {
        separator: ';',
        decimal: ',',
        language: 'en',
      }),
      ';',
    );
    expect(rows[1]!.filter((cell) => cell.startsWith("'"))).toEqual([]);
  });
});

describe('csvFileName', () => {
  it.each([
    ['Rossi Srl', WEEK, 'va-desk-rossi-srl-2026-W48.csv'],
    ['Caffè Ròssi & Figli S.r.l.', WEEK, 'va-desk-caffe-rossi-figli-s-r-l-2026-W48.csv'],
    [null, WEEK, 'va-desk-2026-W48.csv'],
    ['Rossi Srl', monthRange(at(15, 12)), 'va-desk-rossi-srl-2026-11.csv'],
    ['Rossi Srl', { from: at(3, 0), to: at(13, 0) }, 'va-desk-rossi-srl-2026-11-03_2026-11-12.csv'],
    ['Rossi Srl', { from: at(3, 0), to: at(4, 0) }, 'va-desk-rossi-srl-2026-11-03.csv'],
    // A Sunday-start week is not an ISO week: named by its days.
    ['Rossi', weekRange(at(25, 12), 0), 'va-desk-rossi-2026-11-22_2026-11-28.csv'],
    // ISO week 53 of 2026 ends in January 2027; week 1 of 2026 starts in December 2025.
    ['Rossi', weekRange(new Date(2027, 0, 2, 12).getTime(), 1), 'va-desk-rossi-2026-W53.csv'],
    ['Rossi', weekRange(new Date(2025, 11, 30, 12).getTime(), 1), 'va-desk-rossi-2026-W01.csv'],
    ['../../etc/passwd', WEEK, 'va-desk-etc-passwd-2026-W48.csv'],
    ['***', WEEK, 'va-desk-2026-W48.csv'],
    ['Ünïcödé Ωmega 東京', WEEK, 'va-desk-unicode-ωmega-東京-2026-W48.csv'],
    // Summer time: a March week still reads as its ISO week.
    ['Rossi', weekRange(new Date(2026, 2, 29, 12).getTime(), 1), 'va-desk-rossi-2026-W13.csv'],
  ] as const)('%j, %j → %s', (name, range, expected) => {
    expect(csvFileName(name, range)).toBe(expected);
  });

  it('keeps long names short', () => {
    const name = csvFileName('A'.repeat(30) + ' ' + 'B'.repeat(30), WEEK);
    expect(name).toBe(`va-desk-${'a'.repeat(30)}-${'b'.repeat(9)}-2026-W48.csv`);
  });
});
