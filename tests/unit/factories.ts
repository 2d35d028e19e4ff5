import type { ClientInput } from '@/utils/clients/validate';
import type { Client } from '@/utils/model/types';

/** A valid client as the VA would enter it: no rate, no rounding, Italian, billable. */
export function clientInput(name: string, overrides: Partial<ClientInput> = {}): ClientInput {
  return {
    name,
    shortName: '',
    color: '#1a73e8',
    emails: [],
    domains: [],
    gmailAccounts: [],
    hourlyRate: 0,
    currency: 'EUR',
    rounding: 0,
    minimumMinutes: 0,
    timeZone: 'Europe/Rome',
    language: 'it',
    billableByDefault: true,
    monthlyBudgetHours: null,
    notes: '',
    ...overrides,
  };
}

/** A stored client: `clientInput` plus what the repository adds, its id taken from the name. */
export function storedClient(name: string, overrides: Partial<Client> = {}): Client {
  return {
    id: name.toLowerCase(),
    nameKey: name.toLowerCase(),
    ...clientInput(name),
    taskTypes: [],
    archived: 0,
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}
