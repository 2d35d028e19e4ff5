import { describe, expect, it } from 'vitest';
import type { RoundingStep, TimeEntry } from '@/utils/model/types';
import {
  amountMinor,
  billableMinutes,
  budgetStatus,
  defaultBillable,
  entryBillableMinutes,
  summarize,
  type BillableEntry,
  type BillingClient,
  type BudgetStatus,
  type ClientBilling,
} from '@/utils/time/billing';

const SEC = 1000;
const MIN = 60 * SEC;

describe('entryBillableMinutes: rounding up per entry', () => {
  const steps: RoundingStep[] = [0, 1, 5, 6, 10, 15, 30];
  // [entry length, billable minutes for steps 0 (none), 1, 5, 6, 10, 15, 30]
  const table: [string, number, number[]][] = [
    ['0:00:00', 0, [0, 0, 0, 0, 0, 0, 0]],
    ['0:00:01', 1 * SEC, [1 / 60, 1, 5, 6, 10, 15, 30]],
    ['0:00:30', 30 * SEC, [0.5, 1, 5, 6, 10, 15, 30]],
    ['0:01:00', 1 * MIN, [1, 1, 5, 6, 10, 15, 30]],
    ['0:07:00', 7 * MIN, [7, 7, 10, 12, 10, 15, 30]],
    ['0:07:01', 7 * MIN + 1 * SEC, [421 / 60, 8, 10, 12, 10, 15, 30]],
    ['0:14:59', 14 * MIN + 59 * SEC, [899 / 60, 15, 15, 18, 20, 15, 30]],
    ['0:15:00', 15 * MIN, [15, 15, 15, 18, 20, 15, 30]],
    ['0:30:00.001', 30 * MIN + 1, [(30 * MIN + 1) / MIN, 31, 35, 36, 40, 45, 60]],
    ['1:00:00', 60 * MIN, [60, 60, 60, 60, 60, 60, 60]],
    ['2:31:00', 151 * MIN, [151, 151, 155, 156, 160, 165, 180]],
  ];
  const rows = table.flatMap(([label, ms, expected]) =>
    steps.map((step, i) => [label, step, ms, expected[i]] as const),
  );

  it.each(rows)('%s, step %i → %d min', (_, rounding, ms, expected) => {
    expect(entryBillableMinutes(ms, { rounding, minimumMinutes: 0 })).toBe(expected);
  });

  it('bills nothing for a negative length', () => {
    expect(entryBillableMinutes(-5 * MIN, { rounding: 15, minimumMinutes: 15 })).toBe(0);
  });
});

describe('entryBillableMinutes: minimum after rounding', () => {
  it.each<[string, number, RoundingStep, number, number]>([
    ['3 min, 15-min minimum, no rounding', 3 * MIN, 0, 15, 15],
    ['30 s, 15-min minimum, no rounding', 30 * SEC, 0, 15, 15],
    ['20 min, 15-min minimum, no rounding', 20 * MIN, 0, 15, 20],
    ['15 min exactly, 15-min minimum', 15 * MIN, 0, 15, 15],
    ['3 min, 15-min minimum, 6-min steps', 3 * MIN, 6, 15, 15],
    ['16 min, 15-min minimum, 6-min steps', 16 * MIN, 6, 15, 18],
    ['3 min, 20-min minimum, 15-min steps', 3 * MIN, 15, 20, 20],
    ['21 min, 20-min minimum, 15-min steps', 21 * MIN, 15, 20, 30],
    ['3 min, 10-min minimum, 15-min steps', 3 * MIN, 15, 10, 15],
    ['nothing worked: no minimum', 0, 1, 15, 0],
  ])('%s → %i min', (_, ms, rounding, minimumMinutes, expected) => {
    expect(entryBillableMinutes(ms, { rounding, minimumMinutes })).toBe(expected);
  });
});

describe('billableMinutes (raw minutes in)', () => {
  it.each<[number, RoundingStep, number, number]>([
    [7, 5, 0, 10],
    [7.5, 1, 0, 8],
    [7.5, 0, 0, 7.5],
    [14.99, 15, 0, 15],
    [0.07 * 100, 1, 0, 7], // 7.000000000000001 from float maths is still 7
    [3, 1, 15, 15],
    [0, 15, 15, 0],
  ])('%d min, step %i, minimum %i → %d', (raw, rounding, minimumMinutes, expected) => {
    expect(billableMinutes(raw, { rounding, minimumMinutes })).toBe(expected);
  });
});

