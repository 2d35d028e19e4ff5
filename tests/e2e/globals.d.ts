// Extension pages evaluated by Playwright run with the `chrome` global.
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};
