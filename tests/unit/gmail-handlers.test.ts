import { describe, expect, it } from 'vitest';
import { createRouter } from '@/utils/messaging/router';
import { gmailHandlers } from '@/entrypoints/background/handlers/gmail';
import { createClient } from '@/utils/db/clients-repo';
import { tagThread } from '@/utils/db/threads-repo';
import { clientInput } from './factories';

describe('getThreadTags handler', () => {
  const route = createRouter(gmailHandlers);
  const envelope = (input: unknown) => ({ app: 'va-desk', type: 'getThreadTags', input });

  it('answers the client summary of tagged threads only', async () => {
    const rossi = await createClient(
      clientInput('Studio Rossi', {
        shortName: 'Rossi',
        color: '#d93025',
        hourlyRate: 5000,
        notes: 'riservato',
      }),
    );
    await tagThread({
      account: 0,
      threadId: 'aaa',
      clientId: rossi.id,
      subject: 's',
      participants: [],
    });
    expect(await route(envelope({ account: 0, threadIds: ['aaa', 'bbb'] }))).toEqual({
      ok: true,
      value: { aaa: { id: rossi.id, name: 'Studio Rossi', shortName: 'Rossi', color: '#d93025' } },
    });
  });

  it.each([
    [{ account: -1, threadIds: [] }],
    [{ account: 0, threadIds: 'aaa' }],
    [{ account: 0, threadIds: [''] }],
    [{ account: 0, threadIds: Array.from({ length: 501 }, (_, i) => `t${i}`) }],
    [null],
  ])('rejects %j', async (input) => {
    expect(await route(envelope(input))).toMatchObject({
      ok: false,
      error: { code: 'badRequest' },
    });
  });
});