describe('amountMinor: half-up to the cent', () => {
  it.each<[number, number, number]>([
    [60, 3500, 3500],
    [90, 3500, 5250],
    [15, 3500, 875],
    [1, 3500, 58], // 58.33
    [7, 2500, 292], // 291.67
    [15, 2999, 750], // 749.75
    [1, 30, 1], // 0.5 → up
    [1, 90, 2], // 1.5 → up
    [1, 150, 3], // 2.5 → up (banker's would give 2)
    [3, 10, 1], // 0.5 → up
    [0.5, 3600, 30],
    [421 / 60, 3600, 421], // 7:01 unrounded at 36 €/h: 4,21 €
    [0, 5000, 0],
    [160 * 60, 4500, 720_000], // a full month at 45 €/h
    [90, 5000, 7500], // JPY rates are whole yen: same arithmetic
  ])('%d min at %i/h → %i', (minutes, rate, expected) => {
    expect(amountMinor(minutes, rate)).toBe(expected);
  });
});

/** Local wall-clock time on 25 Nov 2026 (day 0), or `day` days later. */
function at(hhmm: string, day = 0): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return new Date(2026, 10, 25 + day, h, m).getTime();
}

const RANGE = { from: at('00:00'), to: at('00:00', 1), now: at('11:00') };

const ROSSI: BillingClient = { hourlyRate: 3500, currency: 'EUR', rounding: 15, minimumMinutes: 0 };
const BIANCHI: BillingClient = {
  hourlyRate: 4000,
  currency: 'EUR',
  rounding: 0,
  minimumMinutes: 0,
};
const VERDI: BillingClient = { hourlyRate: 3000, currency: 'EUR', rounding: 1, minimumMinutes: 15 };
const SMITH: BillingClient = { hourlyRate: 3000, currency: 'GBP', rounding: 6, minimumMinutes: 0 };
const CLIENTS = new Map([
  ['rossi', ROSSI],
  ['bianchi', BIANCHI],
  ['verdi', VERDI],
  ['smith', SMITH],
]);

function entry(
  clientId: string,
  start: number,
  end: number | null,
  more: Partial<BillableEntry> = {},
): BillableEntry {
  return { clientId, start, end, billable: true, ...more };
}

const nothing = {
  rawMinutes: 0,
  billableMinutes: 0,
  nonBillableMinutes: 0,
  amountMinor: 0,
  entryCount: 1,
  taskCount: 0,
  taskAmountMinor: 0,
};
const rossi = (values: Partial<ClientBilling>): ClientBilling => ({
  clientId: 'rossi',
  currency: 'EUR',
  ...nothing,
  ...values,
});

