// The booking form as a plain draft: date and time typed on the VA's or the client's clock, read
// back into the repository's input; and what the form shows about the slot it describes.
import type { BookingInput } from '@/utils/model/inputs';
import type { FieldIssue } from '@/utils/model/errors';
import type { Appointment } from '@/utils/model/types';
import {
  findConflicts,
  withinWorkingHours,
  type BusyInterval,
  type Interval,
  type WorkingHours,
} from '@/utils/calendar/slots';
import { formatDurationInput, parseDuration } from '@/utils/time/duration';
import { minutesToHHMM, parseHHMM } from '@/utils/time/local-day';
import { DAY_MINUTES, MINUTE_MS } from '@/utils/time/units';
import {
  isoDate,
  isValidTimeZone,
  parseIsoDate,
  zonedParts,
  zonedToInstant,
} from '@/utils/time/zoned';

/** What the form holds, as typed. */
export interface BookingDraft {
  clientId: string;
  title: string;
  /** `YYYY-MM-DD` and `HH:MM` on the clock of the entry zone. */
  date: string;
  time: string;
  duration: string;
  /** Whose clock the date and time are on. */
  entryZone: 'va' | 'client';
  location: string;
  /** Addresses separated by commas, semicolons, spaces or lines. */
  guests: string;
  /** The guests' zone, when it differs from both (optional). */
  guestZone: string;
  notes: string;
}

export interface BookingZones {
  va: string;
  client: string;
}

/** The VA's working days and hours (Settings); the client's are taken to be the same, on their clock. */
export type WorkingDay = Omit<WorkingHours, 'timeZone'>;

/** How long a booking lasts until the VA says otherwise. */
export const DEFAULT_BOOKING_MINUTES = 30;

