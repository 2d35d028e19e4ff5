import type { ClientInput } from '@/utils/clients/validate';

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
