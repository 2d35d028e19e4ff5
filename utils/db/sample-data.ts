import { getDb } from './app-db';
import { afterClientChange, insertClient } from './clients-repo';
import { build } from '@/utils/db/entry-rows';
import type { EntryInput } from '@/utils/model/inputs';
import type { Client, TimeEntry } from '@/utils/model/types';
import type { ClientInput } from '@/utils/clients/validate';
import { startOfLocalDay } from '@/utils/time/local-day';
import { MINUTE_MS } from '@/utils/time/units';

const base: Omit<ClientInput, 'name' | 'shortName' | 'color' | 'emails' | 'domains'> = {
  gmailAccounts: [],
  hourlyRate: 2500,
  currency: 'EUR',
  rounding: 15,
  minimumMinutes: 0,
  timeZone: 'Europe/Rome',
  language: 'it',
  billableByDefault: true,
  monthlyBudgetHours: null,
  notes: '',
};

export const SAMPLE_CLIENTS: ClientInput[] = [
  {
    ...base,
    name: 'Studio Legale Rossi',
    shortName: 'Rossi',
    color: '#1a73e8',
    emails: ['avv.rossi@studiorossi.it'],
    domains: ['studiorossi.it'],
    hourlyRate: 3000,
    monthlyBudgetHours: 20,
    notes: 'Agenda udienze e corrispondenza con i clienti dello studio.',
  },
  {
    ...base,
    name: 'Bianchi Immobiliare',
    shortName: 'Bianchi',
    color: '#188038',
    emails: ['giulia@bianchi-immobiliare.it'],
    domains: ['bianchi-immobiliare.it'],
    rounding: 5,
    minimumMinutes: 15,
    taskTypes: [
      { id: 'sample-task-appointment', name: 'Appuntamento fissato', fee: 500 },
      { id: 'sample-task-listing', name: 'Annuncio pubblicato', fee: 800 },
    ],
  },
  {
    ...base,
    name: 'Hartley Coaching',
    shortName: 'Hartley',
    color: '#e37400',
    emails: ['emma@hartleycoaching.co.uk'],
    domains: ['hartleycoaching.co.uk'],
    hourlyRate: 3500,
    currency: 'GBP',
    rounding: 6,
    timeZone: 'Europe/London',
    language: 'en',
  },
  {
    ...base,
    name: 'Dott.ssa Verdi',
    shortName: 'Verdi',
    color: '#9334e6',
    emails: ['segreteria.verdi@gmail.com'],
    domains: [],
    hourlyRate: 2200,
    rounding: 10,
  },
];

/**
 * Fills an empty database with sample clients and this morning's time entries, in one
 * transaction. Does nothing when any client exists (it never mixes with a VA's real data).
 */
export async function seedSampleData(now: number = Date.now()): Promise<boolean> {
  const db = getDb();
  const seeded = await db.transaction('rw', db.clients, db.timeEntries, async () => {
    if ((await db.clients.count()) > 0) return null;
    const clients: Client[] = [];
    for (const input of SAMPLE_CLIENTS) clients.push(await insertClient(db, input, now));
    const dayStart = new Date(now);
    dayStart.setHours(8, 30, 0, 0);
    const blocks = [25, 40, 15];
    // This morning, or the start of today when the VA tries VA Desk just after midnight.
    let cursor = Math.max(startOfLocalDay(now), Math.min(dayStart.getTime(), now - 90 * MINUTE_MS));
    const entries: TimeEntry[] = blocks.map((minutes, i) => {
      const start = cursor;
      const end = start + minutes * MINUTE_MS;
      cursor = end + 5 * MINUTE_MS;
      const input: EntryInput = {
        clientId: clients[i % clients.length]!.id,
        start,
        end,
        note: ['Triage posta', 'Agenda udienze', 'Call prep'][i]!,
        billable: true,
        activityType: 'email',
        task: null,
        caller: '',
        threadId: null,
        appointmentId: null,
        calendarEventId: null,
      };
      return build(input, now);
    });
    await db.timeEntries.bulkAdd(entries);
    return clients;
  });
  if (!seeded) return false;
  await afterClientChange(seeded[0]!);
  return true;
}
