import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppointmentList } from '@/components/appointment-list';
import {
  BookingForm,
  draftFromAppointment,
  draftToInput,
  newDraft,
  parseGuests,
  type BookingFormProps,
} from '@/components/booking-form';
import { ThreadCard } from '@/components/thread-card';
import type { BusyInterval } from '@/utils/calendar/slots';
import type { Appointment, Client } from '@/utils/model/types';
import { threadGuests as guestsOf } from '@/utils/gmail/thread-participants';
import type { ThreadSnapshot } from '@/utils/gmail/types';

afterEach(cleanup);

const at = (iso: string) => Date.parse(`${iso}+01:00`);
const NOW = at('2026-11-26T10:00:00');

function client(name: string, extra: Partial<Client> = {}): Client {
  return {
    id: name.toLowerCase(),
    name,
    nameKey: name.toLowerCase(),
    shortName: name,
    color: '#188038',
    emails: [],
    domains: [],
    gmailAccounts: [],
    hourlyRate: 0,
    currency: 'EUR',
    rounding: 0,
    minimumMinutes: 0,
    timeZone: 'Europe/Rome',
    language: 'it',
    billableByDefault: true,
    monthlyBudgetHours: null,
    notes: '',
    taskTypes: [],
    archived: 0,
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  };
}

const ACME = client('Acme', { timeZone: 'America/New_York', language: 'en' });
const ROSSI = client('Rossi');
const ZONES = { va: 'Europe/Rome', client: 'America/New_York' };
const WORKING = { startMinutes: 540, endMinutes: 1080, days: [1, 2, 3, 4, 5] };

function renderForm(extra: Partial<BookingFormProps> = {}) {
  const props: BookingFormProps = {
    clients: [ACME, ROSSI],
    initial: newDraft(
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

describe('draft helpers', () => {
  it.each([
    ['a@b.it, C@d.com;e@f.org\ng@h.io  a@b.it', ['a@b.it', 'c@d.com', 'e@f.org', 'g@h.io']],
    ['', []],
  ])('parseGuests(%j)', (text, guests) => expect(parseGuests(text)).toEqual(guests));

  it.each([
    ['2026-03-29', '02:30', '2026-03-29T01:30:00.000Z'],
    ['2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'],
    ['2026-03-20', '15:00', '2026-03-20T14:00:00.000Z'],
  ])('%s %s in Rome is %s', (date, time, expected) => {
    const draft = { ...newDraft({ clientId: 'x', title: 't' }, null, ZONES), date, time };
    const result = draftToInput(draft, ZONES, null);
    expect(result.ok && new Date(result.input.start).toISOString()).toBe(expected);
  });
});

describe('AppointmentList', () => {
  const base: Appointment = {
    id: 'x',
    clientId: 'rossi',
    title: 'Meeting',
    start: at('2026-11-26T09:00:00'),
    end: at('2026-11-26T09:30:00'),
    timeZone: 'Europe/Rome',
    location: '',
    guests: [],
    notes: '',
    threadId: null,
    calendarEventId: null,
    status: 'scheduled',
    createdAt: 0,
    updatedAt: 0,
  };
  it('offers edit and cancel for coming ones, log for past ones, nothing for cancelled', () => {
    const rows: Appointment[] = [
      { ...base, id: 'past', title: 'Past' },
      { ...base, id: 'done', title: 'Done' },
      {
        ...base,
        id: 'soon',
        title: 'Soon',
        start: at('2026-11-26T11:00:00'),
        end: at('2026-11-26T12:00:00'),
      },
      {
        ...base,
        id: 'off',
        title: 'Off',
        status: 'cancelled',
        start: at('2026-11-27T11:00:00'),
        end: at('2026-11-27T12:00:00'),
      },
    ];
    const onLog = vi.fn();
    const onCancel = vi.fn();
    const onEdit = vi.fn();
    render(
      <AppointmentList
        appointments={rows}
        clientsById={new Map([['rossi', ROSSI]])}
        logged={new Set(['done'])}
        now={NOW}
        busy={false}
        empty="none"
        onEdit={onEdit}
        onCancel={onCancel}
        onLog={onLog}
      />,
    );
    const item = (name: string) => within(screen.getByRole('listitem', { name }));
    expect(
      item('Past')
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Log as time']);
    expect(item('Done').queryAllByRole('button')).toEqual([]);
    expect(item('Done').getByText('Logged as time.')).toBeTruthy();
    expect(
      item('Soon')
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Edit', 'Cancel appointment']);
    expect(item('Off').queryAllByRole('button')).toEqual([]);
    expect(item('Off').getByText(/Cancelled/)).toBeTruthy();
    fireEvent.click(item('Past').getByRole('button'));
    expect(onLog).toHaveBeenCalledWith(rows[0]);
    fireEvent.click(item('Soon').getByRole('button', { name: 'Cancel appointment' }));
    expect(onCancel).toHaveBeenCalledWith(rows[2]);
  });

  it('says when there is nothing', () => {
    render(
      <AppointmentList
        appointments={[]}
        clientsById={new Map()}
        logged={new Set()}
        now={NOW}
        busy={false}
        empty="Nothing."
        onEdit={vi.fn()}
        onCancel={vi.fn()}
        onLog={vi.fn()}
      />,
    );
    expect(screen.getByText('Nothing.')).toBeTruthy();
  });
});

describe('booking from a thread', () => {
  const thread: ThreadSnapshot = {
    threadId: '18c2f0a1b2c3d4e5',
    idSource: 'legacy',
    account: 0,
    subject: 'Meeting next week?',
    messages: [
      {
        messageId: 'msg-f:1',
        legacyMessageId: null,
        sender: { name: 'Ann', email: 'ann@acme.com' },
        recipients: [
          { name: 'Me', email: 'va@gmail.com' },
          { name: 'Bo', email: 'bo@acme.com' },
        ],
        dateTitle: '',
        collapsed: false,
      },
      {
        messageId: 'msg-a:r-12',
        legacyMessageId: null,
        sender: { name: 'Me', email: 'va@gmail.com' },
        recipients: [{ name: 'Ann', email: 'ann@acme.com' }],
        dateTitle: '',
        collapsed: false,
      },
    ],
    latestBodyHtml: '',
    missing: [],
  };

  it('prefills everyone on the thread but the VA (the sender of mail sent from this account)', () => {
    expect(guestsOf(thread)).toEqual(['ann@acme.com', 'bo@acme.com']);
  });

  it('the thread card offers booking and proposing times', () => {
    const onBook = vi.fn();
    const onPropose = vi.fn();
    render(
      <ThreadCard
        thread={thread}
        excerpt=""
        tagged={null}
        taggedClient={null}
        clients={[ACME]}
        suggestion={null}
        busy={false}
        onTag={vi.fn()}
        onTriage={vi.fn()}
        onUntag={vi.fn()}
        onBook={onBook}
        onPropose={onPropose}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Book appointment' }));
    fireEvent.click(screen.getByRole('button', { name: 'Propose times' }));
    expect(onBook).toHaveBeenCalledOnce();
    expect(onPropose).toHaveBeenCalledOnce();
  });
});
