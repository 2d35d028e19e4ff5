import type { Client, Id, TimeEntry } from '@/utils/model/types';
import { formatDate } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import { summarize, type BillableEntry, type BillingSummary } from '@/utils/time/billing';
import type { ComponentChildren } from 'preact';
import { TimeTotals } from './time-totals';
import { endOfLocalDay, startOfLocalDay } from '@/utils/time/local-day';

export interface DayGroup {
  /** Local midnight of the day, and of the next one. */
  day: number;
  next: number;
  /** Entries touching the day, newest first (an entry past midnight is listed on both days). */
  entries: TimeEntry[];
  /** Totals of the day: each entry counts only its part inside the day. */
  summary: BillingSummary;
}

/** What billing needs from an entry, with its task fee. */
export function billable(entry: TimeEntry): BillableEntry {
  return { ...entry, taskFeeMinor: entry.task?.fee ?? null };
}

function touches(entry: TimeEntry, day: number, next: number, now: number): boolean {
  const end = entry.end ?? now;
  if (entry.start >= next) return false;
  // A task of no length belongs to the day it was logged on.
  return end > day || (end === entry.start && entry.start >= day);
}

/**
 * Entries grouped by local day, newest day first, each with its totals. Days without entries are
 * left out, except `alwaysShow` (today, so the VA sees it is empty).
 */
export function groupEntriesByDay(
  entries: readonly TimeEntry[],
  days: readonly number[],
  clientsById: ReadonlyMap<Id, Client>,
  now: number,
  alwaysShow?: number,
): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const day of [...days].sort((a, b) => b - a)) {
    const next = endOfLocalDay(day);
    const inDay = entries
      .filter((e) => touches(e, day, next, now))
      .sort((a, b) => b.start - a.start);
    if (!inDay.length && day !== alwaysShow) continue;
    groups.push({
      day,
      next,
      entries: inDay,
      summary: summarize(inDay.map(billable), clientsById, { from: day, to: next, now }),
    });
  }
  return groups;
}

/** "Today, Wed 25 Nov 2026", "Yesterday, …" or the date. */
export function dayHeading(day: number, now: number): string {
  const today = startOfLocalDay(now);
  const date = formatDate(day);
  if (day === today) return t('timeDayToday', [date]);
  if (endOfLocalDay(day) === today) return t('timeDayYesterday', [date]);
  return date;
}

interface TimeDayGroupProps {
  group: DayGroup;
  now: number;
  /** The rows (or inline forms) of the day's entries, one `<li>` each. */
  children: ComponentChildren;
}

/** One day: its heading, its totals and its entries. */
export function TimeDayGroup({ group, now, children }: TimeDayGroupProps) {
  const headingId = `time-day-${group.day}`;
  const heading = dayHeading(group.day, now);
  return (
    <section class="time-day" aria-labelledby={headingId}>
      <h2 id={headingId} class="time-day__heading">
        {heading}
      </h2>
      {group.entries.length > 0 ? (
        <>
          <TimeTotals summary={group.summary} />
          <ul class="time-entries" aria-label={t('timeEntriesOf', [heading])}>
            {children}
          </ul>
        </>
      ) : (
        <p class="empty">{t('timeDayEmpty')}</p>
      )}
    </section>
  );
}
