// Plain, serialisable entities: string ids, epoch-ms instants, integer minor units (cents) for money.
// Every page, the background and the tests share these types; only repositories touch Dexie.

export type Id = string;
/** Epoch milliseconds (UTC instant). */
export type Instant = number;
/** Money in the currency's minor unit (cents for EUR/USD). */
export type MinorUnits = number;

/** Round each entry up to this many minutes; 0 = no rounding. */
export const ROUNDING_STEPS = [0, 1, 5, 6, 10, 15, 30] as const;
export type RoundingStep = (typeof ROUNDING_STEPS)[number];

export type Language = 'en' | 'it';

/** A fixed-fee task a client pays for ("appointment booked": 5,00 €). */
export interface TaskType {
  id: Id;
  name: string;
  fee: MinorUnits;
}

export interface Client {
  id: Id;
  name: string;
  /** Lower-cased, trimmed name: the duplicate-name check and sorting use it. */
  nameKey: string;
  /** Short label for chips in Gmail (up to 12 characters). */
  shortName: string;
  /** CSS hex colour, `#rrggbb`. */
  color: string;
  /** Addresses that identify the client (lower case). */
  emails: string[];
  /** Domains that identify the client (lower case, no `@`). */
  domains: string[];
  /** Gmail account indexes (`/mail/u/N/`) used only for this client. */
  gmailAccounts: number[];
  hourlyRate: MinorUnits;
  /** ISO 4217 code, e.g. `EUR`. */
  currency: string;
  rounding: RoundingStep;
  minimumMinutes: number;
  /** IANA time zone, e.g. `Europe/Rome`. */
  timeZone: string;
  /** Language used for what the client reads (reports, proposed slots). */
  language: Language;
  billableByDefault: boolean;
  /** Optional monthly package of hours. */
  monthlyBudgetHours: number | null;
  notes: string;
  /** Fixed-fee tasks ("a consumo"), in the client's currency. */
  taskTypes: TaskType[];
  /** 0 = active, 1 = archived (IndexedDB cannot index booleans). */
  archived: 0 | 1;
  createdAt: Instant;
  updatedAt: Instant;
}

export const TRIAGE_STATUSES = [
  'needsReply',
  'waitingClient',
  'waitingThirdParty',
  'done',
] as const;
export type TriageStatus = (typeof TRIAGE_STATUSES)[number];

export const THREAD_NOTES_LIMIT = 5000;

/** A Gmail thread tagged to a client. `id` is `<account>:<threadId>`. */
export interface TaggedThread {
  id: Id;
  threadId: string;
  account: number;
  clientId: Id;
  subject: string;
  /** Lower-case addresses of everyone on the thread. */
  participants: string[];
  status: TriageStatus;
  followUpAt: Instant | null;
  notes: string;
  lastSeenAt: Instant;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface Snippet {
  id: Id;
  title: string;
  /** Plain text with `{{variables}}` (see utils/snippets/variables.ts). */
  body: string;
  /** Typed in Gmail to expand the snippet, e.g. `;grazie`; stored in lower case; '' = none. */
  shortcut: string;
  /** The language the snippet is written in: dates in it are formatted in this language. */
  language: Language;
  tags: string[];
  /** '' = every client. */
  clientId: Id | '';
  /** Billable minutes logged to the thread's client each time it is inserted; 0 = none. */
  minutesToLog: number;
  usageCount: number;
  lastUsedAt: Instant | null;
  createdAt: Instant;
  updatedAt: Instant;
}

export type AppointmentStatus = 'scheduled' | 'cancelled';

export interface Appointment {
  id: Id;
  clientId: Id;
  title: string;
  start: Instant;
  end: Instant;
  timeZone: string;
  location: string;
  guests: string[];
  notes: string;
  threadId: Id | null;
  calendarEventId: string | null;
  status: AppointmentStatus;
  createdAt: Instant;
  updatedAt: Instant;
}

/** A time entry; a running timer has `end === null` and `running === 1`. */
export interface TimeEntry {
  id: Id;
  clientId: Id;
  start: Instant;
  end: Instant | null;
  /** Present (=1) only while running: a sparse index finds the running timer. */
  running?: 1;
  note: string;
  billable: boolean;
  activityType: string;
  /** A fixed-fee task done, with its fee as it was when logged (the invoice line). */
  task: { typeId: Id; name: string; fee: MinorUnits } | null;
  /** For phone calls: who called. */
  caller: string;
  /** The tagged thread (`<account>:<threadId>`), when the time was for an email. */
  threadId: Id | null;
  appointmentId: Id | null;
  calendarEventId: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** Active time the VA spent on a Gmail thread on one local day (counted by the content script). */
export interface EmailActivity {
  /** `<day>|<account>:<threadId>`. */
  id: string;
  /** Local date, `YYYY-MM-DD`. */
  day: string;
  account: number;
  threadId: string;
  activeMs: number;
  updatedAt: Instant;
}
