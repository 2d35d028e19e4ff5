import { MINUTE_MS } from '@/utils/time/units';
// Pure rules behind the toolbar badge, idle prompts and reminders.

export interface WorkingTime {
  workStartMinutes: number;
  workEndMinutes: number;
  workingDays: number[];
}

/** `12m` under an hour, then `1h05`, then `10h`: it fits the four characters of a badge. */
export function badgeText(elapsedMs: number): string {
  const minutes = Math.max(0, Math.floor(elapsedMs / MINUTE_MS));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours >= 10) return `${hours}h`;
  return `${hours}h${String(minutes % 60).padStart(2, '0')}`;
}

/** Black or white, whichever reads better on `hex`. */
export function readableTextColor(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const luma = 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return luma > 150 ? '#000000' : '#ffffff';
}

function minuteOfDay(instant: number): number {
  const d = new Date(instant);
  return d.getHours() * 60 + d.getMinutes();
}

export function isWorkingTime(now: number, w: WorkingTime): boolean {
  const day = new Date(now).getDay();
  const m = minuteOfDay(now);
  return w.workingDays.includes(day) && m >= w.workStartMinutes && m < w.workEndMinutes;
}

/** The next end of a working day strictly after `now` (local time), within two weeks. */
export function nextWorkEnd(now: number, w: WorkingTime): number | null {
  const d = new Date(now);
  for (let i = 0; i < 14; i++) {
    const day = new Date(d.getFullYear(), d.getMonth(), d.getDate() + i);
    if (!w.workingDays.includes(day.getDay())) continue;
    const end = new Date(
      day.getFullYear(),
      day.getMonth(),
      day.getDate(),
      0,
      w.workEndMinutes,
    ).getTime();
    if (end > now) return end;
  }
  return null;
}

/**
 * Whether to remind the VA that no timer runs: only in working time, only when nothing ran for
 * `afterMinutes` (counting from the start of the working day at the earliest), once per gap.
 */
export function shouldRemindNoTimer(input: {
  now: number;
  working: WorkingTime;
  afterMinutes: number;
  running: boolean;
  lastActivityEnd: number | null;
  lastReminderAt: number | null;
}): boolean {
  const { now, working, afterMinutes } = input;
  if (afterMinutes <= 0 || input.running || !isWorkingTime(now, working)) return false;
  const d = new Date(now);
  const dayStart = new Date(
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    0,
    working.workStartMinutes,
  ).getTime();
  const quietSince = Math.max(dayStart, input.lastActivityEnd ?? dayStart);
  if (now - quietSince < afterMinutes * MINUTE_MS) return false;
  return input.lastReminderAt === null || input.lastReminderAt < quietSince;
}

/** The idle stretch to ask about: from when input stopped (not before the timer started) to now. */
export function idleStretch(
  running: { start: number } | null,
  idleSince: number | null,
  now: number,
  thresholdMinutes: number,
): { from: number; to: number } | null {
  if (!running || idleSince === null) return null;
  const from = Math.max(idleSince, running.start);
  if (now - from < thresholdMinutes * MINUTE_MS) return null;
  return { from, to: now };
}
