import { describe, expect, it } from 'vitest';
import { threadUrl } from '@/utils/gmail/links';

describe('threadUrl', () => {
  it('builds the Gmail address of a thread with its account', () => {
    expect(threadUrl(2, '18f0a1b2c3d4e5f6')).toBe(
      'https://mail.google.com/mail/u/2/#all/18f0a1b2c3d4e5f6',
    );
  });
});
