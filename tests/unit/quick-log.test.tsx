import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientMatches, groupByRecent } from '@/components/client-combobox';
import { QuickLog } from '@/components/quick-log';
import { formatElapsed, RunningTimer } from '@/components/running-timer';
import { TodayTotals } from '@/components/today-totals';
import {
  defaultActivity,
  quickLogEntryInput,
  type QuickLogClient,
  type QuickLogValues,
} from '@/utils/time/quick-log-draft';
import { QuickLogView } from '@/entrypoints/popup/views/quick-log-view';
import { todayRows } from '@/entrypoints/popup/views/today-view';
import { listClients } from '@/utils/db/clients-repo';
import type { FieldIssue } from '@/utils/model/errors';
import { seedSampleData } from '@/utils/db/sample-data';
import {
  getRunningEntry,
  listEntriesOverlapping,
  recentClientIds,
} from '@/utils/db/time-entries-repo';
import type { Client, TimeEntry } from '@/utils/model/types';
import { formatMinutes } from '@/utils/i18n/format';
import { setLanguage } from '@/utils/i18n/messages';
import { storedClient } from './factories';
import { BUILT_IN_ACTIVITIES } from '@/utils/model/settings';

afterEach(cleanup);

const MIN = 60_000;

const client = (overrides: Partial<Client> & Pick<Client, 'id' | 'name'>): Client =>
  storedClient(overrides.name, {
    shortName: overrides.name.split(' ')[0]!,
    hourlyRate: 3000,
    rounding: 15,
    ...overrides,
  });

/** Alphabetical, as `listClients` returns them. */
const CLIENTS: Client[] = [
  client({ id: 'bianchi', name: 'Bianchi Immobiliare', color: '#188038' }),
  client({ id: 'nero', name: 'Café Nero', shortName: 'Nero', billableByDefault: false }),
  client({ id: 'hartley', name: 'Hartley Coaching', currency: 'GBP', rounding: 6 }),
  client({
    id: 'rossi',
    name: 'Studio Legale Rossi',
    shortName: 'Rossi',
    taskTypes: [
      { id: 'appt', name: 'Appointment booked', fee: 500 },
      { id: 'check', name: 'Inbox check', fee: 0 },
    ],
  }),
];
/** Most recent first; `gone` is an archived or deleted client and is skipped. */
const RECENT = ['rossi', 'gone', 'hartley'];

function renderQuickLog(
  props: {
    clients?: QuickLogClient[];
    recentIds?: string[];
    runningClientId?: string | null;
    onSave?: (d: QuickLogValues) => Promise<FieldIssue[] | null>;
    onStartTimer?: (d: unknown) => Promise<FieldIssue[] | null>;
  } = {},
) {
  const onSave = vi.fn(props.onSave ?? (async () => null));
  const onStartTimer = vi.fn(props.onStartTimer ?? (async () => null));
  render(
    <QuickLog
      clients={props.clients ?? CLIENTS}
      recentIds={props.recentIds ?? RECENT}
      activityTypes={BUILT_IN_ACTIVITIES}
      defaultActivity="email"
      runningClientId={props.runningClientId ?? null}
      onSave={onSave}
      onStartTimer={onStartTimer}
    />,
  );
  return { onSave, onStartTimer };
}

// The activity <select> is a combobox too: the client field is found by its id.
const combobox = () => document.getElementById('quick-log-client') as HTMLInputElement;
const durationField = () => screen.getByLabelText(/^(Duration|Durata)/) as HTMLInputElement;
/** The client options shown (the activity <select> has options too). */
const clientOptions = () => {
  const list = screen.queryByRole('listbox');
  return list ? within(list).getAllByRole('option') : [];
};
const optionNames = () => clientOptions().map((o) => o.textContent);
const key = (el: Element, k: string) => fireEvent.keyDown(el, { key: k });
const type = (el: Element, value: string) => fireEvent.input(el, { target: { value } });

/** ↓ Enter: the most recent client, focus on the duration. */
function pickFirstRecent() {
  key(combobox(), 'ArrowDown');
  key(combobox(), 'Enter');
}

