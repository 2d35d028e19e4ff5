// Counts the VA's active time on the open thread (thread view, or split view with a thread open),
// for "12 min on this thread today, not logged" in the side panel. Free while idle: no timer, and
// an input only notes its time, unless a minute has passed since the last count: then the time so
// far is counted and sent to the background. Leaving the thread or the tab (navigation, blur,
// hidden, pagehide) counts and sends too. Compose windows are not counted apart: typing a reply or
// a new message while a thread is open counts for that thread; with no thread open, nothing counts.
import type { Feature } from '@/utils/features/runner';
import { findSubjectHeading } from '@/utils/gmail/extract';
import { gmailAccountIndex } from '@/utils/gmail/page';
import { sendMessage } from '@/utils/messaging/send';
import { dateInputValue } from '@/utils/time/local-day';
import type { GmailPage } from '@/entrypoints/gmail.content/page-watcher';

/**
 * Without input for this long the VA is elsewhere: counting pauses until the next input. Also how
 * often, at most, an input counts and sends the time so far while the VA works.
 */
export const IDLE_MS = 60_000;

/**
 * The active time between the last count `from` and `now`, as `[local day, ms]` pairs (split at
 * local midnight, ms > 0). The page stayed `on` (visible and focused) or off all along, since every
 * change is counted; the last `input` came less than IDLE_MS after `from` (later ones are counted),
 * and time counts up to IDLE_MS after it.
 */
export function activeTime(
  from: number,
  input: number,
  on: boolean,
  now: number,
): [day: string, ms: number][] {
  const end = on ? Math.min(now, input + IDLE_MS) : from;
  const midnight = Math.max(from, new Date(end).setHours(0, 0, 0, 0));
  const spans: [string, number][] = [
    [dateInputValue(from), midnight - from],
    [dateInputValue(end), end - midnight],
  ];
  return spans.filter(([, ms]) => ms > 0);
}

export const emailTime: Feature<GmailPage> = {
  id: 'email-time',
  // Every page: without an open thread (a subject heading in the visible view) it stops at once.
  include: () => true,
  start({ page, signal }) {
    const threadId = findSubjectHeading(document)?.getAttribute('data-legacy-thread-id');
    if (!threadId) return;
    let on = false;
    let from = 0;
    let input = 0;

    /** Counts and sends the time so far; from now on the page is on or off as it is now. */
    const count = () => {
      const now = Date.now();
      for (const [day, ms] of activeTime(from, input, on, now))
        void sendMessage('logEmailActivity', {
          account: gmailAccountIndex(page.url),
          threadId,
          day,
          ms,
        });
      from = input = now;
      on = !document.hidden && document.hasFocus();
    };
    // An input after a pause is also one a minute or more after the last count (`from` ≤ `input`).
    const onInput = () => {
      const now = Date.now();
      if (now - from < IDLE_MS) input = now;
      else count();
    };
    count();

    // Inputs anywhere in the page (scroll does not bubble: capture). Focus, blur, visibility and
    // pagehide of the window itself (no capture: focus moving between Gmail's fields is no change).
    for (const type of ['keydown', 'pointerdown', 'scroll', 'mousemove'])
      addEventListener(type, onInput, { capture: true, passive: true, signal });
    for (const type of ['focus', 'blur', 'visibilitychange', 'pagehide'])
      addEventListener(type, count, { signal });
    signal.addEventListener('abort', count);
  },
};
