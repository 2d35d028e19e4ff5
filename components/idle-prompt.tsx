import { formatMinutes, formatTime } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import type { IdleChoice } from '@/utils/model/inputs';
import { MINUTE_MS } from '@/utils/time/units';

interface IdlePromptProps {
  clientName: string;
  from: number;
  to: number;
  onChoose(choice: IdleChoice): void;
}

/** "You were away for 12 min": keep the time, discard it, or discard it and stop. */
export function IdlePromptBanner({ clientName, from, to, onChoose }: IdlePromptProps) {
  return (
    <section class="idle-prompt" role="alertdialog" aria-labelledby="idle-text">
      <p id="idle-text">
        {t('idlePromptText', [formatMinutes((to - from) / MINUTE_MS), clientName])} (
        {formatTime(from)}–{formatTime(to)})
      </p>
      <div class="actions">
        <button type="button" onClick={() => onChoose('keep')}>
          {t('idleKeep')}
        </button>
        <button type="button" class="primary" onClick={() => onChoose('discard')}>
          {t('idleDiscard')}
        </button>
        <button type="button" onClick={() => onChoose('discardAndStop')}>
          {t('idleDiscardStop')}
        </button>
      </div>
    </section>
  );
}
