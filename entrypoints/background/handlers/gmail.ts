import { getThreadClients } from '@/utils/db/threads-repo';
import type { Handlers } from '@/utils/messaging/router';
import { asObject, BadRequestError } from '@/utils/messaging/validate';

const MAX_THREADS = 500;

export const gmailHandlers: Handlers = {
  getThreadTags: {
    parse(input) {
      const obj = asObject(input);
      const { account, threadIds } = obj;
      if (typeof account !== 'number' || !Number.isInteger(account) || account < 0 || account > 99)
        throw new BadRequestError('account must be an integer from 0 to 99');
      if (
        !Array.isArray(threadIds) ||
        threadIds.length > MAX_THREADS ||
        threadIds.some((t) => typeof t !== 'string' || !t || t.length > 100)
      )
        throw new BadRequestError(`threadIds must be up to ${MAX_THREADS} non-empty strings`);
      return { account, threadIds: threadIds as string[] };
    },
    handle: ({ account, threadIds }) => getThreadClients(account, threadIds),
  },
};
