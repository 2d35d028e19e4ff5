import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '@/utils/model/errors';
import {
  emptyQuickLogDraft,
  entryMinutes,
  inputFromQuickLogDraft,
  quickLogClientPatch,
  quickLogDurationError,
  quickLogEntryInput,
  quickLogTaskPatch,
  type QuickLogClient,
  type QuickLogDraft,
} from '@/utils/time/quick-log-draft';

const MIN = 60_000;
const FEE = { id: 't1', name: 'Appuntamento', fee: 500 };
const FREE = { id: 't2', name: 'Promemoria', fee: 0 };
const ROSSI: QuickLogClient = {
  id: 'rossi',
  name: 'Studio Rossi',
  shortName: 'Rossi',
  color: '#188038',
  currency: 'EUR',
  billableByDefault: true,
  taskTypes: [FEE, FREE],
};
const filled = (patch: Partial<QuickLogDraft> = {}): QuickLogDraft => ({
  ...emptyQuickLogDraft('email'),
  clientId: 'rossi',
  duration: '25',
  ...patch,
});

describe('emptyQuickLogDraft', () => {
  it('starts with no client, billable, on the given activity', () => {
    expect(emptyQuickLogDraft('call')).toEqual({
      clientId: '',
      duration: '',
      taskId: '',
      note: '',
      caller: '',
      activityType: 'call',
      billable: true,
    });
  });
});

describe('inputFromQuickLogDraft', () => {
  it.each<[string, Partial<QuickLogDraft>, object]>([
    ['minutes', {}, { clientId: 'rossi', minutes: 25, task: null, caller: '' }],
    ['a task without minutes', { taskId: 't1', duration: ' ' }, { minutes: null, task: FEE }],
    ['a task with minutes', { taskId: 't1', duration: '1:00' }, { minutes: 60, task: FEE }],
    ['a call keeps who called', { activityType: 'call', caller: 'Anna' }, { caller: 'Anna' }],
    ['other work drops the caller', { activityType: 'email', caller: 'Anna' }, { caller: '' }],
  ])('%s', (_, patch, values) => {
    expect(inputFromQuickLogDraft(filled(patch), ROSSI)).toEqual({
      ok: true,
      values: expect.objectContaining(values),
    });
  });

  it.each<[string, Partial<QuickLogDraft>, QuickLogClient | undefined, FieldIssue[]]>([
    ['no client', {}, undefined, [{ field: 'clientId', message: 'errorClientUnknown' }]],
    ['no minutes', { duration: '' }, ROSSI, [{ field: 'duration', message: 'durationEmpty' }]],
    ['nonsense', { duration: 'soon' }, ROSSI, [{ field: 'duration', message: 'durationInvalid' }]],
    ['zero', { duration: '0' }, ROSSI, [{ field: 'duration', message: 'durationZero' }]],
  ])('refuses %s', (_, patch, client, issues) => {
    expect(inputFromQuickLogDraft(filled(patch), client)).toEqual({ ok: false, issues });
  });

  it.each<[Partial<QuickLogDraft>, ReturnType<typeof quickLogDurationError>]>([
    [{ duration: '' }, 'empty'],
    [{ duration: '', taskId: 't1' }, null],
    [{ duration: 'x', taskId: 't1' }, 'invalid'],
    [{ duration: '90m' }, null],
  ])('the live duration error of %j is %s', (patch, expected) => {
    expect(quickLogDurationError(filled(patch), ROSSI)).toBe(expected);
  });
});

describe('choosing a client or a task', () => {
  it.each([
    [
      'a client drops the task and bills as usual',
      quickLogClientPatch('rossi', ROSSI),
      { clientId: 'rossi', taskId: '', billable: true },
    ],
    [
      'a non-billable client',
      quickLogClientPatch('b', { ...ROSSI, id: 'b', billableByDefault: false }),
      { clientId: 'b', taskId: '', billable: false },
    ],
    ['a task with a fee', quickLogTaskPatch('t1', ROSSI), { taskId: 't1', billable: false }],
    ['a free task', quickLogTaskPatch('t2', ROSSI), { taskId: 't2', billable: true }],
    ['no task', quickLogTaskPatch('', ROSSI), { taskId: '', billable: true }],
  ])('%s', (_, patch, expected) => {
    expect(patch).toEqual(expected);
  });
});

describe('quickLogEntryInput and entryMinutes', () => {
  const now = Date.parse('2026-11-26T10:00:00Z');
  it('round trips: the entry ends now and lasts the minutes typed', () => {
    const result = inputFromQuickLogDraft(filled({ note: 'Inbox' }), ROSSI);
    if (!result.ok) throw new Error('draft refused');
    const input = quickLogEntryInput(result.values, now);
    expect(input).toEqual({
      clientId: 'rossi',
      start: now - 25 * MIN,
      end: now,
      note: 'Inbox',
      billable: true,
      activityType: 'email',
      task: null,
      caller: '',
      threadId: null,
      appointmentId: null,
      calendarEventId: null,
    });
    expect(entryMinutes(input, now)).toBe(25);
  });

  it.each([
    [{ start: now - 90 * MIN, end: now - 30 * MIN }, 60],
    [{ start: now - 90 * MIN + 30_000, end: null }, 89],
  ])('entryMinutes(%j) = %i', (entry, minutes) => {
    expect(entryMinutes(entry, now)).toBe(minutes);
  });
});
