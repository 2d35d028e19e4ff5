import { describe, expect, it } from 'vitest';
import {
  draftFromEvent,
  eventLogNeeds,
  inputFromEventLogDraft,
  type EventLogDraft,
} from '@/utils/calendar/event-log-draft';
import type { EventDetails } from '@/utils/calendar/types';

const at = (iso: string) => Date.parse(`${iso}+01:00`);

const EVENT: EventDetails = {
  eventId: 'N2wwYzJu',
  idSource: 'card',
  source: 'dialog',
  title: 'Call con Laura',
  whenText: 'Wednesday, November 25 · 10 – 11am',
  start: at('2026-11-25T10:00:00'),
  end: at('2026-11-25T11:00:00'),
  allDay: false,
  location: '',
  videoLink: '',
  description: '',
  organizer: null,
  guests: [],
  missing: [],
};
const UNREAD: EventDetails = {
  ...EVENT,
  title: '',
  start: null,
  end: null,
  missing: ['title', 'when'],
};
const ALL_DAY: EventDetails = {
  ...EVENT,
  allDay: true,
  start: at('2026-11-25T00:00:00'),
  end: at('2026-11-26T00:00:00'),
};

describe('eventLogNeeds and draftFromEvent', () => {
  it.each<[string, EventDetails, object, EventLogDraft]>([
    [
      'a read event needs nothing',
      EVENT,
      { title: false, start: false, duration: false },
      { title: '', date: '2026-11-25', start: '10:00', duration: '1:00' },
    ],
    [
      'an unread one needs everything',
      UNREAD,
      { title: true, start: true, duration: true },
      { title: '', date: '', start: '', duration: '' },
    ],
    [
      'an all-day event needs a start and a duration, on its day',
      ALL_DAY,
      { title: false, start: true, duration: true },
      { title: '', date: '2026-11-25', start: '', duration: '' },
    ],
    [
      'an event without an end needs a duration',
      { ...EVENT, end: null },
      { title: false, start: false, duration: true },
      { title: '', date: '2026-11-25', start: '10:00', duration: '' },
    ],
  ])('%s', (_, event, needs, draft) => {
    expect(eventLogNeeds(event)).toEqual(needs);
    expect(draftFromEvent(event)).toEqual(draft);
  });
});

describe('inputFromEventLogDraft', () => {
  it('logs a read event with its own times, round trip', () => {
    expect(inputFromEventLogDraft(EVENT, draftFromEvent(EVENT))).toEqual({
      ok: true,
      values: { title: 'Call con Laura', start: EVENT.start, end: EVENT.end },
    });
  });

  it('logs what the VA filled in where the page could not be read', () => {
    const draft = { title: ' Kick-off ', date: '2026-11-25', start: '15:30', duration: '45' };
    expect(inputFromEventLogDraft(UNREAD, draft)).toEqual({
      ok: true,
      values: {
        title: 'Kick-off',
        start: at('2026-11-25T15:30:00'),
        end: at('2026-11-25T16:15:00'),
      },
    });
  });

  it('links an all-day event with its day, but logs it only with a time', () => {
    const draft = draftFromEvent(ALL_DAY);
    expect(inputFromEventLogDraft(ALL_DAY, draft, 'link')).toEqual({
      ok: true,
      values: { title: 'Call con Laura', start: ALL_DAY.start, end: ALL_DAY.end },
    });
    expect(inputFromEventLogDraft(ALL_DAY, draft, 'log')).toEqual({
      ok: false,
      issue: { field: 'start', message: 'eventStartInvalid' },
    });
  });

  it.each<[string, Partial<EventLogDraft>, object]>([
    ['no date', { date: '' }, { field: 'start', message: 'eventStartInvalid' }],
    ['a start that is no time', { start: '3pm' }, { field: 'start', message: 'eventStartInvalid' }],
    ['no duration', { duration: '' }, { field: 'duration', message: 'durationEmpty' }],
    ['a zero duration', { duration: '0' }, { field: 'duration', message: 'durationZero' }],
  ])('refuses %s', (_, patch, issue) => {
    const draft = { title: 'x', date: '2026-11-25', start: '10:00', duration: '30', ...patch };
    expect(inputFromEventLogDraft(UNREAD, draft)).toEqual({ ok: false, issue });
  });
});
