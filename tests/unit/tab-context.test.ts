import { describe, expect, it } from 'vitest';
import { describeTab, pinnedTabId } from '@/utils/pages/tab-context';

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
