import { describe, expect, it } from 'vitest';
import {
  calendarAccountIndex,
  calendarDateFromUrl,
  calendarViewFromUrl,
  eidFromUrl,
} from '@/utils/calendar/page';

describe('Calendar URLs', () => {
  it.each([
    ['https://calendar.google.com/calendar/u/1/r/week/2026/11/25', 'week', '2026-11-25', 1],
    ['https://calendar.google.com/calendar/r/day/2026/3/9', 'day', '2026-03-09', 0],
    ['https://calendar.google.com/calendar/u/0/r/month/2026/11', 'month', '2026-11-01', 0],
    ['https://calendar.google.com/calendar/u/0/r/customday/2026/11/23', 'custom', '2026-11-23', 0],
    ['https://calendar.google.com/calendar/u/0/r/agenda', 'agenda', null, 0],
    ['https://calendar.google.com/calendar/u/2/r', null, null, 2],
    ['https://calendar.google.com/calendar/u/0/r/eventedit/abc', 'eventEdit', null, 0],
    ['https://calendar.google.com/calendar/u/0/r/settings/general', 'other', null, 0],
    ['https://calendar.google.com/calendar/u/0/r/week/2026/2/30', 'week', null, 0],
  ])('%s', (url, view, date, account) => {
    expect(calendarViewFromUrl(url)).toBe(view);
    const d = calendarDateFromUrl(url);
    expect(
      d && `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`,
    ).toBe(date);
    expect(calendarAccountIndex(url)).toBe(account);
  });

  it.each([
    ['https://calendar.google.com/calendar/u/0/r/eventedit/N2wwYzJu', 'N2wwYzJu'],
    ['https://calendar.google.com/calendar/event?eid=N2wwYzJu', 'N2wwYzJu'],
    ['https://calendar.google.com/calendar/u/0/r/week/2026/11/25', null],
  ])('event id in %s', (url, eid) => {
    expect(eidFromUrl(url)).toBe(eid);
  });
});
