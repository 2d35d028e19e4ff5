import type { RoundingStep, TriageStatus } from '@/utils/model/types';
import type { SuggestionKind } from '@/utils/clients/suggest';
import type { ThreadPart } from '@/utils/gmail/types';
import { DURATION_ERROR_MESSAGES, type DurationError } from '@/utils/time/duration';
import type { MessageKey } from '@/utils/i18n/messages';
import { getLocale, t } from '@/utils/i18n/messages';

export function roundingLabel(step: RoundingStep | number): string {
  return step === 0 ? t('roundingNone') : t('roundingUpTo', [step]);
}

const STATUS_KEYS: Record<TriageStatus, MessageKey> = {
  needsReply: 'statusNeedsReply',
  waitingClient: 'statusWaitingClient',
  waitingThirdParty: 'statusWaitingThirdParty',
  done: 'statusDone',
};

export function statusLabel(status: TriageStatus): string {
  return t(STATUS_KEYS[status]);
}

const REASON_KEYS: Record<SuggestionKind, MessageKey> = {
  senderEmail: 'reasonSenderEmail',
  recipientEmail: 'reasonRecipientEmail',
  senderDomain: 'reasonSenderDomain',
  recipientDomain: 'reasonRecipientDomain',
  account: 'reasonAccount',
  history: 'reasonHistory',
};

export function reasonLabel(kind: SuggestionKind, value: string): string {
  return t(REASON_KEYS[kind], [value]);
}

const PART_KEYS: Record<ThreadPart, MessageKey> = {
  threadId: 'partThreadId',
  subject: 'partSubject',
  messages: 'partMessages',
  sender: 'partSender',
  body: 'partBody',
};

/** "the subject and the sender" in the VA's language. */
export function partsLabel(parts: readonly ThreadPart[]): string {
  const words = parts.map((p) => t(PART_KEYS[p]));
  return new Intl.ListFormat(getLocale(), { type: 'conjunction' }).format(words);
}

export function messageCountLabel(count: number): string {
  const rule = new Intl.PluralRules(getLocale()).select(count);
  return rule === 'one' ? t('messageCountOne') : t('messageCountOther', [count]);
}

/** A built-in activity in the VA's language; a custom one as the VA wrote it. */
export function activityLabel(activity: string): string {
  const key = `activity_${activity}` as MessageKey;
  const label = t(key);
  return label === key ? activity : label;
}

/** Why a typed duration was refused, in words (`25`, `1:30`, `1h30`, `90m`, `1,5h` are fine). */
export function durationErrorLabel(error: DurationError): string {
  return t(DURATION_ERROR_MESSAGES[error]);
}