describe('client combobox', () => {
  it('opens with the client field focused and its list closed', () => {
    renderQuickLog();
    expect(document.activeElement).toBe(combobox());
    expect(combobox().getAttribute('aria-expanded')).toBe('false');
    expect(optionNames()).toEqual([]);
  });

  it('lists recent clients first (most recent first), then the others alphabetically', () => {
    renderQuickLog();
    key(combobox(), 'ArrowDown');
    expect(optionNames()).toEqual([
      'Studio Legale Rossi',
      'Hartley Coaching',
      'Bianchi Immobiliare',
      'Café Nero',
    ]);
    const groups = screen.getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('aria-labelledby'))).toHaveLength(2);
    expect(within(groups[0]!).getAllByRole('option')).toHaveLength(2);
    expect(screen.getByRole('group', { name: 'Recent' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Other clients' })).toBeTruthy();
  });

  it('has one plain group when no client is recent', () => {
    renderQuickLog({ recentIds: [] });
    key(combobox(), 'ArrowDown');
    expect(screen.getByRole('group', { name: 'Clients' })).toBeTruthy();
    expect(optionNames()[0]).toBe('Bianchi Immobiliare');
  });

  it('moves the highlight with the arrows (wrapping) through aria-activedescendant', () => {
    renderQuickLog();
    const input = combobox();
    const active = () => document.getElementById(input.getAttribute('aria-activedescendant')!);
    key(input, 'ArrowDown');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-controls')).toBe(screen.getByRole('listbox').id);
    expect(active()!.textContent).toBe('Studio Legale Rossi');
    expect(active()!.getAttribute('aria-selected')).toBe('true');
    key(input, 'ArrowDown');
    expect(active()!.textContent).toBe('Hartley Coaching');
    key(input, 'ArrowUp');
    key(input, 'ArrowUp');
    expect(active()!.textContent).toBe('Café Nero');
    key(input, 'ArrowDown');
    expect(active()!.textContent).toBe('Studio Legale Rossi');
    expect(clientOptions().filter((o) => o.getAttribute('aria-selected') === 'true')).toHaveLength(
      1,
    );
    expect(document.activeElement).toBe(input);
  });

  it('opens on ↑ at the last client and closes with Escape, then clears with a second Escape', () => {
    renderQuickLog();
    const input = combobox();
    key(input, 'ArrowUp');
    expect(document.getElementById(input.getAttribute('aria-activedescendant')!)!.textContent).toBe(
      'Café Nero',
    );
    key(input, 'Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    type(input, 'ros');
    key(input, 'Escape');
    expect(input.value).toBe('ros');
    key(input, 'Escape');
    expect(input.value).toBe('');
  });

  it('Enter picks the highlighted client and moves on to the duration, without saving', () => {
    const { onSave } = renderQuickLog();
    pickFirstRecent();
    expect(combobox().value).toBe('Studio Legale Rossi');
    expect(combobox().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(durationField());
    expect(onSave).not.toHaveBeenCalled();
  });

  it('Tab picks the highlighted client too', () => {
    renderQuickLog();
    key(combobox(), 'ArrowDown');
    key(combobox(), 'ArrowDown');
    key(combobox(), 'Tab');
    expect(combobox().value).toBe('Hartley Coaching');
  });

  it('a click picks a client', () => {
    renderQuickLog();
    fireEvent.click(screen.getByRole('button', { name: 'Show clients' }));
    fireEvent.click(screen.getByRole('option', { name: 'Bianchi Immobiliare' }));
    expect(combobox().value).toBe('Bianchi Immobiliare');
    expect(document.activeElement).toBe(durationField());
  });

  it.each([
    ['hart', ['Hartley Coaching']],
    ['HARTLEY', ['Hartley Coaching']],
    ['cafe', ['Café Nero']],
    ['CAFÉ', ['Café Nero']],
    ['nero', ['Café Nero']],
    ['legale ross', ['Studio Legale Rossi']],
    ['i', ['Studio Legale Rossi', 'Hartley Coaching', 'Bianchi Immobiliare']],
    ['zzz', []],
  ])('typing %j filters to %j (case and accents ignored, recent first)', (text, names) => {
    renderQuickLog();
    type(combobox(), text);
    expect(optionNames()).toEqual(names);
    if (names.length === 0) expect(screen.getByText(`No client matches “${text}”.`)).toBeTruthy();
  });

  it('highlights the first match while typing, so Enter picks it', () => {
    renderQuickLog();
    type(combobox(), 'bian');
    key(combobox(), 'Enter');
    expect(combobox().value).toBe('Bianchi Immobiliare');
    expect(document.activeElement).toBe(durationField());
  });

  it('a name typed in full is picked when the VA leaves the field', async () => {
    const { onSave } = renderQuickLog();
    type(combobox(), 'cafe nero');
    key(combobox(), 'Escape');
    fireEvent.blur(combobox());
    type(durationField(), '10');
    key(durationField(), 'Enter');
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]![0].clientId).toBe('nero');
  });

  it('editing the text of a chosen client unchooses it', async () => {
    const { onSave } = renderQuickLog();
    pickFirstRecent();
    type(combobox(), 'Studio Legale');
    type(durationField(), '10');
    key(durationField(), 'Enter');
    await screen.findByText('Choose a client from the list.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('groupByRecent and clientMatches', () => {
    expect(groupByRecent(CLIENTS, ['hartley', 'x', 'hartley']).recent.map((c) => c.id)).toEqual([
      'hartley',
    ]);
    expect(clientMatches(CLIENTS[1]!, '  CAFE  ')).toBe(true);
    expect(clientMatches(CLIENTS[1]!, 'cafe rossi')).toBe(false);
  });
});

describe('quick log', () => {
  it('saves with ↓ Enter 2 5 Enter: the most recent client, 25 minutes, billable', async () => {
    const { onSave } = renderQuickLog();
    pickFirstRecent();
    type(durationField(), '25');
    key(durationField(), 'Enter');
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave).toHaveBeenCalledWith({
      clientId: 'rossi',
      minutes: 25,
      note: '',
      activityType: 'email',
      billable: true,
      task: null,
      caller: '',
    });
  });

  it.each([
    ['25', 25],
    ['1:30', 90],
    ['1h30', 90],
    ['90m', 90],
    ['1,5h', 90],
    ['1.5h', 90],
    ['2 ore', 120],
  ])('reads %j as %i minutes', async (text, minutes) => {
    const { onSave } = renderQuickLog();
    pickFirstRecent();
    type(durationField(), text);
    key(durationField(), 'Enter');
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]![0].minutes).toBe(minutes);
  });

  it.each([
    ['en', '', 'Enter how long it took, e.g. 25 or 1:30.'],
    ['en', 'abc', 'Write the duration as 25, 1:30, 1h30, 90m or 1,5h.'],
    ['en', '0', 'The duration must be more than zero.'],
    ['en', '25h', 'A duration can be at most 24 hours.'],
    ['it', '', 'Inserisci quanto è durato, es. 25 o 1:30.'],
    ['it', '1,5', 'Scrivi la durata come 25, 1:30, 1h30, 90m o 1,5h.'],
    ['it', '0 min', 'La durata deve essere maggiore di zero.'],
    ['it', '1500', 'Una durata può essere al massimo di 24 ore.'],
  ] as const)('[%s] %j shows “%s” under the duration', async (lang, text, message) => {
    setLanguage(lang);
    const { onSave } = renderQuickLog();
    pickFirstRecent();
    type(durationField(), text);
    key(durationField(), 'Enter');
    const error = await screen.findByText(message);
    expect(durationField().getAttribute('aria-invalid')).toBe('true');
    expect(durationField().getAttribute('aria-describedby')).toContain(error.closest('ul')!.id);
    expect(document.activeElement).toBe(durationField());
    expect(onSave).not.toHaveBeenCalled();
    // Fixing the text clears the message at once.
    type(durationField(), '25');
    expect(screen.queryByText(message)).toBeNull();
  });

  it('asks for a client when none is chosen and puts focus back on it', async () => {
    const { onSave } = renderQuickLog();
    type(durationField(), '25');
    key(durationField(), 'Enter');
    await screen.findByText('Choose a client from the list.');
    expect(combobox().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(combobox());
    expect(onSave).not.toHaveBeenCalled();
  });

  it.each([
    ['the note', () => screen.getByLabelText('Note')],
    ['the activity type', () => screen.getByLabelText('Activity type')],
    ['the billable toggle', () => screen.getByLabelText('Billable')],
  ])('Enter in %s saves too', async (_, field) => {
    const { onSave } = renderQuickLog();
    pickFirstRecent();
    type(durationField(), '10');
    key(field(), 'Enter');
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
  });

  it('logs once when Enter is pressed twice in a row', async () => {
    let finish: (value: null) => void = () => {};
    const { onSave } = renderQuickLog({ onSave: () => new Promise((r) => (finish = r)) });
    pickFirstRecent();
    type(durationField(), '25');
    key(durationField(), 'Enter');
    key(durationField(), 'Enter');
    finish(null);
    await waitFor(() => expect(combobox().value).toBe(''));
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('does not save on Enter on a button (the button acts instead)', () => {
    const { onSave } = renderQuickLog();
    key(screen.getByRole('button', { name: 'Start timer' }), 'Enter');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('sends the note, activity type and caller', async () => {
    const { onSave } = renderQuickLog();
    pickFirstRecent();
    type(durationField(), '5');
    type(screen.getByLabelText('Note'), 'Richiamare avv. Rossi');
    expect(screen.queryByLabelText('Who called')).toBeNull();
    fireEvent.change(screen.getByLabelText('Activity type'), { target: { value: 'call' } });
    type(screen.getByLabelText('Who called'), 'Sig.ra Neri');
    key(screen.getByLabelText('Who called'), 'Enter');
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      note: 'Richiamare avv. Rossi',
      activityType: 'call',
      caller: 'Sig.ra Neri',
    });
  });

  it('takes the billable default from the client, and keeps the VA’s change', async () => {
    const { onSave } = renderQuickLog();
    const billable = () => screen.getByLabelText('Billable') as HTMLInputElement;
    type(combobox(), 'nero');
    key(combobox(), 'Enter');
    expect(billable().checked).toBe(false);
    type(combobox(), 'bianchi');
    key(combobox(), 'Enter');
    expect(billable().checked).toBe(true);
    fireEvent.click(billable());
    expect(billable().checked).toBe(false);
    type(durationField(), '15');
    key(durationField(), 'Enter');
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]![0]).toMatchObject({ clientId: 'bianchi', billable: false });
  });

  it('offers the client’s fixed-fee tasks; a task with a fee needs no minutes and is non-billable', async () => {
    const { onSave } = renderQuickLog();
    type(combobox(), 'hartley');
    key(combobox(), 'Enter');
    expect(screen.queryByLabelText('Fixed-fee task')).toBeNull();
    pickFirstRecent();
    const task = screen.getByLabelText('Fixed-fee task') as HTMLSelectElement;
    expect([...task.options].map((o) => o.textContent)).toEqual([
      'None: time only',
      'Appointment booked · €5.00',
      'Inbox check · €0.00',
    ]);
    fireEvent.change(task, { target: { value: 'appt' } });
    expect((screen.getByLabelText('Billable') as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/The fee of €5.00 is billed/)).toBeTruthy();
    expect(screen.getByLabelText('Duration (optional for a task)')).toBe(durationField());
    key(task, 'Enter');
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      clientId: 'rossi',
      minutes: null,
      billable: false,
      task: { id: 'appt', name: 'Appointment booked', fee: 500 },
    });
  });

  it('a task may carry minutes, and a task without a fee keeps the client’s billable default', async () => {
    const { onSave } = renderQuickLog();
    pickFirstRecent();
    fireEvent.change(screen.getByLabelText('Fixed-fee task'), { target: { value: 'check' } });
    expect((screen.getByLabelText('Billable') as HTMLInputElement).checked).toBe(true);
    type(durationField(), '10');
    key(durationField(), 'Enter');
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      minutes: 10,
      billable: true,
      task: { id: 'check', fee: 0 },
    });
  });

  it('shows the errors from saving in words, next to their fields, and keeps what was typed', async () => {
    renderQuickLog({
      onSave: async () => [
        { field: 'clientId', message: 'errorClientArchived', params: ['Studio Legale Rossi'] },
        { field: 'end', message: 'errorEntryInFuture' },
        { field: 'form', message: 'actionFailed', params: ['disk full'] },
      ],
    });
    pickFirstRecent();
    type(durationField(), '25');
    key(durationField(), 'Enter');
    await screen.findByText("You can't log time after today.");
    expect(screen.getByText(/Studio Legale Rossi is archived/)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe("That didn't work: disk full");
    expect(durationField().value).toBe('25');
    expect(combobox().value).toBe('Studio Legale Rossi');
  });

  it('resets after saving and puts focus back on the client', async () => {
    const { onSave } = renderQuickLog();
    pickFirstRecent();
    type(durationField(), '25');
    type(screen.getByLabelText('Note'), 'Posta');
    key(durationField(), 'Enter');
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    await waitFor(() => expect(combobox().value).toBe(''));
    expect(durationField().value).toBe('');
    expect((screen.getByLabelText('Note') as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(combobox()));
  });

  it('speaks Italian and reads the Italian decimal comma', async () => {
    setLanguage('it');
    const { onSave } = renderQuickLog();
    expect(screen.getByRole('form', { name: 'Registra tempo' })).toBeTruthy();
    expect(screen.getByLabelText('Tipo di attività')).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Telefonata', hidden: true })).toBeTruthy();
    pickFirstRecent();
    type(screen.getByLabelText('Durata'), '1,5h');
    key(screen.getByLabelText('Durata'), 'Enter');
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]![0].minutes).toBe(90);
  });
});

