import { useMemo, useState } from 'preact/hooks';
import {
  bookingDraftAt,
  bookingDraftSlot,
  bookingDraftZone,
  bookingHours,
  checkBookingSlot,
  DEFAULT_BOOKING_MINUTES,
  extraGuestZone,
  inputFromBookingDraft,
  switchBookingZone,
  type BookingDraft,
  type BookingZones,
  type WorkingDay,
} from '@/utils/calendar/booking-draft';
import { findFreeSlots, type BusyInterval, type Interval } from '@/utils/calendar/slots';
import type { BookingInput } from '@/utils/model/inputs';
import type { FieldIssue } from '@/utils/model/errors';
import type { Client } from '@/utils/model/types';
import { t } from '@/utils/i18n/messages';
import { parseDuration } from '@/utils/time/duration';
import { MINUTE_MS } from '@/utils/time/units';
import { BookingConflicts, BookingTimes, FreeSlots } from './booking-slot-info';
import { ClientOptions } from './client-options';
import { draftBinder, FormError, SelectField, TextField, issuesFor } from './field';
import { durationErrorLabel } from './labels';

export interface BookingFormProps {
  /** Active clients, alphabetical. */
  clients: readonly Client[];
  initial: BookingDraft;
  vaTimeZone: string;
  /** Every appointment and Calendar event that could clash (the one edited left out). */
  busy: readonly BusyInterval[];
  working: WorkingDay;
  now: number;
  threadId: string | null;
  busyAction: boolean;
  /** The repository's issues with the last submitted input, shown next to their fields. */
  issues?: readonly FieldIssue[];
  /** Editing a stored appointment: one "Save" button instead of the two booking actions. */
  editing?: boolean;
  onCreate?(input: BookingInput): void;
  onDownload?(input: BookingInput): void;
  onSave?(input: BookingInput): void;
  onClose?(): void;
}

/**
 * Booking an appointment: times on the VA's or the client's clock (a switch), both shown, the
 * guests' too when given; clashes, working hours and the next three free slots. Plain text only.
 */
export function BookingForm(props: BookingFormProps) {
  const { clients, busy, working, now } = props;
  const [draft, setDraft] = useState<BookingDraft>(props.initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const client = clients.find((c) => c.id === draft.clientId) ?? null;
  const zones: BookingZones = {
    va: props.vaTimeZone,
    client: client?.timeZone ?? props.vaTimeZone,
  };
  const set = (patch: Partial<BookingDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const duration = parseDuration(draft.duration);
  const slot = bookingDraftSlot(draft, zones);
  const hours = bookingHours(working, zones, client !== null);
  const checks = checkBookingSlot(slot, busy, hours);
  const minutes = duration.ok ? duration.minutes : DEFAULT_BOOKING_MINUTES;
  const hoursKey = hours.map((h) => h.timeZone).join();
  const nowMinute = Math.floor(now / MINUTE_MS);
  const proposals = useMemo(
    () => findFreeSlots({ from: now, durationMinutes: minutes, busy, hours }),
    [nowMinute, minutes, busy, hoursKey, working],
  );
  const guestZone = slot ? extraGuestZone(draft, zones) : null;

  const switchZone = (entryZone: BookingDraft['entryZone']) =>
    setDraft((d) => switchBookingZone(d, entryZone, zones));
  const pick = (s: Interval) => setDraft((d) => bookingDraftAt(d, s, zones));
  const submit = (action?: (input: BookingInput) => void) => {
    const result = inputFromBookingDraft(draft, zones, props.threadId);
    if (!result.ok) {
      setIssues(result.issues);
      return;
    }
    setIssues([]);
    action?.(result.input);
  };
  const errors = (field: string) => issuesFor([...issues, ...(props.issues ?? [])], field);
  const bind = draftBinder(draft, set, (key) => `booking-${key}`, errors);

  return (
    <form
      class="card booking-form"
      aria-labelledby="booking-title"
      onSubmit={(e) => {
        e.preventDefault();
        submit(props.editing ? props.onSave : props.onCreate);
      }}
    >
      <h2 id="booking-title">{props.editing ? t('bookingEditTitle') : t('bookingTitle')}</h2>
      <SelectField {...bind('clientId', 'booking-client')} label={t('chooseClient')}>
        <ClientOptions clients={clients} empty={t('chooseClientOption')} />
      </SelectField>
      <TextField {...bind('title', 'booking-subject')} label={t('bookingTitleLabel')} />
      <fieldset class="booking-form__zone">
        <legend>{t('bookingTimesIn')}</legend>
        <label>
          <input
            type="radio"
            name="booking-zone"
            checked={draft.entryZone === 'va'}
            onChange={() => switchZone('va')}
          />{' '}
          {t('bookingZoneMine', [zones.va])}
        </label>
        <label>
          <input
            type="radio"
            name="booking-zone"
            checked={draft.entryZone === 'client'}
            disabled={!client}
            onChange={() => switchZone('client')}
          />{' '}
          {t('bookingZoneClient', [client ? zones.client : '—'])}
        </label>
      </fieldset>
      <div class="row">
        <TextField {...bind('date')} label={t('bookingDate')} type="date" />
        <TextField {...bind('time')} label={t('bookingStart')} type="time" />
        <TextField
          {...bind('duration')}
          label={t('durationLabel')}
          errors={[
            ...errors('duration'),
            ...(!duration.ok && draft.duration.trim() ? [durationErrorLabel(duration.error)] : []),
          ]}
        />
      </div>
      {slot && <BookingTimes slot={slot} zones={zones} client={client} guestZone={guestZone} />}
      <BookingConflicts checks={checks} vaZone={zones.va} client={client} />
      <FreeSlots proposals={proposals} zone={bookingDraftZone(draft, zones)} onPick={pick} />
      <TextField {...bind('location')} label={t('bookingLocationLabel')} />
      <TextField
        {...bind('guests')}
        label={t('bookingGuestsLabel')}
        hint={t('bookingGuestsHint')}
        rows={2}
      />
      <TextField
        {...bind('guestZone', 'booking-guest-zone')}
        label={t('bookingGuestZoneLabel')}
        hint={t('bookingGuestZoneHint')}
        placeholder="America/New_York"
      />
      <TextField {...bind('notes')} label={t('bookingNotes')} rows={3} />
      <FormError messages={errors('start')} />
      <div class="actions">
        {props.editing ? (
          <button type="submit" class="primary" disabled={props.busyAction}>
            {t('bookingSave')}
          </button>
        ) : (
          <>
            <button type="submit" class="primary" disabled={props.busyAction}>
              {t('bookingCreate')}
            </button>
            <button
              type="button"
              disabled={props.busyAction}
              onClick={() => submit(props.onDownload)}
            >
              {t('bookingDownloadIcs')}
            </button>
          </>
        )}
        {props.onClose && (
          <button type="button" onClick={props.onClose}>
            {t('bookingClose')}
          </button>
        )}
      </div>
    </form>
  );
}
