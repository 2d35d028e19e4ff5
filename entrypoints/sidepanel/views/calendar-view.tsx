import { useMemo, useState } from 'preact/hooks';
import '@/components/calendar.css';
import { EventCard } from '@/components/event-card';
import type { EventLogValues } from '@/utils/calendar/event-log-draft';
import { EventWeekLog } from '@/components/event-week-log';
import { SectionNav } from '@/components/section-nav';
import { LoadError, Loading } from '@/components/status';
import { parseEventId } from '@/utils/calendar/event-id';
import { suggestEventClient } from '@/utils/calendar/suggest';
import type { CalendarPageState, EventDetails } from '@/utils/calendar/types';
import { weekLogRows } from '@/utils/calendar/week-log';
import {
  getAppointmentForEvent,
  getAppointmentsForEvents,
  getEntriesForEvents,
  linkEventToClient,
  listAppointmentsForClient,
  logEventAsTime,
  logEventsAsTime,
  type CalendarEventInput,
} from '@/utils/db/appointments-repo';
import { listClients } from '@/utils/db/clients-repo';
import type { Settings } from '@/utils/db/settings';
import { lastClientForAddresses } from '@/utils/db/threads-repo';
import { addEntry } from '@/utils/db/time-entries-repo';
import type { Client } from '@/utils/model/types';
import { formatMinutes } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import type { TabContext } from '@/utils/pages/tab-context';
import { weekRange } from '@/utils/time/weeks';
import { useCalendarPage } from '@/utils/ui/use-calendar-page';
import { useAction } from '@/utils/ui/use-action';
import { useLiveQuery } from '@/utils/ui/use-live-query';
import { useNow } from '@/utils/ui/use-now';
import { AppointmentsView } from './appointments-view';
import { BookingPanel, type BookingPrefill } from './booking-panel';
import { MINUTE_MS } from '@/utils/time/units';

type CalendarTab = 'event' | 'book' | 'appointments';

/**
 * The Calendar section: the open Calendar event (its card and this week's events to log), booking
 * an appointment, and the appointments list.
 */
export function CalendarView({
  context,
  settings,
}: {
  context: TabContext | null;
  settings: Settings;
}) {
  const [tab, setTab] = useState<CalendarTab>('event');
  const [prefill, setPrefill] = useState<BookingPrefill>({});
  const clients = useLiveQuery(() => listClients({ includeArchived: true }), []);
  if (clients.status === 'loading') return <Loading />;
  if (clients.status === 'error') return <LoadError error={clients.error} />;
  return (
    <div class="calendar-section">
      <SectionNav<CalendarTab>
        label={t('calendarViewsLabel')}
        sections={[
          { key: 'event', label: t('calendarViewEvent') },
          { key: 'book', label: t('calendarViewBook') },
          { key: 'appointments', label: t('calendarViewAppointments') },
        ]}
        current={tab}
        onSelect={(next) => {
          if (next === 'book') setPrefill({});
          setTab(next);
        }}
      />
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} class="subpanel">
        {tab === 'event' && (
          <OpenCalendar
            context={context}
            settings={settings}
            onBook={(p) => {
              setPrefill(p);
              setTab('book');
            }}
          />
        )}
        {tab === 'book' && (
          <BookingPanel
            key={JSON.stringify(prefill)}
            clients={clients.value}
            settings={settings}
            prefill={prefill}
            account={context?.site === 'calendar' ? context.account : 0}
          />
        )}
        {tab === 'appointments' && <AppointmentsView clients={clients.value} settings={settings} />}
      </div>
    </div>
  );
}

function OpenCalendar({
  context,
  settings,
  onBook,
}: {
  context: TabContext | null;
  settings: Settings;
  onBook(prefill: BookingPrefill): void;
}) {
  const panel = useCalendarPage(context?.site === 'calendar' ? context.tabId : null);
  const clients = useLiveQuery(() => listClients({ includeArchived: true }), []);
  if (!context || clients.status === 'loading') return <Loading />;
  if (clients.status === 'error') return <LoadError error={clients.error} />;
  if (context.site !== 'calendar') return <p class="empty">{t('calendarNotCalendar')}</p>;
  if (panel.status === 'loading')
    return (
      <p class="loading" role="status">
        {t('calendarLoading')}
      </p>
    );
  if (panel.status === 'unavailable')
    return (
      <p class="warning" role="status">
        {t('calendarNoContentScript')}
      </p>
    );
  const { page } = panel;
  return (
    <div class="calendar-view">
      {page.open ? (
        <OpenEvent
          key={page.open.eventId ?? 'unread'}
          event={page.open}
          timeZone={page.timeZone}
          clients={clients.value}
          onBook={onBook}
        />
      ) : (
        <p class="empty">{t('calendarNoEvent')}</p>
      )}
      <WeekLog page={page} clients={clients.value} settings={settings} />
    </div>
  );
}

