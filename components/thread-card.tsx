import { useState } from 'preact/hooks';
import type { Suggestion } from '@/utils/clients/suggest';
import type { Client, TaggedThread } from '@/utils/model/types';
import type { ThreadSnapshot } from '@/utils/gmail/types';
import { t } from '@/utils/i18n/messages';
import { ClientChip } from './client-chip';
import { ClientSuggestion } from './client-suggestion';
import { TextField } from './field';
import { messageCountLabel, partsLabel, reasonLabel } from './labels';
import { TagPicker } from './tag-picker';
import { ThreadTime, type ThreadTimeProps } from './thread-time';
import { TriageControls } from './triage-controls';
import { latestSender } from '@/utils/gmail/thread-participants';
import type { TriagePatch } from '@/utils/model/inputs';

export interface ThreadCardProps {
  /** What was read; null when only the URL says a thread is open (the selectors missed). */
  thread: ThreadSnapshot | null;
  excerpt: string;
  tagged: TaggedThread | null;
  taggedClient: Client | null;
  clients: readonly Client[];
  suggestion: Suggestion | null;
  busy: boolean;
  onTag(clientId: string, subject: string): void;
  onTriage(patch: TriagePatch): void;
  onUntag(): void;
  /** Timer, quick log and unlogged email time for a tagged thread. */
  time?: Omit<ThreadTimeProps, 'client' | 'subject' | 'busy'>;
  /** Opens the booking form prefilled from the thread. */
  onBook?(): void;
  /** Proposes the next free slots in a reply (needs a client: tagged or suggested). */
  onPropose?(): void;
}

/** The open email: what it is, whose it is, and what happens next. Everything is plain text. */
export function ThreadCard(props: ThreadCardProps) {
  const { thread, tagged, taggedClient, clients, suggestion, busy } = props;
  const [manualSubject, setManualSubject] = useState(tagged?.subject ?? '');
  const missing = thread ? thread.missing : (['threadId', 'subject', 'messages'] as const);
  const latest = thread?.messages[thread.messages.length - 1];
  const sender = latestSender(thread);
  const needsManualSubject = !thread?.subject;
  const subject = thread?.subject || manualSubject;

  return (
    <article class="card thread-card" aria-labelledby="thread-subject">
      {missing.length > 0 && (
        <p class="warning" role="status">
          {t('emailUnreadable', [partsLabel(missing)])}
        </p>
      )}
      <h2 id="thread-subject" class="thread-card__subject">
        {thread?.subject || tagged?.subject || t('noSubject')}
      </h2>
      {sender && (
        <p class="thread-card__from">
          {t('emailFrom', [sender.name ? `${sender.name} <${sender.email}>` : sender.email])}
        </p>
      )}
      {thread && thread.messages.length > 0 && (
        <p class="thread-card__meta">
          {messageCountLabel(thread.messages.length)}
          {latest?.dateTitle ? ` · ${latest.dateTitle}` : ''}
        </p>
      )}
      {props.excerpt && <p class="thread-card__excerpt">{props.excerpt}</p>}

      {needsManualSubject && !tagged && (
        <TextField
          id="manual-subject"
          label={t('manualSubject')}
          value={manualSubject}
          onValue={setManualSubject}
        />
      )}

      {tagged && taggedClient ? (
        <section class="thread-card__tag" aria-label={t('taggedTo', [taggedClient.name])}>
          <p class="tagged">
            {t('taggedTo', [''])}
            <ClientChip client={taggedClient} />
          </p>
          <TriageControls thread={tagged} busy={busy} onChange={props.onTriage} />
          {props.time && (
            <ThreadTime
              {...props.time}
              client={taggedClient}
              subject={thread?.subject || tagged.subject}
              busy={busy}
            />
          )}
          <TagPicker
            idPrefix="retag"
            label={t('retag')}
            clients={clients}
            exclude={taggedClient.id}
            busy={busy}
            onPick={(id) => props.onTag(id, subject)}
          />
          <button type="button" class="danger" disabled={busy} onClick={props.onUntag}>
            {t('untag')}
          </button>
        </section>
      ) : clients.length === 0 ? (
        <p class="empty">{t('noClientsYet')}</p>
      ) : (
        <section class="thread-card__tag">
          {suggestion ? (
            <ClientSuggestion
              client={suggestion.client}
              reason={reasonLabel(suggestion.kind, suggestion.value)}
              action={t('tagToClient', [suggestion.client.name])}
              busy={busy}
              onTake={() => props.onTag(suggestion.client.id, subject)}
            />
          ) : (
            <p>{t('noSuggestion')}</p>
          )}
          <TagPicker
            idPrefix="tag"
            label={suggestion ? t('tagOtherClient') : t('chooseClient')}
            clients={clients}
            exclude={suggestion?.client.id}
            busy={busy}
            onPick={(id) => props.onTag(id, subject)}
          />
        </section>
      )}
      {(props.onBook || props.onPropose) && (
        <div class="actions thread-card__booking">
          {props.onBook && (
            <button type="button" disabled={busy} onClick={props.onBook}>
              {t('bookAppointment')}
            </button>
          )}
          {props.onPropose && (
            <button type="button" disabled={busy} onClick={props.onPropose}>
              {t('proposeTimes')}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
