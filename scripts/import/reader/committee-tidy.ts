/**
 * The body's name as found (committee-name.ts) made its name alone: without the document's words, how it met or the
 * council's name, "the Council" for the whole council; and what the name says besides: the capacity it sat in
 * ("sitting as the Crime and Disorder Committee") and a second body it met with. Apart from header.ts as the one
 * place a found name is tidied.
 */
import { BODY_WORD, namesNoBody, STATUS, STATUS_AFTER } from './title-block-lines.ts';
import { MEETING_KIND } from './meeting-occasion.ts';
import { DECISIONS_DOCUMENT } from './document-heading.ts';
import { PAPER_NAME } from './document-title.ts';
import { WELSH_WHOLE_COUNCIL } from '../../../src/model/welsh-words.ts';
import { squash } from '../text.ts';
import { wholeBody } from './council-name.ts';
import { capitalRunsCased, wordCase } from './heading-case.ts';

/** Welsh "y Cyngor", "Cyngor Llawn" alone (WELSH_WHOLE_COUNCIL): the council's own meeting. */
const WHOLE_COUNCIL_WELSH = new RegExp(String.raw`^${WELSH_WHOLE_COUNCIL}$`, 'i');

/** "Transport and Connectivity Policy Committee"; "the above Council" or a parish council's own name: "Council". */
export function tidyCommittee(committee: string | null, council: string | null): string | null {
  if (!committee) return council ? wholeBody(council) : null;
  // "Cwmderw Community Council Minutes of <date>": the title's last words are no part of the body's name.
  let name = squash(
    wordCase(committee)
      .replace(STATUS_AFTER, '')
      // "Housing Committee minutes:", a web page's heading before its date: the colon too.
      .replace(new RegExp(String.raw`\s*\b(?:minutes?|agenda|notes|${STATUS})(?:\s+of(?:\s+the)?)?\s*:?\s*$`, 'i'), ''),
  );
  // "Cabinet Decision List", "Cabinet – Record of Decisions": the document's name after the body's.
  // "Summary of Decisions – Cabinet", "Minutes – Amenities Committee" (an e-mail's Subject): the document's name before it.
  const listed = name
    .replace(new RegExp(String.raw`\s*(?:[-–—:]\s*)?\b(?:${DECISIONS_DOCUMENT})$`, 'i'), '')
    .replace(new RegExp(String.raw`^(?:${DECISIONS_DOCUMENT}|${PAPER_NAME}|minutes?|agenda|notes)\s*[-–—:]\s*`, 'i'), '')
    // "NOTE OF SITE VISIT – Planning Committee – held on …": the dash before the date the header took.
    .replace(/\s+[-–—]$/, '');
  if (listed !== '') name = listed;
  // "Community Council virtual Meeting", "Planning Committee Meeting": how it met, not who.
  const met = name.replace(new RegExp(String.raw`\s+(?:[-–—]\s+)?(?:${MEETING_KIND}\s+)*meeting$`, 'i'), '');
  if (met !== name && BODY_WORD.test(met)) name = met;
  // "THE FIFE COUNCIL - EAST NEUK AREA COMMITTEE": the council's name, with or without "The", before the body's;
  // "the Full Eastwick Town Council": the whole council.
  const unled = name.replace(/^(?:the\s+)?(?:full\s+)?/i, '');
  if (council && unled.toLowerCase().startsWith(council.toLowerCase()))
    name = squash(unled.slice(council.length).replace(/^[\s,:–—-]+/, ''));
  // "Environment Committee of Loughmoy Borough Council": the council's name after "of" is no part of the body's; nor
  // after "of the", as a council named "Council of the Isles of Xandra" stands.
  const after =
    council === null ? undefined : [' of ', ' of the '].find((of) => name.toLowerCase().endsWith(`${of}${council.toLowerCase()}`));
  if (council && after !== undefined) name = name.slice(0, -(council.length + after.length));
  if (name === '') return (council === null ? null : wholeBody(council)) ?? 'Council';
  if (/^(?:the\s+)?(?:above\s+|full\s+|said\s+)?(?:parish\s+|town\s+|community\s+)?council$/i.test(name)) return 'Council';
  // Welsh "y Cyngor", "Cyngor Llawn" (the council, the full council): the council's own meeting, as "the Council" is.
  if (WHOLE_COUNCIL_WELSH.test(name)) return 'Council';
  // "Record of the", "An Inquorate Meeting": words that name no body are none; the council's own meeting, or not stated.
  if (namesNoBody(name)) return tidyCommittee(null, council);
  return name;
}

/**
 * "OVERVIEW AND SCRUTINY COMMITTEE (sitting as the Crime and Disorder Committee)", "Cabinet, acting as the Shareholder
 * Committee": the body that met, and the capacity it met in. The body is the one named first, so its meetings in either
 * capacity are one committee's; the capacity is said in the meeting's warnings, not lost.
 */
const SITTING_AS = /^(.+?)\s*(?:([([])\s*|[-–—,]\s*|\s)(?:sitting|acting|meeting|in\s+its\s+capacity)\s+as\s+(?:the\s+)?(.+?)\s*$/i;

/**
 * "Adult Social Care Scrutiny Committee and the Health Scrutiny Committee": two bodies met as one, each named whole before
 * and after "and"; not one body whose name joins two words before its own ("Audit and Governance Committee").
 */
const TWO_BODIES =
  /^(\S+(?:\s+\S+)+?\s+(?:Committee|Sub-Committee|Panel|Board|Forum|Commission))\s+(?:and|&)\s+(?:the\s+)?(.+?\s+(?:Committee|Sub-Committee|Panel|Board|Forum|Commission))$/i;

/**
 * The two bodies a joint meeting's title names, the first filed as the meeting's body; null for one body, and for a
 * name that says itself it is a joint meeting's ("Joint meeting - A Committee and B Committee", a ModernGov body of its
 * own whose every meeting is joint): that is the publisher's one body, filed under it whole.
 */
export function jointBodies(committee: string | null): { body: string; with: string } | null {
  const found = committee === null || /\bmeeting\b/i.test(committee) ? null : TWO_BODIES.exec(squash(committee));
  return found ? { body: found[1] ?? '', with: wordCase(found[2] ?? '') } : null;
}

/** The body that met and the capacity it sat in (SITTING_AS), when the name names one after a body's word; null otherwise. */
export function sittingAs(committee: string | null): { body: string; as: string } | null {
  const found = committee === null ? null : SITTING_AS.exec(committee);
  if (!found || !BODY_WORD.test(found[1] ?? '')) return null;
  // "(sitting as the Crime and Disorder Committee)": the bracket the capacity opened with closes it; any other bracket is
  // the capacity's own ("… Trustee of the Village Hall (Charity No. 512345)"), kept whole.
  const as = found[2] === undefined ? (found[3] ?? '') : (found[3] ?? '').replace(/\s*[)\]]$/, '');
  // "sole Trustee of THE BRACKLEY VALE VILLAGE HALL (Charity No. …)": each run of capitals as words.
  return { body: found[1] ?? '', as: capitalRunsCased(as) };
}
