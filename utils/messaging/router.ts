import { MissingRecordError, ValidationError } from '@/utils/model/errors';
import type { InputOf, MessageType, OutputOf, RuntimeEnvelope } from './runtime';
import { BadRequestError } from './validate';
import { fail, isEnvelope, ok, type Result } from './wire';

export interface HandlerContext {
  /** The tab of a content script that sent the message, if any. */
  tabId?: number;
  windowId?: number;
  /** True when the sender is one of this extension's own pages or scripts. */
  fromExtension: boolean;
}

/** A handler validates untrusted input (`parse`), then does one thing (`handle`). */
export interface Handler<K extends MessageType> {
  parse(input: unknown): InputOf<K>;
  handle(input: InputOf<K>, context: HandlerContext): Promise<OutputOf<K>>;
}

export type Handlers = { [K in MessageType]?: Handler<K> };

export interface SenderLike {
  id?: string;
  tab?: { id?: number; windowId?: number };
}

/**
 * Dispatches VA Desk messages to handlers and turns every outcome into a `Result`. Errors never
 * escape to the sender as exceptions; unknown messages (not ours) are left to other listeners.
 */
export function createRouter(handlers: Handlers, extensionId?: string) {
  return function route(
    message: unknown,
    sender: SenderLike = {},
  ): Promise<Result<unknown>> | undefined {
    if (!isEnvelope(message)) return undefined;
    const { type, input } = message as RuntimeEnvelope;
    const handler = handlers[type] as Handler<MessageType> | undefined;
    if (!handler) return Promise.resolve(fail('badRequest', `unknown message ${type}`));
    const context: HandlerContext = {
      tabId: sender.tab?.id,
      windowId: sender.tab?.windowId,
      fromExtension: extensionId === undefined || sender.id === extensionId,
    };
    return dispatch(handler, input, context, type);
  };
}

async function dispatch(
  handler: Handler<MessageType>,
  rawInput: unknown,
  context: HandlerContext,
  type: string,
): Promise<Result<unknown>> {
  try {
    const input = handler.parse(rawInput);
    return ok(await handler.handle(input, context));
  } catch (error) {
    return toFailure(error, type);
  }
}

export function toFailure(error: unknown, type: string): Result<never> {
  if (error instanceof BadRequestError) return fail('badRequest', error.message);
  if (error instanceof ValidationError) return fail('validation', error.message, error.issues);
  if (error instanceof MissingRecordError) return fail('notFound', error.message);
  console.error(`[va-desk] ${type} failed`, error);
  return fail('internal', error instanceof Error ? error.message : String(error));
}
