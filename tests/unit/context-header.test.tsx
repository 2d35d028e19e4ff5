import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ContextHeader } from '@/components/context-header';

afterEach(cleanup);

describe('ContextHeader', () => {
  it.each([
    [null, 'Looking at the current tab…'],
    [{ site: 'gmail' as const, tabId: 1, account: 2, title: '' }, 'Working on Gmail (account 2)'],
    [
      { site: 'calendar' as const, tabId: 1, account: 0, title: '' },
      'Working on Google Calendar (account 0)',
    ],
    [
      { site: 'other' as const, tabId: 3 },
      'Open Gmail or Google Calendar in this window to work on an email or an event.',
    ],
  ])('describes %j', (context, text) => {
    render(<ContextHeader context={context} />);
    expect(screen.getByText(text)).toBeTruthy();
  });
});
