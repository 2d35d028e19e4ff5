// What a weekly activity report is made of. Plain data: the report page, the printable report,
// the CSV export and "send to client" all render the same `Report`.

import type { BudgetStatus, ClientBilling, CurrencyTotals } from '@/utils/time/billing';
import type {
  Appointment,
  Client,
  Id,
  Instant,
  MinorUnits,
  TaggedThread,
  TimeEntry,
} from '@/utils/model/types';

export interface ReportQuery {
  /** First instant of the range (a local midnight for weeks and day ranges). */
  from: Instant;
  /** End of the range, exclusive. */
  to: Instant;
  /** One client, or null for every client. */
  clientId: Id | null;
}

/** Everything a report is built from, as read from the database in one transaction. */
export interface ReportData {
  /** Every client an entry, thread or appointment may point to (archived ones too). */
  clients: readonly Client[];
  /** Entries overlapping the range and, for clients with a monthly package, the month up to `to`. */
  entries: readonly TimeEntry[];
  /** Threads referenced by the range's entries or counted as email time in the range. */
  threads: readonly TaggedThread[];
  /** Email time counted in the range: thread id (`<account>:<threadId>`) -> active minutes. */
  emailMinutes: ReadonlyMap<Id, number>;
  /** Appointments starting inside the range. */
  appointments: readonly Appointment[];
}

/** One time entry as the report shows it: only its part inside the range counts. */
export interface ReportLine {
  entry: TimeEntry;
  /** The entry's start and end clipped to the range (a running entry ends at `now`). */
  start: Instant;
  end: Instant;
  rawMinutes: number;
  /** After the client's rounding and minimum; 0 when not billable. */
  billableMinutes: number;
  /** Money for this line's billable minutes (the client's total is priced once on its sum). */
  timeAmountMinor: MinorUnits;
  /** The fixed-fee task's fee when the entry starts inside the range, else 0. */
  taskFeeMinor: MinorUnits;
  /** A task done inside the range (a task counts where its entry starts). */
  countsTask: boolean;
  threadSubject: string | null;
}

export interface ReportDay {
  /** Local midnight. */
  dayStart: Instant;
  rawMinutes: number;
  billableMinutes: number;
  /** Entries that start (inside the range) on this day, in time order. */
  lines: ReportLine[];
}

export interface ActivityTotal {
  activityType: string;
  rawMinutes: number;
  billableMinutes: number;
  entryCount: number;
}

export interface TaskTotal {
  typeId: Id;
  name: string;
  count: number;
  amountMinor: MinorUnits;
}

export interface ThreadWorked {
  thread: TaggedThread;
  /** Minutes logged on the thread inside the range. */
  loggedMinutes: number;
  /** Active email time counted on the thread inside the range (logged or not). */
  emailMinutes: number;
}

export interface ClientReport {
  client: Client;
  totals: ClientBilling;
  days: ReportDay[];
  activities: ActivityTotal[];
  tasks: TaskTotal[];
  threads: ThreadWorked[];
  appointments: Appointment[];
  /** The monthly package as of the range's end (the month containing its last day). */
  budget: { monthFrom: Instant; status: BudgetStatus } | null;
}

export interface Report {
  query: ReportQuery;
  generatedAt: Instant;
  /** Every day of the range with the selected clients' entries (for the chart and the day list). */
  days: ReportDay[];
  /** Clients with something in the range: entries, tasks, email time or appointments. */
  clients: ClientReport[];
  /** Per currency: amounts in different currencies are never added together. */
  totals: CurrencyTotals[];
}
