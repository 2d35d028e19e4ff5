import { describe, expect, it } from 'vitest';
import {
  canonicalTimeZone,
  isValidCurrency,
  isValidDomain,
  isValidEmail,
  isValidTimeZone,
  matchesClientQuery,
  normalizeClientInput,
  validateClientInput,
  type ClientInput,
} from '@/utils/clients/validate';
import type { Client } from '@/utils/model/types';
import { clientInput, storedClient } from './factories';

const valid = clientInput('Studio Legale Rossi', {
  shortName: 'Rossi',
  emails: ['avv.rossi@studiorossi.it'],
  domains: ['studiorossi.it'],
  gmailAccounts: [1],
  hourlyRate: 3000,
  rounding: 15,
  minimumMinutes: 15,
  monthlyBudgetHours: 20,
  notes: 'Agenda udienze',
});

/** Another client already stored (archived: the rules count archived clients too). */
const bianchi = {
  id: 'c-bianchi',
  name: 'Bianchi Immobiliare',
  nameKey: 'bianchi immobiliare',
  emails: ['giulia@bianchi-immobiliare.it', 'segreteria.bianchi@gmail.com'],
  domains: ['bianchi-immobiliare.it'],
  gmailAccounts: [2],
};

function client(overrides: Partial<Client>): Client {
  return storedClient(valid.name, { ...valid, id: 'c1', ...overrides });
}

describe('isValidEmail', () => {
  it.each([
    ['avv.rossi@studiorossi.it', true],
    ['giulia+fatture@bianchi-immobiliare.co.uk', true],
    ['segreteria.verdi@gmail.com', true],
    ['', false],
    ['rossi', false],
    ['rossi@', false],
    ['@studiorossi.it', false],
    ['rossi@studiorossi', false],
    ['avv rossi@studiorossi.it', false],
    ['rossi@@studiorossi.it', false],
    ['rossi@-studio.it', false],
    ['Rossi <rossi@studiorossi.it>', false],
    [`${'a'.repeat(250)}@x.it`, false],
  ])('%j → %s', (email, expected) => {
    expect(isValidEmail(email)).toBe(expected);
  });
});

describe('isValidDomain', () => {
  it.each([
    ['studiorossi.it', true],
    ['rossi-srl.it', true],
    ['hartleycoaching.co.uk', true],
    ['mail.studiorossi.it', true],
    ['', false],
    ['localhost', false],
    ['studiorossi', false],
    ['studiorossi.i', false],
    ['-rossi.it', false],
    ['rossi-.it', false],
    ['rossi..it', false],
    ['studiorossi.it.', false],
    ['@studiorossi.it', false],
    ['https://studiorossi.it', false],
    ['studio rossi.it', false],
    ['rossi.it/contatti', false],
  ])('%j → %s', (domain, expected) => {
    expect(isValidDomain(domain)).toBe(expected);
  });
});

describe('isValidTimeZone', () => {
  it.each([
    ['Europe/Rome', true],
    ['America/New_York', true],
    ['America/Argentina/Buenos_Aires', true],
    ['Europe/London', true],
    ['UTC', true],
    // Not IANA zones at all.
    ['Mars/Base', false],
    ['', false],
    ['Europe', false],
    // Fixed offsets never follow daylight saving time, so a client's zone can't be one.
    ['+02:00', false],
    ['GMT+2', false],
    // Legacy abbreviations are rejected: the form offers Area/Location names only.
    ['CET', false],
    ['EST', false],
  ])('%j → %s', (zone, expected) => {
    expect(isValidTimeZone(zone)).toBe(expected);
  });
});

describe('isValidCurrency', () => {
  it.each([
    ['EUR', true],
    ['GBP', true],
    ['USD', true],
    ['JPY', true],
    ['CHF', true],
    ['eur', false],
    ['EURO', false],
    ['€', false],
    ['', false],
    ['XYZ', false],
  ])('%j → %s', (code, expected) => {
    expect(isValidCurrency(code)).toBe(expected);
  });
});

