import { describe, expect, it } from 'vitest';
import { ValidationError } from '@/utils/model/errors';
import { getSettings, saveSettings } from '@/utils/db/settings';
import { describeTab, pinnedTabId } from '@/utils/pages/tab-context';
import { DEFAULT_SETTINGS } from '@/utils/model/settings';
import { validateSettings } from '@/utils/settings/validate';

describe('settings', () => {
  it('starts from the defaults', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves cleaned values and reads them back', async () => {
    await saveSettings({
      ...DEFAULT_SETTINGS,
      vaName: '  Giulia  ',
      defaultCurrency: 'chf',
      workingDays: [5, 1, 1],
    });
    expect(await getSettings()).toMatchObject({
      vaName: 'Giulia',
      defaultCurrency: 'CHF',
      workingDays: [1, 5],
    });
  });

  it.each([
    [{ workStartMinutes: 600, workEndMinutes: 540 }, 'errorWorkHoursOrder'],
    [{ workStartMinutes: -1 }, 'errorTimeInvalid'],
    [{ workingDays: [] }, 'errorWorkingDaysEmpty'],
    [{ workingDays: [7] }, 'errorWorkingDaysEmpty'],
    [{ defaultCurrency: 'EURO' }, 'errorCurrencyInvalid'],
    [{ defaultRounding: 7 }, 'errorRoundingInvalid'],
    [{ weekStart: 3 }, 'errorWeekStartInvalid'],
    [{ language: 'fr' }, 'errorLanguageInvalid'],
  ])('rejects %j with %s and keeps the old settings', async (patch, message) => {
    const bad = { ...DEFAULT_SETTINGS, ...patch } as typeof DEFAULT_SETTINGS;
    expect(validateSettings(bad).map((i) => i.message)).toEqual([message]);
    await expect(saveSettings(bad)).rejects.toBeInstanceOf(ValidationError);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('tab context', () => {
  it.each([
    [
      { id: 1, url: 'https://mail.google.com/mail/u/0/#inbox', title: 'Inbox' },
      { site: 'gmail', account: 0 },
    ],
    [
      { id: 1, url: 'https://mail.google.com/mail/u/3/#label/Work/FMfcg', title: '' },
      { site: 'gmail', account: 3 },
    ],
    [
      { id: 2, url: 'https://calendar.google.com/calendar/u/1/r/week/2026/11/25' },
      { site: 'calendar', account: 1 },
    ],
    [
      { id: 2, url: 'https://calendar.google.com/calendar/r' },
      { site: 'calendar', account: 0 },
    ],
    [{ id: 4, url: 'https://mail.google.com.evil.example/mail/u/0/' }, { site: 'other' }],
    [{ id: 5 }, { site: 'other', tabId: 5 }],
    [undefined, { site: 'other', tabId: null }],
  ])('describes %j', (tab, expected) => {
    expect(describeTab(tab)).toMatchObject(expected);
  });

  it.each([
    ['?tabId=12', 12],
    ['?tabId=abc', null],
    ['', null],
    ['?tabId=-1', null],
  ])('reads the pinned tab from %s', (search, expected) => {
    expect(pinnedTabId(search)).toBe(expected);
  });
});
