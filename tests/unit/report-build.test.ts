import { describe, expect, it } from 'vitest';
import type { Appointment, Client, TaggedThread, TimeEntry } from '@/utils/model/types';
import { buildReport } from '@/utils/reports/build';
import type { ReportData, ReportQuery } from '@/utils/reports/types';
import { weekRange } from '@/utils/time/weeks';
import { storedClient, storedEntry } from './factories';

// The suite runs in Europe/Rome. Week of Monday 23 November 2026.
const at = (y: number, m: number, d: number, h = 0, min = 0) =>
  new Date(y, m - 1, d, h, min).getTime();
const WEEK = weekRange(at(2026, 11, 25, 12), 1);
const MIN = 60_000;

function client(name: string, overrides: Partial<Client> = {}): Client {
  return storedClient(name, { shortName: name.slice(0, 12), ...overrides });
}

let seq = 0;
function entry(
  clientId: string,
  start: number,
  end: number | null,
  extra: Partial<TimeEntry> = {},
) {
  seq += 1;
  return storedEntry(`e${seq}`, clientId, start, end, extra);
}

function data(partial: Partial<ReportData>): ReportData {
  return {
    clients: [],
    entries: [],
    threads: [],
    emailMinutes: new Map(),
    appointments: [],
    ...partial,
  };
}

const weekQuery = (clientId: string | null = null): ReportQuery => ({ ...WEEK, clientId });
const NOW = at(2026, 11, 30, 9);

describe('buildReport: billing per client', () => {
  const rossi = client('Rossi Srl', { rounding: 15, minimumMinutes: 30, hourlyRate: 4000 });
  const acme = client('Acme Inc', { currency: 'USD', rounding: 6, hourlyRate: 6000 });

  it.each([
    // [label, client, [start, end] pairs (minutes from Tue 10:00), billable?, raw, billable, amount]
    ['10 min under a 30-min minimum', rossi, [[0, 10]], true, 10, 30, 2000],
    ['40 min up to the next quarter hour', rossi, [[0, 40]], true, 40, 45, 3000],
    [
      'two entries round each on its own',
      rossi,
      [
        [0, 5],
        [60, 65],
      ],
      true,
      10,
      60,
      4000,
    ],
    ['non-billable: raw minutes only', rossi, [[0, 40]], false, 40, 0, 0],
    ['6-minute steps (tenths of an hour)', acme, [[0, 7]], true, 7, 12, 1200],
  ] as const)('%s', (_, c, spans, isBillable, raw, billable, amount) => {
    const base = at(2026, 11, 24, 10);
    const entries = spans.map(([a, b]) =>
      entry(c.id, base + a * MIN, base + b * MIN, { billable: isBillable }),
    );
    const report = buildReport(data({ clients: [c], entries }), weekQuery(), NOW);
    expect(report.clients).toHaveLength(1);
    const totals = report.clients[0]!.totals;
    expect([totals.rawMinutes, totals.billableMinutes, totals.amountMinor]).toEqual([
      raw,
      billable,
      amount,
    ]);
    const tuesday = report.days[1]!;
    expect(tuesday.lines.map((l) => l.billableMinutes).reduce((s, m) => s + m, 0)).toBe(billable);
  });

  it('keeps each currency apart and never adds EUR to USD', () => {
    const base = at(2026, 11, 24, 10);
    const report = buildReport(
      data({
        clients: [rossi, acme],
        entries: [entry(rossi.id, base, base + 60 * MIN), entry(acme.id, base, base + 30 * MIN)],
      }),
      weekQuery(),
      NOW,
    );
    expect(report.totals.map((t) => [t.currency, t.billableMinutes, t.amountMinor])).toEqual([
      ['EUR', 60, 4000],
      ['USD', 30, 3000],
    ]);
    // Clients in name order.
    expect(report.clients.map((c) => c.client.name)).toEqual(['Acme Inc', 'Rossi Srl']);
  });

  it('shows one client only when asked', () => {
    const base = at(2026, 11, 24, 10);
    const report = buildReport(
      data({
        clients: [rossi, acme],
        entries: [entry(rossi.id, base, base + 60 * MIN), entry(acme.id, base, base + 30 * MIN)],
      }),
      weekQuery(acme.id),
      NOW,
    );
    expect(report.clients.map((c) => c.client.id)).toEqual([acme.id]);
    expect(report.totals.map((t) => t.currency)).toEqual(['USD']);
    expect(report.days.flatMap((d) => d.lines).map((l) => l.entry.clientId)).toEqual([acme.id]);
  });

  it('includes archived clients and skips entries of unknown clients', () => {
    const old = client('Old Client', { archived: 1 });
    const base = at(2026, 11, 24, 10);
    const report = buildReport(
      data({
        clients: [old],
        entries: [entry(old.id, base, base + 20 * MIN), entry('gone', base, base + 20 * MIN)],
      }),
      weekQuery(),
      NOW,
    );
    expect(report.clients.map((c) => [c.client.name, c.totals.rawMinutes])).toEqual([
      ['Old Client', 20],
    ]);
    expect(report.totals[0]!.rawMinutes).toBe(20);
  });
});