describe('timer controls', () => {
  it('asks for a client before starting', () => {
    const { onStartTimer } = renderQuickLog();
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    expect(screen.getByText('Choose a client to start the timer.')).toBeTruthy();
    expect(document.activeElement).toBe(combobox());
    expect(onStartTimer).not.toHaveBeenCalled();
  });

  it('starts the timer for the chosen client with the note, activity and billable', async () => {
    const { onStartTimer } = renderQuickLog();
    type(combobox(), 'nero');
    key(combobox(), 'Enter');
    type(screen.getByLabelText('Note'), 'Sito');
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    await waitFor(() =>
      expect(onStartTimer).toHaveBeenCalledWith({
        clientId: 'nero',
        note: 'Sito',
        activityType: 'email',
        billable: false,
      }),
    );
  });

  it('offers to switch when another client’s timer runs, and hides Start for the running one', () => {
    renderQuickLog({ runningClientId: 'rossi' });
    type(combobox(), 'hartley');
    key(combobox(), 'Enter');
    expect(screen.getByRole('button', { name: 'Switch timer to Hartley Coaching' })).toBeTruthy();
    pickFirstRecent();
    expect(screen.queryByRole('button', { name: /timer/ })).toBeNull();
  });

  it('shows the running timer ticking and stops it', () => {
    const onStop = vi.fn();
    const start = new Date(2026, 10, 25, 14, 30).getTime();
    render(
      <RunningTimer
        client={CLIENTS[3]}
        start={start}
        now={start + 12 * MIN + 34_000}
        activityType="call"
        busy={false}
        onStop={onStop}
      />,
    );
    const region = screen.getByRole('region', { name: 'Timer running' });
    expect(region.textContent).toContain('Studio Legale Rossi');
    expect(region.textContent).toContain('since 14:30');
    expect(region.textContent).toContain('Phone call');
    expect(screen.getByRole('timer').textContent).toBe('0:12:34');
    fireEvent.click(screen.getByRole('button', { name: 'Stop timer' }));
    expect(onStop).toHaveBeenCalled();
  });

  it.each([
    [0, '0:00:00'],
    [59_999, '0:00:59'],
    [61 * MIN + 5_000, '1:01:05'],
    [-5, '0:00:00'],
  ])('formatElapsed(%i) = %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});

describe('popup helpers', () => {
  const now = new Date(2026, 10, 25, 15, 0).getTime();

  it('a quick-log entry ends now and starts the minutes before', () => {
    const draft: QuickLogValues = {
      clientId: 'rossi',
      minutes: 25,
      note: 'Posta',
      activityType: 'email',
      billable: true,
      task: null,
      caller: '',
    };
    expect(quickLogEntryInput(draft, now)).toMatchObject({
      clientId: 'rossi',
      start: now - 25 * MIN,
      end: now,
      task: null,
      threadId: null,
    });
    const task = { id: 'appt', name: 'Appointment booked', fee: 500 };
    expect(quickLogEntryInput({ ...draft, minutes: null, task }, now)).toMatchObject({
      start: now,
      end: now,
      task: { typeId: 'appt', name: 'Appointment booked', fee: 500 },
    });
  });

  it.each([
    [[], BUILT_IN_ACTIVITIES, 'email'],
    [
      [
        { start: 2, activityType: 'call' },
        { start: 1, activityType: 'admin' },
      ],
      BUILT_IN_ACTIVITIES,
      'call',
    ],
    [[{ start: 1, activityType: 'gone' }], BUILT_IN_ACTIVITIES, 'email'],
    [[], ['call', 'admin'], 'call'],
  ])('default activity of %j among %j is %s', (entries, offered, expected) => {
    expect(defaultActivity(entries, offered)).toBe(expected);
  });

  it('sums today per client: raw, billable after rounding, money and tasks', () => {
    const from = new Date(2026, 10, 25).getTime();
    const to = new Date(2026, 10, 26).getTime();
    const entry = (clientId: string, start: number, minutes: number, extra = {}): TimeEntry => ({
      id: `${clientId}-${start}`,
      clientId,
      start,
      end: start + minutes * MIN,
      note: '',
      billable: true,
      activityType: 'email',
      task: null,
      caller: '',
      threadId: null,
      appointmentId: null,
      calendarEventId: null,
      createdAt: 0,
      updatedAt: 0,
      ...extra,
    });
    const nine = from + 9 * 60 * MIN;
    const rows = todayRows(
      [
        entry('rossi', nine, 25),
        entry('rossi', nine + 30 * MIN, 10, { billable: false }),
        entry('rossi', nine + 60 * MIN, 0, {
          billable: false,
          task: { typeId: 'appt', name: 'Appointment booked', fee: 500 },
        }),
        entry('hartley', nine, 7),
        // Started yesterday: only today's 20 minutes count.
        entry('bianchi', from - 10 * MIN, 30),
      ],
      CLIENTS,
      { from, to, now },
    );
    expect(
      rows.map((r) => [r.client.id, r.rawMinutes, r.billableMinutes, r.amountMinor, r.taskCount]),
    ).toEqual([
      ['bianchi', 20, 30, 1500, 0],
      ['hartley', 7, 12, 600, 0],
      ['rossi', 35, 30, 1500, 1],
    ]);
    render(<TodayTotals totalMinutes={62} rows={rows} />);
    expect(screen.getByTestId('today-total').textContent).toBe(formatMinutes(62));
    const rossi = screen.getByRole('rowheader', { name: /Studio Legale Rossi/ }).closest('tr')!;
    expect(rossi.textContent).toContain('1 task · €5.00');
    expect(rossi.textContent).toContain(formatMinutes(35));
    expect(rossi.textContent).toContain('€15.00');
    expect(screen.getByRole('table', { name: 'Today per client' })).toBeTruthy();
  });

  it('says when nothing is logged today', () => {
    setLanguage('it');
    render(<TodayTotals totalMinutes={0} rows={[]} />);
    expect(screen.getByTestId('today-total').textContent).toBe('0 min');
    expect(screen.getByText('Ancora niente registrato oggi.')).toBeTruthy();
  });
});

describe('popup quick log on the database', () => {
  async function renderView() {
    await seedSampleData();
    const clients = await listClients({ includeArchived: true });
    render(
      <QuickLogView activityTypes={BUILT_IN_ACTIVITIES} clients={clients} todayEntries={[]} />,
    );
    await waitFor(() => expect(document.activeElement).toBe(combobox()));
    return clients;
  }

  it('stores ↓ Enter 2 5 Enter for the most recent client and says so', async () => {
    const clients = await renderView();
    const [recent] = await recentClientIds(1);
    const before = Date.now();
    pickFirstRecent();
    type(durationField(), '25');
    key(durationField(), 'Enter');
    const name = clients.find((c) => c.id === recent)!.name;
    await waitFor(() =>
      expect(screen.getByTestId('popup-status').textContent).toBe(
        `Logged ${formatMinutes(25)} for ${name}.`,
      ),
    );
    const entries = await listEntriesOverlapping(before - 60 * MIN, Date.now() + 1);
    const saved = entries.find((e) => e.end !== null && e.end >= before)!;
    expect(saved).toMatchObject({ clientId: recent, billable: true, activityType: 'email' });
    expect(saved.end! - saved.start).toBe(25 * MIN);
    expect(screen.getByRole('status').textContent).toBe(`Logged ${formatMinutes(25)} for ${name}.`);
    await waitFor(() => expect(document.activeElement).toBe(combobox()));
  });

  it('starts, switches and stops the timer', async () => {
    await renderView();
    type(combobox(), 'rossi');
    key(combobox(), 'Enter');
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    await screen.findByRole('region', { name: 'Timer running' });
    expect((await getRunningEntry())?.running).toBe(1);
    expect(screen.getByTestId('popup-status').textContent).toBe(
      'Timer started for Studio Legale Rossi.',
    );
    type(combobox(), 'verdi');
    key(combobox(), 'Enter');
    fireEvent.click(screen.getByRole('button', { name: 'Switch timer to Dott.ssa Verdi' }));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Timer running' }).textContent).toContain(
        'Dott.ssa Verdi',
      ),
    );
    expect(screen.getByTestId('popup-status').textContent).toBe(
      `Timer switched to Dott.ssa Verdi. Logged ${formatMinutes(0)} for Studio Legale Rossi.`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Stop timer' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Timer running' })).toBeNull());
    expect(await getRunningEntry()).toBeUndefined();
    expect(screen.getByTestId('popup-status').textContent).toBe(
      `Timer stopped. Logged ${formatMinutes(0)} for Dott.ssa Verdi.`,
    );
  });
});
