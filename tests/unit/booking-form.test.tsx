import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BookingForm, type BookingFormProps } from '@/components/booking-form';
import { draftFromAppointment, emptyBookingDraft } from '@/utils/calendar/booking-draft';
import type { BusyInterval } from '@/utils/calendar/slots';
import type { Appointment, Client } from '@/utils/model/types';
import { storedClient } from './factories';

afterEach(cleanup);

const at = (iso: string) => Date.parse(`${iso}+01:00`);
const NOW = at('2026-11-26T10:00:00');

const client = (name: string, extra: Partial<Client> = {}) =>
  storedClient(name, { shortName: name, color: '#188038', ...extra });

const ACME = client('Acme', { timeZone: 'America/New_York', language: 'en' });
const ROSSI = client('Rossi');
const ZONES = { va: 'Europe/Rome', client: 'America/New_York' };
const WORKING = { startMinutes: 540, endMinutes: 1080, days: [1, 2, 3, 4, 5] };

function renderForm(extra: Partial<BookingFormProps> = {}) {
  const props: BookingFormProps = {
    clients: [ACME, ROSSI],
    initial: emptyBookingDraft(
      { clientId: 'acme', title: 'Kick-off', guests: 'ann@acme.com' },
      { start: at('2026-11-30T15:00:00'), end: at('2026-11-30T15:30:00') },
      ZONES,
    ),
    vaTimeZone: 'Europe/Rome',
    busy: [],
    working: WORKING,
    now: NOW,
    threadId: '0:abc',
    busyAction: false,
    onCreate: vi.fn(),
    onDownload: vi.fn(),
    ...extra,
  };
  render(<BookingForm {...props} />);
  return props;
}

const times = () => within(screen.getByRole('list', { name: 'The appointment on each clock' }));

