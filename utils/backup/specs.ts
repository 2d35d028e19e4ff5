// One spec per table: `Spec<T>` makes the compiler list every field of every entity.
import { LIMITS } from '@/utils/clients/validate';
import type { Settings } from '@/utils/model/settings';
import {
  THREAD_NOTES_LIMIT,
  TRIAGE_STATUSES,
  type Appointment,
  type Client,
  type EmailActivity,
  type Language,
  type Snippet,
  type TaggedThread,
  type TaskType,
  type TimeEntry,
} from '@/utils/model/types';
import {
  boolean,
  finite,
  id,
  ID_MAX,
  instant,
  integer,
  listOf,
  nullable,
  oneOf,
  recordOf,
  TEXT_MAX,
  text,
  wrongField,
  type Check,
  type Spec,
} from './checks';

const taskTypeSpec: Spec<TaskType> = { id, name: text(ID_MAX), fee: finite };

export const clientSpec: Spec<Client> = {
  id,
  name: text(TEXT_MAX),
  nameKey: text(TEXT_MAX),
  shortName: text(TEXT_MAX),
  color: text(ID_MAX),
  emails: listOf(text(ID_MAX * 2)),
  domains: listOf(text(ID_MAX * 2)),
  gmailAccounts: listOf(finite),
  hourlyRate: finite,
  currency: text(ID_MAX),
  rounding: finite as Check<Client['rounding']>,
  minimumMinutes: finite,
  timeZone: text(ID_MAX),
  language: text(ID_MAX) as Check<Language>,
  billableByDefault: boolean,
  monthlyBudgetHours: nullable(finite),
  notes: text(TEXT_MAX),
  taskTypes: listOf(recordOf(taskTypeSpec)),
  archived: oneOf([0, 1] as const),
  createdAt: instant,
  updatedAt: instant,
};

export const threadSpec: Spec<TaggedThread> = {
  id,
  threadId: text(ID_MAX, true),
  account: integer(0, LIMITS.maxGmailAccount),
  clientId: id,
  subject: text(TEXT_MAX),
  participants: listOf(text(ID_MAX * 2)),
  status: oneOf(TRIAGE_STATUSES),
  followUpAt: nullable(instant),
  notes: text(THREAD_NOTES_LIMIT),
  lastSeenAt: instant,
  createdAt: instant,
  updatedAt: instant,
};

export const snippetSpec: Spec<Snippet> = {
  id,
  title: text(TEXT_MAX),
  body: text(TEXT_MAX),
  shortcut: text(ID_MAX),
  language: oneOf(['en', 'it'] as const),
  tags: listOf(text(ID_MAX)),
  clientId: text(ID_MAX),
  minutesToLog: integer(0, 480),
  usageCount: integer(0, Number.MAX_SAFE_INTEGER),
  lastUsedAt: nullable(instant),
  createdAt: instant,
  updatedAt: instant,
};

export const appointmentSpec: Spec<Appointment> = {
  id,
  clientId: id,
  title: text(TEXT_MAX),
  start: instant,
  end: instant,
  timeZone: text(ID_MAX),
  location: text(TEXT_MAX),
  guests: listOf(text(ID_MAX * 2)),
  notes: text(TEXT_MAX),
  threadId: nullable(id),
  calendarEventId: nullable(text(TEXT_MAX, true)),
  status: oneOf(['scheduled', 'cancelled'] as const),
  createdAt: instant,
  updatedAt: instant,
};

const entryTaskSpec: Spec<NonNullable<TimeEntry['task']>> = {
  typeId: id,
  name: text(ID_MAX),
  fee: finite,
};

export const entrySpec: Spec<TimeEntry> = {
  id,
  clientId: id,
  start: instant,
  end: nullable(instant),
  // Derived from `end` below; only checked here.
  running: (value, field) => {
    if (value !== undefined && value !== 1) throw wrongField(field);
    return value as 1 | undefined;
  },
  note: text(TEXT_MAX),
  billable: boolean,
  activityType: text(ID_MAX),
  task: nullable(recordOf(entryTaskSpec)),
  caller: text(TEXT_MAX),
  threadId: nullable(id),
  appointmentId: nullable(id),
  calendarEventId: nullable(text(TEXT_MAX, true)),
  createdAt: instant,
  updatedAt: instant,
};

export const activitySpec: Spec<EmailActivity> = {
  id: text(ID_MAX * 2, true),
  day: text(10, true),
  account: integer(0, LIMITS.maxGmailAccount),
  threadId: text(ID_MAX, true),
  activeMs: integer(0, Number.MAX_SAFE_INTEGER),
  updatedAt: instant,
};

export const settingsSpec: Spec<Settings> = {
  vaName: text(TEXT_MAX),
  signature: text(TEXT_MAX),
  workStartMinutes: finite,
  workEndMinutes: finite,
  workingDays: listOf(finite, 7),
  defaultCurrency: text(ID_MAX),
  defaultRounding: finite as Check<Settings['defaultRounding']>,
  weekStart: finite as Check<Settings['weekStart']>,
  language: text(ID_MAX) as Check<Settings['language']>,
  activityTypes: listOf(text(ID_MAX), 100),
  idleMinutes: finite,
  reminderMinutes: finite,
  appointmentReminderMinutes: finite,
  endOfDay: oneOf(['ask', 'stop'] as const),
};
