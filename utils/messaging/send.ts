import { browser } from 'wxt/browser';
import {
  fail,
  type Envelope,
  type InputOf,
  type MessageType,
  type OutputOf,
  type Result,
} from './protocol';

/**
 * Sends a typed message to the background. Never throws: a stopped or missing receiver comes
 * back as `{ ok: false, error: { code: 'unavailable' } }`.
 */
export async function sendMessage<K extends MessageType>(
  type: K,
  input: InputOf<K>,
): Promise<Result<OutputOf<K>>> {
  const envelope: Envelope<K> = { app: 'va-desk', type, input };
  try {
    const response = (await browser.runtime.sendMessage(envelope)) as
      Result<OutputOf<K>> | undefined;
    return response ?? fail('unavailable', 'no response');
  } catch (error) {
    return fail('unavailable', error instanceof Error ? error.message : String(error));
  }
}
