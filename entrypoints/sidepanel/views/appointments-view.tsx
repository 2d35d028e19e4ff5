import { useMemo, useState } from 'preact/hooks';
import { ClientSelect } from '@/components/client-select';
import { Field } from '@/components/field';
import { AppointmentList } from '@/components/appointment-list';
import { LoadError, Loading } from '@/components/status';
import {
  cancelAppointment,
  listAppointmentsBetween,
  listAppointmentsForClient,
  logAppointmentAsTime,
  loggedAppointmentIds,
} from '@/utils/db/appointments-repo';
import type { Appointment, Client } from '@/utils/model/types';
import { formatMinutes } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import { useAction } from '@/utils/ui/use-action';
import { useLiveQuery } from '@/utils/ui/use-live-query';
import { useNow } from '@/utils/ui/use-now';
import { BookingPanel } from './booking-panel';
import { DAY_MS, MINUTE_MS, WEEK_MS } from '@/utils/time/units';
import { startOfLocalDay } from '@/utils/time/local-day';
import type { Settings } from '@/utils/model/settings';

/**
 * The coming week for every client (from the start of today, so today's past appointments can be
 * logged), or one client's appointments from a month back to three months ahead.
 */
export function AppointmentsView({ clients, settings }: { clients: Client[]; settings: Settings }) {
  const now = useNow(MINUTE_MS);
  const [clientId, setClientId] = useState('');
  const [editing, setEditing] = useState<Appointment | null>(null);
  const { busy, act, status } = useAction();
  const today = startOfLocalDay(now);
  const rows = useLiveQuery(async () => {
    const appointments = clientId
      ? await listAppointmentsForClient(clientId, today - 30 * DAY_MS, today + 90 * DAY_MS)
      : await listAppointmentsBetween(today, today + WEEK_MS);
    return { appointments, logged: await loggedAppointmentIds(appointments.map((a) => a.id)) };
  }, [clientId, today]);
  const byId = useMemo(() => new Map(clients.map((c) => [c.id, c])), [clients]);

  if (editing)
    return (
      <BookingPanel
        key={editing.id}
        clients={clients}
        settings={settings}
        editing={editing}
        onClose={() => setEditing(null)}
      />
    );
  return (
    <section class="appointments-view" aria-labelledby="appointments-title">
      <h2 id="appointments-title">{t('appointmentsTitle')}</h2>
      <Field id="appointments-client" label={t('appointmentsShow')}>
        {({ id }) => (
          <ClientSelect
            id={id}
            clients={clients}
            value={clientId}
            empty={t('appointmentsComingWeek')}
            onChange={setClientId}
          />
        )}
      </Field>
      {rows.status === 'loading' && <Loading />}
      {rows.status === 'error' && <LoadError error={rows.error} />}
      {rows.status === 'ready' && (
        <AppointmentList
          appointments={rows.value.appointments}
          clientsById={byId}
          logged={rows.value.logged}
          now={now}
          busy={busy}
          empty={t('appointmentsEmpty')}
          onEdit={setEditing}
          onCancel={(a) =>
            act(async () => {
              await cancelAppointment(a.id);
              return t('appointmentCancelledToast', [a.title]);
            })
          }
          onLog={(a) =>
            act(async () => {
              const entry = await logAppointmentAsTime(a.id);
              return t('timeLogged', [
                formatMinutes((entry.end! - entry.start) / MINUTE_MS),
                byId.get(a.clientId)?.name ?? '',
              ]);
            })
          }
        />
      )}
      {status}
    </section>
  );
}
