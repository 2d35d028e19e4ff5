// The Calendar card's small logging form: what the VA fills in where the page could not be read
// (the title, the start, the duration), read back into the times to link or log.
import type { EventDetails } from '@/utils/calendar/types';
import type { FieldIssue } from '@/utils/model/errors';
import { DURATION_ERROR_MESSAGES, formatDurationInput, parseDuration } from '@/utils/time/duration';
import {
  atLocalTime,
  dateInputValue,
  hhmm,
  parseDateInput,
  parseHHMM,
} from '@/utils/time/local-day';
import { MINUTE_MS } from '@/utils/time/units';

/** What is logged: the event's own times, or what the VA filled in where they could not be read. */
export interface EventLogValues {
  title: string;
  start: number;
  end: number;
}

/** The fields as typed. */
export interface EventLogDraft {
  title: string;
  /** `YYYY-MM-DD` and `HH:MM`, local time. */
  date: string;
  start: string;
  duration: string;
}

export interface EventLogNeeds {
  title: boolean;
  start: boolean;
  duration: boolean;
}

/** Which of the fields the VA must fill in for this event. */
export function eventLogNeeds(event: EventDetails): EventLogNeeds {
  const timed = event.start !== null && !event.allDay;
  return { title: !event.title, start: !timed, duration: !timed || event.end === null };
}

/** The fields prefilled with what the page showed. */
export function draftFromEvent(event: EventDetails): EventLogDraft {
  const timed = event.start !== null && !event.allDay;
  return {
    title: '',
    date: event.start === null ? '' : dateInputValue(event.start),
    start: timed ? hhmm(event.start!) : '',
    duration:
      timed && event.end !== null
        ? formatDurationInput((event.end - event.start!) / MINUTE_MS)
        : '',
  };
}

type EventLogDraftResult = { ok: true; values: EventLogValues } | { ok: false; issue: FieldIssue };

/**
 * The times to log: the event's own where they were read, the VA's where not. Linking needs no
 * clock time (`link`): an all-day event links with its day.
 */
export function inputFromEventLogDraft(
  event: EventDetails,
  draft: EventLogDraft,
  purpose: 'log' | 'link' = 'log',
): EventLogDraftResult {
  const title = event.title || draft.title.trim();
  if (purpose === 'link' && event.start !== null && event.end !== null)
    return { ok: true, values: { title, start: event.start, end: event.end } };
  const needs = eventLogNeeds(event);
  let start = event.start;
  let end = event.end;
  if (needs.start) {
    const day = parseDateInput(draft.date);
    const minutes = parseHHMM(draft.start);
    if (day === null || minutes === null)
      return { ok: false, issue: { field: 'start', message: 'eventStartInvalid' } };
    start = atLocalTime(day, minutes);
  }
  if (needs.duration) {
    const duration = parseDuration(draft.duration);
    if (!duration.ok)
      return {
        ok: false,
        issue: { field: 'duration', message: DURATION_ERROR_MESSAGES[duration.error] },
      };
    end = start! + duration.minutes * MINUTE_MS;
  }
  return { ok: true, values: { title, start: start!, end: end! } };
}
