import { describe, expect, it } from 'vitest';
import {
  currencyDigits,
  formatDate,
  formatMinorForInput,
  formatMinutes,
  formatMoney,
  formatTime,
  parseDecimal,
  parseMoneyToMinor,
} from '@/utils/i18n/format';
import { setLanguage } from '@/utils/i18n/messages';

// Intl puts a no-break space (U+00A0) between an Italian amount and its symbol.
const NBSP = '\u00a0';

describe('currencyDigits', () => {
  it.each([
    ['EUR', 2],
    ['GBP', 2],
    ['JPY', 0],
    ['KWD', 3],
  ])('%s → %i', (currency, digits) => {
    expect(currencyDigits(currency)).toBe(digits);
  });
});

describe('formatMoney', () => {
  it.each([
    // Grouped from four digits although Italian CLDR would print 1234,50 (minimumGroupingDigits 2).
    [123450, 'EUR', 'it-IT', `1.234,50${NBSP}€`],
    [1234550, 'EUR', 'it-IT', `12.345,50${NBSP}€`],
    [123450, 'EUR', 'en-GB', '€1,234.50'],
    [1234550, 'EUR', 'en-GB', '€12,345.50'],
    [3550, 'EUR', 'it-IT', `35,50${NBSP}€`],
    [0, 'EUR', 'it-IT', `0,00${NBSP}€`],
    [-2500, 'EUR', 'it-IT', `-25,00${NBSP}€`],
    [3550, 'GBP', 'en-GB', '£35.50'],
    [1500, 'JPY', 'en-GB', 'JP¥1,500'],
    [1500, 'JPY', 'it-IT', `1.500${NBSP}JPY`],
    [123456789, 'EUR', 'it-IT', `1.234.567,89${NBSP}€`],
    [99, 'EUR', 'en-GB', '€0.99'],
  ])('%i %s in %s → %j', (minor, currency, locale, expected) => {
    expect(formatMoney(minor, currency, locale)).toBe(expected);
  });

  it.each([
    ['en', '€35.50'],
    ['it', `35,50${NBSP}€`],
  ] as const)('uses the active language (%s) by default', (language, expected) => {
    setLanguage(language);
    expect(formatMoney(3550, 'EUR')).toBe(expected);
  });
});

describe('formatMinorForInput', () => {
  it.each([
    [3550, 'EUR', 'it-IT', '35,50'],
    [3550, 'EUR', 'en-GB', '35.50'],
    [123450, 'EUR', 'it-IT', '1234,50'],
    [12345650, 'EUR', 'en-GB', '123456.50'],
    [0, 'EUR', 'it-IT', '0,00'],
    [1500, 'JPY', 'it-IT', '1500'],
  ])('%i %s in %s → %j', (minor, currency, locale, expected) => {
    expect(formatMinorForInput(minor, currency, locale)).toBe(expected);
  });
});

describe('parseDecimal', () => {
  it.each<[string, number | null]>([
    ['35', 35],
    ['0', 0],
    ['35,5', 35.5],
    ['35.5', 35.5],
    ['35,50', 35.5],
    ['1.234,50', 1234.5],
    ['1,234.50', 1234.5],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['1 234,50', 1234.5],
    [`1${NBSP}234,50`, 1234.5],
    ['1\u202f234,50', 1234.5],
    ["1'234.50", 1234.5],
    ['  7,5  ', 7.5],
    ['-5', -5],
    ['-7,5', -7.5],
    // One separator alone is read as a decimal separator, whichever it is.
    ['1.234', 1.234],
    ['1,234', 1.234],
    ['', null],
    ['   ', null],
    ['abc', null],
    ['.', null],
    [',', null],
    ['-', null],
    [',5', null],
    ['5,', null],
    ['5.', null],
    ['35 €', null],
    ['€35', null],
    ['1e3', null],
    ['0x10', null],
    ['--5', null],
    ['5-', null],
    ['1.234,5.6', null],
  ])('%j → %s', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });
});

describe('parseMoneyToMinor', () => {
  it.each<[string, string, number | null]>([
    ['35,50', 'EUR', 3550],
    ['35.5', 'EUR', 3550],
    ['1.234,50', 'EUR', 123450],
    ['0,29', 'EUR', 29],
    ['0.1', 'EUR', 10],
    ['19,99', 'EUR', 1999],
    ['-12,50', 'EUR', -1250],
    ['1500', 'JPY', 1500],
    ['1,234', 'KWD', 1234],
    ['35,555', 'EUR', null],
    ['0,001', 'EUR', null],
    ['1500,5', 'JPY', null],
    ['abc', 'EUR', null],
    ['', 'EUR', null],
  ])('%j %s → %s', (text, currency, expected) => {
    expect(parseMoneyToMinor(text, currency)).toBe(expected);
  });
});

describe('formatMinutes', () => {
  it.each([
    [0, 'it-IT', '0 min'],
    [1, 'it-IT', '1 min'],
    [45, 'it-IT', '45 min'],
    [60, 'it-IT', '1 h'],
    [90, 'it-IT', '1 h 30 min'],
    [125, 'it-IT', '2 h 5 min'],
    [600, 'it-IT', '10 h'],
    [-90, 'it-IT', '-1 h 30 min'],
    [44.6, 'it-IT', '45 min'],
    [0, 'en-GB', '0 mins'],
    [1, 'en-GB', '1 min'],
    [45, 'en-GB', '45 mins'],
    [60, 'en-GB', '1 hr'],
    [90, 'en-GB', '1 hr 30 mins'],
    [125, 'en-GB', '2 hrs 5 mins'],
    [600, 'en-GB', '10 hrs'],
    [-90, 'en-GB', '-1 hr 30 mins'],
  ])('%d in %s → %j', (minutes, locale, expected) => {
    expect(formatMinutes(minutes, locale)).toBe(expected);
  });
});

describe('formatDate and formatTime in Europe/Rome', () => {
  it.each([
    // 13:30 UTC in winter is 14:30 in Rome (UTC+1).
    [Date.UTC(2026, 10, 25, 13, 30), 'it-IT', 'mer 25 nov 2026', '14:30'],
    [Date.UTC(2026, 10, 25, 13, 30), 'en-GB', 'Wed, 25 Nov 2026', '14:30'],
    // 22:30 UTC in summer is already the next day in Rome (UTC+2).
    [Date.UTC(2026, 6, 1, 22, 30), 'it-IT', 'gio 2 lug 2026', '00:30'],
    [Date.UTC(2026, 6, 1, 22, 30), 'en-GB', 'Thu, 2 Jul 2026', '00:30'],
    // 09:05 on the first day of the year, with leading zeros.
    [Date.UTC(2026, 0, 1, 8, 5), 'it-IT', 'gio 1 gen 2026', '09:05'],
    [Date.UTC(2026, 0, 1, 8, 5), 'en-GB', 'Thu, 1 Jan 2026', '09:05'],
  ])('%i in %s → %j %j', (instant, locale, date, time) => {
    expect(formatDate(instant, locale, 'Europe/Rome')).toBe(date);
    expect(formatTime(instant, locale, 'Europe/Rome')).toBe(time);
  });
});

describe('parseDecimal refuses misplaced thousands separators', () => {
  it.each([
    ['10.00.00', null],
    ['1.5.2026', null],
    ['1,2,3', null],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['12.34,5', null],
    ['-3,5', -3.5],
    ['3,5,', null],
  ])('%s → %s', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });
});
