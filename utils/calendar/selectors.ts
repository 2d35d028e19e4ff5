// Every Google Calendar selector VA Desk uses, named for the thing. Confidence marks and sections
// refer to shared/google-dom.md §2. A comma list is an ordered fallback: readers try each part in
// turn and use the first that matches anything. Ids (`#xDetDlg…`), `data-*` attributes and roles
// have lasted for years; obfuscated classes change about once a year and are last resorts.
// Nothing here keys on localized text (aria-label, headings).

/** `body[data-viewfamily]`: `EVENT` for the grid, `EVENT_EDIT` for the full editor. STABLE (§2.2). */
export const viewFamilyAttr = 'data-viewfamily';
export const VIEW_FAMILY_EDITOR = 'EVENT_EDIT';
/** `body[data-viewkey]`: `DAY`, `WEEK`, `CUSTOM_DAYS` seen; `MONTH`, `YEAR`, `AGENDA` presumed. UNCERTAIN (§2.2). */
export const viewKeyAttr = 'data-viewkey';

/** The grid's region; the mini-month in the side bar (also with `data-datekey`) is outside it. STABLE (§2.3). */
export const mainContent = '[role=main]';
/** Packed date on day headers, day columns and month cells. STABLE attribute; decoding UNCERTAIN→likely (§2.3). */
export const dateKeyAttr = 'data-datekey';
/** Day headers (week/day) and day columns or cells, by their date key. STABLE (§2.3); month cells UNCERTAIN. */
export const dayWithDateKey =
  '[role=columnheader] [data-datekey], [role=gridcell][data-datekey], div[data-datekey]:not([jsaction])';

/** Event chip: BRV's `data-eventchip`, then EVM's older form. STABLE (§2.4). */
export const eventChip = '[role=button][data-eventchip], [role=button][data-eventid]';
/** Carries base64("<eventId> <calendarId>"), on the chip or an ancestor. STABLE (§2.4). */
export const eventIdAttr = 'data-eventid';
/** Visually hidden full description of a chip ("2:30pm to 3:30pm, Title, …"). CHANGED, text LOCALIZED (§2.4). */
export const chipDescription = '.XuJrye';
/** The chip's visible title. CHANGED: class churn (§2.4). */
export const chipTitle = '.I0UMhf, .EWOIrf, .KcY3wb';

/** The event bubble (details or quick-create); one node, reused for every event. STABLE (§2.5). */
export const chipsDialog = '[role=dialog][data-chips-dialog=true]';
/** The details card of an event (quick-create and tasks have none). STABLE (§2.5). */
export const detailsCard = '#xDetDlg';
/**
 * The event id on the details card itself. UNCERTAIN: not in google-dom.md; seen on `#xDetDlg` in
 * a saved Calendar page and in one extension's notes (code index, 2025–2026).
 */
export const detailsEventId = '#xDetDlg[data-eventid], [data-eventid]';
/** Title heading; TGL's `span[role=heading]`; the when row's heading. STABLE (§2.5). */
export const detailsTitle = '#rAECCd, span[role=heading], [role=heading]';
/** Date and time row; its text is LOCALIZED and its inner classes CHANGED. id STABLE (§2.5). */
export const detailsWhen = '#xDetDlgWhen';
/** The title heading sits inside the when row; its text is not a date. STABLE (§2.5). */
export const headingInWhen = '#rAECCd, [role=heading]';
/** Location row; the text sits in `.UfeRlc` (CHANGED). id STABLE (§2.5). */
export const detailsLocation = '#xDetDlgLoc';
export const detailsLocationText = '.UfeRlc';
/** A Google Meet link: the video row, then anywhere on the card. STABLE (§2.5, BRV). */
export const detailsVideoLink =
  '#xDetDlgVideo a[href^="https://meet.google.com/"], a[href^="https://meet.google.com/"]';
/** Description. STABLE (§2.5). */
export const detailsDescription = '#xDetDlgDesc';
/** Organizer row. UNCERTAIN (§2.5). */
export const detailsOrganizer = '#xDtlDlgOrg';
/** Guests by `data-email`, in the guest list first. UNCERTAIN (§2.5). */
export const detailsGuest = '#xDetDlgAtt [data-email], [data-email]';
export const emailAttr = 'data-email';
/** Only the quick-create bubble has a title input and the Event/Task tabs. STABLE ids (§2.6). */
export const quickCreateMarker = 'input, #tabEvent';

/** Full editor root; `data-is-create="true"` for a new event. STABLE (§2.7, TGL). */
export const editorRoot = 'div[data-is-create]';
/** Editor fields. STABLE ids (§2.7). */
export const editorTitle = 'input#xTiIn, input[data-initial-value]';
export const editorLocation = '#xLocIn input';
export const editorDescription = '#xDescIn [role=textbox], #xDesc';
