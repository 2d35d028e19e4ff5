// An appointment as an iCalendar file (RFC 5545) through ical-generator: times are written in UTC
// (`…Z`), so the file needs no VTIMEZONE block and every calendar app reads the same instants.
import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Appointment } from '@/utils/model/types';

export function appointmentIcs(appointment: Appointment, now: number): string {
  const calendar = new ICalCalendar({
    prodId: { company: 'VA Desk', product: 'VA Desk', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    id: `${appointment.id}@va-desk`,
    sequence: 0,
    stamp: new Date(now),
    start: new Date(appointment.start),
    end: new Date(appointment.end),
    summary: appointment.title,
    description: appointment.notes || null,
    location: appointment.location || null,
    status:
      appointment.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    attendees: appointment.guests.map((email) => ({ email })),
  });
  return calendar.toString();
}

/** `2026-11-30-meeting-with-rossi.ics`: a safe file name from the date and title. */
export function icsFileName(appointment: Appointment): string {
  const date = new Date(appointment.start).toISOString().slice(0, 10);
  const slug = appointment.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return `${date}${slug ? `-${slug}` : ''}.ics`;
}
