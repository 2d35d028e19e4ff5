import { describe, expect, it } from 'vitest';
import { emailActivityId, threadKey } from '@/utils/model/ids';

describe('ids', () => {
  it.each([
    [0, 'abc', '0:abc'],
    [3, '18c2f0', '3:18c2f0'],
  ])('threadKey(%i, %s) = %s', (account, threadId, expected) => {
    expect(threadKey(account, threadId)).toBe(expected);
  });

  it('names an email activity row by day and thread', () => {
    expect(emailActivityId('2026-11-26', 1, 'abc')).toBe('2026-11-26|1:abc');
  });
});
