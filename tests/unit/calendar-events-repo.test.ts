import { describe, expect, it } from 'vitest';
import { getEntriesForEvents, logOpenEventAsTime } from '@/utils/db/calendar-events-repo';
import type { CalendarEventInput } from '@/utils/model/inputs';
import { createClient, setClientArchived } from '@/utils/db/clients-repo';
import { listEntriesOverlapping } from '@/utils/db/time-entries-repo';
import { timerRevision } from '@/utils/messaging/revision-items';
import { ValidationError } from '@/utils/model/errors';
import { clientInput } from './factories';

const NOW = Date.parse('2026-11-26T10:00:00+01:00');
const event = (eventId: string): CalendarEventInput => ({
  eventId,
  title: 'Udienza',
  start: Date.parse('2026-11-25T10:00:00+01:00'),
  end: Date.parse('2026-11-25T11:00:00+01:00'),
  timeZone: 'Europe/Rome',
  location: '',
  guests: [],
});

describe('logOpenEventAsTime', () => {
  it.each([
    ['a readable event, linked to it', 'e1', 'e1', true],
    ['an event whose id is unreadable, tied to nothing', '', null, false],
  ])('logs %s, billable as the client says', async (_, eventId, calendarEventId, linked) => {
    const client = await createClient(clientInput('Bianchi', { billableByDefault: false }));
    const entry = await logOpenEventAsTime(client.id, event(eventId), NOW);
    expect(entry).toMatchObject({
      clientId: client.id,
      start: event(eventId).start,
      end: event(eventId).end,
      note: 'Udienza',
      billable: false,
      activityType: 'meeting',
      calendarEventId,
      threadId: null,
    });
    expect(entry.appointmentId !== null).toBe(linked);
    expect(await listEntriesOverlapping(0, NOW)).toEqual([entry]);
    expect(await timerRevision.getValue()).toBeGreaterThan(0);
    if (eventId) expect((await getEntriesForEvents([eventId])).get(eventId)).toEqual(entry);
  });

  it.each([['e1'], ['']])('refuses an archived client (event id %j)', async (eventId) => {
    const client = await createClient(clientInput('Bianchi'));
    await setClientArchived(client.id, true);
    await expect(logOpenEventAsTime(client.id, event(eventId), NOW)).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});
