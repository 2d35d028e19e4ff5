import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupCard } from '@/entrypoints/options/views/backup-card';
import { ClientDataCard } from '@/entrypoints/options/views/client-data-card';
import { getDb } from '@/utils/db/app-db';
import { lastBackupAt } from '@/utils/backup/state';
import { createClient } from '@/utils/db/clients-repo';
import { addEntry } from '@/utils/db/time-entries-repo';
import { clientInput, entryInput } from './factories';

afterEach(cleanup);

let files: Blob[];

beforeEach(async () => {
  files = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    files.push(blob as Blob);
    return 'blob:file';
  });
  const rossi = await createClient(clientInput('Rossi Srl'));
  await createClient(clientInput('Verdi'));
  const start = Date.now() - 3 * 60 * 60 * 1000;
  await addEntry(entryInput(rossi.id, start, start + 30 * 60_000, { note: 'Inbox' }));
});

async function dump() {
  const db = getDb();
  return {
    clients: await db.clients.toArray(),
    timeEntries: await db.timeEntries.toArray(),
  };
}

function upload(text: string, name = 'backup.json') {
  const input = screen.getByLabelText('Backup file (.json)') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('backup card', () => {
  it('downloads a backup, records its date, and restores it after a wipe', async () => {
    render(<BackupCard />);
    expect(await screen.findByText('No backup yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download backup' }));
    await screen.findByText(/^Backup saved to your downloads \(clients: 2 · time entries: 1\)\.$/);
    expect(await lastBackupAt.getValue()).toEqual(expect.any(Number));
    await screen.findByText(/^Last backup: /);
    const text = await files[0]!.text();
    const before = await dump();

    const db = getDb();
    await db.transaction('rw', db.clients, db.timeEntries, async () => {
      await db.clients.clear();
      await db.timeEntries.clear();
    });
    upload(text);
    await screen.findByText(/checked: clients: 2 · time entries: 1\./);
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await screen.findByText('Restored: clients: 2 · time entries: 1.');
    expect(await dump()).toEqual(before);
  });

  it.each([
    ['not JSON', '{"format": "va-desk-backup", '],
    ['another file', '{"hello": "world"}'],
    ['an empty file', ''],
  ])('rejects %s with the reason and changes nothing', async (_, text) => {
    render(<BackupCard />);
    const before = await dump();
    upload(text);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^This file was not restored and nothing was changed\. \S/);
    expect(screen.queryByRole('button', { name: 'Restore' })).toBeNull();
    expect(await dump()).toEqual(before);
  });
});

describe('one client data card', () => {
  it('erases a client only after its name is typed, and says what went', async () => {
    render(<ClientDataCard />);
    await screen.findByRole('option', { name: 'Rossi Srl' });
    fireEvent.change(screen.getByLabelText('Client'), {
      target: { value: (await dump()).clients.find((c) => c.name === 'Rossi Srl')!.id },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Erase client…' }));
    await screen.findByText(
      /This erases Rossi Srl and everything linked to it for good: clients: 1 · time entries: 1\./,
    );
    fireEvent.input(screen.getByLabelText(/Type the client's name/), {
      target: { value: 'Rossi' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Erase Rossi Srl' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /type the client's name exactly/,
    );
    expect((await dump()).clients).toHaveLength(2);

    fireEvent.input(screen.getByLabelText(/Type the client's name/), {
      target: { value: ' rossi srl ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Erase Rossi Srl' }));
    await screen.findByText('Rossi Srl was erased (clients: 1 · time entries: 1).');
    const after = await dump();
    expect(after.clients.map((c) => c.name)).toEqual(['Verdi']);
    expect(after.timeEntries).toEqual([]);
  });

  it('exports one client as JSON and CSV', async () => {
    render(<ClientDataCard />);
    await screen.findByRole('option', { name: 'Rossi Srl' });
    const rossi = (await dump()).clients.find((c) => c.name === 'Rossi Srl')!;
    fireEvent.change(screen.getByLabelText('Client'), { target: { value: rossi.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Export data (JSON)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export time entries (CSV)' }));
    await waitFor(() => expect(files).toHaveLength(2));
    const json = JSON.parse(await files[0]!.text()) as { tables: { clients: { name: string }[] } };
    expect(json.tables.clients.map((c) => c.name)).toEqual(['Rossi Srl']);
    const csv = await files[1]!.text();
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(csv).toContain('Inbox');
  });
});
