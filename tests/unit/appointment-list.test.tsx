import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppointmentList } from '@/components/appointment-list';
import type { Appointment } from '@/utils/model/types';
import { storedClient } from './factories';

afterEach(cleanup);

const at = (iso: string) => Date.parse(`${iso}+01:00`);
const NOW = at('2026-11-26T10:00:00');
const ROSSI = storedClient('Rossi', { shortName: 'Rossi', color: '#188038' });

describe('AppointmentList', () => {
  const base: Appointment = {
    id: 'x',
    clientId: 'rossi',
    title: 'Meeting',
    start: at('2026-11-26T09:00:00'),
    end: at('2026-11-26T09:30:00'),
    timeZone: 'Europe/Rome',
    location: '',
    guests: [],
    notes: '',
    threadId: null,
    calendarEventId: null,
    status: 'scheduled',
    createdAt: 0,
    updatedAt: 0,
  };
  it('offers edit and cancel for coming ones, log for past ones, nothing for cancelled', () => {
    const rows: Appointment[] = [
      { ...base, id: 'past', title: 'Past' },
      { ...base, id: 'done', title: 'Done' },
      {
        ...base,
        id: 'soon',
        title: 'Soon',
        start: at('2026-11-26T11:00:00'),
        end: at('2026-11-26T12:00:00'),
      },
      {
        ...base,
        id: 'off',
        title: 'Off',
        status: 'cancelled',
        start: at('2026-11-27T11:00:00'),
        end: at('2026-11-27T12:00:00'),
      },
    ];
    const onLog = vi.fn();
    const onCancel = vi.fn();
    const onEdit = vi.fn();
    render(
      <AppointmentList
        appointments={rows}
        clientsById={new Map([['rossi', ROSSI]])}
        logged={new Set(['done'])}
        now={NOW}
        busy={false}
        empty="none"
        onEdit={onEdit}
        onCancel={onCancel}
        onLog={onLog}
      />,
    );
    const item = (name: string) => within(screen.getByRole('listitem', { name }));
    expect(
      item('Past')
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Log as time']);
    expect(item('Done').queryAllByRole('button')).toEqual([]);
    expect(item('Done').getByText('Logged as time.')).toBeTruthy();
    expect(
      item('Soon')
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Edit', 'Cancel appointment']);
    expect(item('Off').queryAllByRole('button')).toEqual([]);
    expect(item('Off').getByText(/Cancelled/)).toBeTruthy();
    fireEvent.click(item('Past').getByRole('button'));
    expect(onLog).toHaveBeenCalledWith(rows[0]);
    fireEvent.click(item('Soon').getByRole('button', { name: 'Cancel appointment' }));
    expect(onCancel).toHaveBeenCalledWith(rows[2]);
  });

  it('says when there is nothing', () => {
    render(
      <AppointmentList
        appointments={[]}
        clientsById={new Map()}
        logged={new Set()}
        now={NOW}
        busy={false}
        empty="Nothing."
        onEdit={vi.fn()}
        onCancel={vi.fn()}
        onLog={vi.fn()}
      />,
    );
    expect(screen.getByText('Nothing.')).toBeTruthy();
  });
});
