// Shortcut expansion in Gmail: the content script cannot read the database, so it asks here for
// the snippet behind a shortcut, filled from what it read on the page, and reports each use.
import { getClient } from '@/utils/db/clients-repo';
import { getSettings } from '@/utils/db/settings';
import { findSnippetByShortcut, recordSnippetInsert } from '@/utils/db/snippets-repo';
import { getTaggedThread } from '@/utils/db/threads-repo';
import type { Client } from '@/utils/model/types';
import { resolveLanguage, t } from '@/utils/i18n/messages';
import type { ShortcutContext } from '@/utils/messaging/runtime';
import type { Handlers } from '@/utils/messaging/router';
import { asObject, BadRequestError } from '@/utils/messaging/validate';
import { checkClientGuard } from '@/utils/snippets/insertion';
import { snippetFillContext } from '@/utils/snippets/fill-context';
import { fillSnippet } from '@/utils/snippets/variables';

const MAX_ANSWERS = 50;
const MAX_ANSWER_LENGTH = 5000;

function account(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 99)
    throw new BadRequestError('account must be an integer from 0 to 99');
  return value;
}

function text(
  obj: Record<string, unknown>,
  key: string,
  max: number,
  nullable: true,
): string | null;
function text(obj: Record<string, unknown>, key: string, max: number, nullable?: false): string;
function text(obj: Record<string, unknown>, key: string, max: number, nullable = false) {
  const value = obj[key];
  if (nullable && value === null) return null;
  if (typeof value !== 'string' || value.length > max)
    throw new BadRequestError(`${key} must be a string of up to ${max} characters`);
  return value;
}

function parseContext(obj: Record<string, unknown>): ShortcutContext {
  const threadId = text(obj, 'threadId', 100, true);
  if (threadId === '') throw new BadRequestError('threadId must not be empty');
  let sender: ShortcutContext['sender'] = null;
  if (obj.sender !== null) {
    const s = asObject(obj.sender);
    sender = { name: text(s, 'name', 500), email: text(s, 'email', 320) };
  }
  return {
    account: account(obj.account),
    threadId,
    subject: text(obj, 'subject', 2000, true),
    sender,
  };
}

function parseAnswers(value: unknown): Record<string, string> {
  const obj = asObject(value);
  const entries = Object.entries(obj);
  if (
    entries.length > MAX_ANSWERS ||
    entries.some(
      ([k, v]) => k.length > 200 || typeof v !== 'string' || v.length > MAX_ANSWER_LENGTH,
    )
  )
    throw new BadRequestError(`answers must be up to ${MAX_ANSWERS} strings`);
  return Object.fromEntries(entries) as Record<string, string>;
}

/** The client a Gmail thread is tagged to, if any. */
async function threadClient(accountIndex: number, threadId: string | null): Promise<Client | null> {
  if (!threadId) return null;
  const tag = await getTaggedThread(accountIndex, threadId);
  return (tag && (await getClient(tag.clientId))) ?? null;
}

export const snippetHandlers: Handlers = {
  fillSnippetShortcut: {
    parse(input) {
      const obj = asObject(input);
      return {
        ...parseContext(obj),
        shortcut: text(obj, 'shortcut', 64),
        answers: parseAnswers(obj.answers),
        uiLanguage: text(obj, 'uiLanguage', 35),
      };
    },
    async handle({ shortcut, answers, uiLanguage, ...context }) {
      const snippet = await findSnippetByShortcut(shortcut);
      if (!snippet) return null;
      const [settings, tagged, own] = await Promise.all([
        getSettings(),
        threadClient(context.account, context.threadId),
        snippet.clientId ? getClient(snippet.clientId) : undefined,
      ]);
      // The page's UI language, as extension pages resolve it (a service worker may report another).
      const language = resolveLanguage(settings.language, uiLanguage);
      const filled = fillSnippet(
        snippet.body,
        snippet.language,
        snippetFillContext(context, tagged, settings, Date.now()),
        answers,
      );
      // The same rule as the side panel's Insert.
      const decision = checkClientGuard(
        snippet,
        tagged?.id ?? null,
        own && tagged ? [own, tagged] : [],
      );
      const guard =
        decision.kind === 'confirm'
          ? t('composeGuard', [decision.snippetClient, decision.threadClient], language)
          : null;
      return {
        snippetId: snippet.id,
        text: filled.text,
        cursorOffset: filled.cursorOffset,
        fields: filled.fields,
        guard,
        words: {
          heading: t('composePromptHeading', [snippet.title], language),
          insert: t('composePromptInsert', [], language),
          cancel: t('cancel', [], language),
        },
      };
    },
  },

  recordSnippetUse: {
    parse(input) {
      const obj = asObject(input);
      const threadId = text(obj, 'threadId', 100, true);
      return {
        snippetId: text(obj, 'snippetId', 100),
        account: account(obj.account),
        threadId: threadId || null,
      };
    },
    async handle({ snippetId, account: accountIndex, threadId }) {
      const use = await recordSnippetInsert(
        snippetId,
        threadId ? { account: accountIndex, threadId } : null,
      );
      // The shortcut's page hears of a refused log as an error, as it always has.
      if (use.refused) throw use.refused;
      return {
        usageCount: use.snippet.usageCount,
        loggedMinutes: use.logged ? use.snippet.minutesToLog : 0,
      };
    },
  },
};
