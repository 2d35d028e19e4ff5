import type { Appointment, Client } from '@/utils/model/types';
import { formatDate, formatTime } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import { ClientChip } from './client-chip';

export interface AppointmentListProps {
  appointments: readonly Appointment[];
  clientsById: ReadonlyMap<string, Client>;
  /** Appointments with time logged for them. */
  logged: ReadonlySet<string>;
  now: number;
  busy: boolean;
  empty: string;
  onEdit(appointment: Appointment): void;
  onCancel(appointment: Appointment): void;
  onLog(appointment: Appointment): void;
}

/** Appointments, earliest first: edit or cancel the coming ones, log the past ones as time once. */
export function AppointmentList(props: AppointmentListProps) {
  const { appointments, clientsById, logged, now, busy } = props;
  if (!appointments.length) return <p class="empty">{props.empty}</p>;
  return (
    <ul class="appointment-list" aria-label={t('appointmentsListLabel')}>
      {appointments.map((a) => {
        const client = clientsById.get(a.clientId);
        const cancelled = a.status === 'cancelled';
        const isLogged = logged.has(a.id);
        return (
          <li
            key={a.id}
            class={cancelled ? 'appointment appointment--cancelled' : 'appointment'}
            aria-label={a.title}
          >
            <p class="appointment__when">
              {t('appointmentWhen', [formatDate(a.start), formatTime(a.start), formatTime(a.end)])}
              {cancelled && <span class="badge"> {t('appointmentCancelled')}</span>}
            </p>
            <p class="appointment__title">
              {client && <ClientChip client={client} />} {a.title}
            </p>
            {a.location && <p class="appointment__meta">{a.location}</p>}
            {a.guests.length > 0 && (
              <p class="appointment__meta">{t('eventGuests', [a.guests.join(', ')])}</p>
            )}
            {isLogged && <p class="appointment__meta">{t('appointmentLogged')}</p>}
            {!cancelled && (
              <div class="actions">
                {a.end > now && (
                  <>
                    <button type="button" disabled={busy} onClick={() => props.onEdit(a)}>
                      {t('edit')}
                    </button>
                    <button
                      type="button"
                      class="danger"
                      disabled={busy}
                      onClick={() => props.onCancel(a)}
                    >
                      {t('appointmentCancel')}
                    </button>
                  </>
                )}
                {a.end <= now && !isLogged && (
                  <button
                    type="button"
                    class="primary"
                    disabled={busy}
                    onClick={() => props.onLog(a)}
                  >
                    {t('appointmentLog')}
                  </button>
                )}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
