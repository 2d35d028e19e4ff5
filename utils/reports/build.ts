// Builds a weekly (or any range) activity report from plain rows: no database, no clock, no locale.
// Billing follows utils/time/billing.ts exactly (rounding and minimum per entry on its part inside
// the range, each client priced once on its billable total), so the report, the side panel's
// totals and the CSV agree to the cent.

import type { Client, Id, TimeEntry } from '@/utils/model/types';
import {
  amountMinor,
  budgetStatus,
  entryBillableMinutes,
  summarize,
  type BillableEntry,
  type ClientBilling,
} from '@/utils/time/billing';
import { dayStarts, monthRange } from '@/utils/time/weeks';
import type {
  ActivityTotal,
  ClientReport,
  Report,
  ReportData,
  ReportDay,
  ReportLine,
  ReportQuery,
  TaskTotal,
  ThreadWorked,
} from './types';
import { MINUTE_MS } from '@/utils/time/units';
import { startOfLocalDay } from '@/utils/time/local-day';

const billable = (e: TimeEntry): BillableEntry => ({ ...e, taskFeeMinor: e.task?.fee ?? null });

/** The entry's part inside [from, to) as a report line, or null when nothing of it falls inside. */
export function reportLine(
  entry: TimeEntry,
  client: Client,
  range: { from: number; to: number },
  now: number,
  threadSubject: string | null,
): ReportLine | null {
  const start = Math.max(entry.start, range.from);
  const end = Math.min(entry.end ?? Math.max(now, entry.start), range.to);
  const ms = Math.max(0, end - start);
  const startsInside = entry.start >= range.from && entry.start < range.to;
  const countsTask = entry.task !== null && startsInside;
  if (ms === 0 && !countsTask) return null;
  const billableMinutes = entry.billable ? entryBillableMinutes(ms, client) : 0;
  return {
    entry,
    start,
    end: Math.max(start, end),
    rawMinutes: ms / MINUTE_MS,
    billableMinutes,
    timeAmountMinor: amountMinor(billableMinutes, client.hourlyRate),
    taskFeeMinor: countsTask && entry.task ? entry.task.fee : 0,
    countsTask,
    threadSubject,
  };
}

/** Lines grouped on the local day their (clipped) start falls on; every day of the range listed. */
export function groupByDay(lines: readonly ReportLine[], from: number, to: number): ReportDay[] {
  const days = dayStarts(from, to).map((dayStart): ReportDay => ({
    dayStart,
    rawMinutes: 0,
    billableMinutes: 0,
    lines: [],
  }));
  const byStart = new Map(days.map((d) => [d.dayStart, d]));
  for (const line of [...lines].sort(
    (a, b) => a.start - b.start || a.entry.start - b.entry.start,
  )) {
    const day = byStart.get(startOfLocalDay(line.start));
    if (!day) continue;
    day.lines.push(line);
    day.rawMinutes += line.rawMinutes;
    day.billableMinutes += line.billableMinutes;
  }
  return days;
}

function activityTotals(lines: readonly ReportLine[]): ActivityTotal[] {
  const byType = new Map<string, ActivityTotal>();
  for (const line of lines) {
    const type = line.entry.activityType;
    let total = byType.get(type);
    if (!total) {
      total = { activityType: type, rawMinutes: 0, billableMinutes: 0, entryCount: 0 };
      byType.set(type, total);
    }
    total.rawMinutes += line.rawMinutes;
    total.billableMinutes += line.billableMinutes;
    total.entryCount += 1;
  }
  return [...byType.values()].sort(
    (a, b) => b.rawMinutes - a.rawMinutes || a.activityType.localeCompare(b.activityType),
  );
}

