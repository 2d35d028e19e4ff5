import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '@/utils/model/errors';
import type { TimeEntry } from '@/utils/model/types';
import {
  draftFromEntry,
  emptyEntryDraft,
  endForDuration,
  entryClientPatch,
  entryTaskPatch,
  inputFromEntryDraft,
  syncEntryDraft,
  type EntryDraft,
} from '@/utils/time/entry-draft';

/** Local (Europe/Rome) wall time on 26 Nov 2026. */
const at = (h: number, m = 0, s = 0, day = 26) => new Date(2026, 10, day, h, m, s).getTime();
const TODAY = at(12);

const entry = (overrides: Partial<TimeEntry> = {}): TimeEntry => ({
  id: 'e1',
  clientId: 'c1',
  start: at(9, 3, 17),
  end: at(9, 48, 2),
  note: 'Inbox',
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
});

const filled = (patch: Partial<EntryDraft>): EntryDraft => ({
  ...emptyEntryDraft(TODAY, 'email'),
  clientId: 'c1',
  start: '09:00',
  end: '09:30',
  ...patch,
});

describe('emptyEntryDraft', () => {
  it('starts on the given day, billable, with the given activity and nothing else', () => {
    expect(emptyEntryDraft(TODAY, 'admin')).toEqual({
      clientId: '',
      date: '2026-11-26',
      start: '',
      end: '',
      duration: '',
      endBy: 'end',
      note: '',
      billable: true,
      activityType: 'admin',
      keepThread: false,
      task: null,
      caller: '',
    });
  });
});

describe('draftFromEntry', () => {
  it.each<[string, Partial<TimeEntry>, Partial<EntryDraft>]>([
    [
      'a finished entry',
      {},
      { date: '2026-11-26', start: '09:03', end: '09:48', duration: '0:44', endBy: 'end' },
    ],
    ['a running entry', { end: null }, { start: '09:03', end: '', duration: '', endBy: 'end' }],
    [
      'an entry past midnight: the duration says when it ends',
      { start: at(23, 30), end: at(0, 30, 0, 27) },
      { date: '2026-11-26', start: '23:30', end: '00:30', endBy: 'duration' },
    ],
    ['an entry linked to an email', { threadId: '0:abc' }, { keepThread: true }],
  ])('%s', (_, overrides, expected) => {
    expect(draftFromEntry(entry(overrides))).toMatchObject(expected);
  });
});

describe('inputFromEntryDraft: round trips', () => {
  it('an untouched entry keeps its exact instants, seconds and all', () => {
    const original = entry({ threadId: '0:abc' });
    const result = inputFromEntryDraft(draftFromEntry(original), original);
    expect(result).toEqual({
      ok: true,
      values: {
        clientId: 'c1',
        start: original.start,
        end: original.end,
        note: 'Inbox',
        billable: true,
        activityType: 'email',
        threadId: '0:abc',
        task: null,
        caller: '',
      },
    });
  });

  it.each<[string, Partial<EntryDraft>, number, number | null]>([
    ['an end time', {}, at(9), at(9, 30)],
    ['a duration', { end: '', duration: '1:15', endBy: 'duration' }, at(9), at(10, 15)],
    [
      'a duration past midnight',
      { start: '23:30', end: '', duration: '1h', endBy: 'duration' },
      at(23, 30),
      at(0, 30, 0, 27),
    ],
    [
      'a fixed-fee task without minutes',
      { end: '', task: { typeId: 't', name: 'x', fee: 5 } },
      at(9),
      at(9),
    ],
  ])('a new entry with %s', (_, patch, start, end) => {
    expect(inputFromEntryDraft(filled(patch))).toMatchObject({ ok: true, values: { start, end } });
  });

  it('drops the thread link when the VA unticks it, and the caller unless it is a call', () => {
    const original = entry({ threadId: '0:abc' });
    const draft = { ...draftFromEntry(original), keepThread: false, caller: 'Anna' };
    expect(inputFromEntryDraft(draft, original)).toMatchObject({
      ok: true,
      values: { threadId: null, caller: '' },
    });
  });
});

