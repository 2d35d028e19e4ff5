import type { Ref } from 'preact';
import { t } from '@/utils/i18n/messages';

interface TimeStatusProps {
  /** The last confirmation ("Entry saved."), or ''. */
  message: string;
  /** Shown with an Undo button while a deleted entry can still come back. */
  canUndo: boolean;
  undoRef?: Ref<HTMLButtonElement>;
  onUndo(): void;
}

/** Confirmations for screen readers and eyes alike, with Undo after a delete. */
export function TimeStatus({ message, canUndo, undoRef, onUndo }: TimeStatusProps) {
  return (
    <div class="time-status" role="status" aria-live="polite">
      {message && <span class="notice-inline">{message}</span>}
      {canUndo && (
        <button type="button" ref={undoRef} class="time-status__undo" onClick={onUndo}>
          {t('timeUndo')}
        </button>
      )}
    </div>
  );
}
