import { useRef, useState } from 'preact/hooks';
import type { FieldIssue } from '@/utils/model/errors';
import type { Client } from '@/utils/model/types';
import { formatNumber } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import type { SnippetDraft } from '@/utils/snippets/draft';
import { SNIPPET_LIMITS } from '@/utils/snippets/validate';
import { unknownVariables, VARIABLE_EXAMPLES } from '@/utils/snippets/variables';
import { ClientOptions } from './client-options';
import {
  draftBinder,
  Field,
  FormActions,
  FormError,
  LanguageOptions,
  SelectField,
  TextField,
  issuesFor,
} from './field';
import { BodyHighlight } from './snippet-text';

interface SnippetEditorProps {
  idPrefix: string;
  mode: 'create' | 'edit';
  initial: SnippetDraft;
  /** Clients a snippet can be scoped to (active ones, plus the current scope if archived). */
  clients: readonly Client[];
  onSubmit(draft: SnippetDraft): Promise<FieldIssue[] | null>;
  onCancel(): void;
}

const FIELD_ORDER = ['title', 'body', 'shortcut', 'language', 'tags', 'clientId', 'minutesToLog'];

/**
 * Create or edit a snippet: the body with a live view of its variables (unknown ones flagged
 * before they reach an email), shortcut, language, tags, client scope and minutes to log.
 */
export function SnippetEditor({
  idPrefix,
  mode,
  initial,
  clients,
  onSubmit,
  onCancel,
}: SnippetEditorProps) {
  const [draft, setDraft] = useState(initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const body = useRef<HTMLTextAreaElement>(null);
  const id = (name: string) => `${idPrefix}-${name}`;
  const update = (patch: Partial<SnippetDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const bind = draftBinder(draft, update, id, (key) => issuesFor(issues, key));
  const unknown = unknownVariables(draft.body);

  /** Puts `{{name}}` at the caret in the body and leaves the caret after it. */
  function insertVariable(name: string) {
    const area = body.current;
    const token = `{{${name}}}`;
    const start = area?.selectionStart ?? draft.body.length;
    const end = area?.selectionEnd ?? start;
    const next = draft.body.slice(0, start) + token + draft.body.slice(end);
    update({ body: next });
    queueMicrotask(() => {
      if (!area) return;
      area.focus();
      area.setSelectionRange(start + token.length, start + token.length);
    });
  }

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    try {
      const found = (await onSubmit(draft)) ?? [];
      setIssues(found);
      const first = FIELD_ORDER.find((f) => found.some((i) => i.field === f));
      if (first) document.getElementById(id(first))?.focus();
    } catch (error) {
      setIssues([
        {
          field: 'form',
          message: 'actionFailed',
          params: [error instanceof Error ? error.message : String(error)],
        },
      ]);
    } finally {
      setBusy(false);
    }
  }

  const formErrors = issuesFor(issues, 'form');
  return (
    <form class="snippet-editor card" onSubmit={submit} noValidate>
      <h2>{mode === 'create' ? t('snippetNewTitle') : t('snippetEditTitle')}</h2>
      <TextField
        {...bind('title')}
        label={t('snippetTitleLabel')}
        type="text"
        maxLength={SNIPPET_LIMITS.titleLength + 20}
      />
      <Field
        id={id('body')}
        label={t('snippetBodyLabel')}
        hint={t('snippetBodyHint', [
          formatNumber(draft.body.length),
          formatNumber(SNIPPET_LIMITS.bodyLength),
        ])}
        errors={issuesFor(issues, 'body')}
      >
        {(aria) => (
          <textarea
            {...aria}
            ref={body}
            rows={9}
            value={draft.body}
            onInput={(e) => update({ body: e.currentTarget.value })}
          />
        )}
      </Field>
      <SelectField
        id={id('variable')}
        label={t('snippetInsertVariable')}
        value=""
        onValue={(value) => {
          const name = value;
          value = '';
          if (name) insertVariable(name);
        }}
      >
        <option value="">{t('snippetInsertVariableChoose')}</option>
        {VARIABLE_EXAMPLES.map((name) => (
          <option key={name} value={name}>{`{{${name}}}`}</option>
        ))}
      </SelectField>
      <div class="snippet-editor__preview">
        <h3 id={id('preview-heading')}>{t('snippetVariablesPreview')}</h3>
        <BodyHighlight body={draft.body} id={id('preview')} />
        {unknown.length > 0 && (
          <p class="warning" role="status">
            {t('snippetUnknownVariables', [unknown.map((n) => `{{${n}}}`).join(', ')])}
          </p>
        )}
      </div>
      <div class="row">
        <TextField
          {...bind('shortcut')}
          label={t('snippetShortcutLabel')}
          hint={t('snippetShortcutHint')}
          type="text"
          autocomplete="off"
          spellcheck={false}
          placeholder=";grazie"
        />
        <SelectField
          {...bind('language')}
          label={t('snippetLanguageLabel')}
          hint={t('snippetLanguageHint')}
        >
          <LanguageOptions />
        </SelectField>
      </div>
      <TextField
        {...bind('tags')}
        label={t('snippetTagsLabel')}
        hint={t('snippetTagsHint')}
        type="text"
      />
      <div class="row">
        <SelectField
          {...bind('clientId')}
          label={t('snippetScopeLabel')}
          hint={t('snippetScopeHint')}
        >
          <ClientOptions clients={clients} empty={t('snippetScopeAll')} />
        </SelectField>
        <TextField
          {...bind('minutesToLog')}
          label={t('snippetMinutesLabel')}
          hint={t('snippetMinutesHint')}
          type="text"
          inputMode="numeric"
          placeholder="0"
        />
      </div>
      <FormError messages={formErrors} />
      <FormActions submit={t('save')} disabled={busy} onCancel={onCancel} />
    </form>
  );
}
