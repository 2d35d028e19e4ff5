import { browser } from 'wxt/browser';
import type { InputOf, MessageType, OutputOf, RuntimeEnvelope } from './runtime';
import { fail, type Result } from './wire';

/**
 * Sends a typed message to the background. Never throws: a stopped or missing receiver comes
 * back as `{ ok: false, error: { code: 'unavailable' } }`.
 */
export async function sendMessage<K extends MessageType>(
  type: K,
  input: InputOf<K>,
): Promise<Result<OutputOf<K>>> {
  const envelope: RuntimeEnvelope<K> = { app: 'va-desk', type, input };
  try {
    const response = (await browser.runtime.sendMessage(envelope)) as
      Result<OutputOf<K>> | undefined;
    return response ?? fail('unavailable', 'no response');
  } catch (error) {
    return fail('unavailable', error instanceof Error ? error.message : String(error));
  }
}
