import type { MessageKey } from '@/utils/i18n/messages';

/** One problem with one field, as an i18n key plus its substitutions. */
export interface FieldIssue {
  field: string;
  message: MessageKey;
  params?: string[];
}

/** Thrown by repositories when input breaks a rule; the UI shows each issue next to its field. */
export class ValidationError extends Error {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; '));
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

/**
 * A record the caller named does not exist. Not named `NotFoundError`: Dexie would take that for
 * IndexedDB's own error of the same name and re-wrap it.
 */
export class MissingRecordError extends Error {
  constructor(what: string, id: string) {
    super(`${what} ${id} not found`);
    this.name = 'MissingRecordError';
  }
}