describe('summarize: one entry of Rossi (15-min steps, 35 €/h) on 25 Nov, now 11:00', () => {
  it.each<[string, BillableEntry, ClientBilling | null]>([
    [
      '09:00–09:25',
      entry('rossi', at('09:00'), at('09:25')),
      rossi({ rawMinutes: 25, billableMinutes: 30, amountMinor: 1750 }),
    ],
    [
      'from yesterday 23:30 to 00:20: only 20 min today',
      entry('rossi', at('23:30', -1), at('00:20')),
      rossi({ rawMinutes: 20, billableMinutes: 30, amountMinor: 1750 }),
    ],
    [
      'from 23:50 to tomorrow 00:40: only 10 min today',
      entry('rossi', at('23:50'), at('00:40', 1)),
      rossi({ rawMinutes: 10, billableMinutes: 15, amountMinor: 875 }),
    ],
    [
      'running since 10:20: counts to now',
      entry('rossi', at('10:20'), null),
      rossi({ rawMinutes: 40, billableMinutes: 45, amountMinor: 2625 }),
    ],
    [
      'running since yesterday 23:00: from midnight to now',
      entry('rossi', at('23:00', -1), null),
      rossi({ rawMinutes: 660, billableMinutes: 660, amountMinor: 38_500 }),
    ],
    [
      'non-billable 09:00–09:40',
      entry('rossi', at('09:00'), at('09:40'), { billable: false }),
      rossi({ rawMinutes: 40, nonBillableMinutes: 40 }),
    ],
    [
      'task without minutes (5,00 €)',
      entry('rossi', at('09:00'), at('09:00'), { billable: false, taskFeeMinor: 500 }),
      rossi({ taskCount: 1, taskAmountMinor: 500 }),
    ],
    [
      'task without minutes, marked billable',
      entry('rossi', at('09:00'), at('09:00'), { taskFeeMinor: 500 }),
      rossi({ taskCount: 1, taskAmountMinor: 500 }),
    ],
    [
      'task with 10 min, not billable: fee only',
      entry('rossi', at('09:00'), at('09:10'), { billable: false, taskFeeMinor: 500 }),
      rossi({ rawMinutes: 10, nonBillableMinutes: 10, taskCount: 1, taskAmountMinor: 500 }),
    ],
    [
      'task with 10 min, billable: fee plus time',
      entry('rossi', at('09:00'), at('09:10'), { taskFeeMinor: 500 }),
      rossi({
        rawMinutes: 10,
        billableMinutes: 15,
        amountMinor: 875,
        taskCount: 1,
        taskAmountMinor: 500,
      }),
    ],
    [
      'task started yesterday 23:55: its minutes today, its fee yesterday',
      entry('rossi', at('23:55', -1), at('00:05'), { billable: false, taskFeeMinor: 500 }),
      rossi({ rawMinutes: 5, nonBillableMinutes: 5 }),
    ],
    [
      'task fee null: an ordinary entry',
      entry('rossi', at('09:00'), at('09:10'), { taskFeeMinor: null }),
      rossi({ rawMinutes: 10, billableMinutes: 15, amountMinor: 875 }),
    ],
    ['ended yesterday', entry('rossi', at('22:00', -1), at('23:00', -1)), null],
    ['ended exactly at midnight', entry('rossi', at('23:00', -1), at('00:00')), null],
    ['starts at the end of the range', entry('rossi', at('00:00', 1), at('01:00', 1)), null],
    ['running, started after now (clock skew)', entry('rossi', at('11:30'), null), null],
    ['task tomorrow', entry('rossi', at('09:00', 1), at('09:00', 1), { taskFeeMinor: 500 }), null],
  ])('%s', (_, e, expected) => {
    const summary = summarize([e], CLIENTS, RANGE);
    expect(summary.clients).toEqual(expected ? [expected] : []);
    if (!expected) return expect(summary.totals).toEqual([]);
    // One client, so the EUR total is its line without the id.
    const { clientId, ...total } = expected;
    expect(clientId).toBe('rossi');
    expect(summary.totals).toEqual([total]);
  });
});

