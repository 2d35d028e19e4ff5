// What the Gmail and Calendar content scripts do alike for the side panel: accept its port, post
// the page's state at once and on every change, skip a state whose signature did not change, and
// read nothing while no panel is connected (most of the day the panel is closed). Each site gives
// its port name, its reader and its signature. A reader that throws never reaches the page: the
// runner guards start and refresh, and the report on connect is guarded here.
import { browser, type Browser } from 'wxt/browser';
import { guard, logFeatureError, type Feature } from './runner';

type Port = Browser.runtime.Port;

/** A feature that reports on every page and every change of its content, and accepts panels. */
export interface PanelReporter<P> extends Feature<P> {
  /** Accepts side panel connections; `current` gives the page shown right now. Returns stop. */
  accept(current: () => P): () => void;
}

/**
 * The reporter `id` for the port named `port`: `read` reads the page's state, `signature` tells
 * whether it changed. (Plain parameters: this runs in Gmail's size-budgeted script.)
 */
export function createPanelReporter<P, S>(
  id: string,
  port: string,
  read: (page: P) => S,
  signature: (state: S) => string,
): PanelReporter<P> {
  const panels = new Set<Port>();
  let lastSignature = '';

  const report = (page: P) => {
    if (!panels.size) return;
    const state = read(page);
    const sig = signature(state);
    if (sig === lastSignature) return;
    lastSignature = sig;
    for (const panel of panels) panel.postMessage(state);
  };

  return {
    id,
    include: () => true,
    start: ({ page }) => report(page),
    refresh: ({ page }) => report(page),
    accept(current) {
      const onConnect = (panel: Port) => {
        if (panel.name !== port) return;
        panels.add(panel);
        panel.onDisconnect.addListener(() => panels.delete(panel));
        lastSignature = '';
        guard(id, logFeatureError, () => report(current()));
      };
      browser.runtime.onConnect.addListener(onConnect);
      return () => {
        browser.runtime.onConnect.removeListener(onConnect);
        for (const panel of panels) panel.disconnect();
        panels.clear();
      };
    },
  };
}
