// Counters for `npm run bench`, read from the content script's isolated world over CDP. The page
// cannot see them (content scripts have their own globals).
export const stats = ((globalThis as { __vaDeskStats?: object }).__vaDeskStats = {
  observerCallbacks: 0,
  settles: 0,
  navigations: 0,
});
