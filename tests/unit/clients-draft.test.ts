import { describe, expect, it } from 'vitest';
import {
  draftFromClient,
  emptyClientDraft,
  inputFromClientDraft,
  splitList,
  type ClientDraft,
} from '@/utils/clients/draft';
import type { ClientInput } from '@/utils/clients/validate';
import type { Client } from '@/utils/model/types';
import { storedClient } from './factories';

const draft: ClientDraft = {
  ...emptyClientDraft({
    color: '#1a73e8',
    currency: 'EUR',
    rounding: 15,
    timeZone: 'Europe/Rome',
    language: 'it',
  }),
  name: 'Studio Legale Rossi',
  emails: 'avv.rossi@studiorossi.it',
  domains: 'studiorossi.it',
};

function parse(overrides: Partial<ClientDraft>) {
  return inputFromClientDraft({ ...draft, ...overrides });
}

function parsed(overrides: Partial<ClientDraft>): ClientInput {
  const result = parse(overrides);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result.input;
}

describe('inputFromClientDraft', () => {
  it('turns the default form into an input with no rate, no minimum and no budget', () => {
    expect(parsed({})).toEqual({
      name: 'Studio Legale Rossi',
      shortName: '',
      color: '#1a73e8',
      emails: ['avv.rossi@studiorossi.it'],
      domains: ['studiorossi.it'],
      gmailAccounts: [],
      hourlyRate: 0,
      currency: 'EUR',
      rounding: 15,
      minimumMinutes: 0,
      timeZone: 'Europe/Rome',
      language: 'it',
      billableByDefault: true,
      monthlyBudgetHours: null,
      notes: '',
      taskTypes: [],
    });
  });

  it('parses fixed-fee tasks typed the Italian way and skips empty rows', () => {
    const result = inputFromClientDraft({
      ...emptyClientDraft({
        color: '#1a73e8',
        currency: 'EUR',
        rounding: 0,
        timeZone: 'Europe/Rome',
        language: 'it',
      }),
      name: 'Rossi',
      taskTypes: [
        { id: 't1', name: 'Appuntamento fissato', fee: '5,00' },
        { id: 't2', name: '', fee: '' },
      ],
    });
    expect(result).toMatchObject({
      ok: true,
      input: { taskTypes: [{ id: 't1', name: 'Appuntamento fissato', fee: 500 }] },
    });
    const bad = inputFromClientDraft({
      ...emptyClientDraft({
        color: '#1a73e8',
        currency: 'EUR',
        rounding: 0,
        timeZone: 'Europe/Rome',
        language: 'it',
      }),
      taskTypes: [{ id: 't1', name: 'Fattura', fee: 'cinque' }],
    });
    expect(bad).toEqual({
      ok: false,
      issues: [{ field: 'taskTypes', message: 'errorTaskFeeInvalid', params: ['Fattura'] }],
    });
  });

  it.each([
    ['35,50', 'EUR', 3550],
    ['35,5', 'EUR', 3550],
    ['35.5', 'EUR', 3550],
    ['35.50', 'EUR', 3550],
    ['35', 'EUR', 3500],
    [' 35,50 ', 'EUR', 3550],
    ['1.234,50', 'EUR', 123450],
    ['1,234.50', 'EUR', 123450],
    ['1 234,50', 'EUR', 123450],
    ['0,29', 'EUR', 29],
    ['35,50', 'eur', 3550],
    ['40', 'GBP', 4000],
    ['1500', 'JPY', 1500],
    ['', 'EUR', 0],
    ['   ', 'EUR', 0],
  ])('rate %j in %s → %i minor units', (hourlyRate, currency, expected) => {
    expect(parsed({ hourlyRate, currency }).hourlyRate).toBe(expected);
  });

  it.each([
    ['abc', 'EUR'],
    ['35,555', 'EUR'],
    ['35.555', 'EUR'],
    ['€35', 'EUR'],
    ['35 €', 'EUR'],
    ['35,', 'EUR'],
    ['1500,5', 'JPY'],
  ])('rate %j in %s → errorRateInvalid', (hourlyRate, currency) => {
    expect(parse({ hourlyRate, currency })).toEqual({
      ok: false,
      issues: [{ field: 'hourlyRate', message: 'errorRateInvalid' }],
    });
  });

  it.each<[string, number | null]>([
    ['', null],
    ['20', 20],
    ['7,5', 7.5],
    ['7.5', 7.5],
    ['0,25', 0.25],
    // Ranges are the repository's job: a number parses, validation rejects it later.
    ['-5', -5],
  ])('budget %j → %s', (monthlyBudgetHours, expected) => {
    expect(parsed({ monthlyBudgetHours }).monthlyBudgetHours).toBe(expected);
  });

  it.each([['abc'], ['7,5 h'], ['.']])('budget %j → errorBudgetInvalid', (monthlyBudgetHours) => {
    expect(parse({ monthlyBudgetHours })).toEqual({
      ok: false,
      issues: [{ field: 'monthlyBudgetHours', message: 'errorBudgetInvalid', params: ['744'] }],
    });
  });

  it.each([
    ['', 0],
    ['0', 0],
    ['15', 15],
    ['15,0', 15],
  ])('minimum %j → %i', (minimumMinutes, expected) => {
    expect(parsed({ minimumMinutes }).minimumMinutes).toBe(expected);
  });

  it.each([['abc'], ['7,5'], ['15 min']])('minimum %j → errorMinimumInvalid', (minimumMinutes) => {
    expect(parse({ minimumMinutes })).toEqual({
      ok: false,
      issues: [{ field: 'minimumMinutes', message: 'errorMinimumInvalid', params: ['480'] }],
    });
  });

  it.each<[string, number[]]>([
    ['', []],
    ['0', [0]],
    ['0, 2', [0, 2]],
    ['0,2', [0, 2]],
    ['1; 3', [1, 3]],
    ['1\n3', [1, 3]],
    ['99', [99]],
  ])('Gmail accounts %j → %j', (gmailAccounts, expected) => {
    expect(parsed({ gmailAccounts }).gmailAccounts).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['x', ['x']],
    ['1, x', ['x']],
    ['100', ['100']],
    ['-1', ['-1']],
    ['1.5', ['1.5']],
    ['u/1, x', ['u/1', 'x']],
  ])('Gmail accounts %j → errorAccountInvalid for %j', (gmailAccounts, bad) => {
    expect(parse({ gmailAccounts })).toEqual({
      ok: false,
      issues: bad.map((part) => ({
        field: 'gmailAccounts',
        message: 'errorAccountInvalid',
        params: [part],
      })),
    });
  });

  it.each([['7'], ['abc'], ['15 min']])('rounding %j → errorRoundingInvalid', (rounding) => {
    expect(parse({ rounding })).toEqual({
      ok: false,
      issues: [{ field: 'rounding', message: 'errorRoundingInvalid' }],
    });
  });

  it('reports every field that is not a number at once', () => {
    const result = parse({
      hourlyRate: 'abc',
      minimumMinutes: 'x',
      monthlyBudgetHours: 'y',
      gmailAccounts: 'z',
      rounding: '7',
    });
    expect(result.ok ? [] : result.issues.map((i) => i.field)).toEqual([
      'hourlyRate',
      'minimumMinutes',
      'monthlyBudgetHours',
      'gmailAccounts',
      'rounding',
    ]);
  });
});

