import { describe, expect, it } from 'vitest';
import { inputFromSplitDraft, splitDraftFromEntry } from '@/utils/time/split-draft';

const at = (h: number, m = 0, s = 0, day = 26) => new Date(2026, 10, day, h, m, s).getTime();
const NOW = at(12);

describe('splitDraftFromEntry: the middle of the entry, on a whole minute', () => {
  it.each([
    ['09:00–09:40', { start: at(9), end: at(9, 40) }, '09:20'],
    ['09:00–09:41', { start: at(9), end: at(9, 41) }, '09:20'],
    ['a running entry, up to now', { start: at(10), end: null }, '11:00'],
    ['past midnight', { start: at(23, 30), end: at(0, 30, 0, 27) }, '00:00'],
  ])('%s', (_, entry, expected) => {
    expect(splitDraftFromEntry(entry, NOW)).toBe(expected);
  });
});

describe('inputFromSplitDraft', () => {
  const entry = { start: at(9), end: at(9, 40) };
  it.each([
    ['09:15', { ok: true, at: at(9, 15) }],
    [' 9.30 ', { ok: true, at: at(9, 30) }],
    ['soon', { ok: false, issues: [{ field: 'splitAt', message: 'errorTimeInvalid' }] }],
    ['', { ok: false, issues: [{ field: 'splitAt', message: 'errorTimeInvalid' }] }],
  ])('%j', (text, expected) => {
    expect(inputFromSplitDraft(entry, text, NOW)).toEqual(expected);
  });
});
