import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldIssue } from '@/utils/model/errors';
import type { TimeEntry } from '@/utils/model/types';
import { t } from '@/utils/i18n/messages';
import { inputFromSplitDraft, splitDraftFromEntry } from '@/utils/time/split-draft';
import { FormActions, TextField, issuesFor, whileSaving } from './field';

interface TimeSplitFormProps {
  idPrefix: string;
  entry: TimeEntry;
  /** How the entry is named to screen readers ("Studio Rossi 09:00–09:40"). */
  name: string;
  now: number;
  onSubmit(at: number): Promise<FieldIssue[] | null>;
  onCancel(): void;
}

/** Splits an entry in two at a chosen time. */
export function TimeSplitForm({
  idPrefix,
  entry,
  name,
  now,
  onSubmit,
  onCancel,
}: TimeSplitFormProps) {
  const [text, setText] = useState(() => splitDraftFromEntry(entry, now));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const fieldId = `${idPrefix}-splitAt`;

  useEffect(() => input.current?.focus(), []);

  async function submit(e: Event) {
    e.preventDefault();
    if (saving) return;
    const parsed = inputFromSplitDraft(entry, text, now);
    const problems = parsed.ok
      ? await whileSaving(setSaving, () => onSubmit(parsed.at))
      : parsed.issues;
    if (problems?.length) {
      setIssues(problems);
      input.current?.focus();
    }
  }

  return (
    <form
      class="time-form time-form--split"
      aria-label={t('timeSplitNamed', [name])}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
      noValidate
    >
      <TextField
        id={fieldId}
        label={t('timeSplitAt')}
        errors={issuesFor(issues, 'splitAt')}
        inputRef={input}
        type="time"
        value={text}
        onValue={(value) => setText(value)}
      />
      {issues
        .filter((i) => i.field !== 'splitAt')
        .map((i) => (
          <p key={i.message} class="form-error" role="alert">
            {t(i.message, i.params)}
          </p>
        ))}
      <FormActions submit={t('timeSplit')} disabled={saving} onCancel={onCancel} />
    </form>
  );
}
