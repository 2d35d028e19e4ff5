import { addEmailActivity } from '@/utils/db/email-activity-repo';
import type { Handlers } from '@/utils/messaging/router';
import { asObject, BadRequestError } from '@/utils/messaging/validate';
import { parseDateInput } from '@/utils/time/local-day';

/** The content script sends at least once a minute while the VA works: an hour is far beyond. */
export const MAX_ACTIVITY_MS = 3_600_000;

export const emailActivityHandlers: Handlers = {
  logEmailActivity: {
    parse(input) {
      const { account, threadId, day, ms } = asObject(input);
      if (typeof account !== 'number' || !Number.isInteger(account) || account < 0 || account > 99)
        throw new BadRequestError('account must be an integer from 0 to 99');
      if (typeof threadId !== 'string' || !threadId || threadId.length > 100)
        throw new BadRequestError('threadId must be a non-empty string of up to 100 characters');
      if (
        typeof day !== 'string' ||
        !/^\d{4}-\d{2}-\d{2}$/.test(day) ||
        parseDateInput(day) === null
      )
        throw new BadRequestError('day must be a date, YYYY-MM-DD');
      if (typeof ms !== 'number' || !Number.isInteger(ms) || ms < 1 || ms > MAX_ACTIVITY_MS)
        throw new BadRequestError(`ms must be an integer from 1 to ${MAX_ACTIVITY_MS}`);
      return { account, threadId, day, ms };
    },
    async handle(input) {
      const { activeMs } = await addEmailActivity(input);
      return { activeMs };
    },
  },
};
