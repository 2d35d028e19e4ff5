import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Client, Id, Snippet } from '@/utils/model/types';
import { formatMinutes } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import { checkClientGuard } from '@/utils/snippets/insertion';
import {
  fieldsOf,
  fillSnippetParts,
  type FillContext,
  type FillResult,
} from '@/utils/snippets/variables';
import { scopeLabel, usageLabel } from './snippet-list';
import { SnippetConfirm } from './snippet-confirm';
import { SnippetFieldsForm } from './snippet-fields-form';
import { BodyHighlight, FilledText } from './snippet-text';

export interface ActionOutcome {
  ok: boolean;
  message: string;
}

/** What the side panel gives the detail so it can fill, insert and copy. */
export interface InsertControls {
  context: FillContext;
  /** The client the open thread is tagged to, if any (the client guard). */
  threadClientId: Id | null;
  /** Where the values come from, in words (shown above the preview). */
  source: string;
  /** Why Insert cannot work now ('' when it can): not Gmail, no VA Desk in the tab… */
  unavailable: string;
  insert(snippet: Snippet, filled: FillResult): Promise<ActionOutcome>;
  copy(snippet: Snippet, filled: FillResult): Promise<ActionOutcome>;
}

interface SnippetDetailProps {
  idPrefix: string;
  snippet: Snippet;
  clientsById: ReadonlyMap<Id, Client>;
  /** Absent in the options page: preview only. */
  insert?: InsertControls;
  /** Chosen with Enter: insert at once when nothing needs asking. */
  autoInsert?: boolean;
  onEdit(): void;
  onDuplicate(): void;
  onDelete(): Promise<void>;
  onBack(): void;
}

type Step = 'ready' | 'confirmClient' | 'confirmDelete';

/**
 * One snippet: filled from the open email, its fill-in fields asked here, the client guard, then
 * Insert (or Copy when Gmail cannot take it). Edit, duplicate and delete live here too.
 */
