// Days and clock times on the VA's own clock (the browser's zone is the VA's): what the forms'
// `<input type="date">` and `<input type="time">` hold, and the local day an instant falls on.
// Days are built from date parts, never by adding 24 hours, so they stay right across DST.

const pad = (n: number) => String(n).padStart(2, '0');

/** Minutes after midnight → `HH:MM` (1440 → `24:00`, the end of a working day). */
export function minutesToHHMM(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** `HH:MM` (or `H:MM`, `H.MM`) → minutes after midnight, up to `24:00`; anything else → null. */
export function parseHHMM(text: string): number | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return null;
  return h * 60 + m;
}

/** `HH:MM` of an instant, local time (seconds dropped). */
export function hhmm(instant: number): string {
  const d = new Date(instant);
  return minutesToHHMM(d.getHours() * 60 + d.getMinutes());
}

/** The local day of `instant` as `YYYY-MM-DD`: an `<input type="date">` value and a day key. */
export function dateInputValue(instant: number): string {
  const d = new Date(instant);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `YYYY-MM-DD` → local midnight of that day; '' → null (no date); nonsense → null. */
export function parseDateInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (d.getMonth() !== Number(m[2]) - 1) return null;
  return d.getTime();
}

/** Start of the local day containing `instant`. */
export function startOfLocalDay(instant: number): number {
  const d = new Date(instant);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Start of the next local day: correct where DST skips midnight itself. */
export function endOfLocalDay(instant: number): number {
  const d = new Date(instant);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/** The instant `minutes` after local midnight of `dayStart`'s date. */
export function atLocalTime(dayStart: number, minutes: number): number {
  const d = new Date(dayStart);
  return new Date(
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    Math.floor(minutes / 60),
    minutes % 60,
  ).getTime();
}
