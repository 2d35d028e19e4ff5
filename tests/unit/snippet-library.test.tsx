import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InsertControls } from '@/components/snippet-detail';
import { SnippetLibrary } from '@/components/snippet-library';
import type { Client, Snippet } from '@/utils/model/types';
import { type SnippetDraft } from '@/utils/snippets/draft';
import type { FillContext } from '@/utils/snippets/variables';
import { storedClient, storedSnippet } from './factories';

afterEach(cleanup);

const NOW = new Date(2026, 10, 25, 10).getTime();

function client(id: string, name: string): Client {
  return storedClient(name, { id, shortName: name.split(' ').pop()! });
}
const rossi = client('c-rossi', 'Studio Legale Rossi');
const bianchi = client('c-bianchi', 'Bianchi Immobiliare');

let n = 0;
function snippet(title: string, overrides: Partial<Snippet> = {}): Snippet {
  n += 1;
  return storedSnippet(`s${n}`, title, { body: 'Gentile {{sender.name}},\ngrazie.', ...overrides });
}

const context: FillContext = {
  sender: { name: 'Mario Rossi', email: 'mario@rossi.it' },
  subject: 'Udienza',
  client: rossi,
  me: { name: 'Giulia', signature: 'Giulia\nAssistente virtuale' },
  now: NOW,
};

function controls(overrides: Partial<InsertControls> = {}): InsertControls {
  return {
    context,
    threadClientId: rossi.id,
    source: 'From the open email.',
    unavailable: '',
    insert: vi.fn(async () => ({ ok: true, message: 'Inserted into your reply.' })),
    copy: vi.fn(async () => ({ ok: true, message: 'Copied.' })),
    ...overrides,
  };
}

function renderLibrary(
  snippets: Snippet[],
  options: { insert?: InsertControls; onAddStarter?: () => Promise<number> } = {},
) {
  const handlers = {
    onSave: vi.fn(async (_id: string | undefined, _draft: SnippetDraft) => ({
      snippet: snippets[0]!,
    })),
    onDuplicate: vi.fn(async (s: Snippet) => s),
    onDelete: vi.fn(async () => {}),
    onAddStarter: options.onAddStarter ?? vi.fn(async () => 20),
  };
  render(
    <SnippetLibrary
      idPrefix="t"
      snippets={snippets}
      clients={[rossi, bianchi]}
      newLanguage="it"
      insert={'insert' in options ? options.insert : controls()}
      {...handlers}
    />,
  );
  return handlers;
}

const searchBox = () => screen.getByRole('combobox', { name: 'Search snippets' });
const optionTitles = () =>
  screen.getAllByRole('option').map((o) => o.querySelector('.snippet-item__title')?.textContent);