export function SnippetDetail({
  idPrefix,
  snippet,
  clientsById,
  insert,
  autoInsert = false,
  onEdit,
  onDuplicate,
  onDelete,
  onBack,
}: SnippetDetailProps) {
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [step, setStep] = useState<Step>('ready');
  const [status, setStatus] = useState<ActionOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [offerCopy, setOfferCopy] = useState(false);
  const insertButton = useRef<HTMLButtonElement>(null);
  const confirmCancel = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const id = (name: string) => `${idPrefix}-${name}`;

  const fields = useMemo(() => fieldsOf(snippet.body), [snippet.body]);
  const filled = useMemo(
    () =>
      insert ? fillSnippetParts(snippet.body, snippet.language, insert.context, answers) : null,
    [snippet.body, snippet.language, insert?.context, answers],
  );
  const guard = checkClientGuard(snippet, insert?.threadClientId ?? null, [
    ...clientsById.values(),
  ]);
  const missingField = fields.find((f) => !answers[f.key]?.trim());
  const result = (): FillResult | null =>
    filled && {
      text: filled.parts.map((p) => p.text).join(''),
      cursorOffset: filled.cursorOffset,
      unknown: filled.unknown,
      fields: filled.fields,
    };

  // Focus where the VA goes next: the first field to fill, else Insert (Edit in the options page).
  useEffect(() => {
    const first = fields[0];
    if (first) document.getElementById(id(`field-${fields.indexOf(first)}`))?.focus();
    else (insertButton.current ?? editButton.current)?.focus();
    if (autoInsert && insert && !fields.length && guard.kind === 'ok' && !insert.unavailable)
      void run('insert');
  }, [snippet.id]);

  // A question takes focus on its safe answer; when it goes, focus goes back to where it began.
  const previousStep = useRef<Step>('ready');
  useEffect(() => {
    if (step !== 'ready') confirmCancel.current?.focus();
    else if (previousStep.current === 'confirmClient') insertButton.current?.focus();
    else if (previousStep.current === 'confirmDelete') editButton.current?.focus();
    previousStep.current = step;
  }, [step]);

  async function run(action: 'insert' | 'copy') {
    const filledNow = result();
    if (!insert || !filledNow) return;
    setBusy(true);
    setStatus(null);
    try {
      const outcome = await insert[action](snippet, filledNow);
      setStatus(outcome);
      if (action === 'insert') setOfferCopy(!outcome.ok);
    } catch (error) {
      setStatus({
        ok: false,
        message: t('actionFailed', [error instanceof Error ? error.message : String(error)]),
      });
      setOfferCopy(true);
    } finally {
      setBusy(false);
    }
  }

  /** Insert or Copy, once every field is filled; Insert asks first across clients. */
  function request(action: 'insert' | 'copy') {
    if (missingField) {
      setStatus({ ok: false, message: t('snippetFillFields', [missingField.label]) });
      document.getElementById(id(`field-${fields.indexOf(missingField)}`))?.focus();
      return;
    }
    if (action === 'insert' && guard.kind === 'confirm' && step !== 'confirmClient') {
      setStep('confirmClient');
      return;
    }
    setStep('ready');
    void run(action);
  }

  const missing = filled?.missing ?? [];
  const unknown = filled?.unknown ?? [];
  return (
    <article class="snippet-detail" aria-labelledby={id('title')}>
      <div class="snippet-detail__top">
        <button type="button" onClick={onBack}>
          {t('snippetBack')}
        </button>
      </div>
      <h2 id={id('title')}>{snippet.title}</h2>
      <p class="snippet-item__meta">
        {snippet.shortcut && <code class="snippet-item__shortcut">{snippet.shortcut}</code>}{' '}
        {scopeLabel(snippet, clientsById)}
        {' · '}
        {snippet.language === 'it' ? t('languageItalian') : t('languageEnglish')}
        {' · '}
        {usageLabel(snippet)}
        {snippet.minutesToLog > 0 &&
          ` · ${t('snippetLogsMinutes', [formatMinutes(snippet.minutesToLog)])}`}
      </p>

      {fields.length > 0 && insert && (
        <SnippetFieldsForm
          idPrefix={idPrefix}
          fields={fields}
          answers={answers}
          onAnswer={(key, value) => setAnswers((a) => ({ ...a, [key]: value }))}
          onSubmit={() => request('insert')}
        />
      )}

      <section class="snippet-preview" aria-labelledby={id('preview-heading')}>
        <h3 id={id('preview-heading')}>{insert ? t('snippetPreview') : t('snippetBodyLabel')}</h3>
        {insert && <p class="field__hint">{insert.source}</p>}
        {filled ? (
          <FilledText parts={filled.parts} id={id('preview')} />
        ) : (
          <BodyHighlight body={snippet.body} id={id('preview')} />
        )}
        {missing.length > 0 && (
          <p class="warning">
            {t('snippetMissingValues', [missing.map((n) => `{{${n}}}`).join(', ')])}
          </p>
        )}
        {unknown.length > 0 && (
          <p class="warning">
            {t('snippetUnknownVariables', [unknown.map((n) => `{{${n}}}`).join(', ')])}
          </p>
        )}
      </section>

      {step === 'confirmClient' && guard.kind === 'confirm' && (
        <SnippetConfirm
          textId={id('guard-text')}
          confirm={t('snippetGuardInsertAnyway')}
          confirmClass="primary"
          cancelRef={confirmCancel}
          onConfirm={() => request('insert')}
          onCancel={() => setStep('ready')}
        >
          {t('snippetGuardQuestion', [guard.snippetClient, guard.threadClient])}
        </SnippetConfirm>
      )}

      {insert && (
        <div class="actions">
          <button
            type="button"
            class="primary"
            ref={insertButton}
            disabled={busy || !!insert.unavailable || step === 'confirmClient'}
            aria-describedby={insert.unavailable ? id('unavailable') : undefined}
            onClick={() => request('insert')}
          >
            {t('snippetInsert')}
          </button>
          <button
            type="button"
            class={offerCopy ? 'primary' : undefined}
            disabled={busy}
            onClick={() => request('copy')}
          >
            {t('snippetCopy')}
          </button>
        </div>
      )}
      {insert?.unavailable && (
        <p class="field__hint" id={id('unavailable')}>
          {insert.unavailable}
        </p>
      )}
      <p
        class={status ? (status.ok ? 'notice' : 'form-error') : 'notice'}
        role="status"
        aria-live="polite"
      >
        {status?.message ?? ''}
      </p>

      {step === 'confirmDelete' ? (
        <SnippetConfirm
          textId={id('delete-text')}
          confirm={t('snippetDelete')}
          confirmClass="danger"
          cancelRef={confirmCancel}
          onConfirm={() => void onDelete()}
          onCancel={() => setStep('ready')}
        >
          {t('snippetDeleteQuestion', [snippet.title])}
        </SnippetConfirm>
      ) : (
        <div class="actions snippet-detail__manage">
          <button type="button" ref={editButton} onClick={onEdit}>
            {t('edit')}
          </button>
          <button type="button" onClick={onDuplicate}>
            {t('snippetDuplicate')}
          </button>
          <button type="button" onClick={() => setStep('confirmDelete')}>
            {t('snippetDelete')}
          </button>
        </div>
      )}
    </article>
  );
}
