import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { budgetRows, TimeBudget } from '@/components/time-budget';
import { dayHeading, groupEntriesByDay } from '@/components/time-day-group';
import { TimeDays } from '@/components/time-days';
import { TimeEntryForm } from '@/components/time-entry-form';
import { TimeEntryRow } from '@/components/time-entry-row';
import { TimeStatus } from '@/components/time-status';
import { totalsParts } from '@/components/time-totals';
import { TimeView } from '@/entrypoints/sidepanel/views/time-view';
import { createClient } from '@/utils/db/clients-repo';
import type { FieldIssue } from '@/utils/model/errors';
import { addEntry, getEntry, startTimer } from '@/utils/db/time-entries-repo';
import type { Client, RoundingStep, TimeEntry } from '@/utils/model/types';
import { formatDate, formatMinutes, formatMoney } from '@/utils/i18n/format';
import { setLanguage } from '@/utils/i18n/messages';
import { summarize } from '@/utils/time/billing';
import { findOverlaps } from '@/utils/time/overlaps';
import {
  draftFromEntry,
  emptyEntryDraft,
  inputFromEntryDraft,
  type EntryDraft,
} from '@/utils/time/entry-draft';
import { splitInstant } from '@/utils/time/split-draft';
import { dayStarts, monthRange, weekRange } from '@/utils/time/weeks';
import { endOfLocalDay, startOfLocalDay } from '@/utils/time/local-day';
import { DEFAULT_SETTINGS } from '@/utils/model/settings';

afterEach(cleanup);

// Tests run in Europe/Rome (vitest.config.ts). Wednesday 25 November 2026, noon.
const at = (day: number, h: number, m = 0) => new Date(2026, 10, day, h, m).getTime();
const NOW = at(25, 12);
const TODAY = startOfLocalDay(NOW);
const MIN = 60_000;
// Unit words come from the runtime's Intl data ("min" or "mins"): expectations use the same.
const m = (minutes: number) => formatMinutes(minutes);
const wed = formatDate(at(25, 0));
const tue = formatDate(at(24, 0));
const mon = formatDate(at(23, 0));

function client(overrides: Partial<Client> & { id: string; name: string }): Client {
  return {
    nameKey: overrides.name.toLowerCase(),
    shortName: overrides.name.slice(0, 12),
    color: '#1a73e8',
    emails: [],
    domains: [],
    gmailAccounts: [],
    hourlyRate: 2500,
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
    ...overrides,
  };
}

// The sample clients' billing rules.
const rossi = client({
  id: 'rossi',
  name: 'Studio Legale Rossi',
  hourlyRate: 3000,
  rounding: 15,
  monthlyBudgetHours: 20,
});
const bianchi = client({
  id: 'bianchi',
  name: 'Bianchi Immobiliare',
  rounding: 5,
  minimumMinutes: 15,
});
const hartley = client({
  id: 'hartley',
  name: 'Hartley Coaching',
  hourlyRate: 3500,
  currency: 'GBP',
  rounding: 6,
  billableByDefault: false,
});
const CLIENTS = [bianchi, hartley, rossi];
const byId = new Map(CLIENTS.map((c) => [c.id, c]));

let counter = 0;
function entry(overrides: Partial<TimeEntry> & { clientId: string; start: number }): TimeEntry {
  counter += 1;
  return {
    id: `e${counter}`,
    end: overrides.start + 25 * MIN,
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
    ...overrides,
  };
}

/** The sample morning: 25, 40 and 15 minutes for Rossi, Bianchi and Hartley. */
function sampleMorning(): TimeEntry[] {
  return [
    entry({
      id: 'r',
      clientId: 'rossi',
      start: at(25, 8, 30),
      end: at(25, 8, 55),
      note: 'Triage posta',
    }),
    entry({
      id: 'b',
      clientId: 'bianchi',
      start: at(25, 9),
      end: at(25, 9, 40),
      note: 'Agenda udienze',
    }),
    entry({
      id: 'h',
      clientId: 'hartley',
      start: at(25, 9, 45),
      end: at(25, 10),
      note: 'Call prep',
    }),
  ];
}