describe('summarize: several clients', () => {
  it('keeps EUR and GBP apart and lists clients in the map order', () => {
    const summary = summarize(
      [
        entry('smith', at('08:00'), at('08:07')), // 6-min steps → 12 min at £30/h
        entry('rossi', at('09:00'), at('09:25')), // → 30 min at 35 €/h
        entry('bianchi', at('09:00'), at('10:30')), // exact → 90 min at 40 €/h
        entry('rossi', at('10:00'), at('10:05'), { billable: false }),
        entry('bianchi', at('10:30'), at('10:30'), { billable: false, taskFeeMinor: 500 }),
        entry('gone', at('09:00'), at('10:00')),
        entry('rossi', at('09:00', -1), at('10:00', -1)), // yesterday
      ],
      CLIENTS,
      RANGE,
    );
    expect(summary.clients).toEqual([
      rossi({
        rawMinutes: 30,
        billableMinutes: 30,
        nonBillableMinutes: 5,
        amountMinor: 1750,
        entryCount: 2,
      }),
      {
        clientId: 'bianchi',
        currency: 'EUR',
        rawMinutes: 90,
        billableMinutes: 90,
        nonBillableMinutes: 0,
        amountMinor: 6000,
        entryCount: 2,
        taskCount: 1,
        taskAmountMinor: 500,
      },
      {
        clientId: 'smith',
        currency: 'GBP',
        rawMinutes: 7,
        billableMinutes: 12,
        nonBillableMinutes: 0,
        amountMinor: 600,
        entryCount: 1,
        taskCount: 0,
        taskAmountMinor: 0,
      },
    ]);
    expect(summary.totals).toEqual([
      {
        currency: 'EUR',
        rawMinutes: 120,
        billableMinutes: 120,
        nonBillableMinutes: 5,
        amountMinor: 7750,
        entryCount: 4,
        taskCount: 1,
        taskAmountMinor: 500,
      },
      {
        currency: 'GBP',
        rawMinutes: 7,
        billableMinutes: 12,
        nonBillableMinutes: 0,
        amountMinor: 600,
        entryCount: 1,
        taskCount: 0,
        taskAmountMinor: 0,
      },
    ]);
    expect(summary.unknownClientIds).toEqual(['gone']);
  });

  it('prices a client once on its total, so cent rounding does not add up per entry', () => {
    // Two 30-second entries at 40 €/h, no rounding: 1 min = 66.67 → 67 cents (not 33 + 33).
    const summary = summarize(
      [
        entry('bianchi', at('09:00'), at('09:00') + 30 * SEC),
        entry('bianchi', at('10:00'), at('10:00') + 30 * SEC),
      ],
      CLIENTS,
      RANGE,
    );
    expect(summary.clients[0]).toMatchObject({
      rawMinutes: 1,
      billableMinutes: 1,
      amountMinor: 67,
    });
  });

  it('applies the minimum to each entry’s part inside the range', () => {
    // Verdi: whole minutes, 15-min minimum, 30 €/h.
    const summary = summarize(
      [
        entry('verdi', at('09:00'), at('09:03')), // 3 → 15
        entry('verdi', at('23:59', -1), at('00:02')), // 2 of them today → 15
        entry('verdi', at('10:00'), at('10:20') + 1 * SEC), // 20:01 → 21
      ],
      CLIENTS,
      RANGE,
    );
    expect(summary.clients).toEqual([
      {
        clientId: 'verdi',
        currency: 'EUR',
        rawMinutes: 1501 / 60, // 25:01
        billableMinutes: 51,
        nonBillableMinutes: 0,
        amountMinor: 2550,
        entryCount: 3,
        taskCount: 0,
        taskAmountMinor: 0,
      },
    ]);
  });

  it('is empty without entries', () => {
    expect(summarize([], CLIENTS, RANGE)).toEqual({
      clients: [],
      totals: [],
      unknownClientIds: [],
    });
  });

  it('takes stored time entries as they are (no task fee in the schema yet)', () => {
    const stored: TimeEntry = {
      id: 'e1',
      clientId: 'smith',
      start: at('09:00'),
      end: at('09:30'),
      note: '',
      billable: true,
      activityType: 'email',
      threadId: null,
      appointmentId: null,
      calendarEventId: null,
      task: null,
      caller: '',
      createdAt: 0,
      updatedAt: 0,
    };
    expect(summarize([stored], CLIENTS, RANGE).totals).toEqual([
      {
        currency: 'GBP',
        rawMinutes: 30,
        billableMinutes: 30,
        nonBillableMinutes: 0,
        amountMinor: 1500,
        entryCount: 1,
        taskCount: 0,
        taskAmountMinor: 0,
      },
    ]);
  });
});

describe('budgetStatus', () => {
  it.each<[string, number, number | null, BudgetStatus | null]>([
    ['no package', 600, null, null],
    ['a package of 0 hours', 600, 0, null],
    ['nothing used', 0, 10, { usedHours: 0, leftHours: 10, ratio: 0, level: 'ok' }],
    ['79 %', 474, 10, { usedHours: 7.9, leftHours: 2.1, ratio: 0.79, level: 'ok' }],
    ['80 %', 480, 10, { usedHours: 8, leftHours: 2, ratio: 0.8, level: 'warn' }],
    ['99 %', 594, 10, { usedHours: 9.9, leftHours: 0.1, ratio: 0.99, level: 'warn' }],
    ['100 %', 600, 10, { usedHours: 10, leftHours: 0, ratio: 1, level: 'over' }],
    ['120 %', 720, 10, { usedHours: 12, leftHours: -2, ratio: 1.2, level: 'over' }],
    ['80 % of 7,5 h', 360, 7.5, { usedHours: 6, leftHours: 1.5, ratio: 0.8, level: 'warn' }],
  ])('%s', (_, used, budget, expected) => {
    expect(budgetStatus(used, budget)).toEqual(expected);
  });
});

describe('defaultBillable: how new time starts', () => {
  it.each([
    ['a billable client', { billableByDefault: true }, null, true],
    ['a non-billable client', { billableByDefault: false }, null, false],
    ['no client chosen yet', undefined, null, true],
    ['a task with a fee', { billableByDefault: true }, { fee: 500 }, false],
    ['a task without a fee', { billableByDefault: true }, { fee: 0 }, true],
    ['a free task of a non-billable client', { billableByDefault: false }, { fee: 0 }, false],
  ])('%s', (_, client, task, expected) => {
    expect(defaultBillable(client, task)).toBe(expected);
  });
});
