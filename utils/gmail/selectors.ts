// Every Gmail selector VA Desk uses, named for the thing. Confidence marks and sections refer to
// shared/google-dom.md §1. A comma list is an ordered fallback: readers try each part in turn.

/** Holds one child `div.nH` per view; hidden views stay with `display:none`. STABLE (§1.2, SDK). */
export const viewsContainer = 'div.aeF > div.nH';
/** The current content inside the visible view. STABLE (§1.3). */
export const mainContent = '[role=main]';
/** Thread list(s); in split mode it also holds the reading pane `.ao9`. STABLE (§1.3 `gh=tl`). */
export const threadList = '[gh=tl]';
/** Open-thread container: `.a98.iY` (2023-11+), `table.Bs` rows (the parser adds tbody), `.PeIF1d`/`.if` before. CHANGED (§1.4). */
export const threadContainer = '.a98.iY, table.Bs > tbody > tr, table.Bs > tr, .PeIF1d, div.if';
/** Subject heading, carries the thread ids; class and SDK `.ha h2` fallbacks. STABLE (§1.4). */
export const threadSubject = 'h2[data-legacy-thread-id], h2.hP, .ha h2';
/** One per message with `data-message-id`, also inside collapsed `.kv` (hidden there). STABLE (§1.4). */
export const messageContainer = 'div.adn.ads';
/** Ancestor of a collapsed message (`.kv`) or one behind "N older messages" (`.kQ`/`.kx`). STABLE (§1.4, SDK). */
export const messageCollapsed = '.kv, .kQ, .kx';
/** Sender with `email`/`name` attributes (GJS, MV); SDK `td.gF span[email]`. STABLE (§1.4). */
export const messageSender = 'span.gD[email], td.gF span[email]';
/** To then Cc, one span each (SDK `.hb`); GJS `span.g2[email]`. STABLE (§1.4). */
export const messageRecipient = '.hb span[email], span.g2[email]';
/** Full date in `title` (LOCALIZED text); SDK `.gK .g3`. STABLE (§1.4). */
export const messageDate = 'span.g3[title], .gK span[title]';
/** Body `div.ii.gt > div.a3s` (suffix `.aiL` now, `.aXjCH` 2016-18), then the wrapper, then SDK's `.adP`. STABLE/CHANGED (§1.4). */
export const messageBody = 'div.ii.gt div.a3s, div.a3s.aiL, div.a3s.aXjCH, div.ii.gt, div.adP';
/** Quoted history inside a body: Gmail's quote, its trimmed wrapper `.h5` and toggle `.adm`, Apple Mail cites. STABLE (§1.4). */
export const quotedText = '.gmail_quote, .h5, .adm, blockquote[type=cite]';
/** A list row; vertical split uses 2–3 per thread. STABLE (§1.5). */
export const listRow = 'tr.zA';
/** Unread row (`.yO` is read). STABLE (§1.5). */
export const listRowUnread = '.zE';
/** Vertical-split row part (`.apv`) and the thread's last (3rd) part (`.apw`). STABLE (§1.5). */
export const listRowPart = '.apv';
export const listRowLastPart = '.apw';
/** Row thread ids, found by attribute because which span carries them is UNCERTAIN (§1.5). */
export const listThreadId = '[data-legacy-thread-id]';
/** Senders cell; starts a thread's first row. STABLE (§1.5). */
export const listSenderCell = 'div.yW';
/** Sender/participant spans (`.zF` unread, `.yP` read), never the `.afn` summary. STABLE (§1.5). */
export const listSender = 'div.yW span[email], td.yX span[email]';
/** Subject text (IDX `span.bog`), SDK `div.y6 > span`. STABLE (§1.5). */
export const listSubject = 'span.bog, div.y6 > span';
/** Subject container, where a chip goes when `span.bog` is missing (SDK `div.xT div.y6`). STABLE (§1.5). */
export const listSubjectCell = 'div.y6, div.xT, div.xS';

// Compose and reply (§1.6). Language-independent attributes first; classes as fallbacks.
/** The editable body: `g_editable` is Gmail's own mark (never the localized aria-label); MV's `.Am.Al`. STABLE (§1.6). */
export const composeEditor =
  '[g_editable=true][contenteditable=true][role=textbox], [g_editable=true][contenteditable=true], div.Am.Al.editable[contenteditable=true]';
/** A compose's root, inline or popup: `div.M9` (GJS also `.AD`). STABLE (§1.6). */
export const composeRoot = 'div.M9, div.AD';
/** Inline replies/forwards sit inside the views' scroll area; popups (the dock) do not. STABLE (§1.6, GJS `.closest('.AO')`). */
export const inlineComposeArea = '.AO';
/** A popup or full-screen compose: SDK keeps only dialogs that contain a form. STABLE (§1.6). */
export const composeDialog = '[role=dialog]';
export const composeForm = 'form';
/** Hidden draft id: `#msg-a:r…`, or the string `undefined` before the first save. STABLE (§1.6). */
export const composeDraftId = 'input[name=draft]';
/** The message a reply answers, `#msg-f:<dec>` like `data-message-id`. STABLE (§1.6 hidden form fields). */
export const composeRepliedMessage = 'input[name=rm]';
/** The visible subject of a popup; an inline reply has only the hidden `subject`. STABLE (§1.6). */
export const composeSubject = 'input[name=subjectbox], input[name=subject]';
/** "Reply" in the bottom reply bar; may exist twice (A/B), pick the visible one not in a `table`. STABLE (§1.4). */
export const replyButton = '.amn span.ams.bkH, .amn .bkH';
