// URL facts about Google Calendar (google-dom.md §2.1). The DOM decides what a page shows; the URL
// is a hint and a fallback.
import type { CalendarDate } from '@/utils/time/zoned';
import { isRealDate } from '@/utils/time/zoned';
import type { CalendarView } from './types';

export function isCalendarUrl(url: string | undefined): boolean {
  return !!url && /^https:\/\/calendar\.google\.com\/calendar\//.test(url);
}

/** The account index from `/calendar/u/N/`; 0 when the URL has none. */
export function calendarAccountIndex(url: string): number {
  const match = /^https:\/\/calendar\.google\.com\/calendar\/u\/(\d+)\//.exec(url);
  return match ? Number(match[1]) : 0;
}

const ROUTE =
  /^https:\/\/calendar\.google\.com\/calendar\/(?:u\/\d+\/)?r(?:\/([a-z]+))?((?:\/[^/?#]+)*)/;

const VIEWS: Record<string, CalendarView> = {
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
  customday: 'custom',
  customweek: 'custom',
  agenda: 'agenda',
  schedule: 'agenda',
  eventedit: 'eventEdit',
  search: 'other',
  settings: 'other',
};

/**
 * The view the URL names: `/r/week/2026/11/25` → `week`, `/r/eventedit/<eid>` → `eventEdit`;
 * null for `/r` alone (the VA's default view) and other pages.
 */
export function calendarViewFromUrl(url: string): CalendarView | null {
  const m = ROUTE.exec(url);
  if (!m || !m[1]) return null;
  return VIEWS[m[1]] ?? null;
}

/** The date in `/r/<view>/Y/M/D` (`/r/month/2026/11` → the 1st); null when the URL has none. */
export function calendarDateFromUrl(url: string): CalendarDate | null {
  const m = ROUTE.exec(url);
  const parts = (m?.[2] ?? '').split('/').filter(Boolean);
  if (!m?.[1] || m[1] === 'eventedit' || parts.length < 2 || !parts.every((p) => /^\d+$/.test(p)))
    return null;
  const date = { year: Number(parts[0]), month: Number(parts[1]), day: Number(parts[2] ?? 1) };
  return isRealDate(date) ? date : null;
}

/** The event id in `/r/eventedit/<eid>` or `?eid=<eid>`, as written; null when none. */
export function eidFromUrl(url: string): string | null {
  const m = ROUTE.exec(url);
  if (m?.[1] === 'eventedit') {
    const id = m[2]?.split('/').filter(Boolean)[0];
    if (id) return decodeURIComponent(id);
  }
  try {
    return new URL(url).searchParams.get('eid') || null;
  } catch {
    return null;
  }
}
