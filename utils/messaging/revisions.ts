// Storage items other contexts watch (extension storage, area `local`). Content scripts cannot
// read the database, and the service worker may have slept through a page's write: a repository
// bumps (or rewrites) one of these after its write, and the watchers re-read. Content scripts use
// only these keys, with `browser.storage.local` directly: the typed items built on them
// (revision-items.ts) carry a storage library the content scripts' size budget has no room for.

/** Bumped after every tag or client change; Gmail's chips re-ask the background. */
export const TAGS_REVISION_KEY = 'threadTagsRevision';
/** Bumped after every time-entry write; the background redraws the badge. */
export const TIMER_REVISION_KEY = 'timerRevision';
/** Bumped after every booking write; the background sets the reminder alarm again. */
export const APPOINTMENTS_REVISION_KEY = 'appointmentsRevision';
/** Every snippet shortcut, in lower case; Gmail's compose script checks typed words against it. */
export const SNIPPET_SHORTCUTS_KEY = 'snippetShortcuts';
