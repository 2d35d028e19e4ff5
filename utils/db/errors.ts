import type { MessageKey } from '../i18n/messages';

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

export class NotFoundError extends Error {
  constructor(what: string, id: string) {
    super(`${what} ${id} not found`);
    this.name = 'NotFoundError';
  }
}