describe('BookingForm', () => {
  it('shows the time on the VA’s and the client’s clock and books it in UTC', () => {
    const props = renderForm();
    expect(times().getByText('You: Mon, 30 Nov 2026, 15:00–15:30 (Europe/Rome)')).toBeTruthy();
    expect(
      times().getByText('Acme: Mon, 30 Nov 2026, 09:00–09:30 (America/New_York)'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create in Google Calendar' }));
    expect(props.onCreate).toHaveBeenCalledWith({
      clientId: 'acme',
      title: 'Kick-off',
      start: Date.parse('2026-11-30T14:00:00Z'),
      end: Date.parse('2026-11-30T14:30:00Z'),
      timeZone: 'Europe/Rome',
      location: '',
      guests: ['ann@acme.com'],
      notes: '',
      threadId: '0:abc',
    });
  });

  it('switches to the client’s clock without moving the appointment, then reads times on it', () => {
    const props = renderForm();
    fireEvent.click(screen.getByLabelText("the client's clock (America/New_York)"));
    expect((screen.getByLabelText('Start') as HTMLInputElement).value).toBe('09:00');
    fireEvent.input(screen.getByLabelText('Start'), { target: { value: '10:00' } });
    expect(times().getByText('You: Mon, 30 Nov 2026, 16:00–16:30 (Europe/Rome)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download .ics' }));
    expect(props.onDownload).toHaveBeenCalledWith(
      expect.objectContaining({
        start: Date.parse('2026-11-30T15:00:00Z'),
        timeZone: 'America/New_York',
      }),
    );
  });

  it('shows the guests’ clock when they are in a third zone', () => {
    renderForm();
    fireEvent.input(screen.getByLabelText("Guests' time zone (optional)"), {
      target: { value: 'Asia/Tokyo' },
    });
    expect(times().getByText('Guests: Mon, 30 Nov 2026, 23:00–23:30 (Asia/Tokyo)')).toBeTruthy();
  });

  it('names what it overlaps, and warns outside working hours', () => {
    const busy: BusyInterval[] = [
      {
        start: at('2026-11-30T15:15:00'),
        end: at('2026-11-30T16:00:00'),
        title: 'Dentist',
        source: 'calendar',
        id: 'e1',
      },
      {
        start: at('2026-11-30T14:00:00'),
        end: at('2026-11-30T15:10:00'),
        title: 'Call <b>',
        source: 'appointment',
        id: 'a1',
      },
      {
        start: at('2026-11-30T17:00:00'),
        end: at('2026-11-30T18:00:00'),
        title: 'Later',
        source: 'appointment',
        id: 'a2',
      },
    ];
    renderForm({ busy });
    const box = within(screen.getByText('It overlaps:').parentElement!);
    expect(box.getByText('Dentist, 15:15–16:00 (in Google Calendar)')).toBeTruthy();
    expect(box.getByText('Call <b>, 14:00–15:10 (an appointment in VA Desk)')).toBeTruthy();
    expect(box.queryByText(/Later/)).toBeNull();
    expect(screen.queryByText(/outside working hours/)).toBeNull();
    fireEvent.input(screen.getByLabelText('Start'), { target: { value: '10:00' } });
    expect(
      screen.getByText(
        'It is outside working hours for Acme (your working hours, on their clock).',
      ),
    ).toBeTruthy();
    expect(screen.queryByText('It overlaps:')).toBeNull();
    fireEvent.input(screen.getByLabelText('Start'), { target: { value: '08:00' } });
    expect(screen.getByText('It is outside your working hours.')).toBeTruthy();
  });

  it('proposes the next three free slots inside both working days, and fills one in', () => {
    const busy: BusyInterval[] = [
      {
        start: at('2026-11-26T15:00:00'),
        end: at('2026-11-26T15:30:00'),
        title: 'x',
        source: 'appointment',
        id: 'a',
      },
    ];
    renderForm({ busy });
    const slots = within(screen.getByRole('region', { name: 'Next free slots' })).getAllByRole(
      'button',
    );
    expect(slots.map((b) => b.textContent)).toEqual([
      'Thu, 26 Nov 2026, 15:30–16:00 (Europe/Rome)',
      'Thu, 26 Nov 2026, 16:00–16:30 (Europe/Rome)',
      'Thu, 26 Nov 2026, 16:30–17:00 (Europe/Rome)',
    ]);
    fireEvent.click(slots[1]!);
    expect((screen.getByLabelText('Date') as HTMLInputElement).value).toBe('2026-11-26');
    expect((screen.getByLabelText('Start') as HTMLInputElement).value).toBe('16:00');
  });

  it('refuses a missing date, time or client without calling back', () => {
    const props = renderForm();
    fireEvent.input(screen.getByLabelText('Date'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Client'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create in Google Calendar' }));
    expect(props.onCreate).not.toHaveBeenCalled();
    expect(screen.getByText('Choose a client from the list.')).toBeTruthy();
    expect(screen.getAllByRole('listitem').some((li) => /date/i.test(li.textContent ?? ''))).toBe(
      true,
    );
  });

  it('shows the repository’s issues next to their fields', () => {
    renderForm({ issues: [{ field: 'guests', message: 'errorEmailInvalid', params: ['nope'] }] });
    expect(screen.getByText('“nope” is not a valid email address.')).toBeTruthy();
  });

  it('edits with one Save button', () => {
    const appointment: Appointment = {
      id: 'a1',
      clientId: 'acme',
      title: 'Review',
      start: Date.parse('2026-12-01T14:00:00Z'),
      end: Date.parse('2026-12-01T15:00:00Z'),
      timeZone: 'America/New_York',
      location: 'Zoom',
      guests: ['ann@acme.com', 'bo@acme.com'],
      notes: 'n',
      threadId: null,
      calendarEventId: null,
      status: 'scheduled',
      createdAt: 0,
      updatedAt: 0,
    };
    const onSave = vi.fn();
    renderForm({
      initial: draftFromAppointment(appointment, ZONES),
      editing: true,
      onSave,
      threadId: null,
    });
    expect(screen.queryByRole('button', { name: 'Create in Google Calendar' })).toBeNull();
    expect((screen.getByLabelText('Start') as HTMLInputElement).value).toBe('09:00');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        start: appointment.start,
        end: appointment.end,
        guests: appointment.guests,
      }),
    );
  });
});
