import { describe, expect, it } from 'vitest';
import { eidOf, parseEventId } from '@/utils/calendar/event-id';

describe('event ids', () => {
  const payload = '7l0c2n4p6r8t1v3x5z7b9d1f3h giulia@contiassistenza.it';
  const canonical = 'N2wwYzJuNHA2cjh0MXYzeDV6N2I5ZDFmM2ggZ2l1bGlhQGNvbnRpYXNzaXN0ZW56YS5pdA';

  it.each([
    ['URL-safe without padding', canonical],
    ['standard with padding', `${canonical}==`],
    ['with spaces around', `  ${canonical}\n`],
  ])('reads the %s form as one canonical id', (_, raw) => {
    expect(parseEventId(raw)).toEqual({
      eid: canonical,
      eventId: '7l0c2n4p6r8t1v3x5z7b9d1f3h',
      calendarId: 'giulia@contiassistenza.it',
      instanceStart: null,
      kind: 'event',
    });
    expect(eidOf('7l0c2n4p6r8t1v3x5z7b9d1f3h', 'giulia@contiassistenza.it')).toBe(canonical);
    expect(atob(canonical)).toBe(payload);
  });

  it.each([
    ['abc d~?>@x.it', 'YWJjIGR+Pz5AeC5pdA=='],
    ['abcd b???@x.it', 'YWJjZCBiPz8/QHguaXQ='],
  ])('turns "+" and "/" into the URL-safe alphabet (%s)', (payload, raw) => {
    expect(btoa(payload)).toBe(raw);
    const eid = raw.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(parseEventId(raw)?.eid).toBe(eid);
    expect(parseEventId(eid)?.eid).toBe(eid);
  });

  it('reads the start of a recurring instance from its id', () => {
    const ref = parseEventId(
      btoa('5c7e9g1i3k5m7o9q1s3u5w7y9a_20261126T140000Z giulia@contiassistenza.it'),
    );
    expect(new Date(ref!.instanceStart!).toISOString()).toBe('2026-11-26T14:00:00.000Z');
  });

  it.each([
    ['a Google Tasks chip', 'tasks_OXVqNTdkUnBXdTJmWm1nQg', 'task'],
    ['a task time-block', 'ttb_MTIzNDU2', 'task'],
    ['an id that is not base64 of the usual pair', 'abc123', 'event'],
  ])('keeps %s as it is', (_, raw, kind) => {
    expect(parseEventId(raw)).toMatchObject({ eid: raw, eventId: null, kind });
  });

  it.each(['', '   ', 'not an id!', null, undefined, 'x'.repeat(2000)])('%j is no id', (raw) => {
    expect(parseEventId(raw)).toBeNull();
  });
});
