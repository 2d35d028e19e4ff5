import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '@/utils/model/types';
import { findOverlaps } from '@/utils/time/overlaps';

type Span = Pick<TimeEntry, 'id' | 'start' | 'end'>;

const MIN = 60_000;
const NOW = 600 * MIN;
/** `[id, startMin, endMin | null]` → an entry, in minutes from an arbitrary origin. */
const spans = (rows: [string, number, number | null][]): Span[] =>
  rows.map(([id, start, end]) => ({
    id,
    start: start * MIN,
    end: end === null ? null : end * MIN,
  }));

describe('findOverlaps (now = minute 600)', () => {
  it.each<[string, [string, number, number | null][], string[]]>([
    ['no entries', [], []],
    ['one entry', [['a', 0, 30]], []],
    [
      'apart',
      [
        ['a', 0, 30],
        ['b', 40, 60],
      ],
      [],
    ],
    [
      'touching end == start',
      [
        ['a', 0, 30],
        ['b', 30, 60],
        ['c', 60, 90],
      ],
      [],
    ],
    [
      'one minute of overlap',
      [
        ['a', 0, 31],
        ['b', 30, 60],
      ],
      ['a', 'b'],
    ],
    [
      'nested',
      [
        ['outer', 0, 120],
        ['inner', 30, 60],
      ],
      ['inner', 'outer'],
    ],
    [
      'same start',
      [
        ['a', 0, 10],
        ['b', 0, 20],
      ],
      ['a', 'b'],
    ],
    [
      'identical',
      [
        ['a', 0, 10],
        ['b', 0, 10],
      ],
      ['a', 'b'],
    ],
    [
      'unsorted input, only the clashing pair',
      [
        ['late', 300, 330],
        ['b', 100, 160],
        ['a', 90, 110],
        ['early', 0, 30],
      ],
      ['a', 'b'],
    ],
    [
      'a long entry overlapping two that do not touch each other',
      [
        ['long', 0, 100],
        ['x', 10, 20],
        ['y', 50, 60],
        ['after', 100, 110],
      ],
      ['long', 'x', 'y'],
    ],
    [
      // `c` overlaps `b` only; `a` reaches further but `c` starts after `a` ends.
      'the furthest-reaching entry changes',
      [
        ['a', 0, 50],
        ['b', 40, 100],
        ['c', 60, 70],
      ],
      ['a', 'b', 'c'],
    ],
    [
      'running entry overlapping a finished one',
      [
        ['done', 500, 560],
        ['running', 550, null],
      ],
      ['done', 'running'],
    ],
    [
      'running entry after the last finished one',
      [
        ['done', 500, 560],
        ['running', 560, null],
      ],
      [],
    ],
    [
      'finished entry logged after now clashes with the running timer',
      [
        ['running', 500, null],
        ['planned', 590, 620],
      ],
      ['planned', 'running'],
    ],
    [
      'finished entry starting at now does not',
      [
        ['running', 500, null],
        ['planned', 600, 620],
      ],
      [],
    ],
    [
      'running entry started after now (clock skew) has no length',
      [
        ['done', 590, 700],
        ['running', 650, null],
      ],
      [],
    ],
    [
      'zero-length task inside an entry',
      [
        ['work', 0, 60],
        ['task', 30, 30],
      ],
      [],
    ],
    [
      'end before start is ignored',
      [
        ['work', 0, 60],
        ['broken', 50, 40],
      ],
      [],
    ],
  ])('%s', (_, rows, expected) => {
    expect([...findOverlaps(spans(rows), NOW)].sort()).toEqual(expected);
  });

  it('agrees with the pairwise check on 300 random entries', () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 48_271) % 2_147_483_647; // Park–Miller: stays exact in a double
      return seed % n;
    };
    const rows = Array.from({ length: 300 }, (_, i): Span => {
      const start = random(20_000) * MIN;
      const end = i % 50 === 0 ? null : start + (1 + random(60)) * MIN;
      return { id: `e${i}`, start, end };
    });
    const now = 20_000 * MIN;
    const expected = new Set<string>();
    for (const a of rows)
      for (const b of rows)
        if (a !== b && a.start < (b.end ?? now) && b.start < (a.end ?? now)) expected.add(a.id);

    const found = findOverlaps(rows, now);
    expect(found.size).toBeGreaterThan(0);
    expect([...found].sort()).toEqual([...expected].sort());
  });
});