export function parseGuests(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((g) => g.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

/** The zone the draft's date and time are on. */
export function bookingDraftZone(draft: BookingDraft, zones: BookingZones): string {
  return draft.entryZone === 'client' ? zones.client : zones.va;
}

/** The draft's date and time at `instant` on `timeZone`'s clock. */
function wallFields(instant: number, timeZone: string): { date: string; time: string } {
  const p = zonedParts(instant, timeZone);
  return { date: isoDate(p), time: minutesToHHMM(p.hour * 60 + p.minute) };
}

/** The instant the draft starts at, or null while the date or time is not a real one. */
function draftStart(draft: BookingDraft, zones: BookingZones): number | null {
  const date = parseIsoDate(draft.date);
  const minutes = parseHHMM(draft.time);
  if (!date || minutes === null || minutes >= DAY_MINUTES) return null;
  const zone = bookingDraftZone(draft, zones);
  if (!isValidTimeZone(zone)) return null;
  return zonedToInstant(date, { hour: Math.floor(minutes / 60), minute: minutes % 60 }, zone);
}

/** The slot the draft describes, or null while its start or duration is not a real one. */
export function bookingDraftSlot(draft: BookingDraft, zones: BookingZones): Interval | null {
  const start = draftStart(draft, zones);
  const duration = parseDuration(draft.duration);
  return start !== null && duration.ok
    ? { start, end: start + duration.minutes * MINUTE_MS }
    : null;
}

/** The same instant on the other clock (the VA switched whose times they type). */
export function switchBookingZone(
  draft: BookingDraft,
  entryZone: BookingDraft['entryZone'],
  zones: BookingZones,
): BookingDraft {
  const start = draftStart(draft, zones);
  const zone = entryZone === 'client' ? zones.client : zones.va;
  return { ...draft, entryZone, ...(start !== null ? wallFields(start, zone) : {}) };
}

/** The draft moved to start at `slot` (a free slot the VA picked), on the draft's clock. */
export function bookingDraftAt(
  draft: BookingDraft,
  slot: Interval,
  zones: BookingZones,
): BookingDraft {
  return { ...draft, ...wallFields(slot.start, bookingDraftZone(draft, zones)) };
}

export type BookingDraftResult =
  { ok: true; input: BookingInput } | { ok: false; issues: FieldIssue[] };

/** The repository input, or the form's own issues (date, time, duration, client). */
export function inputFromBookingDraft(
  draft: BookingDraft,
  zones: BookingZones,
  threadId: string | null,
): BookingDraftResult {
  const issues: FieldIssue[] = [];
  if (!draft.clientId) issues.push({ field: 'clientId', message: 'errorClientUnknown' });
  if (!parseIsoDate(draft.date)) issues.push({ field: 'date', message: 'errorDateInvalid' });
  const minutes = parseHHMM(draft.time);
  if (minutes === null || minutes >= DAY_MINUTES)
    issues.push({ field: 'time', message: 'errorTimeInvalid' });
  const duration = parseDuration(draft.duration);
  if (!duration.ok) issues.push({ field: 'duration', message: 'errorDurationInvalid' });
  if (draft.guestZone.trim() && !isValidTimeZone(draft.guestZone.trim()))
    issues.push({
      field: 'guestZone',
      message: 'errorTimeZoneInvalid',
      params: [draft.guestZone.trim()],
    });
  const start = draftStart(draft, zones);
  if (issues.length || start === null || !duration.ok) return { ok: false, issues };
  return {
    ok: true,
    input: {
      clientId: draft.clientId,
      title: draft.title,
      start,
      end: start + duration.minutes * MINUTE_MS,
      timeZone: bookingDraftZone(draft, zones),
      location: draft.location,
      guests: parseGuests(draft.guests),
      notes: draft.notes,
      threadId,
    },
  };
}

/** A new draft: the first of `slot` (or nothing yet), on the VA's clock. */
export function emptyBookingDraft(
  init: Partial<Pick<BookingDraft, 'clientId' | 'title' | 'location' | 'guests' | 'notes'>>,
  slot: Interval | null,
  zones: BookingZones,
): BookingDraft {
  return {
    clientId: init.clientId ?? '',
    title: init.title ?? '',
    ...(slot ? wallFields(slot.start, zones.va) : { date: '', time: '' }),
    duration: formatDurationInput(
      slot ? (slot.end - slot.start) / MINUTE_MS : DEFAULT_BOOKING_MINUTES,
    ),
    entryZone: 'va',
    location: init.location ?? '',
    guests: init.guests ?? '',
    guestZone: '',
    notes: init.notes ?? '',
  };
}

/** An appointment to edit, on the clock it was entered in when that is the VA's or the client's. */
export function draftFromAppointment(a: Appointment, zones: BookingZones): BookingDraft {
  const entryZone = a.timeZone === zones.client && a.timeZone !== zones.va ? 'client' : 'va';
  return {
    clientId: a.clientId,
    title: a.title,
    ...wallFields(a.start, entryZone === 'client' ? zones.client : zones.va),
    duration: formatDurationInput((a.end - a.start) / MINUTE_MS),
    entryZone,
    location: a.location,
    guests: a.guests.join(', '),
    guestZone: '',
    notes: a.notes,
  };
}

/** The working hours the slot is checked against: the VA's, and the client's when on another clock. */
export function bookingHours(
  working: WorkingDay,
  zones: BookingZones,
  hasClient: boolean,
): WorkingHours[] {
  const hours: WorkingHours[] = [{ ...working, timeZone: zones.va }];
  if (hasClient && zones.client !== zones.va) hours.push({ ...working, timeZone: zones.client });
  return hours;
}

export interface SlotChecks {
  conflicts: BusyInterval[];
  outsideVa: boolean;
  outsideClient: boolean;
}

/** What is wrong with a slot: what it clashes with, and whose working hours it leaves. */
export function checkBookingSlot(
  slot: Interval | null,
  busy: readonly BusyInterval[],
  hours: readonly WorkingHours[],
): SlotChecks {
  return {
    conflicts: slot ? findConflicts(slot, busy) : [],
    outsideVa: slot ? !withinWorkingHours(slot, hours[0]!) : false,
    outsideClient: slot && hours[1] ? !withinWorkingHours(slot, hours[1]) : false,
  };
}

/** The guests' zone to show the times in: a valid zone that is neither the VA's nor the client's. */
export function extraGuestZone(draft: BookingDraft, zones: BookingZones): string | null {
  const zone = draft.guestZone.trim();
  return zone && isValidTimeZone(zone) && zone !== zones.va && zone !== zones.client ? zone : null;
}
