import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThreadCard } from '@/components/thread-card';
import { threadGuests as guestsOf } from '@/utils/gmail/thread-participants';
import type { ThreadSnapshot } from '@/utils/gmail/types';
import { storedClient } from './factories';

afterEach(cleanup);

const ACME = storedClient('Acme', {
  shortName: 'Acme',
  color: '#188038',
  timeZone: 'America/New_York',
  language: 'en',
});

describe('booking from a thread', () => {
  const thread: ThreadSnapshot = {
    threadId: '18c2f0a1b2c3d4e5',
    idSource: 'legacy',
    account: 0,
    subject: 'Meeting next week?',
    messages: [
      {
        messageId: 'msg-f:1',
        legacyMessageId: null,
        sender: { name: 'Ann', email: 'ann@acme.com' },
        recipients: [
          { name: 'Me', email: 'va@gmail.com' },
          { name: 'Bo', email: 'bo@acme.com' },
        ],
        dateTitle: '',
        collapsed: false,
      },
      {
        messageId: 'msg-a:r-12',
        legacyMessageId: null,
        sender: { name: 'Me', email: 'va@gmail.com' },
        recipients: [{ name: 'Ann', email: 'ann@acme.com' }],
        dateTitle: '',
        collapsed: false,
      },
    ],
    latestBodyHtml: '',
    missing: [],
  };

  it('prefills everyone on the thread but the VA (the sender of mail sent from this account)', () => {
    expect(guestsOf(thread)).toEqual(['ann@acme.com', 'bo@acme.com']);
  });

  it('the thread card offers booking and proposing times', () => {
    const onBook = vi.fn();
    const onPropose = vi.fn();
    render(
      <ThreadCard
        thread={thread}
        excerpt=""
        tagged={null}
        taggedClient={null}
        clients={[ACME]}
        suggestion={null}
        busy={false}
        onTag={vi.fn()}
        onTriage={vi.fn()}
        onUntag={vi.fn()}
        onBook={onBook}
        onPropose={onPropose}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Book appointment' }));
    fireEvent.click(screen.getByRole('button', { name: 'Propose times' }));
    expect(onBook).toHaveBeenCalledOnce();
    expect(onPropose).toHaveBeenCalledOnce();
  });
});