describe('normalizeClientInput', () => {
  it.each<[string, Partial<ClientInput>, Partial<ClientInput>]>([
    [
      'trims and collapses the name',
      { name: '  Studio   Legale  Rossi ' },
      { name: 'Studio Legale Rossi' },
    ],
    [
      'defaults the short name to the first word',
      { name: 'Bianchi Immobiliare', shortName: '  ' },
      { shortName: 'Bianchi' },
    ],
    [
      'cuts the default short name to 12 characters',
      { name: 'Supercalifragilistic Srl', shortName: '' },
      { shortName: 'Supercalifra' },
    ],
    ['keeps a typed short name, trimmed', { shortName: ' Avv. R ' }, { shortName: 'Avv. R' }],
    ['lower-cases the colour', { color: ' #1A73E8 ' }, { color: '#1a73e8' }],
    [
      'lower-cases, trims and dedupes emails',
      { emails: [' Avv.Rossi@StudioRossi.it', 'avv.rossi@studiorossi.it', '', '  '] },
      { emails: ['avv.rossi@studiorossi.it'] },
    ],
    [
      'strips @ from domains and dedupes them',
      { domains: ['@StudioRossi.it', 'studiorossi.it', ' rossi-srl.IT '] },
      { domains: ['studiorossi.it', 'rossi-srl.it'] },
    ],
    [
      'sorts and dedupes Gmail accounts',
      { gmailAccounts: [3, 0, 3, 1] },
      { gmailAccounts: [0, 1, 3] },
    ],
    ['upper-cases the currency', { currency: ' eur ' }, { currency: 'EUR' }],
    ['trims the time zone', { timeZone: ' Europe/Rome ' }, { timeZone: 'Europe/Rome' }],
    ['trims the notes', { notes: '\n Udienze il martedì \n' }, { notes: 'Udienze il martedì' }],
  ])('%s', (_, overrides, expected) => {
    const out = normalizeClientInput({ ...valid, ...overrides });
    expect(out).toEqual({ ...valid, ...overrides, ...expected });
  });

  it('leaves an already clean input unchanged', () => {
    expect(normalizeClientInput(valid)).toEqual(valid);
  });
});

