import { tagsRevision } from '@/utils/messaging/revision-items';
import { clientInput } from './factories';
import { describe, expect, it } from 'vitest';
import { createClient, setClientArchived } from '@/utils/db/clients-repo';
import { MissingRecordError, ValidationError } from '@/utils/model/errors';
import {
  getTaggedThread,
  getTagsForThreads,
  getThreadClients,
  lastClientForAddresses,
  listNeedsAttention,
  listThreadsForClient,
  tagThread,
  untagThread,
  updateThreadTriage,
} from '@/utils/db/threads-repo';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26, 10);

async function setup() {
  const rossi = await createClient(clientInput('Rossi', { domains: ['rossi.it'] }));
  const bianchi = await createClient(clientInput('Bianchi', { domains: ['bianchi.it'] }));
  return { rossi, bianchi };
}

const tag = (
  threadId: string,
  clientId: string,
  extra: Partial<Parameters<typeof tagThread>[0]> = {},
  now = NOW,
) =>
  tagThread(
    {
      account: 1,
      threadId,
      clientId,
      subject: `Subject ${threadId}`,
      participants: ['A@Rossi.it'],
      ...extra,
    },
    now,
  );

describe('threads repository', () => {
  it('tags a thread as "needs reply" with lower-cased participants and bumps the chips revision', async () => {
    const { rossi } = await setup();
    const before = await tagsRevision.getValue();
    const t = await tag('18f0a1b2c3d4e5f6', rossi.id);
    expect(t).toMatchObject({
      id: '1:18f0a1b2c3d4e5f6',
      account: 1,
      status: 'needsReply',
      followUpAt: null,
      participants: ['a@rossi.it'],
    });
    expect(await tagsRevision.getValue()).toBeGreaterThan(before);
    expect(await getTaggedThread(1, '18f0a1b2c3d4e5f6')).toEqual(t);
    expect(await getTaggedThread(0, '18f0a1b2c3d4e5f6')).toBeUndefined();
  });

  it('retagging keeps status, follow-up and notes and merges participants', async () => {
    const { rossi, bianchi } = await setup();
    const t = await tag('t1', rossi.id);
    await updateThreadTriage(t.id, {
      status: 'waitingClient',
      followUpAt: NOW + DAY,
      notes: 'chiamare',
    });
    const moved = await tag('t1', bianchi.id, { participants: ['b@bianchi.it'] }, NOW + 1000);
    expect(moved).toMatchObject({
      clientId: bianchi.id,
      status: 'waitingClient',
      followUpAt: NOW + DAY,
      notes: 'chiamare',
      participants: ['a@rossi.it', 'b@bianchi.it'],
      createdAt: NOW,
      updatedAt: NOW + 1000,
    });
  });

  it('refuses unknown and archived clients and writes nothing', async () => {
    const { rossi } = await setup();
    await expect(tag('t1', 'nope')).rejects.toBeInstanceOf(MissingRecordError);
    await setClientArchived(rossi.id, true);
    await expect(tag('t1', rossi.id)).rejects.toMatchObject({
      issues: [{ field: 'clientId', message: 'errorClientArchived', params: ['Rossi'] }],
    });
    expect(await getTaggedThread(1, 't1')).toBeUndefined();
  });

  it.each([
    [{ status: 'later' }, 'errorStatusInvalid'],
    [{ followUpAt: Number.NaN }, 'errorDateInvalid'],
    [{ notes: 'x'.repeat(5001) }, 'errorNotesTooLong'],
  ])('rejects triage %j', async (patch, message) => {
    const { rossi } = await setup();
    const t = await tag('t1', rossi.id);
    const error = await updateThreadTriage(t.id, patch as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]!.message).toBe(message);
    expect(await getTaggedThread(1, 't1')).toEqual(t);
  });

  it('untags, and refuses to untag twice', async () => {
    const { rossi } = await setup();
    const t = await tag('t1', rossi.id);
    await untagThread(t.id);
    expect(await getTaggedThread(1, 't1')).toBeUndefined();
    await expect(untagThread(t.id)).rejects.toBeInstanceOf(MissingRecordError);
  });

  it('lists a client’s threads by status, follow-up first (soonest first, none last)', async () => {
    const { rossi, bianchi } = await setup();
    await tag('a', rossi.id);
    const b = await tag('b', rossi.id);
    const c = await tag('c', rossi.id);
    await tag('d', bianchi.id);
    await updateThreadTriage(b.id, { followUpAt: NOW + 3 * DAY });
    await updateThreadTriage(c.id, { followUpAt: NOW + DAY, status: 'waitingThirdParty' });
    expect((await listThreadsForClient(rossi.id)).map((t) => t.threadId)).toEqual(['c', 'b', 'a']);
    expect((await listThreadsForClient(rossi.id, 'needsReply')).map((t) => t.threadId)).toEqual([
      'b',
      'a',
    ]);
    expect((await listThreadsForClient(rossi.id, 'done')).map((t) => t.threadId)).toEqual([]);
  });

  it('needs attention: every "needs reply", plus follow-ups due by today that are not done', async () => {
    const { rossi } = await setup();
    const reply = await tag('reply', rossi.id);
    const overdue = await tag('overdue', rossi.id);
    const later = await tag('later', rossi.id);
    const doneDue = await tag('done-due', rossi.id);
    await updateThreadTriage(overdue.id, { status: 'waitingClient', followUpAt: NOW - 2 * DAY });
    await updateThreadTriage(later.id, { status: 'waitingClient', followUpAt: NOW + 5 * DAY });
    await updateThreadTriage(doneDue.id, { status: 'done', followUpAt: NOW - DAY });
    const list = await listNeedsAttention(NOW);
    expect(list.map((t) => t.threadId)).toEqual(['overdue', reply.threadId]);
  });

  it('remembers the client of an address from earlier tags', async () => {
    const { rossi, bianchi } = await setup();
    expect(await lastClientForAddresses(['a@rossi.it'])).toBeNull();
    await tag('t1', rossi.id, {}, NOW);
    await tag('t2', bianchi.id, {}, NOW + 1);
    expect(await lastClientForAddresses(['a@rossi.it'])).toEqual({
      clientId: bianchi.id,
      email: 'a@rossi.it',
    });
    expect(await lastClientForAddresses([])).toBeNull();
  });

  it('maps thread ids to clients for chips, per account', async () => {
    const { rossi } = await setup();
    await tag('t1', rossi.id);
    const tags = await getTagsForThreads(1, ['t1', 't2']);
    expect([...tags]).toEqual([['t1', rossi.id]]);
    expect((await getTagsForThreads(0, ['t1'])).size).toBe(0);
  });

  it('gives the chips of tagged threads, leaving out archived clients', async () => {
    const { rossi, bianchi } = await setup();
    await tag('t1', rossi.id);
    await tag('t2', bianchi.id);
    await setClientArchived(bianchi.id, true);
    expect(await getThreadClients(1, ['t1', 't2', 't3'])).toEqual({
      t1: { id: rossi.id, name: rossi.name, shortName: rossi.shortName, color: rossi.color },
    });
    expect(await getThreadClients(0, ['t1'])).toEqual({});
  });
});
