import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/model/settings';
import {
  draftFromSettings,
  inputFromSettingsDraft,
  parseActivityList,
  withWorkingDay,
} from '@/utils/settings/draft';

const LABELS: Record<string, string> = {
  email: 'Email',
  call: 'Telefonata',
  admin: 'Amministrazione',
};
const label = (a: string) => LABELS[a] ?? a;

describe('draftFromSettings and inputFromSettingsDraft', () => {
  it('shows the working hours as HH:MM and reads them back, round trip', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      workStartMinutes: 8 * 60 + 30,
      workEndMinutes: 24 * 60,
    };
    const draft = draftFromSettings(settings);
    expect(draft).toMatchObject({ workStart: '08:30', workEnd: '24:00' });
    expect(draft).not.toHaveProperty('workStartMinutes');
    expect(inputFromSettingsDraft(draft)).toEqual({ ok: true, input: settings });
  });

  it.each([
    ['a start that is no time', { workStart: '8am' }],
    ['an end past midnight', { workEnd: '24:30' }],
    ['no end', { workEnd: '' }],
  ])('refuses %s', (_, patch) => {
    const draft = { ...draftFromSettings(DEFAULT_SETTINGS), ...patch };
    expect(inputFromSettingsDraft(draft)).toEqual({
      ok: false,
      issues: [{ field: 'workHours', message: 'errorTimeInvalid' }],
    });
  });
});

describe('withWorkingDay', () => {
  it.each([
    [[1, 2, 3], 4, true, [1, 2, 3, 4]],
    [[1, 2, 3], 2, false, [1, 3]],
    [[], 0, true, [0]],
  ])('%j with day %i %s', (days, day, on, expected) => {
    expect(withWorkingDay(days, day, on)).toEqual(expected);
  });
});

describe('parseActivityList', () => {
  it.each([
    ['Email, Telefonata', ['email', 'call']],
    ['EMAIL, telefonata', ['email', 'call']],
    ['Email, Preventivi, email', ['email', 'Preventivi']],
    [' , Amministrazione ,', ['admin']],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(parseActivityList(text, [], label)).toEqual(expected);
  });

  it('keeps a custom type already offered', () => {
    expect(parseActivityList('preventivi', ['Preventivi'], label)).toEqual(['Preventivi']);
  });
});
