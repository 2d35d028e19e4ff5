import { getThreadActivity } from '@/utils/db/email-activity-repo';
import { listEntriesOverlapping } from '@/utils/db/time-entries-repo';
import { threadKey } from '@/utils/model/ids';
import { useLiveQuery } from './use-live-query';
import { useNow } from './use-now';
import { dateInputValue, endOfLocalDay, startOfLocalDay } from '@/utils/time/local-day';
import { MINUTE_MS } from '@/utils/time/units';

/**
 * Today's time on one thread: `activeMs` counted in Gmail, `loggedMs` already in time entries
 * linked to the thread.
 */
export function useEmailTime(
  account: number,
  threadId: string,
): { activeMs: number; loggedMs: number } {
  const now = useNow(MINUTE_MS);
  const from = startOfLocalDay(now);
  const to = endOfLocalDay(now);
  const state = useLiveQuery(async () => {
    const key = threadKey(account, threadId);
    const [activeMs, entries] = await Promise.all([
      getThreadActivity(account, threadId, dateInputValue(from)),
      listEntriesOverlapping(from, to),
    ]);
    const loggedMs = entries
      .filter((e) => e.threadId === key)
      .reduce((sum, e) => sum + Math.min(e.end ?? Date.now(), to) - Math.max(e.start, from), 0);
    return { activeMs, loggedMs };
  }, [account, threadId, from, to]);
  return state.status === 'ready' ? state.value : { activeMs: 0, loggedMs: 0 };
}
