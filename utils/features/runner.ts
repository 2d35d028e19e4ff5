// Starts and stops content-script features as the VA navigates a single-page app. Each feature
// is one file; a broken feature is logged with its id and never takes the others (or the host
// page) down.

export interface FeatureContext<P> {
  page: P;
  /** Aborted when the VA navigates away from the page the feature was started on. */
  signal: AbortSignal;
}

export interface Feature<P> {
  id: string;
  /** Whether the feature runs on this page. */
  include(page: P): boolean;
  /** Called once per page the feature runs on. */
  start(ctx: FeatureContext<P>): void | Promise<void>;
  /** Called when the page's content changed (debounced) while the feature runs. */
  refresh?(ctx: FeatureContext<P>): void | Promise<void>;
}

export type FeatureLogger = (featureId: string, error: unknown) => void;

/** The one way content-script code logs an error it caught: with the id of what failed. */
export const logFeatureError: FeatureLogger = (id, error) => console.warn(`[va-desk:${id}]`, error);

/**
 * Runs `call` so that nothing it throws or rejects with reaches the page: it is logged with `id`.
 * Every content-script entry from the page (feature calls, settles, port connections) goes through it.
 */
export function guard(id: string, log: FeatureLogger, call: () => void | Promise<void>): void {
  try {
    const result = call();
    if (result) result.catch((error: unknown) => log(id, error));
  } catch (error) {
    log(id, error);
  }
}

export interface FeatureRunner<P> {
  /** A navigation: stop every running feature, start those that run on `page`. */
  navigate(page: P): void;
  /** Same page, new content: refresh the running features. */
  refresh(page: P): void;
  stop(): void;
  running(): string[];
}

export function createFeatureRunner<P>(
  features: readonly Feature<P>[],
  log: FeatureLogger = logFeatureError,
): FeatureRunner<P> {
  let active: { feature: Feature<P>; controller: AbortController }[] = [];

  const stop = () => {
    for (const { controller } of active) controller.abort();
    active = [];
  };

  return {
    navigate(page) {
      stop();
      for (const feature of features) {
        let wanted = false;
        guard(feature.id, log, () => {
          wanted = feature.include(page);
        });
        if (!wanted) continue;
        const controller = new AbortController();
        active.push({ feature, controller });
        guard(feature.id, log, () => feature.start({ page, signal: controller.signal }));
      }
    },
    refresh(page) {
      for (const { feature, controller } of active)
        if (feature.refresh)
          guard(feature.id, log, () => feature.refresh!({ page, signal: controller.signal }));
    },
    stop,
    running: () => active.map((a) => a.feature.id),
  };
}
