import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SnippetEditor } from '@/components/snippet-editor';
import { emptySnippetDraft } from '@/utils/snippets/draft';
import { storedClient } from './factories';

afterEach(cleanup);

const rossi = storedClient('Studio Legale Rossi', { id: 'c-rossi', shortName: 'Rossi' });

describe('SnippetEditor', () => {
  it('flags unknown variables live and adds a variable at the caret', () => {
    render(
      <SnippetEditor
        idPrefix="e"
        mode="create"
        initial={emptySnippetDraft('it')}
        clients={[rossi]}
        onSubmit={vi.fn(async () => null)}
        onCancel={vi.fn()}
      />,
    );
    const body = screen.getByLabelText('Text') as HTMLTextAreaElement;
    fireEvent.input(body, { target: { value: 'Ciao , {{sender.fristName}}' } });
    expect(screen.getByText(/Not a known variable/).textContent).toContain('{{sender.fristName}}');
    expect(document.querySelector('#e-preview .snippet-var--unknown')?.textContent).toBe(
      '{{sender.fristName}}',
    );
    body.setSelectionRange(5, 5);
    fireEvent.change(screen.getByLabelText('Add a variable'), {
      target: { value: 'sender.firstName' },
    });
    expect(body.value).toBe('Ciao {{sender.firstName}}, {{sender.fristName}}');
    expect(screen.getByLabelText('For').textContent).toContain('Studio Legale Rossi');
  });

  it('shows problems next to their fields and focuses the first', async () => {
    const onSubmit = vi.fn(async () => [
      { field: 'shortcut', message: 'errorShortcutInvalid' as const, params: ['grazie'] },
      { field: 'title', message: 'errorSnippetTitleRequired' as const },
    ]);
    render(
      <SnippetEditor
        idPrefix="e"
        mode="create"
        initial={emptySnippetDraft('it')}
        clients={[]}
        onSubmit={onSubmit}
        onCancel={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('e-title'));
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Give the snippet a title.')).toBeTruthy();
    expect(screen.getByText(/“grazie” can't be a shortcut/)).toBeTruthy();
  });
});
