import { timerRevision } from '@/utils/messaging/revision-items';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/utils/db/app-db';
import { createClient, setClientArchived } from '@/utils/db/clients-repo';
import { MissingRecordError, ValidationError } from '@/utils/model/errors';
import {
  addEntry,
  deleteEntry,
  getRunningEntry,
  recentClientIds,
  restoreEntry,
  splitEntry,
  startTimer,
  stopTimer,
  updateEntry,
} from '@/utils/db/time-entries-repo';
import { idlePrompt, resolveIdle } from '@/utils/db/timer-prompts';
import { clientInput } from './factories';
import type { EntryInput } from '@/utils/model/inputs';

const MIN = 60_000;
const NOW = new Date(2026, 10, 26, 15, 0).getTime();

const entry = (
  clientId: string,
  start: number,
  end: number | null,
  extra: Partial<EntryInput> = {},
): EntryInput => ({
  clientId,
  start,
  end,
  note: '',
  billable: true,
  activityType: 'email',
  task: null,
  caller: '',
  threadId: null,
  appointmentId: null,
  calendarEventId: null,
  ...extra,
});

async function issuesOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues.map((i) => i.message);
}

describe('timer', () => {
  it('starts a running entry stored at once, with billable from the client', async () => {
    const rossi = await createClient(clientInput('Rossi', { billableByDefault: false }));
    const before = await timerRevision.getValue();
    const { started, stopped } = await startTimer({ clientId: rossi.id, note: 'posta' }, NOW);
    expect(stopped).toBeNull();
    expect(started).toMatchObject({
      clientId: rossi.id,
      start: NOW,
      end: null,
      running: 1,
      billable: false,
      note: 'posta',
    });
    expect(await getRunningEntry()).toEqual(started);
    expect(await timerRevision.getValue()).toBeGreaterThan(before);
  });

  it('switching client stops the running entry and starts the next in one go: never two running', async () => {
    const rossi = await createClient(clientInput('Rossi'));
    const bianchi = await createClient(clientInput('Bianchi'));
    const first = (await startTimer({ clientId: rossi.id }, NOW)).started;
    const { started, stopped } = await startTimer({ clientId: bianchi.id }, NOW + 10 * MIN);
    expect(stopped).toMatchObject({ id: first.id, end: NOW + 10 * MIN });
    expect(stopped).not.toHaveProperty('running');
    expect(started.clientId).toBe(bianchi.id);
    expect(await getDb().timeEntries.where('running').equals(1).count()).toBe(1);
  });

  it('a failed start (archived client) leaves the running timer alone', async () => {
    const rossi = await createClient(clientInput('Rossi'));
    const old = await createClient(clientInput('Old'));
    await setClientArchived(old.id, true);
    const running = (await startTimer({ clientId: rossi.id }, NOW)).started;
    expect(await issuesOf(startTimer({ clientId: old.id }, NOW + MIN))).toEqual([
      'errorClientArchived',
    ]);
    expect(await getRunningEntry()).toEqual(running);
  });

  it('stops, and caps a timer forgotten for days at 24 hours', async () => {
    const rossi = await createClient(clientInput('Rossi'));
    await startTimer({ clientId: rossi.id }, NOW - 3 * 24 * 60 * MIN);
    const stopped = await stopTimer(NOW);
    expect(stopped!.end! - stopped!.start).toBe(24 * 60 * MIN);
    expect(await getRunningEntry()).toBeUndefined();
    expect(await stopTimer(NOW)).toBeNull();
  });
});

