import type { ComponentChildren, RefObject } from 'preact';
import { t } from '@/utils/i18n/messages';

/** A question asked in place before a risky action: the action, or Cancel (which takes focus). */
export function SnippetConfirm(props: {
  textId: string;
  children: ComponentChildren;
  confirm: string;
  confirmClass: 'primary' | 'danger';
  cancelRef: RefObject<HTMLButtonElement | null>;
  onConfirm(): void;
  onCancel(): void;
}) {
  return (
    <div class="snippet-confirm warning" role="group" aria-labelledby={props.textId}>
      <p id={props.textId}>{props.children}</p>
      <div class="actions">
        <button type="button" class={props.confirmClass} onClick={props.onConfirm}>
          {props.confirm}
        </button>
        <button type="button" ref={props.cancelRef} onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
