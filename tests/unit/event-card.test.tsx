import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventCard, type EventCardProps } from '@/components/event-card';
import { EventWeekLog } from '@/components/event-week-log';
import type { EventDetails } from '@/utils/calendar/types';
import type { WeekLogRow } from '@/utils/calendar/week-log';
import type { Client, TimeEntry } from '@/utils/model/types';
import { formatDate, formatMinutes } from '@/utils/i18n/format';
import { setLanguage } from '@/utils/i18n/messages';
import { storedClient } from './factories';

afterEach(cleanup);

const at = (iso: string) => Date.parse(`${iso}+01:00`);

const client = (name: string, extra: Partial<Client> = {}) =>
  storedClient(name, {
    id: name.split(' ')[0]!.toLowerCase(),
    shortName: name.split(' ').pop()!,
    color: '#188038',
    hourlyRate: 2500,
    ...extra,
  });

const BIANCHI = client('Bianchi Immobiliare', { billableByDefault: false });
const ROSSI = client('Studio Legale Rossi');
const CLIENTS = [BIANCHI, ROSSI];

const EVENT: EventDetails = {
  eventId: 'N2wwYzJu',
  idSource: 'card',
  source: 'dialog',
  title: 'Call con Laura Bianchi – rinnovo locazione',
  whenText: 'Wednesday, November 25 · 10 – 11am',
  start: at('2026-11-25T10:00:00'),
  end: at('2026-11-25T11:00:00'),
  allDay: false,
  location: 'Corso Venezia 18, Milano',
  videoLink: 'https://meet.google.com/kqe-wmzt-pfa',
  description: 'Ordine del giorno:\n1. ISTAT',
  organizer: 'laura.bianchi@bianchi-immobiliare.it',
  guests: ['laura.bianchi@bianchi-immobiliare.it', 'marco.rossi@studiorossi.it'],
  missing: [],
};

function renderCard(overrides: Partial<EventCardProps> = {}) {
  const props: EventCardProps = {
    event: EVENT,
    linkedClient: null,
    clients: CLIENTS,
    suggestion: { client: BIANCHI, kind: 'senderDomain', value: 'bianchi-immobiliare.it' },
    logged: null,
    busy: false,
    onLink: vi.fn(),
    onLog: vi.fn(),
    ...overrides,
  };
  const view = render(<EventCard {...props} />);
  return { ...view, props };
}

