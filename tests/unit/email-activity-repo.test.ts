import { describe, expect, it } from 'vitest';
import { createClient } from '@/utils/db/clients-repo';
import {
  addEmailActivity,
  getThreadActivity,
  listUnloggedEmailTime,
} from '@/utils/db/email-activity-repo';
import { ValidationError } from '@/utils/model/errors';
import { tagThread } from '@/utils/db/threads-repo';
import { addEntry, startTimer } from '@/utils/db/time-entries-repo';
import { clientInput, entryInput } from './factories';

/** Local (Europe/Rome, set in vitest.config.ts) wall time. */
const at = (y: number, mo: number, d: number, h = 10, mi = 0, s = 0) =>
  new Date(y, mo - 1, d, h, mi, s).getTime();
const T = at(2026, 11, 26, 10);

const entry = (clientId: string, start: number, end: number, threadId: string | null) =>
  entryInput(clientId, start, end, { threadId });

describe('email activity repository', () => {
  it('upserts one row per thread and day, adding the time', async () => {
    const first = await addEmailActivity(
      { account: 1, threadId: 'aa', day: '2026-11-26', ms: 5000 },
      T,
    );
    expect(first).toEqual({
      id: '2026-11-26|1:aa',
      day: '2026-11-26',
      account: 1,
      threadId: 'aa',
      activeMs: 5000,
      updatedAt: T,
    });
    const second = await addEmailActivity(
      { account: 1, threadId: 'aa', day: '2026-11-26', ms: 7000 },
      T + 1,
    );
    expect(second).toMatchObject({ activeMs: 12_000, updatedAt: T + 1 });
    expect(await getThreadActivity(1, 'aa', '2026-11-26')).toBe(12_000);
  });

  it('keeps days, accounts and threads apart', async () => {
    await Promise.all([
      addEmailActivity({ account: 1, threadId: 'aa', day: '2026-11-26', ms: 1000 }),
      addEmailActivity({ account: 1, threadId: 'aa', day: '2026-11-27', ms: 2000 }),
      addEmailActivity({ account: 0, threadId: 'aa', day: '2026-11-26', ms: 4000 }),
      addEmailActivity({ account: 1, threadId: 'bb', day: '2026-11-26', ms: 8000 }),
    ]);
    expect(await getThreadActivity(1, 'aa', '2026-11-26')).toBe(1000);
    expect(await getThreadActivity(1, 'aa', '2026-11-27')).toBe(2000);
    expect(await getThreadActivity(0, 'aa', '2026-11-26')).toBe(4000);
    expect(await getThreadActivity(1, 'bb', '2026-11-26')).toBe(8000);
    expect(await getThreadActivity(1, 'bb', '2026-11-27')).toBe(0);
  });

  it('concurrent counts for the same row all add up (one transaction each)', async () => {
    await Promise.all(
      Array.from({ length: 10 }, () =>
        addEmailActivity({ account: 1, threadId: 'aa', day: '2026-11-26', ms: 1000 }),
      ),
    );
    expect(await getThreadActivity(1, 'aa', '2026-11-26')).toBe(10_000);
  });

  it.each([
    [{ account: 1, threadId: 'aa', day: '2026-02-30', ms: 1000 }, 'day'],
    [{ account: 1, threadId: 'aa', day: 'yesterday', ms: 1000 }, 'day'],
    [{ account: 1, threadId: '', day: '2026-11-26', ms: 1000 }, 'threadId'],
    [{ account: 1, threadId: 'aa', day: '2026-11-26', ms: 0 }, 'ms'],
    [{ account: 1, threadId: 'aa', day: '2026-11-26', ms: 1.5 }, 'ms'],
  ])('refuses %o', async (input, field) => {
    await expect(addEmailActivity(input)).rejects.toMatchObject({
      issues: [expect.objectContaining({ field })],
    });
    await expect(addEmailActivity(input)).rejects.toBeInstanceOf(ValidationError);
  });

  it('lists unlogged email time per client: active − logged, floored at 0, untagged last', async () => {
    const rossi = await createClient(clientInput('Rossi'), T - 1000);
    const bianchi = await createClient(clientInput('Bianchi'), T - 1000);
    const tag = (threadId: string, clientId: string) =>
      tagThread(
        { account: 1, threadId, clientId, subject: `Subject ${threadId}`, participants: [] },
        T,
      );
    await tag('r1', rossi.id);
    await tag('r2', rossi.id);
    await tag('b1', bianchi.id);
    const day = '2026-11-26';
    const log = (threadId: string, account: number, minutes: number, d = day) =>
      addEmailActivity({ account, threadId, day: d, ms: minutes * 60_000 });
    await log('r1', 1, 30);
    await log('r2', 1, 10);
    await log('b1', 1, 5);
    await log('u1', 1, 12); // untagged
    await log('r1', 0, 4); // same id, other account: untagged
    await log('r1', 1, 99, '2026-11-25'); // another day
    const now = at(2026, 11, 26, 18);
    // r1: 20 min entry + 5 min of an entry that began the day before (clipped at midnight).
    await addEntry(entry(rossi.id, at(2026, 11, 26, 9), at(2026, 11, 26, 9, 20), '1:r1'), now);
    await addEntry(entry(rossi.id, at(2026, 11, 25, 23, 50), at(2026, 11, 26, 0, 5), '1:r1'), now);
    // r2: logged more than counted → 0 unlogged, never negative.
    await addEntry(entry(rossi.id, at(2026, 11, 26, 11), at(2026, 11, 26, 11, 25), '1:r2'), now);
    // Not for these threads, or not that day: ignored.
    await addEntry(entry(rossi.id, at(2026, 11, 26, 12), at(2026, 11, 26, 13), null), now);
    await addEntry(
      entry(rossi.id, at(2026, 11, 27, 9), at(2026, 11, 27, 10), '1:r1'),
      at(2026, 11, 27, 12),
    );
    // b1: a running timer counts up to now.
    await startTimer({ clientId: bianchi.id, threadId: '1:b1' }, now - 2 * 60_000);

    const list = await listUnloggedEmailTime(day, now);
    const min = 60_000;
    expect(list).toEqual([
      {
        clientId: rossi.id,
        threads: [
          {
            threadId: 'r1',
            account: 1,
            subject: 'Subject r1',
            activeMs: 30 * min,
            loggedMs: 25 * min,
          },
          {
            threadId: 'r2',
            account: 1,
            subject: 'Subject r2',
            activeMs: 10 * min,
            loggedMs: 25 * min,
          },
        ],
        unloggedMs: 5 * min,
      },
      {
        clientId: bianchi.id,
        threads: [
          {
            threadId: 'b1',
            account: 1,
            subject: 'Subject b1',
            activeMs: 5 * min,
            loggedMs: 2 * min,
          },
        ],
        unloggedMs: 3 * min,
      },
      {
        clientId: null,
        threads: [
          { threadId: 'u1', account: 1, subject: '', activeMs: 12 * min, loggedMs: 0 },
          { threadId: 'r1', account: 0, subject: '', activeMs: 4 * min, loggedMs: 0 },
        ],
        unloggedMs: 16 * min,
      },
    ]);
    expect(await listUnloggedEmailTime('2026-11-24', now)).toEqual([]);
    await expect(listUnloggedEmailTime('26/11/2026', now)).rejects.toBeInstanceOf(ValidationError);
  });
});
