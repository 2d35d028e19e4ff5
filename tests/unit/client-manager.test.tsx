import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientManager } from '@/components/client-manager';
import type { ClientDraft } from '@/utils/clients/draft';
import type { Client } from '@/utils/model/types';
import { setLanguage } from '@/utils/i18n/messages';
import { storedClient } from './factories';

afterEach(cleanup);

const defaults = {
  color: '#1a73e8',
  currency: 'EUR',
  rounding: 15 as const,
  timeZone: 'Europe/Rome',
  language: 'it' as const,
};

function client(overrides: Partial<Client> = {}): Client {
  return storedClient('Studio Legale Rossi', {
    id: 'c1',
    shortName: 'Rossi',
    emails: ['avv.rossi@studiorossi.it'],
    domains: ['studiorossi.it'],
    hourlyRate: 3050,
    rounding: 15,
    ...overrides,
  });
}

function renderManager(clients: Client[], onSave = vi.fn(), onArchive = vi.fn(async () => {})) {
  render(
    <ClientManager
      idPrefix="t"
      clients={clients}
      defaults={defaults}
      timeZones={['Europe/Rome']}
      onSave={onSave}
      onArchive={onArchive}
    />,
  );
  return { onSave, onArchive };
}

describe('ClientManager', () => {
  it('says there are no clients yet', () => {
    renderManager([]);
    expect(screen.getByText(/No clients yet/)).toBeTruthy();
  });

  it('lists clients with rate and rounding, hiding archived ones until asked', () => {
    renderManager([
      client(),
      client({ id: 'c2', name: 'Old Client', nameKey: 'old client', archived: 1 }),
    ]);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toContain('€30.50/hour');
    expect(items[0]!.textContent).toContain('Round up to 15 min');
    fireEvent.click(screen.getByLabelText('Show archived clients (1)'));
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Restore Old Client' })).toBeTruthy();
  });

  it('filters as the VA types', () => {
    renderManager([
      client(),
      client({ id: 'c2', name: 'Bianchi', nameKey: 'bianchi', domains: ['bianchi.it'] }),
    ]);
    fireEvent.input(screen.getByLabelText('Search clients'), { target: { value: 'bianchi.it' } });
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('Bianchi'),
    ]);
    fireEvent.input(screen.getByLabelText('Search clients'), { target: { value: 'nessuno' } });
    expect(screen.getByText('No client matches your search.')).toBeTruthy();
  });

  it('shows the errors from saving next to their fields and keeps the form open', async () => {
    const onSave = vi.fn(async () => ({
      issues: [
        { field: 'name', message: 'errorNameTaken' as const, params: ['Studio Legale Rossi'] },
        { field: 'domains', message: 'errorDomainShared' as const, params: ['gmail.com'] },
      ],
    }));
    renderManager([client()], onSave);
    fireEvent.click(screen.getByRole('button', { name: 'New client' }));
    const name = screen.getByLabelText('Client name') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(name));
    fireEvent.input(name, { target: { value: 'studio legale rossi' } });
    fireEvent.input(screen.getByLabelText('Domains'), { target: { value: 'gmail.com' } });
    fireEvent.submit(name.form!);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Please fix the 2 highlighted fields.'),
    );
    const draft = (onSave.mock.calls[0] as unknown as [undefined, ClientDraft])[1];
    expect(draft).toMatchObject({
      name: 'studio legale rossi',
      domains: 'gmail.com',
      currency: 'EUR',
    });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const errorId = name.getAttribute('aria-describedby')!;
    expect(document.getElementById(errorId)!.textContent).toContain(
      'There is already a client called Studio Legale Rossi',
    );
    expect(document.activeElement).toBe(name);
  });

  it('edits a client with the rate written the Italian way and announces the save', async () => {
    setLanguage('it');
    const saved = client({ hourlyRate: 4000 });
    const onSave = vi.fn(async () => ({ client: saved }));
    renderManager([client()], onSave);
    fireEvent.click(screen.getByRole('button', { name: 'Modifica Studio Legale Rossi' }));
    const rate = screen.getByLabelText('Tariffa oraria') as HTMLInputElement;
    expect(rate.value).toBe('30,50');
    fireEvent.input(rate, { target: { value: '40' } });
    fireEvent.submit(rate.form!);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Cliente Studio Legale Rossi salvato.'),
    );
    expect(onSave).toHaveBeenCalledWith('c1', expect.objectContaining({ hourlyRate: '40' }));
  });

  it('closes the form with Escape without saving', async () => {
    const { onSave } = renderManager([client()]);
    fireEvent.click(screen.getByRole('button', { name: 'New client' }));
    fireEvent.keyDown(screen.getByLabelText('Client name'), { key: 'Escape' });
    expect(screen.queryByLabelText('Client name')).toBeNull();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('archives through the callback', async () => {
    const { onArchive } = renderManager([client()]);
    fireEvent.click(screen.getByRole('button', { name: 'Archive Studio Legale Rossi' }));
    await waitFor(() => expect(onArchive).toHaveBeenCalledWith('c1', true));
  });
});
