import { useMemo, useState } from 'preact/hooks';
import { LoadError, Loading } from '@/components/status';
import { proposeSlotsText } from '@/utils/calendar/propose';
import { findFreeSlots } from '@/utils/calendar/slots';
import type { Client } from '@/utils/model/types';
import { t, type MessageKey } from '@/utils/i18n/messages';
import { sendInsert, type InsertPlace } from '@/utils/messaging/tab';
import { insertRequest, NOT_INSERTED } from '@/utils/snippets/insertion';
import { useNow } from '@/utils/ui/use-now';
import { useBusy } from './booking-panel';
import { MINUTE_MS, localTimeZone } from '@/utils/time/units';
import type { Settings } from '@/utils/model/settings';

export const PROPOSE_MINUTES = 30;

const INSERTED: Record<InsertPlace, MessageKey> = {
  reply: 'proposeInsertedReply',
  compose: 'proposeInsertedCompose',
  openedReply: 'proposeInsertedOpenedReply',
};

/**
 * The next three free slots as a reply for the client's side: their language, their clock. They go
 * into Gmail's reply through the snippets' insert message (a reply is opened when none is), or to
 * the clipboard.
 */
export function ProposePanel({
  client,
  settings,
  gmailTabId,
  onClose,
}: {
  client: Client;
  settings: Settings;
  /** The Gmail tab of the thread, for the insert. */
  gmailTabId: number | null;
  onClose(): void;
}) {
  const now = useNow(MINUTE_MS);
  const busy = useBusy(now, null);
  const [copied, setCopied] = useState('');
  const zone = useMemo(localTimeZone, []);
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
  }, [busy, client, settings, zone, Math.floor(now / MINUTE_MS)]);
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
            {gmailTabId !== null && (
              <button
                type="button"
                class="primary"
                onClick={() =>
                  void sendInsert(gmailTabId, insertRequest({ text, cursorOffset: null })).then(
                    (result) =>
                      setCopied(
                        t(
                          result.ok
                            ? INSERTED[result.value.where]
                            : NOT_INSERTED[result.error.code],
                        ),
                      ),
                  )
                }
              >
                {t('proposeInsert')}
              </button>
            )}
            <button
              type="button"
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
