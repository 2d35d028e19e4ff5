import { t } from '@/utils/i18n/messages';
import { tokenize, type Variable } from '@/utils/snippets/variable-syntax';
import type { FilledPart } from '@/utils/snippets/variables';

// Snippet text as the VA reads it: variables highlighted, everything rendered as text nodes
// (snippet bodies, sender names and answers are untrusted and never become HTML).

function variableClass(v: Variable): string {
  if (v.type === 'unknown') return 'snippet-var snippet-var--unknown';
  if (v.type === 'ask' || v.type === 'choose') return 'snippet-var snippet-var--field';
  return 'snippet-var';
}

function variableTitle(v: Variable): string {
  if (v.type === 'unknown') return t('snippetVarUnknownTitle');
  if (v.type === 'ask' || v.type === 'choose') return t('snippetVarFieldTitle');
  return t('snippetVarKnownTitle');
}

/** The body as written, each `{{variable}}` marked: unknown ones stand out as errors. */
export function BodyHighlight({ body, id }: { body: string; id?: string }) {
  return (
    <div class="snippet-text" id={id}>
      {tokenize(body).map((token) =>
        token.kind === 'text' ? (
          token.text
        ) : (
          <mark
            key={token.start}
            class={variableClass(token.variable)}
            title={variableTitle(token.variable)}
          >
            {token.raw}
          </mark>
        ),
      )}
    </div>
  );
}

const PART_CLASS: Record<FilledPart['kind'], string> = {
  text: '',
  value: 'snippet-fill snippet-fill--value',
  answer: 'snippet-fill snippet-fill--value',
  missing: 'snippet-var snippet-var--missing',
  unknown: 'snippet-var snippet-var--unknown',
  field: 'snippet-var snippet-var--field',
  cursor: 'snippet-caret',
};

/** The filled snippet: values from the email marked lightly, what has no value marked loudly. */
export function FilledText({ parts, id }: { parts: readonly FilledPart[]; id?: string }) {
  return (
    <div class="snippet-text snippet-text--filled" id={id}>
      {parts.map((part, i) =>
        part.kind === 'text' ? (
          part.text
        ) : part.kind === 'cursor' ? (
          <span
            key={i}
            class={PART_CLASS.cursor}
            title={t('snippetCaretTitle')}
            aria-hidden="true"
          />
        ) : part.kind === 'value' || part.kind === 'answer' ? (
          <span key={i} class={PART_CLASS[part.kind]}>
            {part.text}
          </span>
        ) : (
          <mark key={i} class={PART_CLASS[part.kind]}>
            {part.text}
          </mark>
        ),
      )}
    </div>
  );
}
