import { timerRevision } from '@/utils/messaging/revision-items';
import { storage } from 'wxt/utils/storage';
import { getDb } from './app-db';
import { MissingRecordError } from '@/utils/model/errors';
import type { TimeEntry } from '@/utils/model/types';
import type { IdleChoice } from '@/utils/model/inputs';
import type { IdlePrompt } from '@/utils/model/results';

export const idlePrompt = storage.defineItem<IdlePrompt | null>('local:idlePrompt', {
  fallback: null,
});
/** When the VA went idle (session storage: forgotten when the browser closes). */
export const idleSince = storage.defineItem<number | null>('session:idleSince', { fallback: null });
export const lastReminderAt = storage.defineItem<number | null>('session:lastReminderAt', {
  fallback: null,
});

/**
 * Applies the VA's answer in one transaction. Discarding ends the entry where the idle time began;
 * "discard" then starts a new running entry now with the same details, so no idle minute is billed.
 */
export async function resolveIdle(
  prompt: IdlePrompt,
  choice: IdleChoice,
  now: number = Date.now(),
): Promise<void> {
  if (choice !== 'keep') {
    const db = getDb();
    await db.transaction('rw', db.timeEntries, async () => {
      const entry = await db.timeEntries.get(prompt.entryId);
      if (!entry) throw new MissingRecordError('entry', prompt.entryId);
      if (entry.end !== null) return; // already stopped elsewhere: nothing to discard
      const { running: _r, ...rest } = entry;
      const ended: TimeEntry = { ...rest, end: Math.max(entry.start, prompt.from), updatedAt: now };
      await db.timeEntries.put(ended);
      if (choice === 'discard')
        await db.timeEntries.add({
          ...rest,
          id: crypto.randomUUID(),
          start: now,
          end: null,
          running: 1,
          createdAt: now,
          updatedAt: now,
        });
    });
    await timerRevision.setValue(now);
  }
  await idlePrompt.setValue(null);
}