describe('EventCard', () => {
  it('shows the event and suggests its client; linking passes the event’s own times', () => {
    const { container, props } = renderCard();
    expect(screen.getByRole('heading', { name: EVENT.title })).toBeTruthy();
    const text = container.textContent!;
    expect(text).toContain(`${formatDate(EVENT.start!)}, 10:00–11:00 (${formatMinutes(60)})`);
    expect(text).toContain('Where: Corso Venezia 18, Milano');
    expect(text).toContain(
      'Guests: laura.bianchi@bianchi-immobiliare.it, marco.rossi@studiorossi.it',
    );
    expect(text).toContain('(why: matched domain bianchi-immobiliare.it)');
    expect(screen.getByRole('link', { name: 'Google Meet link' }).getAttribute('href')).toBe(
      EVENT.videoLink,
    );
    // Not linked yet: nothing to log.
    expect(screen.queryByRole('button', { name: /^Log / })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Link to Bianchi Immobiliare' }));
    expect(props.onLink).toHaveBeenCalledWith('bianchi', {
      title: EVENT.title,
      start: EVENT.start,
      end: EVENT.end,
    });
    // Another client, through the picker.
    fireEvent.change(screen.getByLabelText('Another client'), { target: { value: 'studio' } });
    fireEvent.click(screen.getByRole('button', { name: 'Link' }));
    expect(props.onLink).toHaveBeenLastCalledWith(
      'studio',
      expect.objectContaining({ start: EVENT.start }),
    );
  });

  it('logs a linked event in one click, billable as its client says', () => {
    const { container, props } = renderCard({ linkedClient: BIANCHI });
    expect(container.textContent).toContain('Linked to Bianchi Immobiliare');
    expect(container.textContent).toContain('Non-billable, as set for Bianchi Immobiliare.');
    fireEvent.click(screen.getByRole('button', { name: `Log ${formatMinutes(60)} as time` }));
    expect(props.onLog).toHaveBeenCalledWith('bianchi', {
      title: EVENT.title,
      start: EVENT.start,
      end: EVENT.end,
    });
  });

  it('says when the event is already logged and offers no second log', () => {
    const entry = { clientId: 'bianchi', start: EVENT.start, end: EVENT.end } as TimeEntry;
    const { container } = renderCard({ linkedClient: BIANCHI, logged: { entry, client: BIANCHI } });
    expect(container.textContent).toContain(
      `Already logged: ${formatMinutes(60)} for Bianchi Immobiliare.`,
    );
    expect(screen.queryByRole('button', { name: /as time$/ })).toBeNull();
  });

  it('says what it could not read and asks for the start and duration', () => {
    const event = {
      ...EVENT,
      start: null,
      end: null,
      whenText: 'Mittwoch, 25. November',
      missing: ['when' as const],
    };
    const { container, props } = renderCard({ event, linkedClient: ROSSI });
    expect(screen.getByRole('status').textContent).toBe(
      "VA Desk couldn't read the date and time of this event; Calendar may have changed its page. Fill in what is missing below.",
    );
    expect(container.textContent).toContain('Mittwoch, 25. November');
    fireEvent.click(screen.getByRole('button', { name: 'Log as time' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Enter the date and time the event started.',
    );
    expect(props.onLog).not.toHaveBeenCalled();

    fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2026-11-25' } });
    fireEvent.input(screen.getByLabelText('Time'), { target: { value: '10:00' } });
    fireEvent.input(screen.getByLabelText('Duration'), { target: { value: 'forever' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log as time' }));
    expect(props.onLog).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).not.toBe('');

    fireEvent.input(screen.getByLabelText('Duration'), { target: { value: '1h30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log as time' }));
    expect(props.onLog).toHaveBeenCalledWith('studio', {
      title: EVENT.title,
      start: at('2026-11-25T10:00:00'),
      end: at('2026-11-25T11:30:00'),
    });
  });

  it('logs without a link when the event id is unreadable, for the client the VA picks', () => {
    const event = {
      ...EVENT,
      eventId: null,
      idSource: null,
      title: '',
      missing: ['eventId' as const, 'title' as const],
    };
    const { container, props } = renderCard({ event });
    expect(container.textContent).toContain(
      "couldn't read the event's id and the title of this event",
    );
    expect(container.textContent).toContain("Without the event's id VA Desk can't link it");
    expect(screen.getByRole('heading', { name: '(No title)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Link/ })).toBeNull();
    fireEvent.change(screen.getByLabelText('Client for this time'), {
      target: { value: 'studio' },
    });
    fireEvent.input(screen.getByLabelText('Title'), { target: { value: ' Udienza ' } });
    fireEvent.click(screen.getByRole('button', { name: `Log ${formatMinutes(60)} as time` }));
    expect(props.onLog).toHaveBeenCalledWith('studio', {
      title: 'Udienza',
      start: EVENT.start,
      end: EVENT.end,
    });
  });

  it('links an all-day event by its day but asks for the time before logging it', () => {
    const event = {
      ...EVENT,
      start: at('2026-11-24T00:00:00'),
      end: at('2026-11-25T00:00:00'),
      allDay: true,
    };
    const { container, props, rerender } = renderCard({ event });
    expect(container.textContent).toContain(`${formatDate(event.start)}, all day`);
    fireEvent.click(screen.getByRole('button', { name: 'Link to Bianchi Immobiliare' }));
    expect(props.onLink).toHaveBeenCalledWith(
      'bianchi',
      expect.objectContaining({ start: event.start, end: event.end }),
    );
    rerender(<EventCard {...props} linkedClient={BIANCHI} />);
    expect((screen.getByLabelText('Date') as HTMLInputElement).value).toBe('2026-11-24');
    fireEvent.input(screen.getByLabelText('Time'), { target: { value: '15:00' } });
    fireEvent.input(screen.getByLabelText('Duration'), { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log as time' }));
    expect(props.onLog).toHaveBeenCalledWith(
      'bianchi',
      expect.objectContaining({ start: at('2026-11-24T15:00:00'), end: at('2026-11-24T15:20:00') }),
    );
  });

  it('shows hostile text from the page as text', () => {
    const title = '<img src=x onerror=alert(1)> "Riunione" & <b>co</b>';
    const { container } = renderCard({
      event: { ...EVENT, title, description: '<script>x()</script>' },
    });
    expect(screen.getByRole('heading').textContent).toBe(title);
    expect(container.querySelector('img, b, script')).toBeNull();
    expect(container.textContent).toContain('<script>x()</script>');
  });

  it('speaks Italian', () => {
    setLanguage('it');
    const { container } = renderCard({
      suggestion: { client: ROSSI, kind: 'title', value: 'Rossi' },
    });
    expect(container.textContent).toContain('mer 25 nov 2026, 10:00–11:00 (1 h)');
    expect(formatDate(EVENT.start!)).toBe('mer 25 nov 2026');
    expect(container.textContent).toContain('(perché: il titolo cita Rossi)');
    expect(screen.getByRole('button', { name: 'Collega a Studio Legale Rossi' })).toBeTruthy();
  });
});

describe('EventWeekLog', () => {
  const row = (id: string, status: WeekLogRow['status'], from: string, to: string): WeekLogRow => ({
    eventId: id,
    title: `Evento ${id}`,
    start: at(from),
    end: at(to),
    status,
    source: 'linked',
  });
  const ROWS = [
    row('a', 'ready', '2026-11-23T09:30:00', '2026-11-23T10:00:00'),
    row('b', 'logged', '2026-11-23T14:00:00', '2026-11-23T15:30:00'),
    row('c', 'ready', '2026-11-24T11:00:00', '2026-11-24T12:00:00'),
    row('d', 'notOver', '2026-11-26T15:00:00', '2026-11-26T16:00:00'),
  ];

  it('shows the list first, every loggable event ticked, the rest shown but not tickable', () => {
    const onLog = vi.fn();
    render(<EventWeekLog client={ROSSI} rows={ROWS} busy={false} onLog={onLog} />);
    const list = screen.getByRole('list', { name: 'Events of Studio Legale Rossi this week' });
    expect(list.textContent).toContain('Evento b');
    expect(list.textContent).toContain('(already logged)');
    expect(list.textContent).toContain('(not over yet)');
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => [b.checked, b.disabled])).toEqual([
      [true, false],
      [false, true],
      [true, false],
      [false, true],
    ]);
    expect(onLog).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: `Log 2 events (${formatMinutes(90)})` }));
    expect(onLog).toHaveBeenCalledWith(['a', 'c']);
    fireEvent.click(boxes[0]!);
    fireEvent.click(screen.getByRole('button', { name: `Log 1 event (${formatMinutes(60)})` }));
    expect(onLog).toHaveBeenLastCalledWith(['c']);
    fireEvent.click(boxes[2]!);
    expect(screen.queryByRole('button', { name: /^Log/ })).toBeNull();
    expect(screen.getByText('Tick at least one event to log.')).toBeTruthy();
  });

  it('says when the client has no events this week', () => {
    render(<EventWeekLog client={ROSSI} rows={[]} busy={false} onLog={vi.fn()} />);
    expect(
      screen.getByText(
        'No events of Studio Legale Rossi this week, in VA Desk or in the Calendar tab.',
      ),
    ).toBeTruthy();
  });
});