function OpenEvent({
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
            if (eventId) await logEventAsTime(clientId, input(values));
            else
              // Unreadable id: the time is logged, but cannot be tied to the event.
              await addEntry({
                clientId,
                start: values.start,
                end: values.end,
                note: values.title,
                billable: client?.billableByDefault ?? true,
                activityType: 'meeting',
                task: null,
                caller: '',
                threadId: null,
                appointmentId: null,
                calendarEventId: null,
              });
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

function WeekLog({
  page,
  clients,
  settings,
}: {
  page: CalendarPageState;
  clients: Client[];
  settings: Settings;
}) {
  const now = useNow(60_000);
  const active = useMemo(() => clients.filter((c) => c.archived === 0), [clients]);
  const [clientId, setClientId] = useState(active[0]?.id ?? '');
  const [shown, setShown] = useState(false);
  const { busy, act, status } = useAction();
  const week = weekRange(now, settings.weekStart);
  const chipIds = page.events.map((e) => e.eventId);
  const stored = useLiveQuery(async () => {
    if (!shown || !clientId) return null;
    const [appointments, chipLinks] = await Promise.all([
      listAppointmentsForClient(clientId, week.from, week.to),
      getAppointmentsForEvents(chipIds),
    ]);
    const ids = new Set(chipIds);
    for (const a of appointments) if (a.calendarEventId) ids.add(a.calendarEventId);
    const logged = await getEntriesForEvents([...ids]);
    return { appointments, chipLinks, logged: new Set(logged.keys()) };
  }, [shown, clientId, week.from, week.to, chipIds.join()]);
  const client = active.find((c) => c.id === clientId) ?? null;
  const rows =
    client && stored.status === 'ready' && stored.value
      ? weekLogRows({ client, clients: active, chips: page.events, ...stored.value, week, now })
      : null;

  if (!active.length) return null;
  return (
    <section class="card week-log-card" aria-labelledby="week-log-title">
      <h2 id="week-log-title">{t('weekLogTitle')}</h2>
      <p class="week-log-card__intro">{t('weekLogIntro')}</p>
      <form
        class="tag-picker"
        onSubmit={(e) => {
          e.preventDefault();
          setShown(true);
        }}
      >
        <label for="week-log-client">{t('chooseClient')}</label>
        <div class="tag-picker__row">
          <select
            id="week-log-client"
            value={clientId}
            onChange={(e) => setClientId(e.currentTarget.value)}
          >
            {active.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <button type="submit">{t('weekLogShow')}</button>
        </div>
      </form>
      {shown && client && !rows && <Loading />}
      {client && rows && (
        <EventWeekLog
          key={`${client.id}|${rows.map((r) => `${r.eventId}:${r.status}`).join()}`}
          client={client}
          rows={rows}
          busy={busy}
          onLog={(ids) =>
            act(async () => {
              const events = rows
                .filter((r) => ids.includes(r.eventId) && r.start !== null && r.end !== null)
                .map((r) => ({
                  eventId: r.eventId,
                  title: r.title,
                  start: r.start!,
                  end: r.end!,
                  timeZone: page.timeZone,
                  location: '',
                  guests: [],
                }));
              const { logged, skipped } = await logEventsAsTime(client.id, events);
              const minutes = logged.reduce((sum, e) => sum + (e.end! - e.start) / MINUTE_MS, 0);
              const done = t('timeLogged', [formatMinutes(minutes), client.name]);
              return skipped.length ? `${done} ${t('weekLogSkipped', [skipped.length])}` : done;
            })
          }
        />
      )}
      {status}
    </section>
  );
}