describe('buildReport: days, midnight and week boundaries', () => {
  const plain = client('Plain', { rounding: 15 });

  it('lists every day of the week, Monday first, even empty ones', () => {
    const report = buildReport(data({ clients: [plain] }), weekQuery(), NOW);
    expect(report.days.map((d) => new Date(d.dayStart).getDate())).toEqual([
      23, 24, 25, 26, 27, 28, 29,
    ]);
    expect(report.clients).toEqual([]);
  });

  it('keeps an entry crossing midnight whole on the day it started', () => {
    const e = entry(plain.id, at(2026, 11, 24, 23, 30), at(2026, 11, 25, 0, 40));
    const report = buildReport(data({ clients: [plain], entries: [e] }), weekQuery(), NOW);
    expect(report.days.map((d) => d.rawMinutes)).toEqual([0, 70, 0, 0, 0, 0, 0]);
    expect(report.days[1]!.billableMinutes).toBe(75);
  });

  it.each([
    ['this week gets the part before Monday 00:00', WEEK, 60, 60],
    ['next week gets the rest, rounded on its own', weekRange(at(2026, 12, 1), 1), 10, 15],
    ['the week before gets nothing', weekRange(at(2026, 11, 16), 1), 0, 0],
  ])('an entry crossing the week boundary: %s', (_, range, raw, billable) => {
    const e = entry(plain.id, at(2026, 11, 29, 23), at(2026, 11, 30, 0, 10));
    const report = buildReport(
      data({ clients: [plain], entries: [e] }),
      { ...range, clientId: null },
      NOW,
    );
    expect(report.clients[0]?.totals.rawMinutes ?? 0).toBe(raw);
    expect(report.clients[0]?.totals.billableMinutes ?? 0).toBe(billable);
    const line = report.days.flatMap((d) => d.lines)[0];
    if (raw) expect([line?.start, line?.rawMinutes]).toEqual([Math.max(e.start, range.from), raw]);
  });

  it.each([
    [
      'spring forward (week of 29 March 2026: 167 h)',
      at(2026, 3, 25),
      167,
      [23, 24, 25, 26, 27, 28, 29],
    ],
    [
      'fall back (week of 25 October 2026: 169 h)',
      at(2026, 10, 21),
      169,
      [19, 20, 21, 22, 23, 24, 25],
    ],
  ])('a daylight-saving week: %s', (_, instant, hours, dates) => {
    const range = weekRange(instant, 1);
    expect((range.to - range.from) / (60 * MIN)).toBe(hours);
    // Sunday 01:30 to 03:30 local: 1 h of clock time on spring forward, 3 h on fall back.
    const sunday = new Date(range.to - 12 * 60 * MIN);
    const start = at(sunday.getFullYear(), sunday.getMonth() + 1, sunday.getDate(), 1, 30);
    const end = at(sunday.getFullYear(), sunday.getMonth() + 1, sunday.getDate(), 3, 30);
    const report = buildReport(
      data({ clients: [plain], entries: [entry(plain.id, start, end)] }),
      { ...range, clientId: null },
      NOW,
    );
    expect(report.days.map((d) => new Date(d.dayStart).getDate())).toEqual(dates);
    expect(report.days[6]!.rawMinutes).toBe(hours === 167 ? 60 : 180);
    expect(report.days[6]!.lines).toHaveLength(1);
  });

  it('counts a running timer up to now', () => {
    const start = at(2026, 11, 27, 9);
    const report = buildReport(
      data({ clients: [plain], entries: [entry(plain.id, start, null)] }),
      weekQuery(),
      start + 25 * MIN,
    );
    expect(report.clients[0]!.totals.rawMinutes).toBe(25);
    expect(report.days[4]!.lines[0]!.end).toBe(start + 25 * MIN);
  });
});

