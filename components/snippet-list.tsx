import type { Client, Id, Snippet } from '@/utils/model/types';
import { formatDate } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';

export function snippetOptionId(listId: string, snippet: Pick<Snippet, 'id'>): string {
  return `${listId}-${snippet.id}`;
}

/** "All clients" or the client's name. */
export function scopeLabel(snippet: Pick<Snippet, 'clientId'>, clients: ReadonlyMap<Id, Client>) {
  if (!snippet.clientId) return t('snippetScopeAll');
  return clients.get(snippet.clientId)?.name ?? t('snippetScopeMissing');
}

export function usageLabel(snippet: Pick<Snippet, 'usageCount' | 'lastUsedAt'>): string {
  if (!snippet.usageCount || snippet.lastUsedAt === null) return t('snippetNeverUsed');
  return t('snippetUsage', [snippet.usageCount, formatDate(snippet.lastUsedAt)]);
}

interface SnippetListProps {
  id: string;
  label: string;
  snippets: readonly Snippet[];
  clientsById: ReadonlyMap<Id, Client>;
  /** The highlighted option (arrow keys in the search box move it). */
  activeId: Id | null;
  onPick(snippet: Snippet): void;
}

/**
 * The results, as the listbox of the search box (combobox pattern): focus stays in the search
 * box, whose arrow keys move `activeId`; a click picks.
 */
export function SnippetList({
  id,
  label,
  snippets,
  clientsById,
  activeId,
  onPick,
}: SnippetListProps) {
  return (
    <ul class="snippet-list" id={id} role="listbox" aria-label={label}>
      {snippets.map((s) => {
        const client = s.clientId ? clientsById.get(s.clientId) : undefined;
        return (
          <li
            key={s.id}
            id={snippetOptionId(id, s)}
            role="option"
            aria-selected={s.id === activeId}
            class={s.id === activeId ? 'snippet-item snippet-item--active' : 'snippet-item'}
            data-snippet-id={s.id}
            onClick={() => onPick(s)}
          >
            <span class="snippet-item__head">
              <span class="snippet-item__title">{s.title}</span>
              {s.shortcut && <code class="snippet-item__shortcut">{s.shortcut}</code>}
            </span>
            <span class="snippet-item__meta">
              {client && (
                <span class="swatch" style={{ background: client.color }} aria-hidden="true" />
              )}
              {scopeLabel(s, clientsById)}
              {' · '}
              {s.language === 'it' ? t('languageItalian') : t('languageEnglish')}
              {' · '}
              {usageLabel(s)}
            </span>
            {s.tags.length > 0 && (
              <span class="snippet-item__tags">
                {s.tags.map((tag) => (
                  <span key={tag} class="badge">
                    {tag}
                  </span>
                ))}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