describe('splitList', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['a@x.it', ['a@x.it']],
    ['a@x.it, b@y.it', ['a@x.it', 'b@y.it']],
    ['a@x.it;b@y.it', ['a@x.it', 'b@y.it']],
    [' a@x.it \n\n b@y.it ,', ['a@x.it', 'b@y.it']],
  ])('%j → %j', (text, expected) => {
    expect(splitList(text)).toEqual(expected);
  });
});

const base: Client = storedClient('Studio Legale Rossi', {
  id: 'c1',
  shortName: 'Rossi',
  emails: ['avv.rossi@studiorossi.it', 'segreteria@studiorossi.it'],
  domains: ['studiorossi.it'],
  gmailAccounts: [0, 2],
  hourlyRate: 3550,
  rounding: 15,
  minimumMinutes: 15,
  monthlyBudgetHours: 7.5,
  notes: 'Udienze il martedì',
  createdAt: 1,
  updatedAt: 2,
});

/** The fields a VA edits: the client without what the repository adds. */
function inputOf(client: Client): ClientInput {
  const fields: Partial<Client> = { ...client };
  for (const key of ['id', 'nameKey', 'archived', 'createdAt', 'updatedAt'] as const)
    delete fields[key];
  return fields as ClientInput;
}

const roundTrips: [string, Client][] = [
  ['EUR rate with cents and a half-hour budget', base],
  ['large EUR rate, no budget', { ...base, hourlyRate: 123450, monthlyBudgetHours: null }],
  [
    'no rate, no accounts, no addresses',
    { ...base, hourlyRate: 0, emails: [], domains: [], gmailAccounts: [] },
  ],
  [
    'GBP client, not billable',
    {
      ...base,
      currency: 'GBP',
      hourlyRate: 3500,
      rounding: 6,
      language: 'en',
      billableByDefault: false,
      timeZone: 'Europe/London',
    },
  ],
  [
    'JPY rate without decimals',
    { ...base, currency: 'JPY', hourlyRate: 1500, monthlyBudgetHours: 1234 },
  ],
  ['budget with three decimals', { ...base, monthlyBudgetHours: 0.125 }],
];

describe('draftFromClient', () => {
  it.each([
    ['it-IT', '35,50', '7,5'],
    ['en-GB', '35.50', '7.5'],
  ])('writes numbers as %s types them', (locale, hourlyRate, monthlyBudgetHours) => {
    expect(draftFromClient(base, locale)).toEqual({
      name: 'Studio Legale Rossi',
      shortName: 'Rossi',
      color: '#1a73e8',
      emails: 'avv.rossi@studiorossi.it, segreteria@studiorossi.it',
      domains: 'studiorossi.it',
      gmailAccounts: '0, 2',
      hourlyRate,
      currency: 'EUR',
      rounding: '15',
      minimumMinutes: '15',
      timeZone: 'Europe/Rome',
      language: 'it',
      billableByDefault: true,
      monthlyBudgetHours,
      notes: 'Udienze il martedì',
      taskTypes: [],
    });
  });

  it.each(
    ['it-IT', 'en-GB'].flatMap((locale) =>
      roundTrips.map(([name, c]) => [locale, name, c] as const),
    ),
  )('%s round trip: %s', (locale, _, c) => {
    expect(inputFromClientDraft(draftFromClient(c, locale))).toEqual({
      ok: true,
      input: inputOf(c),
    });
  });
});
