import { calendarAccountIndex, isCalendarUrl } from '@/utils/calendar/page';
import { gmailAccountIndex, isGmailUrl } from '@/utils/gmail/page';

/** Which page the side panel is serving. Tabs on other sites expose no URL to VA Desk. */
export type TabContext =
  | { site: 'gmail'; tabId: number; account: number; title: string }
  | { site: 'calendar'; tabId: number; account: number; title: string }
  | { site: 'other'; tabId: number | null };

export function describeTab(
  tab: { id?: number; url?: string; title?: string } | undefined,
): TabContext {
  const tabId = tab?.id ?? null;
  const url = tab?.url;
  if (tabId !== null && url && isGmailUrl(url))
    return { site: 'gmail', tabId, account: gmailAccountIndex(url), title: tab?.title ?? '' };
  if (tabId !== null && url && isCalendarUrl(url))
    return { site: 'calendar', tabId, account: calendarAccountIndex(url), title: tab?.title ?? '' };
  return { site: 'other', tabId };
}

/** `?tabId=12` pins the panel to one tab (tests, and panels opened for a given tab). */
export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : null;
}