describe('validateClientInput', () => {
  it.each([
    ['no other client', []],
    ['an unrelated other client', [bianchi]],
  ])('a fully valid input with %s has no issues', (_, others) => {
    expect(validateClientInput(valid, others)).toEqual([]);
  });

  it.each<[string, Partial<ClientInput>, string, string, string[]]>([
    ['empty name', { name: '' }, 'name', 'errorNameRequired', []],
    ['name over 80 characters', { name: 'R'.repeat(81) }, 'name', 'errorNameTooLong', ['80']],
    [
      'name taken, other case',
      { name: 'BIANCHI Immobiliare' },
      'name',
      'errorNameTaken',
      ['Bianchi Immobiliare'],
    ],
    [
      'short name over 12',
      { shortName: 'Bianchi-Rossi' },
      'shortName',
      'errorShortNameTooLong',
      ['12'],
    ],
    ['colour not #rrggbb', { color: 'blue' }, 'color', 'errorColorInvalid', []],
    ['bad email', { emails: ['rossi@'] }, 'emails', 'errorEmailInvalid', ['rossi@']],
    [
      'email of another client',
      { emails: ['giulia@bianchi-immobiliare.it'] },
      'emails',
      'errorEmailTaken',
      ['giulia@bianchi-immobiliare.it', 'Bianchi Immobiliare'],
    ],
    [
      'gmail address of another client',
      { emails: ['segreteria.bianchi@gmail.com'] },
      'emails',
      'errorEmailTaken',
      ['segreteria.bianchi@gmail.com', 'Bianchi Immobiliare'],
    ],
    [
      'bad domain',
      { domains: ['https://rossi.it'] },
      'domains',
      'errorDomainInvalid',
      ['https://rossi.it'],
    ],
    [
      'shared domain gmail.com',
      { domains: ['gmail.com'] },
      'domains',
      'errorDomainShared',
      ['gmail.com'],
    ],
    [
      'shared domain libero.it',
      { domains: ['libero.it'] },
      'domains',
      'errorDomainShared',
      ['libero.it'],
    ],
    [
      'domain of another client',
      { domains: ['bianchi-immobiliare.it'] },
      'domains',
      'errorDomainTaken',
      ['bianchi-immobiliare.it', 'Bianchi Immobiliare'],
    ],
    [
      'Gmail account of another client',
      { gmailAccounts: [2] },
      'gmailAccounts',
      'errorAccountTaken',
      ['2', 'Bianchi Immobiliare'],
    ],
    [
      'Gmail account 100',
      { gmailAccounts: [100] },
      'gmailAccounts',
      'errorAccountInvalid',
      ['100'],
    ],
    ['Gmail account -1', { gmailAccounts: [-1] }, 'gmailAccounts', 'errorAccountInvalid', ['-1']],
    [
      'Gmail account 1.5',
      { gmailAccounts: [1.5] },
      'gmailAccounts',
      'errorAccountInvalid',
      ['1.5'],
    ],
    ['negative rate', { hourlyRate: -100 }, 'hourlyRate', 'errorRateNegative', []],
    ['non-integer rate', { hourlyRate: 35.5 }, 'hourlyRate', 'errorRateInvalid', []],
    ['NaN rate', { hourlyRate: NaN }, 'hourlyRate', 'errorRateInvalid', []],
    ['rate over 100,000.00', { hourlyRate: 10_000_001 }, 'hourlyRate', 'errorRateTooHigh', []],
    ['unknown currency', { currency: 'XYZ' }, 'currency', 'errorCurrencyInvalid', ['XYZ']],
    ['currency name', { currency: 'EURO' }, 'currency', 'errorCurrencyInvalid', ['EURO']],
    [
      'rounding 7',
      { rounding: 7 as ClientInput['rounding'] },
      'rounding',
      'errorRoundingInvalid',
      [],
    ],
    ['minimum -1', { minimumMinutes: -1 }, 'minimumMinutes', 'errorMinimumInvalid', ['480']],
    ['minimum 481', { minimumMinutes: 481 }, 'minimumMinutes', 'errorMinimumInvalid', ['480']],
    ['minimum 7.5', { minimumMinutes: 7.5 }, 'minimumMinutes', 'errorMinimumInvalid', ['480']],
    [
      'unknown time zone',
      { timeZone: 'Mars/Base' },
      'timeZone',
      'errorTimeZoneInvalid',
      ['Mars/Base'],
    ],
    ['offset time zone', { timeZone: '+02:00' }, 'timeZone', 'errorTimeZoneInvalid', ['+02:00']],
    [
      'language de',
      { language: 'de' as ClientInput['language'] },
      'language',
      'errorLanguageInvalid',
      [],
    ],
    ['budget 0', { monthlyBudgetHours: 0 }, 'monthlyBudgetHours', 'errorBudgetInvalid', ['744']],
    [
      'budget negative',
      { monthlyBudgetHours: -5 },
      'monthlyBudgetHours',
      'errorBudgetInvalid',
      ['744'],
    ],
    [
      'budget over 744',
      { monthlyBudgetHours: 744.5 },
      'monthlyBudgetHours',
      'errorBudgetInvalid',
      ['744'],
    ],
    [
      'budget NaN',
      { monthlyBudgetHours: NaN },
      'monthlyBudgetHours',
      'errorBudgetInvalid',
      ['744'],
    ],
    ['notes over 5000', { notes: 'x'.repeat(5001) }, 'notes', 'errorNotesTooLong', ['5000']],
  ])('%s → %s', (_, overrides, field, message, params) => {
    expect(validateClientInput({ ...valid, ...overrides }, [bianchi])).toEqual([
      { field, message, params },
    ]);
  });

  it.each<[string, Partial<ClientInput>]>([
    ['name of exactly 80 characters', { name: 'R'.repeat(80) }],
    ['short name of exactly 12', { shortName: 'Bianchi-Ross' }],
    ['a similar but different name', { name: 'Bianchi Immobiliare Due' }],
    ['a subdomain of another client’s domain', { domains: ['mail.bianchi-immobiliare.it'] }],
    ['no rate', { hourlyRate: 0 }],
    ['rate of exactly 100,000.00', { hourlyRate: 10_000_000 }],
    ['no rounding', { rounding: 0 }],
    ['minimum of exactly 480', { minimumMinutes: 480 }],
    ['no budget', { monthlyBudgetHours: null }],
    ['budget of exactly 744', { monthlyBudgetHours: 744 }],
    ['budget of half an hour', { monthlyBudgetHours: 0.5 }],
    ['notes of exactly 5000', { notes: 'x'.repeat(5000) }],
    ['no emails, domains or accounts', { emails: [], domains: [], gmailAccounts: [] }],
    ['Gmail account 0 and 99', { gmailAccounts: [0, 99] }],
  ])('accepts %s', (_, overrides) => {
    expect(validateClientInput({ ...valid, ...overrides }, [bianchi])).toEqual([]);
  });

  it('reports every broken rule, one issue per bad value', () => {
    const issues = validateClientInput(
      { ...valid, name: '', emails: ['a@', 'b@'], domains: ['gmail.com'], hourlyRate: -1 },
      [bianchi],
    );
    expect(issues.map((i) => [i.field, i.message])).toEqual([
      ['name', 'errorNameRequired'],
      ['emails', 'errorEmailInvalid'],
      ['emails', 'errorEmailInvalid'],
      ['domains', 'errorDomainShared'],
      ['hourlyRate', 'errorRateNegative'],
    ]);
  });
});

describe('matchesClientQuery', () => {
  const cafe = client({
    name: 'Café Rossi',
    shortName: 'Café',
    emails: ['ordini@caferossi.it'],
    domains: ['caferossi.it'],
    notes: 'Fatture entro il 5 del mese',
  });

  it.each([
    ['', true],
    ['   ', true],
    ['cafe', true],
    ['CAFÉ', true],
    ['Cafè', true],
    ['rossi cafe', true],
    ['  café   rossi ', true],
    ['caferossi.it', true],
    ['ordini@', true],
    ['fatture', true],
    ['cafe bianchi', false],
    ['bianchi', false],
    ['studiorossi.it', false],
  ])('%j → %s', (query, expected) => {
    expect(matchesClientQuery(cafe, query)).toBe(expected);
  });
});

describe('canonicalTimeZone', () => {
  it.each([
    ['europe/rome', 'Europe/Rome'],
    [' America/New_York ', 'America/New_York'],
    ['Mars/Base', 'Mars/Base'],
  ])('%s → %s', (zone, expected) => {
    expect(canonicalTimeZone(zone)).toBe(expected);
  });
});
