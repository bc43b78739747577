/**
 * Reads the headings of a minutes table's columns: its item numbers ("Minute No"), titles ("Subject"), the minutes'
 * own text ("Discussion / Decision"), what was resolved ("Resolution"), who is to act ("Action by", "Owner") and by
 * when ("Target date"). Apart from the action column's readers because the items' table (item-table.ts), the
 * decision table (decision-table.ts) and attendance's end (items-table-heading.ts) read the same headings.
 */

/** "ACTION", "Action by": the heading of a column beside the minutes naming who is to act on each point. */
export const ACTION_HEADING = /^action(?:\s+by)?$/i;
/**
 * The heading of a minutes table's column of item numbers: "Item", "Item No", "Minute No", "Min No.", "Minute Ref",
 * "Minute Number", "Min. Ref.", "Ref", "Ref No." (a town council's Word table heads it any of these ways).
 */
export const ITEM_HEADING =
  /^(?:(?:agenda\s+)?item(?:\s+no\.?)?|no\.?|(?:minute|min\.?)(?:\s+(?:no\.?|number|ref(?:erence)?\.?))?|ref(?:erence)?\.?(?:\s+no\.?)?)$/i;
/** The heading of its column of titles: "Subject", "Title", or "Item" beside an "Item No" column. */
export const SUBJECT_HEADING = /^(?:subject|title|topic|matter|issue|(?:agenda\s+)?item)$/i;
/**
 * What a column of the minutes' own text is headed: "Minutes", "Discussion", "Discussion / Decision", "Notes and
 * decisions", "Discussion / Resolution", "Action / Decision". "Action" beside a word of text heads that text (what
 * was done); alone it heads who is to act (ACTION_HEADING).
 */
const TEXT_WORD = String.raw`(?:minutes?|notes?|discussion|details|description|summary|decisions?|resolutions?|outcomes?)`;
const TEXT_PART = String.raw`(?:${TEXT_WORD}|actions?)`;
export const TEXT_HEADING = new RegExp(String.raw`^(?=.*\b${TEXT_WORD}\b)${TEXT_PART}(?:\s*(?:\/|&|,|and)\s*${TEXT_PART})*$`, 'i');
/** "Resolution", "Decision", "Members' Decision": the heading of a column of what was resolved, row by row (item-table.ts, decision-table.ts). */
export const DECISION_HEADING = /^(?:(?:members['’]?\s+|committee['’]?s?\s+)?decisions?|resolutions?)$/i;
/** The heading of a column naming who is to act, beside the minutes' text: "Action by", "Officer", "Lead officer", "Owner". */
export const OWNER_HEADING = /^(?:action(?:\s+by)?|(?:lead|responsible)(?:\s+officer)?|officers?|owner|by\s+whom|who|responsibility)$/i;
/** The heading of a column saying when an action is due: "By", "By when", "Date", "Deadline", "Target date", "Timescale". */
export const DUE_HEADING = /^(?:by(?:\s+when)?|when|(?:due|target|completion)(?:\s+date)?|date|deadline|timescales?)$/i;
/** A heading of the table's other columns: "Item", "Subject", "Minute No", "Discussion". */
export const isColumnHeading = (cell: string) => [ITEM_HEADING, SUBJECT_HEADING, TEXT_HEADING].some((heading) => heading.test(cell));