function renderDays(
  entries: TimeEntry[],
  options: {
    days?: number[];
    now?: number;
    handlers?: Partial<Parameters<typeof TimeDays>[0]>;
  } = {},
) {
  const now = options.now ?? NOW;
  const days = options.days ?? [startOfLocalDay(now)];
  const groups = groupEntriesByDay(entries, days, byId, now, startOfLocalDay(now));
  const props = {
    groups,
    clientsById: byId,
    activeClients: CLIENTS,
    activityTypes: DEFAULT_SETTINGS.activityTypes,
    now,
    overlapIds: findOverlaps(entries, now),
    maxDate: '2026-11-25',
    onUpdate: vi.fn(async () => null as FieldIssue[] | null),
    onSplit: vi.fn(async () => null as FieldIssue[] | null),
    onDelete: vi.fn(),
    onStop: vi.fn(),
    ...options.handlers,
  };
  render(<TimeDays {...props} />);
  return props;
}

function rows(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('.time-entries__item'));
}

describe('groupEntriesByDay', () => {
  const week = weekRange(NOW, 1);
  const days = dayStarts(week.from, endOfLocalDay(NOW));
  const list = [
    entry({ id: 'mon', clientId: 'rossi', start: at(23, 9) }),
    entry({ id: 'tue-late', clientId: 'rossi', start: at(24, 23, 30), end: at(25, 0, 30) }),
    entry({ id: 'wed-1', clientId: 'bianchi', start: at(25, 8) }),
    entry({ id: 'wed-2', clientId: 'bianchi', start: at(25, 10) }),
  ];

  it.each<[string, number[], number | undefined, [string, string[]][]]>([
    [
      'newest day first, newest entry first; an entry past midnight under both days',
      days,
      undefined,
      [
        [`Today, ${wed}`, ['wed-2', 'wed-1', 'tue-late']],
        [`Yesterday, ${tue}`, ['tue-late']],
        [mon, ['mon']],
      ],
    ],
    [
      'only the days asked for',
      [TODAY],
      undefined,
      [[`Today, ${wed}`, ['wed-2', 'wed-1', 'tue-late']]],
    ],
    [
      'an empty today is kept when asked (so it can say so)',
      [TODAY, at(22, 0)],
      TODAY,
      [[`Today, ${wed}`, ['wed-2', 'wed-1', 'tue-late']]],
    ],
  ])('%s', (_, dayList, alwaysShow, expected) => {
    const groups = groupEntriesByDay(list, dayList, byId, NOW, alwaysShow);
    expect(groups.map((g) => [dayHeading(g.day, NOW), g.entries.map((e) => e.id)])).toEqual(
      expected,
    );
  });

  it('counts only the part of an entry inside each day', () => {
    const [today, yesterday] = groupEntriesByDay(list, [TODAY, at(24, 0)], byId, NOW);
    expect(yesterday!.summary.totals[0]!.rawMinutes).toBe(30);
    expect(today!.summary.totals[0]!.rawMinutes).toBe(30 + 25 + 25);
  });

  it('shows an empty today with words', () => {
    renderDays([]);
    expect(screen.getByRole('heading', { name: `Today, ${wed}` })).toBeTruthy();
    expect(screen.getByText('No time logged today yet.')).toBeTruthy();
  });
});

