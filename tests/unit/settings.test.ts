import { describe, expect, it } from 'vitest';
import { ValidationError } from '@/utils/model/errors';
import { getSettings, saveSettings } from '@/utils/db/settings';
import { validateSettings } from '@/utils/settings/validate';
import { DEFAULT_SETTINGS } from '@/utils/model/settings';

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
