/**
 * The marks a web page's list entry or paragraph opens or ends with: a decision's lead-in before a list
 * ("RESOLVED that:"), an entry's own number or bullet, a title in bold with its run-in stop, a paragraph all
 * in bold, a speaker named in bold, an item's number in bold. Apart from the reading of lists
 * (html-lists.ts) because none of it walks the page.
 */
import type { Element } from 'hast';
import { TITLED_NAME } from '../../../src/model/honorifics.ts';
import { readPiece } from '../reader/attendance-person.ts';
import { OUTCOME_MARK } from '../reader/decision-markers.ts';
import { DECISION_LABEL } from '../reader/decision-words.ts';

/** A decision's word, wherever it stands in the lead-in: "RESOLVED", "agreed", "NOTED", Welsh "PENDERFYNWYD". */
const OUTCOME = OUTCOME_MARK.source.replace(/^\^/, '');
/**
 * "RESOLVED that:", "The Committee agreed:", "It was DECIDED –": a decision's lead-in, as the words before a list end; so
 * does a colon closing a short run of words after a decision's word or label, "The committee recommended to Council:",
 * "The Board agreed the following:", "Decision: The panel recommended to Cabinet:" (the list is what it decided).
 */
export const LEAD_IN_END = new RegExp(
  String.raw`\b(?:${OUTCOME}(?:\s+(?:that|to))?\s*(?::-?|[–—])?|(?:${OUTCOME}|recommended\b|${DECISION_LABEL}\s*:)[^.;!?:]{0,80}:-?)$`,
  'i',
);

/**
 * A mark an entry's own text opens with: "(1) ", "2. ", "b) ", "(iv) ", "• ". A list whose entries
 * carry their numbers in their text ("(1) That …") needs no mark of ours.
 */
export const OWN_ENTRY_MARK = /^\s*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|[ivx]{1,4}|\d{1,2})\.|[·•▪◦‣○●■∙\-–*])\s/i;

/** A title in bold that the text runs on from. */
export const BOLD_TAGS = new Set(['strong', 'b']);
/** The run-in mark between a title and its text: "Apologies for absence." or "Date of next meeting:". */
export const RUN_IN_MARK = /^\s*[.:–—-]\s*/;

/** A paragraph whose only content is one run in bold. */
export function allBold(paragraph: Element): boolean {
  const children = paragraph.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const [only] = children;
  return children.length === 1 && only?.type === 'element' && BOLD_TAGS.has(only.tagName);
}

/**
 * "<strong>Cllr A Byrne:</strong> asked about …", "<b>Ms T Ray (resident):</b> spoke against …": a speaker
 * named in bold before what they said runs on in lower case, as question time is minuted; a person, read as the
 * attendance reads one (attendance-person.ts), is no item's title. "Councillor vacancy: The Clerk …" is one.
 */
export function isSpeaker(title: string, after: string): boolean {
  if (!TITLED_NAME.test(title) || !/^\p{Ll}/u.test(after.trim())) return false;
  const piece = readPiece(title);
  return piece.kind === 'person' && piece.name !== '';
}

/** "3. Minutes" in bold: an item's number and title, as a paragraph opens with them. */
export const NUMBERED_BOLD = /^\d{1,3}[.)]\s+\S/;
