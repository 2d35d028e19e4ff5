// When to remind the VA of appointments: a pure plan the background applies on every wake-up.
import type { Appointment } from '@/utils/model/types';
import { MINUTE_MS } from '@/utils/time/units';

/** Appointment id → the start it was reminded for (an appointment moved later is reminded again). */
export type Reminded = Readonly<Record<string, number>>;

export interface ReminderPlan {
  /** Remind of these now: their reminder time has come and they have not started. */
  due: Appointment[];
  /** When the next reminder falls, for the alarm; null when none is coming. */
  nextAt: number | null;
  /** What stays remembered: only appointments that have not started yet. */
  reminded: Record<string, number>;
}

export function planReminders(
  appointments: readonly Appointment[],
  minutesBefore: number,
  now: number,
  reminded: Reminded,
): ReminderPlan {
  const kept: Record<string, number> = {};
  for (const [id, start] of Object.entries(reminded)) if (start > now) kept[id] = start;
  if (minutesBefore <= 0) return { due: [], nextAt: null, reminded: kept };
  const due: Appointment[] = [];
  let nextAt: number | null = null;
  for (const a of appointments) {
    if (a.status === 'cancelled' || a.start <= now || kept[a.id] === a.start) continue;
    const at = a.start - minutesBefore * MINUTE_MS;
    if (at <= now) {
      due.push(a);
      kept[a.id] = a.start;
    } else if (nextAt === null || at < nextAt) nextAt = at;
  }
  due.sort((x, y) => x.start - y.start);
  return { due, nextAt, reminded: kept };
}
