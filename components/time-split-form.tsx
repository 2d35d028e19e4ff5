import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldIssue } from '@/utils/model/errors';
import type { TimeEntry } from '@/utils/model/types';
import { t } from '@/utils/i18n/messages';
import { Field, issuesFor } from './field';
import { MINUTE_MS } from '@/utils/time/units';
import { atLocalTime, hhmm, parseHHMM, startOfLocalDay } from '@/utils/time/local-day';

/** The split time the form offers first: the middle of the entry, on a whole minute. */
export function splitDefault(entry: Pick<TimeEntry, 'start' | 'end'>, now: number): string {
  const end = entry.end ?? now;
  return hhmm(Math.floor((entry.start + (end - entry.start) / 2) / MINUTE_MS) * MINUTE_MS);
}

/**
 * `HH:MM` → the instant inside the entry: on the start's day, or on the next day when the entry
 * runs past midnight and the time is earlier than the start. Null when the text is no time.
 */
export function splitInstant(
  entry: Pick<TimeEntry, 'start' | 'end'>,
  text: string,
  now: number,
): number | null {
  const minutes = parseHHMM(text);
  if (minutes === null) return null;
  const day = startOfLocalDay(entry.start);
  const sameDay = atLocalTime(day, minutes);
  if (sameDay > entry.start) return sameDay;
  const nextDay = new Date(day);
  nextDay.setDate(nextDay.getDate() + 1);
  const later = atLocalTime(nextDay.getTime(), minutes);
  return later < (entry.end ?? now) ? later : sameDay;
}

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
  const [text, setText] = useState(() => splitDefault(entry, now));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const fieldId = `${idPrefix}-splitAt`;

  useEffect(() => input.current?.focus(), []);

  async function submit(e: Event) {
    e.preventDefault();
    if (saving) return;
    const at = splitInstant(entry, text, now);
    let problems: FieldIssue[] | null;
    if (at === null) problems = [{ field: 'splitAt', message: 'errorTimeInvalid' }];
    else {
      setSaving(true);
      try {
        problems = await onSubmit(at);
      } finally {
        setSaving(false);
      }
    }
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
      <Field id={fieldId} label={t('timeSplitAt')} errors={issuesFor(issues, 'splitAt')}>
        {(aria) => (
          <input
            {...aria}
            ref={input}
            type="time"
            value={text}
            onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
          />
        )}
      </Field>
      {issues
        .filter((i) => i.field !== 'splitAt')
        .map((i) => (
          <p key={i.message} class="form-error" role="alert">
            {t(i.message, i.params)}
          </p>
        ))}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {t('timeSplit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
