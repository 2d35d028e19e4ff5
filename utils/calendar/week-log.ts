// "Log all of this week's events for client X": which events, and which of them can be logged.
// Pure: the panel passes what the Calendar tab shows and what VA Desk has stored.
import type { Appointment, Client } from '@/utils/model/types';
import { clientNamedIn } from './suggest';
import type { EventChip } from './types';
import { parseDateInput } from '@/utils/time/local-day';

export type WeekLogStatus = 'ready' | 'logged' | 'notOver' | 'noTimes';

export interface WeekLogRow {
  eventId: string;
  title: string;
  start: number | null;
  end: number | null;
  status: WeekLogStatus;
  /** Linked to the client in VA Desk, or only named in its title. */
  source: 'linked' | 'title';
}

export interface WeekLogInput {
  client: Client;
  clients: readonly Client[];
  /** The chips the Calendar tab shows (any week). */
  chips: readonly EventChip[];
  /** The client's appointments starting this week. */
  appointments: readonly Appointment[];
  /** The appointments of the shown chips, whatever their client. */
  chipLinks: ReadonlyMap<string, Appointment>;
  /** Events with time logged already. */
  logged: ReadonlySet<string>;
  week: { from: number; to: number };
  now: number;
}

function statusOf(row: Omit<WeekLogRow, 'status'>, allDay: boolean, input: WeekLogInput) {
  if (input.logged.has(row.eventId)) return 'logged';
  if (allDay || row.start === null || row.end === null) return 'noTimes';
  return row.end > input.now ? 'notOver' : 'ready';
}

/**
 * The week's events of `client`: its linked appointments, and the shown events linked to it or,
 * when linked to nobody, whose title names it. Earliest first; events without times last.
 */
export function weekLogRows(input: WeekLogInput): WeekLogRow[] {
  const { client, week } = input;
  const rows = new Map<string, WeekLogRow>();
  for (const a of input.appointments) {
    if (!a.calendarEventId || a.status === 'cancelled' || a.clientId !== client.id) continue;
    const row = { eventId: a.calendarEventId, title: a.title, start: a.start, end: a.end };
    rows.set(row.eventId, {
      ...row,
      source: 'linked',
      status: statusOf({ ...row, source: 'linked' }, false, input),
    });
  }
  for (const chip of input.chips) {
    const day = chip.start ?? (chip.day ? parseDateInput(chip.day) : null);
    if (day === null || day < week.from || day >= week.to) continue;
    const link = input.chipLinks.get(chip.eventId);
    if (
      link
        ? link.clientId !== client.id
        : clientNamedIn(chip.title, input.clients)?.client.id !== client.id
    )
      continue;
    const known = rows.get(chip.eventId);
    // The tab's times are fresher than the stored ones (the event may have moved).
    const row = {
      eventId: chip.eventId,
      title: chip.title || known?.title || '',
      start: chip.start ?? known?.start ?? null,
      end: chip.end ?? known?.end ?? null,
      source: link ? ('linked' as const) : ('title' as const),
    };
    rows.set(chip.eventId, { ...row, status: statusOf(row, chip.allDay, input) });
  }
  return [...rows.values()].sort(
    (a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || a.title.localeCompare(b.title),
  );
}
