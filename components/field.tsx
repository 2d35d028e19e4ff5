import type { ComponentChildren, Ref } from 'preact';
import type { FieldIssue } from '@/utils/model/errors';
import { t } from '@/utils/i18n/messages';

export function issuesFor(issues: readonly FieldIssue[], field: string): string[] {
  return issues.filter((i) => i.field === field).map((i) => t(i.message, i.params));
}

/** The keys of a draft whose values are a control's text. */
type TextKey<D> = { [K in keyof D]-?: D[K] extends string ? K : never }[keyof D] & string;

/** What ties a `TextField` or `SelectField` to one text of a draft. */
export interface BoundField {
  id: string;
  value: string;
  errors: string[];
  onValue(value: string): void;
}

/**
 * Ties a form's fields to its draft: `bind('name')` is the id, value, errors and setter of
 * `draft.name`, so each field says only its label and its own attributes. A second argument
 * names the element when its id is not the form's usual one for the key.
 */
export function draftBinder<D>(
  draft: D,
  set: (patch: Partial<D>) => void,
  ids: (key: string) => string,
  errors: (key: string) => string[] = () => [],
) {
  return (key: TextKey<D>, id = ids(key)): BoundField => ({
    id,
    value: draft[key] as string,
    errors: errors(key),
    onValue: (value) => set({ [key]: value } as Partial<D>),
  });
}

/** Runs a form's save with `saving` set until it settles; the problems it found, or null. */
export async function whileSaving(
  setSaving: (saving: boolean) => void,
  save: () => Promise<FieldIssue[] | null>,
): Promise<FieldIssue[] | null> {
  setSaving(true);
  try {
    return await save();
  } finally {
    setSaving(false);
  }
}

/** What a labelled control spreads onto itself: its id, and its hint and errors for screen readers. */
export interface FieldAria {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

interface FieldProps {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  errors?: string[];
  /** Extra classes after `field` (a combobox's `combo`). */
  class?: string;
  children: (aria: FieldAria) => ComponentChildren;
}

/** A labelled control with its hint and errors tied to it for screen readers. */
export function Field({ id, label, hint, errors = [], class: extra, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const classes = ['field', extra, errors.length ? 'field--invalid' : ''].filter(Boolean);
  return (
    <div class={classes.join(' ')}>
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
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

/** The input attributes the forms set. */
interface ControlProps {
  type?: 'text' | 'date' | 'time' | 'color';
  inputMode?: 'text' | 'numeric' | 'decimal';
  autoComplete?: string;
  autocomplete?: string;
  spellcheck?: boolean;
  placeholder?: string;
  maxLength?: number;
  max?: string;
  list?: string;
  required?: boolean;
}

interface TextFieldProps extends Omit<FieldProps, 'children'>, ControlProps {
  value: string;
  /** Each keystroke's text. */
  onValue(value: string): void;
  /** A text area of this many rows instead of a one-line input. */
  rows?: number;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled text input (or text area) that reports its text as the VA types. */
export function TextField({
  id,
  label,
  hint,
  errors,
  class: extra,
  value,
  onValue,
  rows,
  inputRef,
  ...control
}: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} class={extra}>
      {(aria) =>
        rows === undefined ? (
          <input
            {...aria}
            {...control}
            ref={inputRef}
            value={value}
            onInput={(e) => onValue(e.currentTarget.value)}
          />
        ) : (
          <textarea
            {...aria}
            rows={rows}
            value={value}
            onInput={(e) => onValue(e.currentTarget.value)}
          />
        )
      }
    </Field>
  );
}

interface SelectFieldProps extends Omit<FieldProps, 'children'> {
  value: string;
  /** The value chosen. */
  onValue(value: string): void;
  /** The `<option>`s. */
  children: ComponentChildren;
}

/** A labelled select that reports the value chosen. */
export function SelectField({ children, value, onValue, ...field }: SelectFieldProps) {
  return (
    <Field {...field}>
      {(aria) => (
        <select {...aria} value={value} onChange={(e) => onValue(e.currentTarget.value)}>
          {children}
        </select>
      )}
    </Field>
  );
}

/** The languages VA Desk writes in, as options. */
export function LanguageOptions() {
  return (
    <>
      <option value="it">{t('languageItalian')}</option>
      <option value="en">{t('languageEnglish')}</option>
    </>
  );
}

/** A field's errors, as the list its control's `aria-describedby` points at. */
function FieldErrors({ id, errors }: { id: string | undefined; errors: readonly string[] }) {
  if (!errors.length) return null;
  return (
    <ul class="field__errors" id={id}>
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

interface CheckFieldProps {
  id: string;
  label: ComponentChildren;
  checked: boolean;
  /** Extra classes after `field field--check`. */
  class?: string;
  onChange(checked: boolean): void;
}

/** A checkbox and its label, the label after the box. */
export function CheckField({ id, label, checked, class: extra, onChange }: CheckFieldProps) {
  return (
    <div class={extra ? `field field--check ${extra}` : 'field field--check'}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
}

/** The form's own problems (not tied to one field), in one alert; nothing when there are none. */
export function FormError({ messages }: { messages: readonly string[] }) {
  if (!messages.length) return null;
  return (
    <p class="form-error" role="alert">
      {messages.join(' ')}
    </p>
  );
}

interface FormActionsProps {
  /** The submit button's text. */
  submit: string;
  disabled: boolean;
  /** Set `aria-busy` on the submit button while saving. */
  busy?: boolean;
  onCancel(): void;
}

/** The submit and Cancel buttons at the foot of a form. */
export function FormActions({ submit, disabled, busy, onCancel }: FormActionsProps) {
  return (
    <div class="actions">
      <button type="submit" class="primary" disabled={disabled} aria-busy={busy}>
        {submit}
      </button>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
