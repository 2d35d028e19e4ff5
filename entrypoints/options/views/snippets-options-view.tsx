import '@/components/snippets.css';
import { SnippetLibrary } from '@/components/snippet-library';
import { SnippetTransfer, type TransferOutcome } from '@/components/snippet-transfer';
import { exportSnippets, importSnippets, SnippetImportError } from '@/utils/db/snippets-repo';
import { getLanguage, t } from '@/utils/i18n/messages';
import type { ImportProblem } from '@/utils/snippets/import-export';
import { useSnippets } from '@/utils/ui/use-snippets';
import { dateInputValue } from '@/utils/time/local-day';
import { Ready } from '@/utils/ui/gate';
import { joinStates } from '@/utils/ui/gate';

export function describeProblem(p: ImportProblem): string {
  const what = t(p.message, p.params);
  return p.entry ? `${t('importEntryLabel', [p.entry.index, p.entry.title])}: ${what}` : what;
}

async function importFile(file: File): Promise<TransferOutcome> {
  try {
    const { added, skipped } = await importSnippets(await file.text());
    return { ok: true, message: t('snippetsImported', [added, skipped]) };
  } catch (error) {
    if (!(error instanceof SnippetImportError)) throw error;
    const problems = error.problems.map(describeProblem);
    if (error.more) problems.push(t('importMoreProblems', [error.more]));
    return { ok: false, message: t('importRefused'), problems };
  }
}

/** Saves the library as a JSON file through a download link (no permission needed). */
async function exportFile(): Promise<TransferOutcome> {
  const text = await exportSnippets();
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `va-desk-snippets-${dateInputValue(Date.now())}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true, message: t('snippetsExported', [link.download]) };
}

/** The Snippets section of the options page: the library manager with import and export. */
export function SnippetsOptionsView() {
  const library = useSnippets();
  return (
    <Ready state={joinStates(library.snippets, library.clients)}>
      {([snippets, clients]) => (
        <SnippetLibrary
          idPrefix="options-snippet"
          snippets={snippets}
          clients={clients}
          newLanguage={getLanguage()}
          onSave={library.save}
          onDuplicate={library.duplicate}
          onDelete={library.remove}
          onAddStarter={library.addStarter}
        >
          <SnippetTransfer idPrefix="options-snippet" onImport={importFile} onExport={exportFile} />
        </SnippetLibrary>
      )}
    </Ready>
  );
}