describe('entries', () => {
  it.each<[string, Partial<EntryInput>, string[]]>([
    ['end before start', { start: NOW, end: NOW - MIN }, ['errorEndBeforeStart']],
    ['zero minutes', { start: NOW, end: NOW }, ['errorDurationZero']],
    ['over 24 hours', { start: NOW - 25 * 60 * MIN, end: NOW }, ['errorDurationTooLong']],
    ['tomorrow', { start: NOW + 24 * 60 * MIN, end: NOW + 25 * 60 * MIN }, ['errorEntryInFuture']],
    ['no activity', { start: NOW - MIN, end: NOW, activityType: ' ' }, ['errorActivityInvalid']],
    ['a long note', { start: NOW - MIN, end: NOW, note: 'x'.repeat(2001) }, ['errorNotesTooLong']],
  ])('rejects %s and saves nothing', async (_, patch, messages) => {
    const rossi = await createClient(clientInput('Rossi'));
    expect(await issuesOf(addEntry(entry(rossi.id, 0, 0, patch), NOW))).toEqual(messages);
    expect(await getDb().timeEntries.count()).toBe(0);
  });

  it('rejects an unknown client', async () => {
    expect(await issuesOf(addEntry(entry('nobody', NOW - MIN, NOW), NOW))).toEqual([
      'errorClientUnknown',
    ]);
  });

  it('accepts a fixed-fee task with no minutes, later today', async () => {
    const rossi = await createClient(clientInput('Rossi'));
    const task = { typeId: 't1', name: 'Appuntamento fissato', fee: 500 };
    const saved = await addEntry(
      entry(rossi.id, NOW + 60 * MIN, NOW + 60 * MIN, { task, billable: false }),
      NOW,
    );
    expect(saved).toMatchObject({ task, billable: false, end: saved.start });
  });

  it('edits the start time and keeps the rest', async () => {
    const rossi = await createClient(clientInput('Rossi'));
    const saved = await addEntry(entry(rossi.id, NOW - 30 * MIN, NOW, { note: 'call' }), NOW);
    const edited = await updateEntry(saved.id, { start: NOW - 45 * MIN }, NOW + 1);
    expect(edited).toMatchObject({
      start: NOW - 45 * MIN,
      end: NOW,
      note: 'call',
      createdAt: NOW,
      updatedAt: NOW + 1,
    });
    expect(await issuesOf(updateEntry(saved.id, { start: NOW + MIN }, NOW))).toEqual([
      'errorEndBeforeStart',
    ]);
    await expect(updateEntry('missing', {}, NOW)).rejects.toBeInstanceOf(MissingRecordError);
  });

  it('splits an entry in two at a time inside it', async () => {
    const rossi = await createClient(clientInput('Rossi'));
    const saved = await addEntry(entry(rossi.id, NOW - 60 * MIN, NOW, { note: 'n' }), NOW);
    const [a, b] = await splitEntry(saved.id, NOW - 20 * MIN, NOW);
    expect([a.start, a.end, b.start, b.end]).toEqual([
      NOW - 60 * MIN,
      NOW - 20 * MIN,
      NOW - 20 * MIN,
      NOW,
    ]);
    expect(b.id).not.toBe(a.id);
    expect(b.note).toBe('n');
    expect(await issuesOf(splitEntry(saved.id, NOW + MIN, NOW))).toEqual(['errorSplitOutside']);
  });

  it('deletes with undo', async () => {
    const rossi = await createClient(clientInput('Rossi'));
    const saved = await addEntry(entry(rossi.id, NOW - 10 * MIN, NOW), NOW);
    const removed = await deleteEntry(saved.id);
    expect(await getDb().timeEntries.count()).toBe(0);
    await restoreEntry(removed);
    expect(await getDb().timeEntries.get(saved.id)).toEqual(saved);
  });

  it('undoing the delete of a running timer while another runs brings it back stopped', async () => {
    const rossi = await createClient(clientInput('Rossi'));
    const first = (await startTimer({ clientId: rossi.id }, NOW - 30 * MIN)).started;
    const removed = await deleteEntry(first.id);
    await startTimer({ clientId: rossi.id }, NOW - 10 * MIN);
    const restored = await restoreEntry(removed, NOW);
    expect(restored.end).toBe(NOW);
    expect(await getDb().timeEntries.where('running').equals(1).count()).toBe(1);
  });

  it('lists recent clients, most recent first', async () => {
    const a = await createClient(clientInput('A'));
    const b = await createClient(clientInput('B'));
    const c = await createClient(clientInput('C'));
    await addEntry(entry(a.id, NOW - 90 * MIN, NOW - 80 * MIN), NOW);
    await addEntry(entry(b.id, NOW - 60 * MIN, NOW - 50 * MIN), NOW);
    await addEntry(entry(a.id, NOW - 30 * MIN, NOW - 20 * MIN), NOW);
    expect(await recentClientIds()).toEqual([a.id, b.id]);
    expect(await recentClientIds(1)).toEqual([a.id]);
    expect(c.id).toBeTruthy();
  });
});

describe('idle prompt', () => {
  it.each([
    ['keep', 1, [[NOW - 60 * MIN, null]]],
    [
      'discard',
      2,
      [
        [NOW - 60 * MIN, NOW - 30 * MIN],
        [NOW, null],
      ],
    ],
    ['discardAndStop', 1, [[NOW - 60 * MIN, NOW - 30 * MIN]]],
  ] as const)('%s', async (choice, count, spans) => {
    const rossi = await createClient(clientInput('Rossi'));
    const running = (await startTimer({ clientId: rossi.id, note: 'posta' }, NOW - 60 * MIN))
      .started;
    const prompt = { entryId: running.id, clientId: rossi.id, from: NOW - 30 * MIN, to: NOW };
    await idlePrompt.setValue(prompt);
    await resolveIdle(prompt, choice, NOW);
    const rows = await getDb().timeEntries.orderBy('start').toArray();
    expect(rows).toHaveLength(count);
    expect(rows.map((r) => [r.start, r.end])).toEqual(spans);
    expect(rows.every((r) => r.note === 'posta')).toBe(true);
    expect(await idlePrompt.getValue()).toBeNull();
  });
});
