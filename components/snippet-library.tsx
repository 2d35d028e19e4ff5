import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FieldIssue } from '@/utils/model/errors';
import type { Client, Id, Language, Snippet } from '@/utils/model/types';
import { formatNumber } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import { draftFromSnippet, emptySnippetDraft, type SnippetDraft } from '@/utils/snippets/draft';
import { buildSnippetIndex, createSnippetSearch } from '@/utils/snippets/search';
import { SnippetDetail, type InsertControls } from './snippet-detail';
import { SnippetEditor } from './snippet-editor';
import { SnippetList, snippetOptionId } from './snippet-list';

/** Results shown at once; the count says when there are more. */
export const RESULT_LIMIT = 50;

interface SnippetLibraryProps {
  idPrefix: string;
  snippets: readonly Snippet[];
  /** Every client, archived ones too (names of old scopes). */
  clients: readonly Client[];
  /** Language and scope of a new snippet (the open thread's client, in the panel). */
  newLanguage: Language;
  newScope?: Id | '';
  /** The side panel fills and inserts; the options page leaves it out. */
  insert?: InsertControls;
  onSave(
    id: Id | undefined,
    draft: SnippetDraft,
  ): Promise<{ issues: FieldIssue[] } | { snippet: Snippet }>;
  onDuplicate(snippet: Snippet): Promise<Snippet>;
  onDelete(snippet: Snippet): Promise<void>;
  onAddStarter(): Promise<number>;
  /** More tools under the search box (import and export in the options page). */
  children?: ComponentChildren;
}

type View =
  | { kind: 'list' }
  | { kind: 'detail'; id: Id; autoInsert: boolean }
  | { kind: 'edit'; id: Id | null };

/**
 * The snippet library without data access: search as you type (↑/↓ move through the results,
 * Enter inserts in the panel or opens in the options page, Escape clears), a snippet's detail,
 * the editor, and the starter set for an empty library.
 */
