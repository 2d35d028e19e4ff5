// Google Calendar event ids. `data-eventid` on chips and on the details card, and `eid` in URLs,
// are base64 of "<eventId> <calendarId>" (google-dom.md §2.1, §2.4); whether the URL-safe alphabet
// and padding are used varies, so they are decoded leniently and stored in one canonical form.

export interface CalendarEventRef {
  /** Canonical `eid`: URL-safe base64 without padding. VA Desk stores this as `calendarEventId`. */
  eid: string;
  /** The event's own id (a recurring instance ends with `_YYYYMMDDTHHMMSSZ`); null if undecodable. */
  eventId: string | null;
  /** The calendar's id, usually its owner's address. */
  calendarId: string | null;
  /** A recurring instance's start, from its id. */
  instanceStart: number | null;
  /** Google Tasks and task time-blocks carry `tasks_…` / `ttb_…` ids: not meetings. */
  kind: 'event' | 'task';
}

const PAYLOAD = /^([A-Za-z0-9_@.-]+) (\S+)$/;
const INSTANCE = /_(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

function decodeBase64(text: string): string | null {
  const standard = text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]+$/.test(standard) || standard.length % 4 === 1) return null;
  try {
    return atob(standard + '='.repeat((4 - (standard.length % 4)) % 4));
  } catch {
    return null;
  }
}

function encodeBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Reads a `data-eventid` or `eid` value; null when it is empty or not an id at all. */
export function parseEventId(raw: string | null | undefined): CalendarEventRef | null {
  const value = raw?.trim() ?? '';
  if (!value || value.length > 1000) return null;
  if (/^(tasks_|ttb_)/.test(value))
    return { eid: value, eventId: null, calendarId: null, instanceStart: null, kind: 'task' };
  const payload = decodeBase64(value);
  const match = payload ? PAYLOAD.exec(payload) : null;
  if (!match) {
    // Not the expected payload: keep the value itself as the id, if it looks like one.
    return /^[\w-]+={0,2}$/.test(value)
      ? { eid: value, eventId: null, calendarId: null, instanceStart: null, kind: 'event' }
      : null;
  }
  const eventId = match[1]!;
  const t = INSTANCE.exec(eventId);
  return {
    eid: encodeBase64Url(payload!),
    eventId,
    calendarId: match[2]!,
    instanceStart: t ? Date.UTC(+t[1]!, +t[2]! - 1, +t[3]!, +t[4]!, +t[5]!, +t[6]!) : null,
    kind: 'event',
  };
}

/** The `eid` for an event id and its calendar (what Google puts in `/calendar/event?eid=`). */
export function eidOf(eventId: string, calendarId: string): string {
  return encodeBase64Url(`${eventId} ${calendarId}`);
}
