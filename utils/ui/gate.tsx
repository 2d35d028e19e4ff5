import type { ComponentChildren } from 'preact';
import { LoadError, Loading } from '@/components/status';
import type { LiveState } from './use-live-query';
import type { PanelPortState } from './use-panel-port';

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
