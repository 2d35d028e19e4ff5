// What the repositories answer besides the entities themselves.
import type { Id, TimeEntry } from './types';

export interface EventLogResult {
  logged: TimeEntry[];
  /** Events left alone because time was already logged for them. */
  skipped: string[];
}

export interface UnloggedThread {
  threadId: string;
  account: number;
  /** From the thread's tag; '' for an untagged thread (VA Desk stores no subject for those). */
  subject: string;
  activeMs: number;
  /** Time entries of that day linked to the thread (`threadId` = `<account>:<threadId>`). */
  loggedMs: number;
}

export interface UnloggedEmailTime {
  /** The client the threads are tagged to; null for untagged threads. */
  clientId: Id | null;
  /** Most active first. */
  threads: UnloggedThread[];
  /** Sum over the threads of active − logged, each floored at 0. */
  unloggedMs: number;
}

/** A question waiting for the VA: time spent idle while the timer ran. */
export interface IdlePrompt {
  entryId: Id;
  clientId: Id;
  from: number;
  to: number;
}
