import type { Client, Instant } from '@/utils/model/types';
import { formatTime } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import { activityLabel } from './labels';

/** `754000` ms → `0:12:34`. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

interface RunningTimerProps {
  client: Pick<Client, 'name' | 'color'> | undefined;
  start: Instant;
  now: Instant;
  activityType: string;
  busy: boolean;
  onStop(): void;
}

/** The running timer: whose it is, since when, how long so far, and Stop. */
export function RunningTimer({
  client,
  start,
  now,
  activityType,
  busy,
  onStop,
}: RunningTimerProps) {
  return (
    <section class="timer" aria-label={t('timerRunning')}>
      <div class="timer__top">
        <span
          class="swatch"
          style={{ background: client?.color ?? 'var(--line)' }}
          aria-hidden="true"
        />
        <span class="timer__client">{client?.name ?? t('timerUnknownClient')}</span>
        <span class="timer__elapsed" role="timer" data-testid="timer-elapsed">
          {formatElapsed(now - start)}
        </span>
      </div>
      <div class="timer__bottom">
        <span class="timer__meta">
          {t('timerRunning')} · {t('timerSince', [formatTime(start)])} ·{' '}
          {activityLabel(activityType)}
        </span>
        <button type="button" onClick={onStop} disabled={busy}>
          {t('timerStop')}
        </button>
      </div>
    </section>
  );
}
