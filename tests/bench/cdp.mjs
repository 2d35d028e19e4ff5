// Chrome DevTools Protocol helpers for `npm run bench`: main-thread time of a page, and the
// content script's counters, which live in the extension's isolated world where page.evaluate
// cannot see them.

/** The page's cumulative Performance.getMetrics values, in seconds or counts. */
export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * Starts tracking the page's JavaScript execution contexts. Call before `extensionStats`:
 * `Runtime.enable` reports the contexts that already exist, then every new one.
 * @param {import('playwright-core').CDPSession} cdp
 */
export async function trackContexts(cdp) {
  /** @type {Map<number, any>} */
  const contexts = new Map();
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.set(context.id, context));
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) =>
    contexts.delete(executionContextId),
  );
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  return { contexts, mainFrameId: frameTree.frame.id };
}

/**
 * Reads `globalThis.__vaDeskStats` from VA Desk's isolated world in the top frame.
 * @returns {Promise<{ stats: Record<string, number> | null, context: string | null }>}
 *   `stats` is null when no VA Desk world exists or the world has no counters.
 */
export async function extensionStats(cdp, tracked, extensionId) {
  const candidates = [...tracked.contexts.values()].filter(
    (c) =>
      c.auxData?.isDefault === false &&
      (c.auxData?.frameId ?? tracked.mainFrameId) === tracked.mainFrameId &&
      (c.origin === `chrome-extension://${extensionId}` ||
        (typeof c.name === 'string' && /va desk/i.test(c.name))),
  );
  for (const c of candidates) {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: 'JSON.stringify(globalThis.__vaDeskStats ?? null)',
      contextId: c.id,
      returnByValue: true,
    });
    if (exceptionDetails || typeof result.value !== 'string') continue;
    const stats = JSON.parse(result.value);
    if (stats) return { stats, context: `${c.name || '?'} (${c.origin})` };
  }
  const found = candidates[0];
  return { stats: null, context: found ? `${found.name || '?'} (${found.origin})` : null };
}
