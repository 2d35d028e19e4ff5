// Reads what a report needs in one read transaction (a consistent snapshot) through indexes
// bounded by the range, so the cost follows the week, not the years of history.

import { getDb } from './app-db';
import { MAX_ENTRY_MS, MINUTE_MS } from '@/utils/time/units';
import type { Client, Id, TaggedThread, TimeEntry } from '@/utils/model/types';
import { monthRange } from '@/utils/time/weeks';
import { threadKey } from '@/utils/model/ids';
import { buildReport } from '@/utils/reports/build';
import type { Report, ReportData, ReportQuery } from '@/utils/reports/types';
import { dateInputValue } from '@/utils/time/local-day';

export async function readReportData(query: ReportQuery): Promise<ReportData> {
  const db = getDb();
  return db.transaction(
    'r',
    [db.clients, db.timeEntries, db.threads, db.appointments, db.emailActivity],
    async () => {
      const entriesFrom = (from: number, to: number) =>
        query.clientId === null
          ? db.timeEntries.where('start').between(from, to, true, false).toArray()
          : db.timeEntries
              .where('[clientId+start]')
              .between([query.clientId, from], [query.clientId, to], true, false)
              .toArray();
      // Every read of the period at once: each request costs a round trip, the rows do not.
      const [found, weekEntries, running, appointments, activity] = await Promise.all([
        // One client's report reads only that client (a deleted one reads nothing, shows nothing).
        query.clientId === null ? db.clients.toArray() : db.clients.get(query.clientId),
        entriesFrom(query.from - MAX_ENTRY_MS, query.to),
        // A timer left running for more than a day still counts up to now.
        db.timeEntries.where('running').equals(1).toArray(),
        query.clientId === null
          ? db.appointments.where('start').between(query.from, query.to, true, false).toArray()
          : db.appointments
              .where('[clientId+start]')
              .between([query.clientId, query.from], [query.clientId, query.to], true, false)
              .toArray(),
        db.emailActivity
          .where('day')
          .between(dateInputValue(query.from), dateInputValue(query.to - 1), true, true)
          .toArray(),
      ]);
      const clients = (Array.isArray(found) ? found : [found]).filter(
        (c): c is Client => c !== undefined,
      );
      // A monthly package is reported as of the range's end: the month's days before the range
      // are read too, only for clients that have one.
      const month = monthRange(query.to - 1);
      const entries =
        clients.some((c) => c.monthlyBudgetHours) && month.from < query.from
          ? [
              ...(await entriesFrom(month.from - MAX_ENTRY_MS, query.from - MAX_ENTRY_MS)),
              ...weekEntries,
            ]
          : weekEntries;

      const byId = new Map<Id, TimeEntry>(entries.map((e) => [e.id, e]));
      for (const e of running) {
        if (e.start < query.to && (query.clientId === null || e.clientId === query.clientId))
          byId.set(e.id, e);
      }
      const emailMinutes = new Map<Id, number>();
      for (const row of activity) {
        const id = threadKey(row.account, row.threadId);
        emailMinutes.set(id, (emailMinutes.get(id) ?? 0) + row.activeMs / MINUTE_MS);
      }
      const threadIds = new Set<Id>(emailMinutes.keys());
      for (const e of byId.values()) if (e.threadId) threadIds.add(e.threadId);
      const threads = threadIds.size
        ? (await db.threads.bulkGet([...threadIds])).filter(
            (t): t is TaggedThread => t !== undefined,
          )
        : [];
      return {
        clients,
        entries: [...byId.values()],
        threads,
        emailMinutes,
        appointments,
      };
    },
  );
}

/** The report for `query` as of `now`: the rows read here, built by the pure utils/reports. */
export async function loadReport(query: ReportQuery, now: number): Promise<Report> {
  return buildReport(await readReportData(query), query, now);
}