export function SnippetLibrary({
  idPrefix,
  snippets,
  clients,
  newLanguage,
  newScope = '',
  insert,
  onSave,
  onDuplicate,
  onDelete,
  onAddStarter,
  children,
}: SnippetLibraryProps) {
  const [view, setView] = useState<View>({ kind: 'list' });
  const [query, setQuery] = useState('');
  const [activeId, setActiveId] = useState<Id | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const searchBox = useRef<HTMLInputElement>(null);
  const listId = `${idPrefix}-results`;

  const clientsById = useMemo(() => new Map(clients.map((c) => [c.id, c])), [clients]);
  const search = useMemo(() => createSnippetSearch(buildSnippetIndex(snippets)), [snippets]);
  const results = useMemo(() => search(query, RESULT_LIMIT), [search, query]);
  const hits = results.hits.map((h) => h.snippet);

  // The first result is highlighted as the VA types.
  useEffect(() => {
    setActiveId(hits[0]?.id ?? null);
  }, [results]);

  useEffect(() => {
    if (!activeId) return;
    document.getElementById(snippetOptionId(listId, { id: activeId }))?.scrollIntoView?.({
      block: 'nearest',
    });
  }, [activeId]);

  // Back in the list, focus returns to the search box (after it is rendered again).
  const [focusSearch, setFocusSearch] = useState(0);
  useEffect(() => {
    if (focusSearch) searchBox.current?.focus();
  }, [focusSearch]);

  function backToList(message = '') {
    setView({ kind: 'list' });
    if (message) setStatus(message);
    setFocusSearch((n) => n + 1);
  }

  function onSearchKey(e: KeyboardEvent) {
    if (e.isComposing) return;
    const index = hits.findIndex((s) => s.id === activeId);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!hits.length) return;
      const delta = e.key === 'ArrowDown' ? 1 : -1;
      const next = index < 0 ? 0 : (index + delta + hits.length) % hits.length;
      setActiveId(hits[next]!.id);
    } else if (e.key === 'Enter') {
      const chosen = hits[index];
      if (!chosen) return;
      e.preventDefault();
      setView({ kind: 'detail', id: chosen.id, autoInsert: !!insert });
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
    }
  }

  async function act(work: () => Promise<void>) {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setStatus(t('actionFailed', [error instanceof Error ? error.message : String(error)]));
    } finally {
      setBusy(false);
    }
  }

  const shown = view.kind === 'list' ? null : snippets.find((s) => s.id === view.id);

  if (view.kind === 'edit') {
    const editing = view.id ? snippets.find((s) => s.id === view.id) : undefined;
    // Active clients, plus the snippet's own client when it is archived.
    const scopes = clients.filter((c) => c.archived === 0 || c.id === editing?.clientId);
    return (
      <SnippetEditor
        key={view.id ?? 'new'}
        idPrefix={`${idPrefix}-editor`}
        mode={editing ? 'edit' : 'create'}
        initial={editing ? draftFromSnippet(editing) : emptySnippetDraft(newLanguage, newScope)}
        clients={scopes}
        onCancel={() =>
          editing ? setView({ kind: 'detail', id: editing.id, autoInsert: false }) : backToList()
        }
        onSubmit={async (draft) => {
          const saved = await onSave(editing?.id, draft);
          if ('issues' in saved) return saved.issues;
          setStatus(t('snippetSaved', [saved.snippet.title]));
          setView({ kind: 'detail', id: saved.snippet.id, autoInsert: false });
          return null;
        }}
      />
    );
  }

  if (view.kind === 'detail' && shown) {
    return (
      <>
        <p class="visually-hidden" role="status" aria-live="polite">
          {status}
        </p>
        <SnippetDetail
          key={shown.id}
          idPrefix={`${idPrefix}-detail`}
          snippet={shown}
          clientsById={clientsById}
          insert={insert}
          autoInsert={view.autoInsert}
          onBack={() => backToList()}
          onEdit={() => setView({ kind: 'edit', id: shown.id })}
          onDuplicate={() =>
            void act(async () => {
              const copy = await onDuplicate(shown);
              setStatus(t('snippetDuplicated', [copy.title]));
              setView({ kind: 'edit', id: copy.id });
            })
          }
          onDelete={() =>
            act(async () => {
              await onDelete(shown);
              backToList(t('snippetDeleted', [shown.title]));
            })
          }
        />
      </>
    );
  }

  return (
    <div class="snippet-library">
      <div class="toolbar">
        <label class="visually-hidden" for={`${idPrefix}-search`}>
          {t('snippetSearchLabel')}
        </label>
        <input
          id={`${idPrefix}-search`}
          ref={searchBox}
          type="text"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId ? snippetOptionId(listId, { id: activeId }) : undefined}
          autocomplete="off"
          placeholder={t('snippetSearchPlaceholder')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={onSearchKey}
        />
        <button type="button" class="primary" onClick={() => setView({ kind: 'edit', id: null })}>
          {t('snippetNew')}
        </button>
      </div>
      {children}
      <p class="notice" role="status" aria-live="polite">
        {status}
      </p>
      {snippets.length === 0 ? (
        <div class="card">
          <p class="empty">{t('snippetsEmpty')}</p>
          <button
            type="button"
            class="primary"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                const added = await onAddStarter();
                setStatus(t('snippetStarterAdded', [added]));
                searchBox.current?.focus();
              })
            }
          >
            {t('snippetAddStarter')}
          </button>
        </div>
      ) : (
        <>
          <p class="field__hint" id={`${idPrefix}-count`}>
            {results.total > hits.length
              ? t('snippetResultsSome', [formatNumber(hits.length), formatNumber(results.total)])
              : t('snippetResultsAll', [formatNumber(results.total)])}
            {insert && ` ${t('snippetKeysHint')}`}
          </p>
          {hits.length === 0 ? (
            <p class="empty">{t('snippetsNoneFound', [query])}</p>
          ) : (
            <SnippetList
              id={listId}
              label={t('snippetResultsLabel')}
              snippets={hits}
              clientsById={clientsById}
              activeId={activeId}
              onPick={(s) => setView({ kind: 'detail', id: s.id, autoInsert: false })}
            />
          )}
        </>
      )}
    </div>
  );
}
