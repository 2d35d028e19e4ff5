// The typed storage items on the keys of revisions.ts, for the background and extension pages.
import { storage } from 'wxt/utils/storage';
import {
  APPOINTMENTS_REVISION_KEY,
  SNIPPET_SHORTCUTS_KEY,
  TAGS_REVISION_KEY,
  TIMER_REVISION_KEY,
} from './revisions';

export const tagsRevision = storage.defineItem<number>(`local:${TAGS_REVISION_KEY}`, {
  fallback: 0,
});
export const timerRevision = storage.defineItem<number>(`local:${TIMER_REVISION_KEY}`, {
  fallback: 0,
});
export const appointmentsRevision = storage.defineItem<number>(
  `local:${APPOINTMENTS_REVISION_KEY}`,
  { fallback: 0 },
);
/**
 * Bumps `revision`, so what watches it re-reads. Call it after a write's transaction: awaiting
 * storage inside one would end it early.
 */
export async function bumpRevision(revision: { setValue(value: number): Promise<void> }) {
  await revision.setValue(Date.now());
}

/** `.then(bumpsRevision(x))` after a write's transaction: bumps `x`, then passes the value on. */
export function bumpsRevision(revision: { setValue(value: number): Promise<void> }) {
  return async <T>(value: T): Promise<T> => {
    await bumpRevision(revision);
    return value;
  };
}

export const snippetShortcuts = storage.defineItem<string[]>(`local:${SNIPPET_SHORTCUTS_KEY}`, {
  fallback: [],
});