function taskTotals(lines: readonly ReportLine[]): TaskTotal[] {
  const byType = new Map<string, TaskTotal>();
  for (const line of lines) {
    const task = line.entry.task;
    if (!task || !line.countsTask) continue;
    // Same task type at different fees (the fee changed mid-week) stays on separate lines.
    const key = `${task.typeId}|${task.name}`;
    let total = byType.get(key);
    if (!total) {
      total = { typeId: task.typeId, name: task.name, count: 0, amountMinor: 0 };
      byType.set(key, total);
    }
    total.count += 1;
    total.amountMinor += line.taskFeeMinor;
  }
  return [...byType.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function threadsWorked(
  lines: readonly ReportLine[],
  clientId: Id,
  data: ReportData,
): ThreadWorked[] {
  const worked = new Map<Id, ThreadWorked>();
  const threadsById = new Map(data.threads.map((t) => [t.id, t]));
  const entry = (id: Id): ThreadWorked | undefined => {
    const thread = threadsById.get(id);
    if (!thread || thread.clientId !== clientId) return undefined;
    let row = worked.get(id);
    if (!row) worked.set(id, (row = { thread, loggedMinutes: 0, emailMinutes: 0 }));
    return row;
  };
  for (const line of lines) {
    const row = line.entry.threadId ? entry(line.entry.threadId) : undefined;
    if (row) row.loggedMinutes += line.rawMinutes;
  }
  for (const [id, minutes] of data.emailMinutes) {
    const row = entry(id);
    if (row) row.emailMinutes += minutes;
  }
  return [...worked.values()].sort(
    (a, b) =>
      b.loggedMinutes - a.loggedMinutes ||
      b.emailMinutes - a.emailMinutes ||
      a.thread.subject.localeCompare(b.thread.subject),
  );
}

function emptyTotals(client: Client): ClientBilling {
  return {
    clientId: client.id,
    currency: client.currency,
    rawMinutes: 0,
    billableMinutes: 0,
    nonBillableMinutes: 0,
    amountMinor: 0,
    entryCount: 0,
    taskCount: 0,
    taskAmountMinor: 0,
  };
}

function isEmpty(report: Omit<ClientReport, 'budget'>): boolean {
  return (
    report.totals.entryCount === 0 && report.threads.length === 0 && !report.appointments.length
  );
}

/**
 * The report for `query` at `now`. Each entry counts only its part inside the range (a running one
 * up to `now`); an entry crossing midnight is listed, whole, on the day it started. Clients are
 * those with entries, tasks, email time or appointments in the range, in name order.
 */
export function buildReport(data: ReportData, query: ReportQuery, now: number): Report {
  const { from, to } = query;
  const range = { from, to };
  const selected = data.clients
    .filter((c) => query.clientId === null || c.id === query.clientId)
    .sort((a, b) => a.nameKey.localeCompare(b.nameKey) || a.id.localeCompare(b.id));
  const subjects = new Map(data.threads.map((t) => [t.id, t.subject]));
  const entriesByClient = new Map<Id, TimeEntry[]>();
  for (const e of data.entries) {
    const list = entriesByClient.get(e.clientId);
    if (list) list.push(e);
    else entriesByClient.set(e.clientId, [e]);
  }

  const clients: ClientReport[] = [];
  const allLines: ReportLine[] = [];
  const billingById = new Map<Id, Client>();
  for (const client of selected) {
    const entries = entriesByClient.get(client.id) ?? [];
    const lines: ReportLine[] = [];
    for (const e of entries) {
      const line = reportLine(
        e,
        client,
        range,
        now,
        e.threadId ? (subjects.get(e.threadId) ?? null) : null,
      );
      if (line) lines.push(line);
    }
    const summary = summarize(entries.map(billable), new Map([[client.id, client]]), {
      from,
      to,
      now,
    });
    const totals: ClientBilling = summary.clients[0] ?? emptyTotals(client);
    const base = {
      client,
      totals,
      days: groupByDay(lines, from, to),
      activities: activityTotals(lines),
      tasks: taskTotals(lines),
      threads: threadsWorked(lines, client.id, data),
      appointments: data.appointments
        .filter(
          (a) =>
            a.clientId === client.id && a.status !== 'cancelled' && a.start >= from && a.start < to,
        )
        .sort((a, b) => a.start - b.start),
    };
    if (isEmpty(base)) continue;
    clients.push({ ...base, budget: budgetAt(client, entries, to, now) });
    allLines.push(...lines);
    billingById.set(client.id, client);
  }

  const all = data.entries.filter((e) => billingById.has(e.clientId)).map(billable);
  return {
    query,
    generatedAt: now,
    days: groupByDay(allLines, from, to),
    clients,
    totals: summarize(all, billingById, { from, to, now }).totals,
  };
}

/** The client's monthly package used from the 1st of the month containing the range's last day. */
function budgetAt(
  client: Client,
  entries: readonly TimeEntry[],
  to: number,
  now: number,
): ClientReport['budget'] {
  if (!client.monthlyBudgetHours) return null;
  const month = monthRange(to - 1);
  const used = summarize(entries.map(billable), new Map([[client.id, client]]), {
    from: month.from,
    to: Math.min(to, month.to),
    now,
  }).clients[0];
  const status = budgetStatus(used?.billableMinutes ?? 0, client.monthlyBudgetHours);
  return status ? { monthFrom: month.from, status } : null;
}