describe('day totals: raw, billable after each client’s rounding, money per currency', () => {
  it('the sample morning: 1 h 20 min worked, 1 h 28 min billed, euros and pounds apart', () => {
    renderDays(sampleMorning());
    const day = screen.getByRole('region', { name: `Today, ${wed}` });
    // Rossi 25 → 30 min at €30 = €15.00; Bianchi 40 → 40 min at €25 = €16.67;
    // Hartley 15 → 18 min at £35 = £10.50.
    expect(day.querySelector('.time-totals')!.textContent).toBe(
      `Total ${m(80)} · billable ${m(88)} · €31.67 · £10.50`,
    );
    expect(rows().map((r) => r.querySelector('.time-entry__times')!.textContent)).toEqual([
      '09:45–10:00',
      '09:00–09:40',
      '08:30–08:55',
    ]);
  });

  // [rule, rounding, minimum, minutes worked, billable?, billed minutes, money at €25/h]
  it.each<[string, RoundingStep, number, number, boolean, number, string | null]>([
    ['no rounding', 0, 0, 25, true, 25, '€10.42'],
    ['up to 15 min', 15, 0, 25, true, 30, '€12.50'],
    ['up to 6 min', 6, 0, 13, true, 18, '€7.50'],
    ['a 15 min minimum', 5, 15, 7, true, 15, '€6.25'],
    ['a rule beyond an hour', 30, 0, 61, true, 90, '€37.50'],
    ['non-billable time bills nothing', 15, 15, 25, false, 0, null],
  ])('%s', (_, rounding, minimumMinutes, minutes, isBillable, billed, money) => {
    const rule = client({ id: 'x', name: 'X', rounding, minimumMinutes });
    const list = [
      entry({
        clientId: 'x',
        start: at(25, 9),
        end: at(25, 9) + minutes * MIN,
        billable: isBillable,
      }),
    ];
    const summary = summarize(list, new Map([['x', rule]]), {
      from: TODAY,
      to: endOfLocalDay(NOW),
      now: NOW,
    });
    const expected = [`Total ${m(minutes)}`, `billable ${m(billed)}`];
    if (money) expected.push(money);
    expect(totalsParts(summary)).toEqual(expected);
  });

  it('counts task fees in the money and says how many tasks', () => {
    const list = [
      entry({
        clientId: 'rossi',
        start: at(25, 9),
        end: at(25, 9),
        task: { typeId: 't', name: 'Appointment booked', fee: 500 },
      }),
      entry({ clientId: 'rossi', start: at(25, 10), end: at(25, 10, 15) }),
    ];
    renderDays(list);
    expect(document.querySelector('.time-totals')!.textContent).toBe(
      `Total ${m(15)} · billable ${m(15)} · 1 task · €12.50`,
    );
    expect(screen.getByText('Appointment booked: €5.00')).toBeTruthy();
  });

  it('speaks Italian', () => {
    setLanguage('it');
    renderDays(sampleMorning());
    expect(
      screen.getByRole('heading', { name: `Oggi, ${formatDate(TODAY, 'it-IT')}` }),
    ).toBeTruthy();
    expect(document.querySelector('.time-totals')!.textContent).toBe(
      `Totale ${formatMinutes(80, 'it-IT')} · fatturabile ${formatMinutes(88, 'it-IT')} · ` +
        `${formatMoney(3167, 'EUR', 'it-IT')} · ${formatMoney(1050, 'GBP', 'it-IT')}`,
    );
  });
});

