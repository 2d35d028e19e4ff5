import { describe, expect, it } from 'vitest';
import { gmailThreadToken } from '@/utils/gmail/url';

describe('gmailThreadToken', () => {
  it.each([
    [
      'https://mail.google.com/mail/u/1/#inbox/FMfcgzQjgzptDVmgpZqMwrsMTmwQgcxB',
      'FMfcgzQjgzptDVmgpZqMwrsMTmwQgcxB',
    ],
    [
      'https://mail.google.com/mail/u/0/#label/Clients%2FHartley+Coaching/1a1f2d667e01b552',
      '1a1f2d667e01b552',
    ],
    [
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQjgzpsbXKQcSRrrhBWXhckzwhN?compose=new',
      'FMfcgzQjgzpsbXKQcSRrrhBWXhckzwhN',
    ],
    ['https://mail.google.com/mail/u/0/#inbox', null],
    ['https://mail.google.com/mail/u/0/#inbox/p2', null],
    ['https://mail.google.com/mail/u/0/#settings/general', null],
    ['https://mail.google.com/mail/u/0/#search/fattura', null],
    ['https://mail.google.com/mail/u/0/', null],
  ])('%s → %s', (url, token) => {
    expect(gmailThreadToken(url)).toBe(token);
  });
});
