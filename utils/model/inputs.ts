// What callers hand the repositories: form inputs, patches and answers (ids and timestamps are
// added by the repository).
import type { Appointment, Id, TimeEntry, TriageStatus } from './types';

/** What the VA fills in for an entry; the repository adds ids and timestamps. */
export interface EntryInput {
  clientId: Id;
  start: number;
  end: number | null;
  note: string;
  billable: boolean;
  activityType: string;
  task: TimeEntry['task'];
  caller: string;
  threadId: Id | null;
  appointmentId: Id | null;
  calendarEventId: string | null;
}

export interface TimerStart {
  clientId: Id;
  note?: string;
  threadId?: Id | null;
  appointmentId?: Id | null;
  activityType?: string;
  billable?: boolean;
}

/** The fields an appointment shares with a Calendar event. */
type EventFields = Pick<
  Appointment,
  'title' | 'start' | 'end' | 'timeZone' | 'location' | 'guests'
>;

/** An event as the side panel read it (or the VA completed it); `timeZone` is the zone it was read in. */
export interface CalendarEventInput extends EventFields {
  /** Canonical `eid` (utils/calendar/event-id.ts). */
  eventId: string;
}

/**
 * What the booking form gives: an appointment's own fields (`timeZone` is the zone the times were
 * entered in; `threadId` the tagged thread, `<account>:<threadId>`, it was booked from).
 */
export type BookingInput = EventFields & Pick<Appointment, 'clientId' | 'notes' | 'threadId'>;

export interface ListClientsOptions {
  includeArchived?: boolean;
}

export interface TagThreadInput {
  account: number;
  threadId: string;
  clientId: Id;
  subject: string;
  participants: string[];
}

export interface TriagePatch {
  status?: TriageStatus;
  followUpAt?: number | null;
  notes?: string;
}

export interface EmailActivityInput {
  account: number;
  threadId: string;
  /** The VA's local day, `YYYY-MM-DD`. */
  day: string;
  ms: number;
}

export type IdleChoice = 'keep' | 'discard' | 'discardAndStop';
