import type { Language, RoundingStep } from './types';

/** The VA's own settings, kept in extension storage (small, typed, versioned). */
export interface Settings {
  vaName: string;
  signature: string;
  /** Minutes after midnight, local time. */
  workStartMinutes: number;
  workEndMinutes: number;
  /** 0 = Sunday … 6 = Saturday. */
  workingDays: number[];
  defaultCurrency: string;
  defaultRounding: RoundingStep;
  /** 1 = Monday, 0 = Sunday, 6 = Saturday. */
  weekStart: 0 | 1 | 6;
  /** 'auto' follows the browser's language. */
  language: 'auto' | Language;
  /** Activity types offered for entries; the built-in ones are shown in the VA's language. */
  activityTypes: string[];
  /** Ask about idle time after this many minutes without input while a timer runs. */
  idleMinutes: number;
  /** Remind inside working hours when no timer has run for this long; 0 = off. */
  reminderMinutes: number;
  /** At the end of the working day with a timer running: ask, or stop it. */
  endOfDay: 'ask' | 'stop';
  /** Notify this many minutes before each appointment; 0 = off. */
  appointmentReminderMinutes: number;
}

export const BUILT_IN_ACTIVITIES = [
  'email',
  'call',
  'meeting',
  'scheduling',
  'admin',
  'bookkeeping',
  'social',
];

export const DEFAULT_SETTINGS: Settings = {
  vaName: '',
  signature: '',
  workStartMinutes: 9 * 60,
  workEndMinutes: 18 * 60,
  workingDays: [1, 2, 3, 4, 5],
  defaultCurrency: 'EUR',
  defaultRounding: 0,
  weekStart: 1,
  language: 'auto',
  activityTypes: BUILT_IN_ACTIVITIES,
  idleMinutes: 10,
  reminderMinutes: 0,
  endOfDay: 'ask',
  appointmentReminderMinutes: 10,
};
