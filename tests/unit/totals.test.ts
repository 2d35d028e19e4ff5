import { describe, expect, it } from 'vitest';
import { getDb } from '@/utils/db/app-db';
import { listEntriesOverlapping } from '@/utils/db/time-entries-repo';
import { MAX_ENTRY_MS } from '@/utils/time/units';
import type { TimeEntry } from '@/utils/model/types';
import { minutesInRange } from '@/utils/time/totals';
import { endOfLocalDay, startOfLocalDay } from '@/utils/time/local-day';
import { storedEntry } from './factories';

/** Local wall-clock time on 25 Nov 2026 (day 0), 24 Nov (day -1) or 26 Nov (day 1). */
function at(hhmm: string, day = 0): number {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(2026, 10, 25 + day, h, m).getTime();
}

const DAY_FROM = at('00:00');
const DAY_TO = at('00:00', 1);
const NOW = at('11:00');
const HOUR = 60 * 60_000;

type Span = Pick<TimeEntry, 'start' | 'end'>;

describe('startOfLocalDay and endOfLocalDay', () => {
  it.each([
    ['midnight', at('00:00'), at('00:00'), at('00:00', 1)],
    ['morning', at('09:30'), at('00:00'), at('00:00', 1)],
    ['last minute', at('23:59'), at('00:00'), at('00:00', 1)],
  ])('%s', (_, instant, start, end) => {
    expect(startOfLocalDay(instant)).toBe(start);
    expect(endOfLocalDay(instant)).toBe(end);
  });
});

describe('minutesInRange (25 Nov, now 11:00)', () => {
  it.each<[string, Span[], number]>([
    ['no entries', [], 0],
    ['one entry inside', [{ start: at('09:00'), end: at('09:25') }], 25],
    [
      'several entries inside',
      [
        { start: at('08:30'), end: at('08:55') },
        { start: at('09:00'), end: at('09:40') },
        { start: at('09:45'), end: at('10:00') },
      ],
      80,
    ],
    ['started yesterday 23:30, ended 00:30', [{ start: at('23:30', -1), end: at('00:30') }], 30],
    ['started 23:15, ends tomorrow 01:00', [{ start: at('23:15'), end: at('01:00', 1) }], 45],
    ['spans the whole day', [{ start: at('22:00', -1), end: at('02:00', 1) }], 24 * 60],
    ['ended yesterday', [{ start: at('22:00', -1), end: at('23:00', -1) }], 0],
    ['ended exactly at midnight', [{ start: at('23:00', -1), end: at('00:00') }], 0],
    ['starts tomorrow', [{ start: at('00:00', 1), end: at('01:00', 1) }], 0],
    ['running since 10:15 → counts to now', [{ start: at('10:15'), end: null }], 45],
    [
      'running since yesterday 23:00 → from midnight to now',
      [{ start: at('23:00', -1), end: null }],
      11 * 60,
    ],
    ['running, started after now (clock skew)', [{ start: at('11:30'), end: null }], 0],
    [
      'finished plus running',
      [
        { start: at('09:00'), end: at('09:30') },
        { start: at('10:30'), end: null },
      ],
      60,
    ],
    // Seconds add up before the total is floored to whole minutes.
    [
      'two 90-second entries',
      [
        { start: at('09:00'), end: at('09:00') + 90_000 },
        { start: at('10:00'), end: at('10:00') + 90_000 },
      ],
      3,
    ],
    ['59 seconds', [{ start: at('09:00'), end: at('09:00') + 59_000 }], 0],
  ])('%s → %i min', (_, entries, expected) => {
    expect(minutesInRange(entries, DAY_FROM, DAY_TO, NOW)).toBe(expected);
  });

  it('counts a running entry only up to the end of the range', () => {
    const yesterday = [{ start: at('22:00', -1), end: null }];
    expect(minutesInRange(yesterday, at('00:00', -1), DAY_FROM, NOW)).toBe(120);
  });
});

function entry(id: string, start: number, end: number | null): TimeEntry {
  return storedEntry(id, 'c1', start, end);
}

describe('listEntriesOverlapping (25 Nov)', () => {
  it.each<[string, number, number | null, boolean]>([
    ['inside the day', at('09:00'), at('09:25'), true],
    ['started yesterday 23:30, ended today 00:30', at('23:30', -1), at('00:30'), true],
    ['started today 23:30, ends tomorrow 00:30', at('23:30'), at('00:30', 1), true],
    ['starts exactly at midnight', at('00:00'), at('00:10'), true],
    ['running since this morning', at('10:15'), null, true],
    ['running since yesterday evening', at('20:00', -1), null, true],
    ['started 24 h before midnight, still going', at('00:00', -1), at('01:00'), true],
    ['ended before the range', at('22:00', -1), at('23:00', -1), false],
    ['ended exactly at midnight', at('23:00', -1), at('00:00'), false],
    ['starts at the end of the range', at('00:00', 1), at('01:00', 1), false],
    ['starts tomorrow', at('09:00', 1), at('10:00', 1), false],
    ['two days ago', at('09:00', -2), at('10:00', -2), false],
  ])('%s → %s', async (_, start, end, included) => {
    await getDb().timeEntries.add(entry('e1', start, end));
    const ids = (await listEntriesOverlapping(DAY_FROM, DAY_TO)).map((e) => e.id);
    expect(ids).toEqual(included ? ['e1'] : []);
  });

  it('returns the overlapping ones among many, in start order', async () => {
    await getDb().timeEntries.bulkAdd([
      entry('before', at('08:00', -1), at('09:00', -1)),
      entry('overnight', at('23:30', -1), at('00:30')),
      entry('morning', at('09:00'), at('09:25')),
      entry('running', at('10:15'), null),
      entry('tomorrow', at('09:00', 1), at('09:30', 1)),
    ]);
    const rows = await listEntriesOverlapping(DAY_FROM, DAY_TO);
    expect(rows.map((e) => e.id)).toEqual(['overnight', 'morning', 'running']);
    expect(minutesInRange(rows, DAY_FROM, DAY_TO, NOW)).toBe(30 + 25 + 45);
  });

  it('is empty on a fresh database', async () => {
    expect(await listEntriesOverlapping(DAY_FROM, DAY_TO)).toEqual([]);
  });

  it('includes a timer left running for more than 24 hours', async () => {
    await getDb().timeEntries.add(entry('forgotten', DAY_FROM - MAX_ENTRY_MS - HOUR, null));
    const rows = await listEntriesOverlapping(DAY_FROM, DAY_TO);
    expect(rows.map((e) => e.id)).toEqual(['forgotten']);
  });
});
