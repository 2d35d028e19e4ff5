import type { BusyInterval, Interval } from '@/utils/calendar/slots';
import type { BookingZones, SlotChecks } from '@/utils/calendar/booking-draft';
import type { Client } from '@/utils/model/types';
import { formatDate, formatTime } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';

/** "Thu 26 Nov, 10:00–10:30 (Europe/Rome)": a slot on one clock. */
function whenIn(slot: Interval, timeZone: string): string {
  return t('bookingWhenIn', [
    formatDate(slot.start, undefined, timeZone),
    formatTime(slot.start, undefined, timeZone),
    formatTime(slot.end, undefined, timeZone),
    timeZone,
  ]);
}

/** The booked slot on every clock that matters: the VA's, the client's, the guests'. */
export function BookingTimes(props: {
  slot: Interval;
  zones: BookingZones;
  client: Client | null;
  guestZone: string | null;
}) {
  const { slot, zones, client, guestZone } = props;
  return (
    <ul class="booking-form__times" aria-label={t('bookingTimesLabel')}>
      <li>{t('bookingYourTime', [whenIn(slot, zones.va)])}</li>
      {client && <li>{t('bookingClientTime', [client.name, whenIn(slot, zones.client)])}</li>}
      {guestZone && <li>{t('bookingGuestTime', [whenIn(slot, guestZone)])}</li>}
    </ul>
  );
}

/** What clashes with the slot, and whose working hours it leaves; nothing when all is well. */
export function BookingConflicts(props: {
  checks: SlotChecks;
  vaZone: string;
  client: Client | null;
}) {
  const { conflicts, outsideVa, outsideClient } = props.checks;
  const { client } = props;
  if (!conflicts.length && !outsideVa && !outsideClient) return null;
  return (
    <div class="warning booking-form__conflicts" role="status">
      {conflicts.length > 0 && (
        <>
          <p>{t('bookingConflicts')}</p>
          <ul>
            {conflicts.map((c: BusyInterval) => (
              <li key={`${c.source}:${c.id}`}>
                {t(c.source === 'calendar' ? 'bookingConflictCalendar' : 'bookingConflictVaDesk', [
                  c.title || t('bookingNoTitle'),
                  formatTime(c.start, undefined, props.vaZone),
                  formatTime(c.end, undefined, props.vaZone),
                ])}
              </li>
            ))}
          </ul>
        </>
      )}
      {outsideVa && <p>{t('bookingOutsideMyHours')}</p>}
      {outsideClient && client && <p>{t('bookingOutsideClientHours', [client.name])}</p>}
    </div>
  );
}

/** The next free slots, each a button that moves the booking there. */
export function FreeSlots(props: {
  proposals: readonly Interval[];
  zone: string;
  onPick(slot: Interval): void;
}) {
  return (
    <section class="booking-form__slots" aria-labelledby="booking-slots-title">
      <h3 id="booking-slots-title">{t('bookingFreeSlots')}</h3>
      {props.proposals.length ? (
        <ul>
          {props.proposals.map((s) => (
            <li key={s.start}>
              <button type="button" onClick={() => props.onPick(s)}>
                {whenIn(s, props.zone)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('bookingNoFreeSlots')}</p>
      )}
    </section>
  );
}
