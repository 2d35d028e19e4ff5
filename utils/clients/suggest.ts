import type { Client } from '@/utils/model/types';
import { SHARED_MAIL_DOMAINS } from './validate';

export type SuggestionKind =
  'senderEmail' | 'recipientEmail' | 'senderDomain' | 'recipientDomain' | 'account' | 'history';

export interface Suggestion {
  client: Client;
  kind: SuggestionKind;
  /** What matched: the address, the domain or the account number. */
  value: string;
}

export interface SuggestInput {
  sender: string | null;
  recipients: readonly string[];
  account: number;
  clients: readonly Client[];
  /** The client last tagged on a thread with one of these addresses. */
  history?: { clientId: string; email: string } | null;
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** Clients whose domains cover `domain` (exactly or as a subdomain). */
function clientsForDomain(domain: string, clients: readonly Client[]): Client[] {
  if (SHARED_MAIL_DOMAINS.has(domain)) return [];
  return clients.filter((c) => c.domains.some((d) => domain === d || domain.endsWith(`.${d}`)));
}

/**
 * The client an email most likely belongs to, with the reason: an exact address beats a domain,
 * which beats the Gmail account, which beats earlier tags of the same sender. Sender before
 * recipients at each step. A domain several clients claim, or a shared provider like gmail.com,
 * never suggests a client on its own. Archived clients are never suggested.
 */
export function suggestClient(input: SuggestInput): Suggestion | null {
  const clients = input.clients.filter((c) => c.archived === 0);
  const sender = input.sender?.toLowerCase() ?? null;
  const recipients = input.recipients.map((r) => r.toLowerCase()).filter((r) => r !== sender);

  const byEmail = (email: string) => clients.find((c) => c.emails.includes(email));
  if (sender) {
    const c = byEmail(sender);
    if (c) return { client: c, kind: 'senderEmail', value: sender };
  }
  for (const r of recipients) {
    const c = byEmail(r);
    if (c) return { client: c, kind: 'recipientEmail', value: r };
  }
  const byDomain = (email: string) => {
    const domain = domainOf(email);
    const matches = clientsForDomain(domain, clients);
    return matches.length === 1 ? { client: matches[0]!, domain } : null;
  };
  if (sender) {
    const m = byDomain(sender);
    if (m) return { client: m.client, kind: 'senderDomain', value: m.domain };
  }
  for (const r of recipients) {
    const m = byDomain(r);
    if (m) return { client: m.client, kind: 'recipientDomain', value: m.domain };
  }
  const byAccount = clients.filter((c) => c.gmailAccounts.includes(input.account));
  if (byAccount.length === 1)
    return { client: byAccount[0]!, kind: 'account', value: String(input.account) };
  if (input.history) {
    const c = clients.find((x) => x.id === input.history!.clientId);
    if (c) return { client: c, kind: 'history', value: input.history.email };
  }
  return null;
}