describe('SnippetLibrary: search and keyboard', () => {
  const library = [
    snippet('Sollecito fattura', { shortcut: ';soll', usageCount: 2, lastUsedAt: NOW }),
    snippet('Conferma appuntamento', { tags: ['agenda'], clientId: rossi.id }),
    snippet('Grazie', { body: 'Grazie per il sollecito pagamento.' }),
  ];

  it('lists title, shortcut, scope, language and usage, and narrows as the VA types', () => {
    renderLibrary(library);
    expect(optionTitles()).toEqual(['Sollecito fattura', 'Conferma appuntamento', 'Grazie']);
    const first = screen.getAllByRole('option')[0]!;
    expect(first.textContent).toContain(';soll');
    expect(first.textContent).toContain('All clients');
    expect(first.textContent).toContain('Italian');
    expect(first.textContent).toContain('used 2 times');
    expect(screen.getAllByRole('option')[1]!.textContent).toContain('Studio Legale Rossi');
    fireEvent.input(searchBox(), { target: { value: 'sollecito' } });
    expect(optionTitles()).toEqual(['Sollecito fattura', 'Grazie']);
    fireEvent.input(searchBox(), { target: { value: 'zzz' } });
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText('No snippet matches “zzz”.')).toBeTruthy();
    fireEvent.keyDown(searchBox(), { key: 'Escape' });
    expect((searchBox() as HTMLInputElement).value).toBe('');
  });

  it('moves through results with the arrow keys and inserts with Enter', async () => {
    const insert = controls();
    renderLibrary(library, { insert });
    const box = searchBox();
    const active = () => document.getElementById(box.getAttribute('aria-activedescendant')!);
    expect(active()?.textContent).toContain('Sollecito fattura');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(active()?.textContent).toContain('Conferma appuntamento');
    expect(active()?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(active()?.textContent).toContain('Sollecito fattura'); // wraps
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(active()?.textContent).toContain('Grazie');
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(insert.insert).toHaveBeenCalledTimes(1));
    const [chosen, filled] = vi.mocked(insert.insert).mock.calls[0]!;
    expect(chosen.title).toBe('Grazie');
    expect(filled.text).toBe('Grazie per il sollecito pagamento.');
    expect(await screen.findByText('Inserted into your reply.')).toBeTruthy();
    // Back to the list, focus in the search box.
    fireEvent.click(screen.getByRole('button', { name: '← All snippets' }));
    expect(document.activeElement).toBe(searchBox());
  });

  it('opens a snippet on click without inserting', () => {
    const insert = controls();
    renderLibrary(library, { insert });
    fireEvent.click(screen.getAllByRole('option')[2]!);
    expect(screen.getByRole('heading', { name: 'Grazie' })).toBeTruthy();
    expect(insert.insert).not.toHaveBeenCalled();
    expect(document.activeElement?.textContent).toBe('Insert into Gmail');
  });

  it('offers the starter snippets in an empty library', async () => {
    const onAddStarter = vi.fn(async () => 20);
    renderLibrary([], { onAddStarter });
    expect(screen.getByText(/No snippets yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add the starter snippets' }));
    await waitFor(() => expect(onAddStarter).toHaveBeenCalled());
    expect(
      await screen.findByText('20 starter snippets added, in Italian and English.'),
    ).toBeTruthy();
  });
});

describe('SnippetDetail: fields, guard, hostile text', () => {
  it('asks for the fill-in fields first, then inserts with Enter from a field', async () => {
    const insert = controls();
    renderLibrary(
      [
        snippet('Sollecito', {
          body: 'Fattura {{ask:Numero}} del {{choose:marzo|aprile}}.{{cursor}}',
        }),
      ],
      { insert },
    );
    fireEvent.keyDown(searchBox(), { key: 'Enter' });
    // Fields to fill: no insert yet, focus on the first field.
    const number = screen.getByLabelText('Numero');
    expect(document.activeElement).toBe(number);
    expect(insert.insert).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Insert into Gmail' }));
    expect(screen.getByText('Fill in “Numero” first.')).toBeTruthy();
    expect(insert.insert).not.toHaveBeenCalled();
    fireEvent.input(number, { target: { value: '12/2026' } });
    fireEvent.click(screen.getByLabelText('aprile'));
    expect(screen.getByRole('region', { name: 'Preview' }).textContent).toContain(
      'Fattura 12/2026 del aprile.',
    );
    fireEvent.submit(number.closest('form')!);
    await waitFor(() => expect(insert.insert).toHaveBeenCalledTimes(1));
    expect(vi.mocked(insert.insert).mock.calls[0]![1]).toEqual({
      text: 'Fattura 12/2026 del aprile.',
      cursorOffset: 'Fattura 12/2026 del aprile.'.length,
      unknown: [],
      fields: [],
    });
  });

  it('asks before inserting a snippet for one client into another client’s thread', async () => {
    const insert = controls({ threadClientId: bianchi.id });
    renderLibrary([snippet('Per Rossi', { clientId: rossi.id })], { insert });
    fireEvent.click(screen.getAllByRole('option')[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Insert into Gmail' }));
    const question = screen.getByText(
      'This snippet is for Studio Legale Rossi, but this email is tagged to Bianchi Immobiliare. Insert it anyway?',
    );
    expect(question).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Cancel');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(insert.insert).not.toHaveBeenCalled();
    expect(document.activeElement?.textContent).toBe('Insert into Gmail');
    expect(screen.queryByText(/Insert it anyway/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Insert into Gmail' }));
    fireEvent.click(screen.getByRole('button', { name: 'Insert anyway' }));
    await waitFor(() => expect(insert.insert).toHaveBeenCalledTimes(1));
  });

  it('does not auto-insert across clients on Enter either', () => {
    const insert = controls({ threadClientId: bianchi.id });
    renderLibrary([snippet('Per Rossi', { clientId: rossi.id })], { insert });
    fireEvent.keyDown(searchBox(), { key: 'Enter' });
    expect(insert.insert).not.toHaveBeenCalled();
  });

  it('shows a failed insert in words and offers Copy first', async () => {
    const insert = controls({
      insert: vi.fn(async () => ({ ok: false, message: 'No reply is open.' })),
    });
    renderLibrary([snippet('Grazie')], { insert });
    fireEvent.keyDown(searchBox(), { key: 'Enter' });
    const status = await screen.findByText('No reply is open.');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.className).toBe('form-error');
    const copy = screen.getByRole('button', { name: 'Copy' });
    expect(copy.className).toBe('primary');
    fireEvent.click(copy);
    await waitFor(() => expect(insert.copy).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Copied.')).toBeTruthy();
  });

  it('says why Insert is off outside Gmail, and still copies', () => {
    renderLibrary([snippet('Grazie')], {
      insert: controls({ unavailable: 'Open the email in Gmail.' }),
    });
    fireEvent.click(screen.getAllByRole('option')[0]!);
    const button = screen.getByRole('button', { name: 'Insert into Gmail' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-describedby')).toBe('t-detail-unavailable');
    expect(screen.getByText('Open the email in Gmail.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Copy' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it('renders hostile values and unknown variables as text, highlighted', () => {
    renderLibrary(
      [snippet('Ostile', { body: 'Ciao {{sender.name}} {{sender.fristName}} {{client.name}}' })],
      {
        insert: controls({
          context: {
            ...context,
            sender: { name: '<img src=x onerror=alert(1)>{{me.name}}', email: 'x@y.it' },
            client: null,
          },
        }),
      },
    );
    fireEvent.click(screen.getAllByRole('option')[0]!);
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(preview.querySelector('img')).toBeNull();
    expect(preview.textContent).toContain(
      'Ciao <img src=x onerror=alert(1)>{{me.name}} {{sender.fristName}} {{client.name}}',
    );
    expect(preview.querySelector('.snippet-var--unknown')?.textContent).toBe(
      '{{sender.fristName}}',
    );
    expect(preview.querySelector('.snippet-var--missing')?.textContent).toBe('{{client.name}}');
    expect(preview.textContent).toContain(
      'Not a known variable, it stays as written: {{sender.fristName}}',
    );
    expect(preview.textContent).toContain('No value yet for {{client.name}}');
  });

  it('deletes only after confirming', async () => {
    const { onDelete } = renderLibrary([snippet('Vecchia')]);
    fireEvent.click(screen.getAllByRole('option')[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByText("Delete “Vecchia”? It can't be brought back.")).toBeTruthy();
    expect(onDelete).not.toHaveBeenCalled();
    expect(document.activeElement?.textContent).toBe('Cancel');
    const confirm = screen.getByText(/It can't be brought back/).closest('div')!;
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(onDelete).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('“Vecchia” deleted.')).toBeTruthy();
  });
});