describe('TimeEntryRow', () => {
  function renderRow(e: TimeEntry, overlapping = false, now = NOW) {
    render(
      <TimeEntryRow
        entry={e}
        client={byId.get(e.clientId)}
        day={TODAY}
        nextDay={endOfLocalDay(NOW)}
        now={now}
        overlapping={overlapping}
        editKey={e.id}
        onEdit={vi.fn()}
        onSplit={vi.fn()}
        onDelete={vi.fn()}
        onStop={vi.fn()}
      />,
    );
  }

  it('shows client, times, duration, note, activity, billing and the email link', () => {
    renderRow(
      entry({
        clientId: 'rossi',
        start: at(25, 8, 30),
        end: at(25, 8, 55),
        note: 'Triage posta',
        activityType: 'call',
        threadId: '1:FMfcgzQjgzpt',
      }),
    );
    const row = document.querySelector('.time-entry')!;
    expect(row.textContent).toContain('Studio Legale Rossi');
    expect(row.textContent).toContain('08:30–08:55');
    expect(row.querySelector('.time-entry__duration')!.textContent).toBe(m(25));
    expect(row.textContent).toContain('Triage posta');
    expect(row.textContent).toContain('Phone call');
    expect(row.textContent).toContain(`Billable: ${m(30)}`);
    const link = screen.getByRole('link', { name: /Email/ }) as HTMLAnchorElement;
    expect(link.href).toBe('https://mail.google.com/mail/u/1/#all/FMfcgzQjgzpt');
    expect(
      screen.getByRole('button', { name: 'Edit entry Studio Legale Rossi 08:30–08:55' }),
    ).toBeTruthy();
    expect(row.textContent).not.toContain('Overlaps another entry');
  });

  it('says when an entry is non-billable', () => {
    renderRow(entry({ clientId: 'hartley', start: at(25, 9), billable: false }));
    expect(document.querySelector('.time-entry')!.textContent).toContain('Non-billable');
  });

  it('counts a running entry up to now and offers Stop', () => {
    const running = entry({ clientId: 'bianchi', start: at(25, 11, 20), end: null, running: 1 });
    renderRow(running, false, at(25, 11, 52) + 30_000);
    const row = document.querySelector('.time-entry')!;
    expect(row.textContent).toContain('11:20–Running');
    expect(row.querySelector('.time-entry__duration')!.textContent).toBe(m(32));
    expect(
      screen.getByRole('button', { name: 'Stop the timer Bianchi Immobiliare 11:20–Running' }),
    ).toBeTruthy();
  });

  it('flags overlapping entries, and only those', () => {
    renderDays([
      entry({ id: 'a', clientId: 'rossi', start: at(25, 9), end: at(25, 10) }),
      entry({ id: 'b', clientId: 'bianchi', start: at(25, 9, 30), end: at(25, 9, 45) }),
      entry({ id: 'c', clientId: 'hartley', start: at(25, 10), end: at(25, 10, 30) }),
    ]);
    const flagged = rows().map((r) => [
      r.querySelector('.time-entry__times')!.textContent,
      r.textContent!.includes('Overlaps another entry'),
    ]);
    expect(flagged).toEqual([
      ['10:00–10:30', false],
      ['09:30–09:45', true],
      ['09:00–10:00', true],
    ]);
  });
});

describe('inputFromEntryDraft', () => {
  const original = entry({
    id: 'o',
    clientId: 'rossi',
    start: at(25, 8, 30) + 17_000, // a timer's seconds
    end: at(25, 8, 55) + 42_000,
  });
  const base = draftFromEntry(original);

  it.each<[string, Partial<EntryDraft>, { start: number; end: number | null } | FieldIssue[]]>([
    [
      'untouched times keep their seconds',
      { note: 'new note' },
      { start: original.start, end: original.end },
    ],
    // Once a time changes, the entry is what the form shows: no hidden seconds.
    ['a new start time', { start: '08:40' }, { start: at(25, 8, 40), end: at(25, 8, 55) }],
    ['a new end time', { end: '09:10' }, { start: at(25, 8, 30), end: at(25, 9, 10) }],
    [
      'a duration sets the end',
      { duration: '1h30', endBy: 'duration' },
      { start: at(25, 8, 30), end: at(25, 10) },
    ],
    [
      'an Italian duration',
      { duration: '1,5 ore', endBy: 'duration' },
      { start: at(25, 8, 30), end: at(25, 10) },
    ],
    [
      'a duration past midnight',
      { start: '23:30', duration: '1:00', endBy: 'duration' },
      { start: at(25, 23, 30), end: at(26, 0, 30) },
    ],
    ['another date', { date: '2026-11-24' }, { start: at(24, 8, 30), end: at(24, 8, 55) }],
    ['no start', { start: '' }, [{ field: 'start', message: 'errorTimeInvalid' }]],
    ['no date', { date: '' }, [{ field: 'date', message: 'errorDateInvalid' }]],
    ['no end', { end: '' }, [{ field: 'end', message: 'timeErrorEndRequired' }]],
    [
      'a duration that is no duration',
      { duration: 'tanto', endBy: 'duration' },
      [{ field: 'duration', message: 'errorDurationInvalid' }],
    ],
    [
      'a duration of nothing',
      { duration: '0', endBy: 'duration' },
      [{ field: 'duration', message: 'errorDurationZero' }],
    ],
    [
      'a duration over a day',
      { duration: '25h', endBy: 'duration' },
      [{ field: 'duration', message: 'errorDurationTooLong' }],
    ],
    ['no client', { clientId: '' }, [{ field: 'clientId', message: 'errorClientUnknown' }]],
  ])('%s', (_, patch, expected) => {
    const result = inputFromEntryDraft({ ...base, ...patch }, original);
    if (Array.isArray(expected)) expect(result).toEqual({ ok: false, issues: expected });
    else expect(result).toMatchObject({ ok: true, values: expected });
  });

  it('keeps a running entry running when the end is left empty', () => {
    const running = entry({ clientId: 'rossi', start: at(25, 11), end: null, running: 1 });
    expect(inputFromEntryDraft(draftFromEntry(running), running)).toMatchObject({
      ok: true,
      values: { start: running.start, end: null },
    });
  });
});

