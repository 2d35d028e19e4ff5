import { describe, expect, it } from 'vitest';
import { getDb } from '@/utils/db/app-db';
import { createClient, setClientArchived } from '@/utils/db/clients-repo';
import { loadReport } from '@/utils/db/report-reader';
import type { ReportQuery } from '@/utils/reports/types';
import { weekRange } from '@/utils/time/weeks';
import { clientInput, storedEntry } from './factories';

// The suite runs in Europe/Rome. Week of Monday 23 November 2026.
const at = (y: number, m: number, d: number, h = 0, min = 0) =>
  new Date(y, m - 1, d, h, min).getTime();
const WEEK = weekRange(at(2026, 11, 25, 12), 1);
const weekQuery = (clientId: string | null = null): ReportQuery => ({ ...WEEK, clientId });
const NOW = at(2026, 11, 30, 9);

let seq = 0;
const entry = (clientId: string, start: number, end: number) =>
  storedEntry(`e${(seq += 1)}`, clientId, start, end);

describe('loadReport: reads the range from the database', () => {
  it('builds the same report as from rows, for one client and for all', async () => {
    const rossi = await createClient(clientInput('Rossi', { hourlyRate: 3000, rounding: 15 }));
    const verdi = await createClient(clientInput('Verdi', { hourlyRate: 2000 }));
    await setClientArchived(verdi.id, true);
    const db = getDb();
    const rows = [
      entry(rossi.id, at(2026, 11, 24, 9), at(2026, 11, 24, 9, 20)),
      entry(rossi.id, at(2026, 11, 22, 23), at(2026, 11, 23, 0, 30)), // from Sunday before
      entry(rossi.id, at(2026, 11, 10, 9), at(2026, 11, 10, 10)), // two weeks before
      entry(verdi.id, at(2026, 11, 26, 14), at(2026, 11, 26, 15)),
    ];
    await db.timeEntries.bulkAdd(rows);

    const one = await loadReport(weekQuery(rossi.id), NOW);
    expect(
      one.clients.map((c) => [c.client.name, c.totals.rawMinutes, c.totals.billableMinutes]),
    ).toEqual([['Rossi', 50, 60]]);
    const all = await loadReport(weekQuery(), NOW);
    expect(all.clients.map((c) => [c.client.name, c.totals.rawMinutes])).toEqual([
      ['Rossi', 50],
      ['Verdi', 60],
    ]);
    expect(all.totals).toMatchObject([
      { currency: 'EUR', rawMinutes: 110, amountMinor: 3000 + 2000 },
    ]);
  });

  it('reads the month before the week for a client with a monthly package, and only then', async () => {
    const pkg = await createClient(clientInput('Package', { monthlyBudgetHours: 10 }));
    const plain = await createClient(clientInput('Plain'));
    await getDb().timeEntries.bulkAdd([
      entry(pkg.id, at(2026, 11, 3, 9), at(2026, 11, 3, 13)), // 4 h earlier this month
      entry(pkg.id, at(2026, 11, 24, 9), at(2026, 11, 24, 10)),
      entry(pkg.id, at(2026, 10, 28, 9), at(2026, 10, 28, 17)), // October
      entry(plain.id, at(2026, 11, 24, 9), at(2026, 11, 24, 10)),
    ]);
    const report = await loadReport(weekQuery(pkg.id), NOW);
    expect(report.clients[0]!.totals.rawMinutes).toBe(60);
    expect(report.clients[0]!.budget?.status.usedHours).toBe(5);
    const all = await loadReport(weekQuery(), NOW);
    expect(all.clients.map((c) => [c.client.name, c.budget?.status.usedHours ?? null])).toEqual([
      ['Package', 5],
      ['Plain', null],
    ]);
  });
});
