// Rules within one row that the type checks cannot express.
import {
  isValidTimeZone,
  LIMITS,
  nameKey,
  validateClientInput,
  type ClientInput,
} from '@/utils/clients/validate';
import { emailActivityId, threadKey } from '@/utils/model/ids';
import type {
  Appointment,
  Client,
  EmailActivity,
  TaggedThread,
  TimeEntry,
} from '@/utils/model/types';
import { parseDateInput } from '@/utils/time/local-day';
import { validateEntryTimes } from '@/utils/time/validate-entry';
import { firstIssue, RowProblem } from './checks';
import { clip } from './errors';

export function checkThread(row: TaggedThread): TaggedThread {
  if (row.id !== threadKey(row.account, row.threadId))
    throw new RowProblem('backupDetailIdMismatch', [clip(row.id)]);
  return row;
}

export function checkAppointment(row: Appointment): Appointment {
  if (!isValidTimeZone(row.timeZone))
    throw new RowProblem('errorTimeZoneInvalid', [clip(row.timeZone)]);
  if (row.end < row.start) throw new RowProblem('errorEndBeforeStart');
  return row;
}

export function checkEntry(row: TimeEntry, now: number): TimeEntry {
  if (row.task) {
    const { fee, name } = row.task;
    if (!Number.isInteger(fee) || fee < 0 || fee > LIMITS.maxHourlyRate)
      throw new RowProblem('errorTaskFeeInvalid', [clip(name)]);
  }
  firstIssue(validateEntryTimes(row, now, row.task !== null));
  // A running timer is exactly an entry without an end.
  const { running: _running, ...rest } = row;
  return row.end === null ? { ...rest, running: 1 } : rest;
}

export function checkActivity(row: EmailActivity): EmailActivity {
  if (parseDateInput(row.day) === null) throw new RowProblem('errorDateInvalid');
  if (row.id !== emailActivityId(row.day, row.account, row.threadId))
    throw new RowProblem('backupDetailIdMismatch', [clip(row.id)]);
  return row;
}

export function checkClientFields(row: Client): Client {
  const { id: _id, nameKey: _key, archived: _a, createdAt: _c, updatedAt: _u, ...input } = row;
  // Uniqueness against the other clients is checked once every client is read.
  firstIssue(validateClientInput(input satisfies ClientInput, []));
  // The sort and duplicate key is derived from the name, never trusted from the file.
  return { ...row, nameKey: nameKey(row.name) };
}
