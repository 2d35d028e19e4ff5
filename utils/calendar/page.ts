// URL facts about Google Calendar.

export function isCalendarUrl(url: string | undefined): boolean {
  return !!url && /^https:\/\/calendar\.google\.com\/calendar\//.test(url);
}

/** The account index from `/calendar/u/N/`; 0 when the URL has none. */
export function calendarAccountIndex(url: string): number {
  const match = /^https:\/\/calendar\.google\.com\/calendar\/u\/(\d+)\//.exec(url);
  return match ? Number(match[1]) : 0;
}
