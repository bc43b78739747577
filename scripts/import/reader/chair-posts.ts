/**
 * A chair's or a civic post as an attendance list prints it: before a name ("The Mayor Councillor Ann Holt"),
 * in brackets after it ("(Vice-Chairman)"), alone ("Deputy Lord Mayor"), or as the chair's line of an annual
 * meeting ("The Lord Mayor, Cllr X, in the Chair"), and one key for a post however printed. Apart because the
 * votes' readers (vote-names.ts, vote-post-holders.ts, vote-movers.ts) and the movements' name the chair by these posts too.
 */
import { COUNCILLOR_SOURCE } from '../../../src/model/honorifics.ts';
import { squash } from './attendance-piece.ts';

/**
 * A chair's title, dropped before a name as "(Chair)" is: Scotland's Provost chairs its council as a
 * Mayor does, and a Northern Irish Mayor is styled "the Right Worshipful the Mayor", a Lord Mayor "the Right Honourable
 * the Lord Mayor". The civic posts
 * a member holds for the year ("Deputy Lord Mayor", Belfast's "High Sheriff") lead a name so too.
 */
const CHAIR_TITLE = String.raw`(?:(?:Right\s+)?(?:Worshipful|Honourable)\s+(?:the\s+)?|(?:His|Her)\s+Worship\s+the\s+)?(?:(?:(?:Vice|Deputy)[- ]?)?Chair(?:man|woman|person)?|(?:(?:Deputy|Depute)\s+)?(?:Lord\s+)?(?:Mayor|Provost)|(?:Deputy\s+)?High\s+Sheriff)`;
/** A town or city council's mayor ("Town Mayor", "Deputy City Mayor"): a civic post, as the Mayor is, named for the council. */
export const CIVIC_POST = String.raw`(?:${CHAIR_TITLE}|(?:Deputy\s+)?(?:Town|City)\s+Mayor)`;
/**
 * "The Mayor: Cllr Ann Holt (in the Chair)", "Y Maer / The Mayor: Cllr …", "Deputy Town Mayor: Councillor …": a civic or a
 * chair's post as the label of its holder's line, a Welsh name for it before a slash read past. Group 1 the post, 2 the rest.
 */
export const OFFICE_LABEL = new RegExp(String.raw`^(?:[^:/]{1,40}\s\/\s*)?((?:the\s+)?${CIVIC_POST})\s*:-?\s*(\S.*)$`, 'iu');
/** "The Mayor Councillor Ann Holt", "Town Mayor Cllr Eleri Morgan": the post before the name, no part of it. */
export const CHAIR_LEAD = new RegExp(String.raw`^${CIVIC_POST}\s+`, 'i');
/** "Mayor Ann Holt", "Lord Provost Ian Reid": an elected mayor or a provost before a name, a member. */
export const ELECTED_MAYOR = /^(?:(?:Deputy|Lord)\s+)?(?:Mayor|Provost)\s+\p{Lu}/u;
/** A chair's title with the name in brackets after it: "Mayor (Councillor T Byrne)", "The Lord Mayor (Councillor S Vance) in the Chair". */
export const CHAIR_ALONE = new RegExp(String.raw`^${CHAIR_TITLE}(?:\s+in\s+the\s+chair)?$`, 'i');
/**
 * A chair's or a civic post alone, never a name: "Mayor", "Deputy Lord Mayor", and a town council's "Town Mayor" and
 * "Deputy Town Mayor" (no chair's title before a name, as a member's post printed first is: "Deputy Town Mayor Councillor …").
 */
export const CIVIC_POST_ALONE = new RegExp(String.raw`^${CIVIC_POST}$`, 'i');
/** True when the text is a chair's post alone, no name with it: "Mayor", "Deputy Lord Mayor", "Chairman". */
export const isChairPost = (text: string): boolean => CHAIR_ALONE.test(text.trim());

/**
 * One post however it is printed, or null for no chair's or civic post: "The Mayor", "the Right Worshipful
 * the Mayor" and "Mayor" are "mayor" (and "the Right Honourable the Lord Mayor" "lord mayor"); "Chairman", "Chairperson", "Convener", "the Chair" and "in the Chair" are "chair";
 * "Vice-Chairman" is "vice chair". Lets a vote's "The Chair" meet the attendance's "Ann Holt (Chairman)".
 */
