import { describe, expect, it } from 'vitest';
import { emptyEntryDraft, inputFromEntryDraft } from '@/utils/time/entry-draft';
import { parseDateInput } from '@/utils/time/local-day';

const TODAY = new Date(2026, 10, 26, 12).getTime();
const task = { typeId: 't1', name: 'Appuntamento fissato', fee: 500 };

describe('side panel entry form: tasks and calls', () => {
  it('logs a fixed-fee task with no minutes as a zero-length entry at its start', () => {
    const result = inputFromEntryDraft({
      ...emptyEntryDraft(TODAY, 'scheduling'),
      clientId: 'c1',
      start: '10:00',
      task,
      billable: false,
    });
    const start = parseDateInput('2026-11-26')! + 10 * 60 * 60_000;
    expect(result).toEqual({
      ok: true,
      values: expect.objectContaining({ start, end: start, task, billable: false, caller: '' }),
    });
  });

  it('a task may carry minutes too', () => {
    const result = inputFromEntryDraft({
      ...emptyEntryDraft(TODAY, 'scheduling'),
      clientId: 'c1',
      start: '10:00',
      end: '10:20',
      task,
    });
    expect(result.ok && result.values.end! - result.values.start).toBe(20 * 60_000);
  });

  it('keeps who called only for phone calls', () => {
    const call = inputFromEntryDraft({
      ...emptyEntryDraft(TODAY, 'call'),
      clientId: 'c1',
      start: '10:00',
      end: '10:05',
      caller: 'Sig. Bianchi',
    });
    expect(call.ok && call.values.caller).toBe('Sig. Bianchi');
    const mail = inputFromEntryDraft({
      ...emptyEntryDraft(TODAY, 'email'),
      clientId: 'c1',
      start: '10:00',
      end: '10:05',
      caller: 'Sig. Bianchi',
    });
    expect(mail.ok && mail.values.caller).toBe('');
  });

  it('still wants an end or a duration for time without a task', () => {
    const result = inputFromEntryDraft({
      ...emptyEntryDraft(TODAY, 'email'),
      clientId: 'c1',
      start: '10:00',
    });
    expect(result).toMatchObject({
      ok: false,
      issues: [{ field: 'end', message: 'timeErrorEndRequired' }],
    });
  });
});
