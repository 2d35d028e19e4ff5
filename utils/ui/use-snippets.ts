import { useEffect } from 'preact/hooks';
import { ValidationError, type FieldIssue } from '@/utils/model/errors';
import {
  addStarterSnippets,
  createSnippet,
  deleteSnippet,
  duplicateSnippet,
  listSnippets,
  syncSnippetShortcuts,
  updateSnippet,
} from '@/utils/db/snippets-repo';
import type { Client, Id, Snippet } from '@/utils/model/types';
import { inputFromSnippetDraft, type SnippetDraft } from '@/utils/snippets/draft';
import { useAllClients } from './use-clients';
import { useLiveQuery, type LiveState } from './use-live-query';

export interface SnippetsController {
  snippets: LiveState<Snippet[]>;
  clients: LiveState<Client[]>;
  save(
    id: Id | undefined,
    draft: SnippetDraft,
  ): Promise<{ issues: FieldIssue[] } | { snippet: Snippet }>;
  duplicate(snippet: Snippet): Promise<Snippet>;
  remove(snippet: Snippet): Promise<void>;
  addStarter(): Promise<number>;
}

/** The snippet library as the side panel and the options page both manage it. */
export function useSnippets(): SnippetsController {
  const snippets = useLiveQuery(() => listSnippets(), []);
  const clients = useAllClients();
  // Heals the shortcut list Gmail reads, should a write have died before updating it.
  useEffect(() => {
    syncSnippetShortcuts().catch(() => undefined);
  }, []);
  return {
    snippets,
    clients,
    async save(id, draft) {
      const parsed = inputFromSnippetDraft(draft);
      if (!parsed.ok) return { issues: parsed.issues };
      try {
        const snippet = id
          ? await updateSnippet(id, parsed.input)
          : await createSnippet(parsed.input);
        return { snippet };
      } catch (error) {
        if (error instanceof ValidationError) return { issues: error.issues };
        throw error;
      }
    },
    duplicate: (snippet) => duplicateSnippet(snippet.id),
    async remove(snippet) {
      await deleteSnippet(snippet.id);
    },
    addStarter: () => addStarterSnippets(),
  };
}