export function postKey(text: string): string | null {
  const post = squash(text).replace(/^the\s+/i, '');
  if (/^in\s+the\s+chair$/i.test(post)) return 'chair';
  if (!isChairPost(post) && !CONVENER.test(post)) return null;
  return post
    .replace(/^(?:(?:right\s+)?(?:worshipful|honourable)\s+(?:the\s+)?|(?:his|her)\s+worship\s+the\s+)|\s+in\s+the\s+chair$/gi, '')
    .toLowerCase()
    .replace(/chair(?:man|woman|person)?|conven[eo]r/, 'chair')
    .replace(/^depute\b/, 'deputy')
    .replace(/[\s-]+/g, ' ');
}

/** "Convener", "Vice-Convener", "Depute Convener": a Scottish committee's chair, alone (postKey's "chair"). */
const CONVENER = /^(?:(?:vice|deputy|depute)[- ]?)?conven[eo]r$/i;

/** Who holds a post at the meeting, as its attendance says: the post as printed, the member's name as listed. */
export interface PostHolder {
  post: string;
  name: string;
}
/** "(Chair)", "(Vice-Chair of the meeting)": the chair's note, for this meeting or the body's (CHAIR_FOR_MEETING read off). */
// "in the Chair for items 1 and 2": who chaired part of the meeting, the chair's note all the same (the items not kept).
export const CHAIR_NOTE =
  /^(?:(?:vice|deputy|depute)[- ]?)?(?:chair(?:man|woman|person)?|conven[eo]r)(?:\s+in\s+the\s+chair|\s+(?:of|for)\s+(?:the|this)\s+meeting)?$|^in\s+the\s+chair(?:\s+for\s+(?:agenda\s+)?items?\s+\d+(?:\s*(?:,|and|&)\s*\d+)*)?$|^(?:councillors?|members?|mayor|leader)$/i;
/** True for a chair's note alone, as brackets after a name print it: "Chair", "Vice-Chairman", "Convener". */
export const isChairNote = (text: string): boolean => /chair|conven/i.test(text) && CHAIR_NOTE.test(text.trim());
/** "The Mayor (Councillor A Ash) – in the Chair for items 1 and 2": the chair's note after a dash, read as the bracketed note. */
export const CHAIR_DASH_TAIL = /\s[–—-]\s+(in\s+the\s+chair\b[^()]*)$/i;
/**
 * "(THE MAYOR, COUNCILLOR IVOR DRENNAN, IN THE CHAIR)", "The Lord Mayor, Cllr Sabina Kell, in the Chair", "THE MAYOR
 * (COUNCILLOR X) IN THE CHAIR": the civic chair's line as annual meetings print it, the holder between commas or in
 * brackets, the whole line bracketed or in capitals. Groups: the post, the councillor's title, the name.
 */
const CHAIR_LINE = new RegExp(
  String.raw`^\(?\s*(?:the\s+)?(${CIVIC_POST})(?:,\s*|\s*\(\s*)(${COUNCILLOR_SOURCE})\s+([^(),]+?)(?:\s*[,)])?\s+in\s+the\s+chair\s*\)?\.?$`,
  'iu',
);

/**
 * A chair's line (CHAIR_LINE) written as "Mayor (Councillor X) in the Chair", which the pieces read as the post's holder; a
 * title in capitals as a title is spelt ("COUNCILLOR" "Councillor"), so it is no part of the name. The name stays as printed.
 */
export function chairLine(text: string): string {
  const line = CHAIR_LINE.exec(squash(text));
  if (!line) return text;
  const title = (line[2] ?? '').replace(/\p{Lu}{2,}/gu, (word) => `${word.charAt(0)}${word.slice(1).toLowerCase()}`);
  return `${line[1] ?? ''} (${title} ${line[3] ?? ''}) in the Chair`;
}
/** "Councillor R Pollard (Chairman) in the chair": the chair's note after the name, unbracketed, read as a bracketed one. */
export const CHAIR_TAIL = /^(.*\S)\s+(in\s+the\s+chair)$/i;
/** "of the meeting" after a chair's note: a joint meeting's chair, the chair all the same. */
export const CHAIR_FOR_MEETING = /\s+(?:of|for)\s+(?:the|this)\s+meeting$/i;
