// Counters for `npm run bench`, read from the content script's isolated world over CDP. The page
// cannot see them (content scripts have their own globals).
export const stats = { observerCallbacks: 0, settles: 0, navigations: 0 };
(globalThis as { __vaDeskStats?: typeof stats }).__vaDeskStats = stats;
