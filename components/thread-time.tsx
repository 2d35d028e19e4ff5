import { useState } from 'preact/hooks';
import type { Client } from '@/utils/model/types';
import { formatMinutes } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/messages';
import { parseDuration } from '@/utils/time/duration';
import { ClientChip } from './client-chip';
import { CheckField, TextField } from './field';
import { durationErrorLabel } from './labels';

export interface ThreadTimeProps {
  client: Client;
  subject: string;
  /** The running timer's client, and whether it runs on this very thread. */
  running: { client: Client; onThisThread: boolean } | null;
  /** Minutes the VA spent on this thread today and has not logged yet (counted in Gmail). */
  unloggedMinutes: number;
  /** The same, after the client's rounding and minimum. */
  unloggedBillable: number;
  busy: boolean;
  onStartTimer(): void;
  onStopTimer(): void;
  onLog(minutes: number, note: string, billable: boolean): void;
}

/** Time for the open email: timer, quick log, switch prompt and unlogged email time. */
export function ThreadTime(props: ThreadTimeProps) {
  const { client, running, busy } = props;
  const [open, setOpen] = useState(false);
  const [duration, setDuration] = useState('');
  const [note, setNote] = useState(props.subject);
  const [billable, setBillable] = useState(client.billableByDefault);
  const [error, setError] = useState('');

  function submit(e: Event) {
    e.preventDefault();
    const parsed = parseDuration(duration);
    if (!parsed.ok) {
      setError(durationErrorLabel(parsed.error));
      return;
    }
    setError('');
    props.onLog(parsed.minutes, note, billable);
    setOpen(false);
    setDuration('');
  }

  return (
    <section class="thread-time" aria-label={t('threadTimeLabel')}>
      {running && running.client.id !== client.id && (
        <div class="switch-prompt" role="status">
          <p>
            {t('timerRunningFor', [''])}
            <ClientChip client={running.client} />
          </p>
          <button type="button" class="primary" disabled={busy} onClick={props.onStartTimer}>
            {t('switchTimerTo', [client.name])}
          </button>
        </div>
      )}
      {props.unloggedMinutes >= 1 && (
        <p class="email-time">
          {t('emailTimeUnlogged', [formatMinutes(props.unloggedMinutes)])}{' '}
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              props.onLog(props.unloggedMinutes, props.subject, client.billableByDefault)
            }
          >
            {t('logEmailTime', [formatMinutes(props.unloggedBillable)])}
          </button>
        </p>
      )}
      <div class="actions">
        {running?.onThisThread ? (
          <button type="button" disabled={busy} onClick={props.onStopTimer}>
            {t('stopTimer')}
          </button>
        ) : (
          (!running || running.client.id === client.id) && (
            <button type="button" disabled={busy} onClick={props.onStartTimer}>
              {t('startTimerOnEmail')}
            </button>
          )
        )}
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('logTimeForEmail')}
        </button>
      </div>
      {open && (
        <form class="log-form" onSubmit={submit}>
          <div class="field">
            <label for="email-log-duration">{t('durationLabel')}</label>
            <input
              id="email-log-duration"
              value={duration}
              placeholder="25, 1:30, 1,5h"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'email-log-error' : undefined}
              onInput={(e) => setDuration(e.currentTarget.value)}
            />
            {error && (
              <p id="email-log-error" class="field__errors">
                {error}
              </p>
            )}
          </div>
          <TextField id="email-log-note" label={t('noteLabel')} value={note} onValue={setNote} />
          <CheckField
            id="email-log-billable"
            label={t('billableLabel')}
            checked={billable}
            onChange={setBillable}
          />
          <button type="submit" class="primary" disabled={busy}>
            {t('logTimeSave')}
          </button>
        </form>
      )}
    </section>
  );
}