describe('inputFromEntryDraft: what it refuses', () => {
  it.each<[string, Partial<EntryDraft>, FieldIssue[]]>([
    ['no client', { clientId: '' }, [{ field: 'clientId', message: 'errorClientUnknown' }]],
    ['no date', { date: '' }, [{ field: 'date', message: 'errorDateInvalid' }]],
    ['a start that is no time', { start: '9h' }, [{ field: 'start', message: 'errorTimeInvalid' }]],
    ['no end', { end: '' }, [{ field: 'end', message: 'timeErrorEndRequired' }]],
    ['an end that is no time', { end: '25:00' }, [{ field: 'end', message: 'errorTimeInvalid' }]],
    [
      'a duration that is no duration',
      { duration: 'soon', endBy: 'duration' },
      [{ field: 'duration', message: 'errorDurationInvalid' }],
    ],
    [
      'a zero duration',
      { duration: '0', endBy: 'duration' },
      [{ field: 'duration', message: 'errorDurationZero' }],
    ],
  ])('%s', (_, patch, issues) => {
    expect(inputFromEntryDraft(filled(patch))).toEqual({ ok: false, issues });
  });

  it('lets a running entry keep running without an end', () => {
    const original = entry({ end: null });
    const draft = { ...draftFromEntry(original), note: 'changed' };
    expect(inputFromEntryDraft(draft, original)).toMatchObject({ ok: true, values: { end: null } });
  });
});

describe('endForDuration and syncEntryDraft', () => {
  it.each<[string, string, { end: string; nextDay: boolean } | null]>([
    ['09:00', '30', { end: '09:30', nextDay: false }],
    ['23:30', '1h', { end: '00:30', nextDay: true }],
    ['', '30', null],
    ['09:00', 'soon', null],
  ])('%s + %s', (start, duration, expected) => {
    expect(endForDuration(start, duration)).toEqual(expected);
  });

  it.each<[string, Partial<EntryDraft>, Partial<EntryDraft>]>([
    ['an end sets the duration', { start: '09:00', end: '10:30' }, { duration: '1:30' }],
    ['an end before the start clears it', { start: '10:00', end: '09:00' }, { duration: '' }],
    [
      'a duration sets the end',
      { start: '09:00', duration: '45', endBy: 'duration' },
      { end: '09:45' },
    ],
    [
      'a half-typed time changes nothing',
      { start: '9', end: '10:00', duration: 'x' },
      { duration: 'x' },
    ],
  ])('%s', (_, patch, expected) => {
    expect(syncEntryDraft(filled(patch))).toMatchObject(expected);
  });
});

describe('choosing a client or a task', () => {
  const task = { id: 't1', name: 'Appuntamento', fee: 500 };
  it.each<[string, Partial<EntryDraft>, Partial<EntryDraft>]>([
    [
      'a non-billable client',
      entryClientPatch('c2', { billableByDefault: false }, false),
      { clientId: 'c2', billable: false },
    ],
    [
      'once the VA has set billable, the client leaves it',
      entryClientPatch('c2', { billableByDefault: false }, true),
      { clientId: 'c2' },
    ],
    [
      'a task with a fee is not billed by the minute',
      entryTaskPatch(task, { billableByDefault: true }, false),
      { task: { typeId: 't1', name: 'Appuntamento', fee: 500 }, billable: false },
    ],
    [
      'a free task leaves billable alone',
      entryTaskPatch({ ...task, fee: 0 }, { billableByDefault: true }, false),
      { task: { typeId: 't1', name: 'Appuntamento', fee: 0 } },
    ],
    ['no task', entryTaskPatch(undefined, { billableByDefault: true }, false), { task: null }],
  ])('%s', (_, patch, expected) => {
    expect(patch).toEqual(expected);
  });
});
