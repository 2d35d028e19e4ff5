// The prefilled "new event" editor of Google Calendar (google-dom.md §2.8): no API, no OAuth. The
// `r/eventedit` form targets a Google account (`/u/N/`); times are exact UTC instants (`…Z`), and
// `ctz` only chooses the zone the editor shows them in.

export interface NewEventLink {
  title: string;
  start: number;
  end: number;
  details: string;
  location: string;
  guests: readonly string[];
  /** IANA zone the editor shows the times in. */
  timeZone: string;
  /** Google account index (`/calendar/u/N/`). */
  account?: number;
}

/** `20261130T140000Z`: the instant in UTC, to the second. */
export function utcStamp(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function newEventUrl(link: NewEventLink): string {
  const params: [string, string][] = [
    ['text', link.title],
    ['dates', `${utcStamp(link.start)}/${utcStamp(link.end)}`],
  ];
  if (link.details) params.push(['details', link.details]);
  if (link.location) params.push(['location', link.location]);
  if (link.guests.length) params.push(['add', link.guests.join(',')]);
  params.push(['ctz', link.timeZone]);
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return `https://calendar.google.com/calendar/u/${link.account ?? 0}/r/eventedit?${query}`;
}
