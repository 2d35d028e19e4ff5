// The wire shapes every request channel shares (runtime messages, the tab message): one envelope
// for requests, one `Result` for answers.
import type { FieldIssue } from '@/utils/model/errors';

/**
 * Every answer between contexts (runtime messages, the tab message): a value, or an error the
 * receiver can show in words. `C` names the failures a channel can answer.
 */
export type Result<T, C extends string = ErrorCode> =
  { ok: true; value: T } | { ok: false; error: ErrorInfo<C> };

/** The runtime protocol's failures; `unavailable` is also every channel's "nobody answered". */
export type ErrorCode = 'badRequest' | 'validation' | 'notFound' | 'unavailable' | 'internal';

export interface ErrorInfo<C extends string = ErrorCode> {
  code: C;
  message: string;
  issues?: FieldIssue[];
}

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<C extends string>(
  code: C,
  message: string,
  issues?: FieldIssue[],
): { ok: false; error: ErrorInfo<C> } {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}

/** A request; `app` keeps VA Desk's messages apart from anything else on the same channel. */
export interface Envelope<K extends string = string, I = unknown> {
  app: 'va-desk';
  type: K;
  input: I;
}

export function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { app?: unknown }).app === 'va-desk' &&
    typeof (message as { type?: unknown }).type === 'string'
  );
}
