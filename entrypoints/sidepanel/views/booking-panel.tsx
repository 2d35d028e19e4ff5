import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BookingForm } from '@/components/booking-form';
import {
  draftFromAppointment,
  emptyBookingDraft,
  type BookingDraft,
} from '@/utils/calendar/booking-draft';
import { LoadError, Loading } from '@/components/status';
import { newEventUrl } from '@/utils/calendar/event-url';
import { appointmentIcs, icsFileName } from '@/utils/calendar/ics';
import { findFreeSlots, type BusyInterval } from '@/utils/calendar/slots';
import {
  bookAppointment,
  listBusyAppointments,
  updateAppointment,
} from '@/utils/db/appointments-repo';
import type { FieldIssue } from '@/utils/model/errors';
import type { Settings } from '@/utils/model/settings';
import type { Appointment, Client } from '@/utils/model/types';
import { t } from '@/utils/i18n/messages';
import { downloadText } from '@/utils/ui/download';
import { useAction } from '@/utils/ui/use-action';
import { useCalendarBusy } from '@/utils/ui/use-calendar-busy';
import { useLiveQuery } from '@/utils/ui/use-live-query';
import { useNow } from '@/utils/ui/use-now';
import { DAY_MS, MINUTE_MS, localTimeZone } from '@/utils/time/units';
import type { BookingInput } from '@/utils/model/inputs';

const HORIZON_DAYS = 15;

/** VA Desk's scheduled appointments and the Calendar tabs' events in the next two weeks. */
export function useBusy(
  now: number,
  leaveOut: Appointment | null,
):
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'ready'; busy: BusyInterval[] } {
  const day = Math.floor(now / DAY_MS) * DAY_MS;
  const stored = useLiveQuery(() => listBusyAppointments(day, day + HORIZON_DAYS * DAY_MS), [day]);
  const calendar = useCalendarBusy();
  const busy = useMemo(() => {
    if (stored.status !== 'ready') return [];
    const linked = new Set(stored.value.map((a) => a.calendarEventId).filter(Boolean));
    const own: BusyInterval[] = stored.value
      .filter((a) => a.id !== leaveOut?.id)
      .map((a) => ({
        start: a.start,
        end: a.end,
        title: a.title,
        source: 'appointment',
        id: a.id,
      }));
    // An event linked to an appointment is the same meeting: counted once.
    const events = calendar.busy.filter(
      (e) => !linked.has(e.id) && e.id !== leaveOut?.calendarEventId,
    );
    return [...own, ...events];
  }, [stored, calendar.busy, leaveOut?.id]);
  if (stored.status === 'loading') return { status: 'loading' };
  if (stored.status === 'error') return stored;
  return { status: 'ready', busy };
}

export interface BookingPrefill {
  clientId?: string;
  title?: string;
  location?: string;
  guests?: string[];
  notes?: string;
}

interface BookingPanelProps {
  clients: readonly Client[];
  settings: Settings;
  prefill?: BookingPrefill;
  threadId?: string | null;
  /** Google account index for the Calendar URL. */
  account?: number;
  editing?: Appointment | null;
  onClose?(): void;
}

/**
 * Books (or edits) an appointment: stores it, then opens Calendar's prefilled editor or saves an
 * .ics. Pressing both buttons keeps one appointment: the second press updates the first.
 */
export function BookingPanel(props: BookingPanelProps) {
  const now = useNow(MINUTE_MS);
  const busy = useBusy(now, props.editing ?? null);
  if (busy.status === 'loading') return <Loading />;
  if (busy.status === 'error') return <LoadError error={busy.error} />;
  return <ReadyBooking {...props} busy={busy.busy} now={now} />;
}

function ReadyBooking({
  clients,
  settings,
  prefill = {},
  threadId = null,
  account = 0,
  editing = null,
  onClose,
  busy,
  now,
}: BookingPanelProps & { busy: BusyInterval[]; now: number }) {
  const zone = useMemo(localTimeZone, []);
  const [savedId, setSavedId] = useState<string | null>(editing?.id ?? null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const { busy: busyAction, act, notice, failure } = useAction(setIssues);
  const active = useMemo(() => clients.filter((c) => c.archived === 0), [clients]);
  const working = useMemo(
    () => ({
      startMinutes: settings.workStartMinutes,
      endMinutes: settings.workEndMinutes,
      days: settings.workingDays,
    }),
    [settings.workStartMinutes, settings.workEndMinutes, settings.workingDays.join()],
  );
  // The first free slot, on the VA's clock, unless an appointment is edited.
  const [initial] = useState<BookingDraft>(() => {
    const client = active.find((c) => c.id === (editing?.clientId ?? prefill.clientId));
    const zones = { va: zone, client: client?.timeZone ?? zone };
    if (editing) return draftFromAppointment(editing, zones);
    const hours = [{ ...working, timeZone: zones.va }];
    if (zones.client !== zones.va) hours.push({ ...working, timeZone: zones.client });
    const [first] = findFreeSlots({ from: now, durationMinutes: 30, busy, hours });
    return emptyBookingDraft(
      { ...prefill, clientId: client?.id ?? '', guests: (prefill.guests ?? []).join(', ') },
      first ?? null,
      zones,
    );
  });

  async function save(input: BookingInput): Promise<Appointment> {
    const saved = savedId ? await updateAppointment(savedId, input) : await bookAppointment(input);
    setSavedId(saved.id);
    return saved;
  }

  return (
    <div class="booking-panel">
      <BookingForm
        clients={active}
        initial={initial}
        vaTimeZone={zone}
        busy={busy}
        working={working}
        now={now}
        threadId={editing?.threadId ?? threadId}
        busyAction={busyAction}
        issues={issues}
        editing={!!editing}
        onClose={onClose}
        onSave={(input) =>
          act(async () => {
            await save(input);
            return t('bookingSaved');
          })
        }
        onCreate={(input) =>
          act(async () => {
            const a = await save(input);
            const url = newEventUrl({
              title: a.title,
              start: a.start,
              end: a.end,
              details: a.notes,
              location: a.location,
              guests: a.guests,
              timeZone: a.timeZone,
              account,
            });
            await browser.tabs.create({ url });
            return t('bookingCreated');
          })
        }
        onDownload={(input) =>
          act(async () => {
            const a = await save(input);
            downloadText(icsFileName(a), appointmentIcs(a, Date.now()), 'text/calendar');
            return t('bookingDownloaded');
          })
        }
      />
      {notice}
      {issues.some(
        (i) => !['title', 'guests', 'location', 'notes', 'duration'].includes(i.field),
      ) && (
        <p class="form-error" role="alert">
          {issues.map((i) => t(i.message, i.params)).join(' ')}
        </p>
      )}
      {failure}
    </div>
  );
}