describe('TimeEntryForm', () => {
  function renderForm(
    onSubmit = vi.fn(async (): Promise<FieldIssue[] | null> => null),
    mode: 'add' | 'edit' = 'edit',
  ) {
    const original = sampleMorning()[0]!;
    render(
      <TimeEntryForm
        idPrefix="f"
        mode={mode}
        initial={mode === 'edit' ? draftFromEntry(original) : emptyEntryDraft(NOW, 'email')}
        entry={mode === 'edit' ? original : undefined}
        clients={CLIENTS}
        activityTypes={DEFAULT_SETTINGS.activityTypes}
        maxDate="2026-11-25"
        onSubmit={onSubmit}
        onCancel={vi.fn()}
      />,
    );
    return { onSubmit, original };
  }
  const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

  it('focuses the first field and keeps end and duration in step', async () => {
    renderForm();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Client')));
    expect(input('Duration').value).toBe('0:25');
    fireEvent.input(input('End time'), { target: { value: '09:30' } });
    expect(input('Duration').value).toBe('1:00');
    fireEvent.input(input('Duration'), { target: { value: '45' } });
    expect(input('End time').value).toBe('09:15');
    fireEvent.input(input('Start time'), { target: { value: '08:00' } });
    expect(input('End time').value).toBe('08:45');
  });

  it('shows problems in words next to their fields, and saves nothing', async () => {
    const { onSubmit } = renderForm();
    fireEvent.input(input('Start time'), { target: { value: '' } });
    fireEvent.input(input('Duration'), { target: { value: '1,5' } });
    fireEvent.submit(input('Note').form!);
    await waitFor(() => expect(input('Start time').getAttribute('aria-invalid')).toBe('true'));
    const errorOf = (label: string) =>
      document.getElementById(input(label).getAttribute('aria-describedby')!.split(' ').pop()!)!
        .textContent;
    expect(errorOf('Start time')).toBe('Enter times as hours and minutes, e.g. 09:00.');
    expect(errorOf('Duration')).toBe('Enter the duration like 25, 1:30, 1h30 or 1.5h.');
    expect(document.activeElement).toBe(input('Start time'));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("shows the repository's refusal beside the field that set the end", async () => {
    const onSubmit = vi.fn(async (): Promise<FieldIssue[] | null> => [
      { field: 'end', message: 'errorEndBeforeStart' },
    ]);
    renderForm(onSubmit);
    fireEvent.input(input('End time'), { target: { value: '08:00' } });
    fireEvent.submit(input('Note').form!);
    await waitFor(() =>
      expect(screen.getByText('The end must come after the start.')).toBeTruthy(),
    );
    expect(input('End time').getAttribute('aria-invalid')).toBe('true');
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ clientId: 'rossi', start: at(25, 8, 30), end: at(25, 8) }),
    );
  });

  it('takes billable from the client of a new entry until the VA sets it', () => {
    renderForm(undefined, 'add');
    const billable = input('Billable');
    fireEvent.change(screen.getByLabelText('Client'), { target: { value: 'hartley' } });
    expect(billable.checked).toBe(false);
    fireEvent.change(screen.getByLabelText('Client'), { target: { value: 'rossi' } });
    expect(billable.checked).toBe(true);
    fireEvent.click(billable);
    fireEvent.change(screen.getByLabelText('Client'), { target: { value: 'hartley' } });
    expect(billable.checked).toBe(false);
    fireEvent.change(screen.getByLabelText('Client'), { target: { value: 'bianchi' } });
    expect(billable.checked).toBe(false);
  });
});

