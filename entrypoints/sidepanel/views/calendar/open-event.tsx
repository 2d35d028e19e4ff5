import { useMemo } from 'preact/hooks';
import { EventCard } from '@/components/event-card';
import type { EventLogValues } from '@/utils/calendar/event-log-draft';
import { LoadError, Loading } from '@/components/status';
import { parseEventId } from '@/utils/calendar/event-id';
import { suggestEventClient } from '@/utils/calendar/suggest';
import type { EventDetails } from '@/utils/calendar/types';
import {
  getAppointmentForEvent,
  getEntriesForEvents,
  linkEventToClient,
  logOpenEventAsTime,
} from '@/utils/db/calendar-events-repo';
import type { CalendarEventInput } from '@/utils/model/inputs';
import { lastClientForAddresses } from '@/utils/db/threads-repo';
import { formatMinutes } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import type { Client } from '@/utils/model/types';
import { MINUTE_MS } from '@/utils/time/units';
import { useAction } from '@/utils/ui/use-action';
import { useLiveQuery } from '@/utils/ui/use-live-query';
import type { BookingPrefill } from '../booking-panel';

/** The event open in Calendar: its card (link to a client, log as time) and booking from it. */
export function OpenEvent({
  event,
  timeZone,
  clients,
  onBook,
}: {
  event: EventDetails;
  timeZone: string;
  clients: Client[];
  onBook(prefill: BookingPrefill): void;
}) {
  const { busy, act, status } = useAction();
  const eventId = event.eventId;
  const stored = useLiveQuery(
    async () =>
      eventId
        ? {
            appointment: (await getAppointmentForEvent(eventId)) ?? null,
            entry: (await getEntriesForEvents([eventId])).get(eventId) ?? null,
          }
        : { appointment: null, entry: null },
    [eventId],
  );
  // The calendar's owner (in the event id) is the VA: never evidence for a client.
  const self = useMemo(() => {
    const owner = eventId ? parseEventId(eventId)?.calendarId : null;
    return owner ? [owner.toLowerCase()] : [];
  }, [eventId]);
  const others = event.guests.filter((g) => !self.includes(g));
  const history = useLiveQuery(() => lastClientForAddresses(others), [others.join()]);
  const active = useMemo(() => clients.filter((c) => c.archived === 0), [clients]);
  const suggestion = useMemo(
    () =>
      suggestEventClient({
        organizer: event.organizer,
        guests: event.guests,
        title: event.title,
        clients: active,
        self,
        history: history.status === 'ready' ? history.value : null,
      }),
    [event.organizer, event.guests.join(), event.title, active, self, history],
  );
  if (stored.status === 'loading') return <Loading />;
  if (stored.status === 'error') return <LoadError error={stored.error} />;
  const { appointment, entry } = stored.value;
  const byId = (id: string) => clients.find((c) => c.id === id) ?? null;
  const input = (values: EventLogValues): CalendarEventInput => ({
    eventId: eventId ?? '',
    title: values.title,
    start: values.start,
    end: values.end,
    timeZone,
    location: event.location,
    guests: event.guests,
  });

  return (
    <>
      <EventCard
        event={event}
        linkedClient={appointment ? byId(appointment.clientId) : null}
        clients={active}
        suggestion={suggestion}
        logged={entry ? { entry, client: byId(entry.clientId) } : null}
        busy={busy}
        onLink={(clientId, values) =>
          act(async () => {
            await linkEventToClient(input(values), clientId);
            return t('eventLinkedToast', [byId(clientId)?.name ?? '']);
          })
        }
        onLog={(clientId, values) =>
          act(async () => {
            const client = byId(clientId);
            await logOpenEventAsTime(clientId, input(values));
            return t('timeLogged', [
              formatMinutes((values.end - values.start) / MINUTE_MS),
              client?.name ?? '',
            ]);
          })
        }
      />
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            onBook({
              clientId: appointment?.clientId ?? suggestion?.client.id,
              title: event.title,
              location: event.videoLink || event.location,
              guests: others,
            })
          }
        >
          {t('bookAppointment')}
        </button>
      </div>
      {status}
    </>
  );
}
