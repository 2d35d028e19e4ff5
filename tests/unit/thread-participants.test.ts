import { describe, expect, it } from 'vitest';
import type { MessageInfo, ThreadSnapshot } from '@/utils/gmail/types';
import { latestSender, threadGuests, threadParticipants } from '@/utils/gmail/thread-participants';

const ann = { name: 'Ann', email: 'ann@acme.com' };
const bo = { name: 'Bo', email: 'bo@acme.com' };
const me = { name: 'Me', email: 'va@gmail.com' };

function message(
  sender: MessageInfo['sender'],
  recipients: MessageInfo['recipients'],
  messageId: string | null = 'msg-f:1',
): MessageInfo {
  return { messageId, legacyMessageId: null, sender, recipients, dateTitle: '', collapsed: false };
}

function thread(...messages: MessageInfo[]): ThreadSnapshot {
  const base = { threadId: 'abc', idSource: 'legacy', account: 0, subject: 'Hi' } as const;
  return { ...base, messages, latestBodyHtml: '', missing: [] };
}

describe('latestSender', () => {
  it.each([
    ['no thread', null, null],
    ['no messages', thread(), null],
    ['the last message’s sender', thread(message(ann, [me]), message(bo, [me])), bo],
    ['the last readable sender', thread(message(ann, [me]), message(null, [me])), ann],
  ])('%s', (_, input, expected) => {
    expect(latestSender(input)).toEqual(expected);
  });
});

describe('threadParticipants and threadGuests', () => {
  it.each([
    ['no thread', null, [], []],
    [
      'senders and recipients once each, the VA’s own (msg-a:) sender left out of the guests',
      thread(message(ann, [me, bo]), message(me, [ann], 'msg-a:r-1')),
      ['ann@acme.com', 'va@gmail.com', 'bo@acme.com'],
      ['ann@acme.com', 'bo@acme.com'],
    ],
    [
      'an address only seen as a recipient stays a guest',
      thread(message(ann, [me])),
      ['ann@acme.com', 'va@gmail.com'],
      ['ann@acme.com', 'va@gmail.com'],
    ],
  ])('%s', (_, input, participants, guests) => {
    expect(threadParticipants(input)).toEqual(participants);
    expect(threadGuests(input)).toEqual(guests);
  });
});