describe('TimeDays: editing and splitting in place', () => {
  it('opens the form in the row, saves, and returns focus to the row', async () => {
    const props = renderDays(sampleMorning());
    fireEvent.click(
      screen.getByRole('button', { name: 'Edit entry Studio Legale Rossi 08:30–08:55' }),
    );
    const form = screen.getByRole('form', { name: 'Edit time entry' });
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText('Client')));
    fireEvent.input(within(form).getByLabelText('Start time'), { target: { value: '08:40' } });
    fireEvent.submit(form);
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(props.onUpdate).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'r' }),
      expect.objectContaining({ start: at(25, 8, 40), end: at(25, 8, 55) }),
    );
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe(
        'Edit entry Studio Legale Rossi 08:30–08:55',
      ),
    );
  });

  it('closes the form on Escape and returns focus to the row', async () => {
    const props = renderDays(sampleMorning());
    fireEvent.click(screen.getByRole('button', { name: /^Edit entry Hartley Coaching/ }));
    fireEvent.keyDown(screen.getByLabelText('Note'), { key: 'Escape' });
    expect(screen.queryByRole('form')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Edit entry Hartley/),
    );
    expect(props.onUpdate).not.toHaveBeenCalled();
  });

  it('splits at the time chosen', async () => {
    const props = renderDays(sampleMorning());
    fireEvent.click(
      screen.getByRole('button', { name: 'Split entry Bianchi Immobiliare 09:00–09:40' }),
    );
    const splitAt = screen.getByLabelText('Split at') as HTMLInputElement;
    expect(splitAt.value).toBe('09:20');
    fireEvent.input(splitAt, { target: { value: '09:10' } });
    fireEvent.submit(splitAt.form!);
    await waitFor(() =>
      expect(props.onSplit).toHaveBeenCalledWith(
        expect.objectContaining({ id: 'b' }),
        at(25, 9, 10),
      ),
    );
  });

  it.each([
    ['09:10', at(25, 9, 10)],
    ['9.10', at(25, 9, 10)],
    ['nove', null],
  ])('splitInstant(%j)', (text, expected) => {
    expect(splitInstant({ start: at(25, 9), end: at(25, 9, 40) }, text, NOW)).toBe(expected);
  });

  it('splits an entry past midnight on the next day', () => {
    expect(splitInstant({ start: at(24, 23, 30), end: at(25, 0, 30) }, '00:10', NOW)).toBe(
      at(25, 0, 10),
    );
  });
});

