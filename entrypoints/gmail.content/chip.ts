// The client chip drawn into Gmail: a host element with its own shadow root, so Gmail's styles
// and ours never mix. Built from nodes and textContent only (Gmail enforces Trusted Types).
import type { ClientSummary } from '@/utils/messaging/runtime';
import { sendMessage } from '@/utils/messaging/send';

export const CHIP_ATTR = 'data-va-desk-chip';

const CSS =
  'button{all:initial;font:500 11px/16px system-ui;padding:0 6px;border-radius:8px;' +
  'cursor:pointer;margin:0 6px;vertical-align:middle;white-space:nowrap}' +
  ':focus-visible{outline:2px solid #1a73e8;outline-offset:1px}';

/** Black or white text, whichever reads better on the client's colour. */
function textColor(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const luma = 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return luma > 150 ? '#000' : '#fff';
}

function openPanel(): void {
  // Called inside the click so the browser accepts it as the VA's gesture.
  void sendMessage('openSidePanel', {});
}

export type ChipKind = 'subject' | 'row';

/**
 * Creates or updates the chip `kind` for `threadId` at `anchor`: after a thread's subject heading,
 * before a list row's subject.
 */
export function placeChip(
  anchor: Element,
  kind: ChipKind,
  threadId: string,
  client: ClientSummary,
): HTMLElement {
  const where = kind === 'subject' ? 'afterend' : 'beforebegin';
  const sibling = where === 'afterend' ? anchor.nextElementSibling : anchor.previousElementSibling;
  let host = sibling?.getAttribute(CHIP_ATTR) === kind ? (sibling as HTMLElement) : null;
  if (!host) {
    host = document.createElement('span');
    host.setAttribute(CHIP_ATTR, kind);
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = CSS;
    const button = document.createElement('button');
    // No `type`: a button in a shadow root belongs to no form, so it never submits one.
    button.onclick = openPanel;
    root.append(style, button);
    anchor.insertAdjacentElement(where, host);
  }
  host.dataset.clientId = client.id;
  host.dataset.threadId = threadId;
  host.dataset.color = client.color;
  host.title = `VA Desk · ${client.name}`;
  const button = host.shadowRoot!.lastChild as HTMLButtonElement;
  button.textContent = client.shortName || client.name;
  button.ariaLabel = host.title;
  button.style.background = client.color;
  button.style.color = textColor(client.color);
  return host;
}

/** Removes chips of `kind` whose thread is not in `keep` (untagged, or no longer shown). */
export function removeChips(kind: ChipKind, keep: ReadonlySet<Element>): void {
  for (const chip of document.querySelectorAll(`[${CHIP_ATTR}="${kind}"]`))
    if (!keep.has(chip)) chip.remove();
}
