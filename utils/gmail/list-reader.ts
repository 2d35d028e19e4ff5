// Pure readers of Gmail's visible thread list: cheap for chips (no text read), fuller for the panel.
import * as S from './selectors';
import { pick, pickAll } from '@/utils/dom/query';
import { findVisibleMain, textOf } from './query';

/** One thread in the visible list, as chips need it: found cheaply, no text read. */
export interface ListThread {
  threadId: string;
  /** Its `tr.zA` rows: one, or 2–3 in vertical split. */
  rows: HTMLElement[];
  /** The subject span. */
  subject: Element | null;
  /** Where a chip goes (insert before it): the subject span, else the subject container. */
  subjectAnchor: Element | null;
}

/** One thread in the visible list. */
export interface ListRow {
  threadId: string;
  subject: string;
  /** Lower case, in DOM order (participants, "me" included). */
  senderEmails: string[];
  unread: boolean;
  /** The thread's first `tr.zA`. */
  row: HTMLElement;
  /** Where a chip goes (insert before it): the subject span, else the subject container. */
  subjectAnchor: Element | null;
}

/** The visible list's threads, one entry per thread (vertical split spreads one over 2–3 rows). */
export function readListThreads(doc: Document | ParentNode): ListThread[] {
  const main = findVisibleMain(doc);
  const groups: HTMLElement[][] = [];
  let group: HTMLElement[] = [];
  for (const row of main ? main.querySelectorAll<HTMLElement>(S.listRow) : []) {
    const previous = group[group.length - 1];
    if (
      !previous ||
      !row.matches(S.listRowPart) ||
      previous.matches(S.listRowLastPart) ||
      row.querySelector(S.listSenderCell)
    )
      groups.push((group = []));
    group.push(row);
  }
  return groups.flatMap((rows): ListThread[] => {
    const find = (selector: string) => rows.map((row) => pick(row, selector)).find(Boolean) ?? null;
    const threadId = find(S.listThreadId)?.getAttribute('data-legacy-thread-id');
    if (!threadId) return [];
    const subject = find(S.listSubject);
    return [{ threadId, rows, subject, subjectAnchor: subject ?? find(S.listSubjectCell) }];
  });
}

/** The visible list's threads with their subject, participants and read state. */
export function readListRows(doc: Document | ParentNode): ListRow[] {
  return readListThreads(doc).map(({ threadId, rows, subject, subjectAnchor }) => ({
    threadId,
    subject: textOf(subject),
    senderEmails: rows.flatMap((row) =>
      pickAll(row, S.listSender).map((el) => el.getAttribute('email')!.toLowerCase()),
    ),
    unread: rows.some((row) => row.matches(S.listRowUnread)),
    row: rows[0]!,
    subjectAnchor,
  }));
}
