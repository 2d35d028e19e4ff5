import { useEffect, useState } from 'preact/hooks';
import { TRIAGE_STATUSES, type TaggedThread } from '@/utils/model/types';
import { t } from '@/utils/i18n/messages';
import { statusLabel } from './labels';
import { dateInputValue, parseDateInput } from '@/utils/time/local-day';
import type { TriagePatch } from '@/utils/model/inputs';

interface TriageControlsProps {
  thread: TaggedThread;
  busy: boolean;
  onChange(patch: TriagePatch): void;
}

/** Status in one click, an optional follow-up date and notes on the thread. */
export function TriageControls({ thread, busy, onChange }: TriageControlsProps) {
  const [notes, setNotes] = useState(thread.notes);
  useEffect(() => setNotes(thread.notes), [thread.id, thread.notes]);
  return (
    <div class="triage">
      <div role="group" aria-labelledby="triage-label" class="triage__statuses">
        <span id="triage-label" class="triage__label">
          {t('triageLabel')}
        </span>
        {TRIAGE_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            class={`status status--${status}`}
            aria-pressed={thread.status === status}
            disabled={busy}
            onClick={() => thread.status !== status && onChange({ status })}
          >
            {statusLabel(status)}
          </button>
        ))}
      </div>
      <div class="field triage__followup">
        <label for="followup-date">{t('followUpLabel')}</label>
        <div class="tag-picker__row">
          <input
            id="followup-date"
            type="date"
            value={thread.followUpAt === null ? '' : dateInputValue(thread.followUpAt)}
            onChange={(e) => onChange({ followUpAt: parseDateInput(e.currentTarget.value) })}
          />
          {thread.followUpAt !== null && (
            <button type="button" onClick={() => onChange({ followUpAt: null })}>
              {t('clearFollowUp')}
            </button>
          )}
        </div>
      </div>
      <form
        class="field"
        onSubmit={(e) => {
          e.preventDefault();
          onChange({ notes });
        }}
      >
        <label for="thread-notes">{t('threadNotes')}</label>
        <textarea
          id="thread-notes"
          rows={3}
          value={notes}
          onInput={(e) => setNotes(e.currentTarget.value)}
        />
        <button type="submit" disabled={busy || notes === thread.notes}>
          {t('saveNotes')}
        </button>
      </form>
    </div>
  );
}