describe('buildReport: activities, tasks, budget, threads and appointments', () => {
  const task = { typeId: 't1', name: 'Appointment booked', fee: 500 };
  const va = client('Bianchi', {
    hourlyRate: 3000,
    monthlyBudgetHours: 10,
    taskTypes: [{ id: 't1', name: 'Appointment booked', fee: 500 }],
  });

  it('totals per activity type and fixed-fee tasks with counts and amounts', () => {
    const base = at(2026, 11, 23, 9);
    const entries = [
      entry(va.id, base, base + 30 * MIN, { activityType: 'email' }),
      entry(va.id, base + 60 * MIN, base + 80 * MIN, { activityType: 'call' }),
      entry(va.id, base + 90 * MIN, base + 100 * MIN, { activityType: 'email' }),
      entry(va.id, base + 120 * MIN, base + 120 * MIN, { activityType: 'scheduling', task }),
      entry(va.id, base + 130 * MIN, base + 135 * MIN, { activityType: 'scheduling', task }),
    ];
    const report = buildReport(data({ clients: [va], entries }), weekQuery(), NOW);
    const c = report.clients[0]!;
    expect(c.activities.map((a) => [a.activityType, a.rawMinutes, a.entryCount])).toEqual([
      ['email', 40, 2],
      ['call', 20, 1],
      ['scheduling', 5, 2],
    ]);
    expect(c.tasks).toEqual([
      { typeId: 't1', name: 'Appointment booked', count: 2, amountMinor: 1000 },
    ]);
    expect([c.totals.taskCount, c.totals.taskAmountMinor, c.totals.amountMinor]).toEqual([
      2, 1000, 3250,
    ]);
  });

  it('measures the monthly package from the 1st of the month of the range end', () => {
    // 7 h earlier in November (outside the week) + 1 h this week = 8 h of 10: 80 %, warn.
    const entries = [
      entry(va.id, at(2026, 11, 2, 9), at(2026, 11, 2, 16)),
      entry(va.id, at(2026, 11, 24, 9), at(2026, 11, 24, 10)),
      entry(va.id, at(2026, 10, 30, 9), at(2026, 10, 30, 17)), // October: another month
    ];
    const report = buildReport(data({ clients: [va], entries }), weekQuery(), NOW);
    const c = report.clients[0]!;
    expect(c.totals.rawMinutes).toBe(60);
    expect(c.budget?.status).toMatchObject({ usedHours: 8, level: 'warn' });
    expect(new Date(c.budget!.monthFrom).getDate()).toBe(1);
  });

  it('lists threads worked on with logged and email minutes, and appointments held', () => {
    const thread: TaggedThread = {
      id: '0:t1',
      threadId: 't1',
      account: 0,
      clientId: va.id,
      subject: 'Fattura <b>ottobre</b>',
      participants: [],
      status: 'needsReply',
      followUpAt: null,
      notes: '',
      lastSeenAt: 0,
      createdAt: 0,
      updatedAt: 0,
    };
    const appointment = (
      id: string,
      start: number,
      status: Appointment['status'],
    ): Appointment => ({
      id,
      clientId: va.id,
      title: id,
      start,
      end: start + 30 * MIN,
      timeZone: 'Europe/Rome',
      location: '',
      guests: [],
      notes: '',
      threadId: null,
      calendarEventId: null,
      status,
      createdAt: 0,
      updatedAt: 0,
    });
    const base = at(2026, 11, 25, 9);
    const report = buildReport(
      data({
        clients: [va],
        entries: [entry(va.id, base, base + 15 * MIN, { threadId: thread.id })],
        threads: [thread],
        emailMinutes: new Map([
          [thread.id, 22],
          ['0:other', 5],
        ]),
        appointments: [
          appointment('held', base, 'scheduled'),
          appointment('cancelled', base, 'cancelled'),
          appointment('next week', at(2026, 12, 2, 9), 'scheduled'),
        ],
      }),
      weekQuery(),
      NOW,
    );
    const c = report.clients[0]!;
    expect(c.threads.map((t) => [t.thread.subject, t.loggedMinutes, t.emailMinutes])).toEqual([
      ['Fattura <b>ottobre</b>', 15, 22],
    ]);
    expect(c.appointments.map((a) => a.id)).toEqual(['held']);
    expect(report.days[2]!.lines[0]!.threadSubject).toBe('Fattura <b>ottobre</b>');
  });
});
