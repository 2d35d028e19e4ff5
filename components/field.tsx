import type { ComponentChildren } from 'preact';
import type { FieldIssue } from '@/utils/model/errors';
import { t } from '@/utils/i18n/messages';

export function issuesFor(issues: readonly FieldIssue[], field: string): string[] {
  return issues.filter((i) => i.field === field).map((i) => t(i.message, i.params));
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (aria: {
    id: string;
    'aria-invalid'?: true;
    'aria-describedby'?: string;
  }) => ComponentChildren;
}

/** A labelled control with its hint and errors tied to it for screen readers. */
export function Field({ id, label, hint, errors = [], children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={errors.length ? 'field field--invalid' : 'field'}>
      <label for={id}>{label}</label>
      {children({
        id,
        ...(errors.length ? { 'aria-invalid': true as const } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {hint && (
        <p class="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <ul class="field__errors" id={errorId}>
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
