import { describe, expect, it } from 'vitest';
import {
  addDays,
  isValidTimeZone,
  parseIsoDate,
  zonedParts,
  zonedToInstant,
} from '@/utils/time/zoned';

describe('wall times in a zone, across daylight-saving changes', () => {
  it.each([
    // Rome: clocks go forward at 02:00 on 29 March 2026 and back at 03:00 on 25 October 2026.
    ['Europe/Rome', '2026-03-28', '09:00', '2026-03-28T08:00:00.000Z'],
    ['Europe/Rome', '2026-03-29', '01:30', '2026-03-29T00:30:00.000Z'],
    ['Europe/Rome', '2026-03-29', '02:30', '2026-03-29T01:30:00.000Z'], // skipped: reads as 03:30
    ['Europe/Rome', '2026-03-29', '09:00', '2026-03-29T07:00:00.000Z'],
    ['Europe/Rome', '2026-10-24', '09:00', '2026-10-24T07:00:00.000Z'],
    ['Europe/Rome', '2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'], // twice: the first
    ['Europe/Rome', '2026-10-25', '09:00', '2026-10-25T08:00:00.000Z'],
    // New York: forward on 8 March, back on 1 November 2026.
    ['America/New_York', '2026-03-27', '10:00', '2026-03-27T14:00:00.000Z'],
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:30:00.000Z'],
    ['America/New_York', '2026-10-26', '10:00', '2026-10-26T14:00:00.000Z'],
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00.000Z'],
    ['America/New_York', '2026-11-02', '10:00', '2026-11-02T15:00:00.000Z'],
    ['Asia/Kolkata', '2026-11-25', '10:00', '2026-11-25T04:30:00.000Z'],
  ])('%s %s %s is %s', (zone, date, time, iso) => {
    const [hour, minute] = time.split(':').map(Number);
    const instant = zonedToInstant(parseIsoDate(date)!, { hour: hour!, minute: minute! }, zone);
    expect(new Date(instant).toISOString()).toBe(iso);
  });

  it('reads a Rome meeting in late March as New York sees it (their clocks changed first)', () => {
    const meeting = zonedToInstant(
      { year: 2026, month: 3, day: 27 },
      { hour: 15, minute: 0 },
      'Europe/Rome',
    );
    expect(zonedParts(meeting, 'America/New_York')).toMatchObject({ day: 27, hour: 10, minute: 0 });
    const after = zonedToInstant(
      { year: 2026, month: 3, day: 30 },
      { hour: 15, minute: 0 },
      'Europe/Rome',
    );
    expect(zonedParts(after, 'America/New_York')).toMatchObject({ day: 30, hour: 9, minute: 0 });
  });

  it('steps calendar days and checks zones', () => {
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({
      year: 2027,
      month: 1,
      day: 1,
    });
    expect(addDays({ year: 2028, month: 3, day: 1 }, -1)).toEqual({
      year: 2028,
      month: 2,
      day: 29,
    });
    expect(isValidTimeZone('Europe/Rome')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(parseIsoDate('2026-02-29')).toBeNull();
  });
});
