import type { ComponentChildren } from 'preact';
import { LoadError, Loading } from '@/components/status';
import type { LiveState } from './use-live-query';
import type { PanelPortState } from './use-panel-port';

/** Two queries as one: loading while either is, else the first one's error, else both values. */
export function joinStates<A, B>(a: LiveState<A>, b: LiveState<B>): LiveState<[A, B]> {
  if (a.status === 'loading' || b.status === 'loading') return { status: 'loading' };
  if (a.status === 'error') return a;
  if (b.status === 'error') return b;
  return { status: 'ready', value: [a.value, b.value] };
}

/** Renders `children` with the query's value once it is read; until then Loading, or the error. */
export function Ready<T>({
  state,
  children,
}: {
  state: LiveState<T>;
  children(value: T): ComponentChildren;
}) {
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError error={state.error} />;
  return <>{children(state.value)}</>;
}

/**
 * Renders `children` with what the page's content script reports; until it answers, the
 * `loading` words, and the `unavailable` warning when no content script answers in that tab.
 */
export function PageReady<T>({
  panel,
  loading,
  unavailable,
  children,
}: {
  panel: PanelPortState<T>;
  loading: string;
  unavailable: string;
  children(page: T): ComponentChildren;
}) {
  if (panel.status === 'loading')
    return (
      <p class="loading" role="status">
        {loading}
      </p>
    );
  if (panel.status === 'unavailable')
    return (
      <p class="warning" role="status">
        {unavailable}
      </p>
    );
  return <>{children(panel.page)}</>;
}
