import { useMemo, useState } from 'preact/hooks';
import { ClientSelect } from '@/components/client-select';
import { EventWeekLog } from '@/components/event-week-log';
import { Loading } from '@/components/status';
import type { CalendarPageState } from '@/utils/calendar/types';
import { weekLogRows } from '@/utils/calendar/week-log';
import { listAppointmentsForClient } from '@/utils/db/appointments-repo';
import {
  getAppointmentsForEvents,
  getEntriesForEvents,
  logEventsAsTime,
} from '@/utils/db/calendar-events-repo';
import type { Settings } from '@/utils/model/settings';
import { formatMinutes } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import type { Client } from '@/utils/model/types';
import { MINUTE_MS } from '@/utils/time/units';
import { weekRange } from '@/utils/time/weeks';
import { useAction } from '@/utils/ui/use-action';
import { useLiveQuery } from '@/utils/ui/use-live-query';
import { useNow } from '@/utils/ui/use-now';

/** "Log this week's events for a client": the events of the week the Calendar tab shows. */
export function WeekLog({
  page,
  clients,
  settings,
}: {
  page: CalendarPageState;
  clients: Client[];
  settings: Settings;
}) {
  const now = useNow(MINUTE_MS);
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
          <ClientSelect
            id="week-log-client"
            clients={active}
            value={clientId}
            onChange={setClientId}
          />
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
