// The type checks a row's fields go through. Each throws a RowProblem naming the field; the row
// loop (read-tables.ts) adds which row it was.
import type { MessageKey } from '@/utils/i18n/messages';
import { clip, type BackupError } from './errors';

export const ID_MAX = 200;
/** Free text without a rule of its own (subjects, titles, locations). */
export const TEXT_MAX = 20_000;
const LIST_MAX = 1_000;

function describe(value: unknown): string {
  if (typeof value === 'string') return clip(value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  return Array.isArray(value) ? 'list' : typeof value;
}

export class RowProblem {
  constructor(
    readonly message: MessageKey,
    readonly params: string[] = [],
  ) {}
}

/** A whole-file problem: validation stops at the first one. */
export class Rejection {
  constructor(readonly error: BackupError) {}
}

export const wrongField = (field: string) => new RowProblem('backupDetailField', [field]);

export type Check<T> = (value: unknown, field: string) => T;
export type Spec<T> = { [K in keyof T]-?: Check<T[K]> };

export type Plain = Record<string, unknown>;

export function isPlain(value: unknown): value is Plain {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}

export const text =
  (max: number, required = false): Check<string> =>
  (value, field) => {
    if (typeof value !== 'string') throw wrongField(field);
    if (value.length > max) throw new RowProblem('backupDetailTooLong', [field, String(max)]);
    if (required && !value.trim()) throw wrongField(field);
    return value;
  };

export const id = text(ID_MAX, true);

/** Epoch ms: a whole, non-negative number (NaN, Infinity and strings never are). */
export const instant: Check<number> = (value, field) => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    throw wrongField(field);
  return value;
};

export const integer =
  (min: number, max: number): Check<number> =>
  (value, field) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
      throw wrongField(field);
    return value;
  };

/** Any finite number: the domain validator that follows says what is wrong with it. */
export const finite: Check<number> = (value, field) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw wrongField(field);
  return value;
};

export const boolean: Check<boolean> = (value, field) => {
  if (typeof value !== 'boolean') throw wrongField(field);
  return value;
};

export const oneOf =
  <T>(allowed: readonly T[]): Check<T> =>
  (value, field) => {
    if (!allowed.includes(value as T))
      throw new RowProblem('backupDetailNotInList', [field, describe(value)]);
    return value as T;
  };

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value, field) =>
    value === null ? null : check(value, field);

export const listOf =
  <T>(check: Check<T>, max = LIST_MAX): Check<T[]> =>
  (value, field) => {
    if (!Array.isArray(value) || value.length > max) throw wrongField(field);
    return value.map((item) => check(item, field));
  };

/** A nested record, rebuilt from its known fields. */
export const recordOf =
  <T>(spec: Spec<T>): Check<T> =>
  (value, field) => {
    if (!isPlain(value)) throw wrongField(field);
    return readFields(value, spec, `${field}.`);
  };

export function readFields<T>(raw: Plain, spec: Spec<T>, prefix = '', defaults?: Partial<T>): T {
  const out = {} as Record<string, unknown>;
  for (const field of Object.keys(spec) as (keyof T & string)[]) {
    const value = raw[field] === undefined && defaults ? defaults[field] : raw[field];
    out[field] = spec[field](value, prefix + field);
  }
  return out as T;
}

export function firstIssue(issues: readonly { message: MessageKey; params?: string[] }[]): void {
  const issue = issues[0];
  if (issue)
    throw new RowProblem(
      issue.message,
      (issue.params ?? []).map((p) => clip(p)),
    );
}
