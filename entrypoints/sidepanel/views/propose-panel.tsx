import { useMemo, useState } from 'preact/hooks';
import { LoadError, Loading } from '../../../components/status';
import { proposeSlotsText } from '../../../utils/calendar/propose';
import { findFreeSlots } from '../../../utils/calendar/slots';
import type { Settings } from '../../../utils/db/settings';
import type { Client } from '../../../utils/db/types';
import { t } from '../../../utils/i18n/messages';
import { useNow } from '../../../utils/ui/use-now';
import { useBusy, vaTimeZone } from './booking-panel';

export const PROPOSE_MINUTES = 30;

/**
 * The next three free slots as a reply for the client's side: their language, their clock. Gmail
 * insertion (the snippets issue's `utils/messaging/insert.ts`) has not landed, so the VA copies the
 * text and pastes it into the reply.
 */
export function ProposePanel({
  client,
  settings,
  onClose,
}: {
  client: Client;
  settings: Settings;
  onClose(): void;
}) {
  const now = useNow(60_000);
  const busy = useBusy(now, null);
  const [copied, setCopied] = useState('');
  const zone = useMemo(vaTimeZone, []);
  const text = useMemo(() => {
    if (busy.status !== 'ready') return '';
    const working = {
      startMinutes: settings.workStartMinutes,
      endMinutes: settings.workEndMinutes,
      days: settings.workingDays,
    };
    const hours = [{ ...working, timeZone: zone }];
    if (client.timeZone !== zone) hours.push({ ...working, timeZone: client.timeZone });
    const slots = findFreeSlots({
      from: now,
      durationMinutes: PROPOSE_MINUTES,
      busy: busy.busy,
      hours,
    });
    return slots.length ? proposeSlotsText(slots, client.language, client.timeZone) : '';
  }, [busy, client, settings, zone, Math.floor(now / 60_000)]);
  if (busy.status === 'loading') return <Loading />;
  if (busy.status === 'error') return <LoadError error={busy.error} />;
  return (
    <section class="card propose-panel" aria-labelledby="propose-title">
      <h2 id="propose-title">{t('proposeTitle', [client.name])}</h2>
      {text ? (
        <>
          <label for="propose-text">{t('proposeTextLabel')}</label>
          <textarea id="propose-text" readOnly rows={6} value={text} />
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() =>
                void navigator.clipboard
                  .writeText(text)
                  .then(() => setCopied(t('proposeCopied')))
                  .catch(() => setCopied(t('proposeCopyFailed')))
              }
            >
              {t('proposeCopy')}
            </button>
            <button type="button" onClick={onClose}>
              {t('bookingClose')}
            </button>
          </div>
        </>
      ) : (
        <p class="empty">{t('bookingNoFreeSlots')}</p>
      )}
      <p class="notice" role="status" aria-live="polite">
        {copied}
      </p>
    </section>
  );
}