describe('TimeStatus: confirmations and undo', () => {
  it('says what happened in a status region and offers Undo', () => {
    const onUndo = vi.fn();
    render(<TimeStatus message="Entry deleted." canUndo onUndo={onUndo} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Entry deleted.Undo');
    fireEvent.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledOnce();
  });

  it('has no Undo once it can no longer be undone', () => {
    render(<TimeStatus message="" canUndo={false} onUndo={vi.fn()} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('budget: monthly hours package', () => {
  const month = monthRange(NOW);
  const pkg = client({ id: 'p', name: 'Pacchetto', rounding: 15, monthlyBudgetHours: 10 });
  const hours = (h: number) => [
    entry({ clientId: 'p', start: at(2, 9), end: at(2, 9) + h * 60 * MIN }),
  ];

  it.each<[string, TimeEntry[], string | null, string]>([
    ['well inside', hours(4), null, `Used ${m(240)} of ${m(600)} · ${m(360)} left`],
    [
      'at 80 %',
      hours(8),
      '80% of the monthly package used',
      `Used ${m(480)} of ${m(600)} · ${m(120)} left`,
    ],
    [
      'at 100 %',
      hours(10),
      'Monthly package used up (100%)',
      `Used ${m(600)} of ${m(600)} · ${m(0)} left`,
    ],
    [
      'beyond',
      hours(11.5),
      'Monthly package used up (115%)',
      `Used ${m(690)} of ${m(600)} · ${m(90)} over`,
    ],
  ])('%s', (_, list, alert, used) => {
    render(<TimeBudget rows={budgetRows(list, [pkg, rossi], month, NOW)} />);
    const item = screen.getByRole('listitem', { name: 'Monthly package of Pacchetto' });
    expect(item.textContent).toContain(used);
    const shown = item.querySelector('.time-budget__alert');
    expect(shown?.textContent.replace('⚠ ', '') ?? null).toBe(alert);
  });

  it('uses billable minutes after rounding, only this month, only clients with a package', () => {
    const list = [
      entry({ clientId: 'rossi', start: at(25, 9), end: at(25, 9, 1) }), // 1 min → 15
      entry({ clientId: 'rossi', start: at(24, 9), end: at(24, 9, 20), billable: false }),
      entry({ clientId: 'bianchi', start: at(25, 9) }),
    ];
    const result = budgetRows(list, CLIENTS, month, NOW);
    expect(result.map((r) => [r.client.id, r.usedMinutes, r.status.level])).toEqual([
      ['rossi', 15, 'ok'],
    ]);
  });

  it('shows nothing when no package has time this month', () => {
    const { container } = render(<TimeBudget rows={[]} />);
    expect(container.textContent).toBe('');
  });
});

describe('TimeView with the database', () => {
  async function seed() {
    const { id: _id, nameKey: _k, archived: _a, createdAt: _c, updatedAt: _u, ...input } = rossi;
    const owner = await createClient(input);
    const start = startOfLocalDay(Date.now()) + 60_000; // 00:01 today: never in the future
    const saved = await addEntry({
      clientId: owner.id,
      start,
      end: start + 25 * MIN,
      note: 'Triage posta',
      billable: true,
      activityType: 'email',
      task: null,
      caller: '',
      threadId: null,
      appointmentId: null,
      calendarEventId: null,
    });
    return saved;
  }

  it('deletes an entry with Undo, which puts it back', async () => {
    const saved = await seed();
    render(<TimeView settings={DEFAULT_SETTINGS} />);
    const remove = await screen.findByRole('button', { name: /^Delete entry Studio Legale Rossi/ });
    fireEvent.click(remove);
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(screen.getByRole('status').textContent).toContain('Entry deleted.');
    await waitFor(() => expect(document.activeElement).toBe(undo));
    await waitFor(() => expect(screen.queryByText('Triage posta')).toBeNull());
    expect(await getEntry(saved.id)).toBeUndefined();

    fireEvent.click(undo);
    await screen.findByText('Triage posta');
    expect(await getEntry(saved.id)).toEqual(saved);
    expect(screen.getByRole('status').textContent).toBe('Entry restored.');
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toMatch(
        /^Edit entry Studio Legale Rossi/,
      ),
    );
  });

  it('takes Undo away after 10 seconds', async () => {
    await seed();
    render(<TimeView settings={DEFAULT_SETTINGS} />);
    const remove = await screen.findByRole('button', { name: /^Delete entry/ });
    // Only the undo timer is faked; vi.waitFor keeps real timers for itself and the database.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fireEvent.click(remove);
      await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeTruthy());
      vi.advanceTimersByTime(9_000);
      expect(screen.queryByRole('button', { name: 'Undo' })).toBeTruthy();
      vi.advanceTimersByTime(1_500);
      await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
      expect(screen.getByRole('status').textContent).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });
  it('shows a running timer counting, and stops it', async () => {
    const { started } = await startTimer({ clientId: (await seed()).clientId, note: 'Telefonata' });
    render(<TimeView settings={DEFAULT_SETTINGS} />);
    const row = (await screen.findByText('Telefonata')).closest('.time-entry')!;
    expect(row.textContent).toContain('Running');
    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: /^Stop the timer/ }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Timer stopped.'));
    await waitFor(() => expect(screen.queryByText('Running')).toBeNull());
    expect((await getEntry(started.id))?.end).toBeTypeOf('number');
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('data-edit-entry')).toBe(started.id),
    );
  });
});
