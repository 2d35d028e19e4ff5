// Which client a Calendar event belongs to, with the reason. Addresses come first, as for Gmail
// (utils/clients/suggest.ts: the organizer stands where the sender does), then the title naming a
// client, then earlier Gmail tags of a guest's address.
import { suggestClient, type SuggestionKind } from '@/utils/clients/suggest';
import type { Client } from '@/utils/model/types';

export type EventSuggestionKind = Exclude<SuggestionKind, 'account'> | 'title';

export interface EventSuggestion {
  client: Client;
  kind: EventSuggestionKind;
  /** What matched: the address, the domain or the words of the title. */
  value: string;
}

export interface EventSuggestInput {
  organizer: string | null;
  guests: readonly string[];
  title: string;
  clients: readonly Client[];
  /** The VA's own addresses (the calendar's owner): never evidence for a client. */
  self?: readonly string[];
  /** The client last tagged on a Gmail thread with one of the guests. */
  history?: { clientId: string; email: string } | null;
}

/** Lower case, no accents, words separated by single spaces and padded: " studio rossi ". */
function words(text: string): string {
  return ` ${text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * The one client whose full name, else whose short name (3 letters or more), the title names as
 * whole words. Two clients named alike suggest neither.
 */
export function clientNamedIn(
  title: string,
  clients: readonly Client[],
): { client: Client; value: string } | null {
  const text = words(title);
  if (text.trim() === '') return null;
  const active = clients.filter((c) => c.archived === 0);
  for (const nameOf of [(c: Client) => c.name, (c: Client) => c.shortName]) {
    const matches = active.filter((c) => {
      const name = words(nameOf(c));
      return name.trim().length >= 3 && text.includes(name);
    });
    if (matches.length === 1) return { client: matches[0]!, value: nameOf(matches[0]!) };
    if (matches.length > 1) return null;
  }
  return null;
}

export function suggestEventClient(input: EventSuggestInput): EventSuggestion | null {
  const self = new Set((input.self ?? []).map((s) => s.toLowerCase()));
  const organizer = input.organizer?.toLowerCase() ?? null;
  const guests = input.guests.map((g) => g.toLowerCase()).filter((g) => !self.has(g));
  const byAddress = suggestClient({
    sender: organizer && !self.has(organizer) ? organizer : null,
    recipients: guests,
    account: -1, // Calendar accounts say nothing about Gmail accounts
    clients: input.clients,
  });
  if (byAddress && byAddress.kind !== 'account' && byAddress.kind !== 'history')
    return { client: byAddress.client, kind: byAddress.kind, value: byAddress.value };
  const named = clientNamedIn(input.title, input.clients);
  if (named) return { client: named.client, kind: 'title', value: named.value };
  const history = input.history;
  if (history && !self.has(history.email)) {
    const client = input.clients.find((c) => c.id === history.clientId && c.archived === 0);
    if (client) return { client, kind: 'history', value: history.email };
  }
  return null;
}
