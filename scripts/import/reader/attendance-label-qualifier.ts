/**
 * What a label of those attending says of everyone under it, between its words and its colon: "Present in the
 * Chamber:", "Attending remotely (not entitled to vote):", "Present (as trustee):", "Present as Trustees:". Hybrid
 * meetings and bodies sitting in another capacity print these; the label is the known one all the same
 * (attendance-headings.ts), and the qualifier is read past where it says only how or where they attended, else kept
 * for the reader to warn of, as the attendance lists have no place for it.
 */
import { HOW_ATTENDED_SOURCE } from './person-notes.ts';

/**
 * The qualifier, only before a colon (a sentence with a colon later says more than a qualifier): a note in brackets,
 * no items' note ("(for item 5)", read as the items for which they came); "in the Chamber", "in the Council Chamber";
 * "as trustee", "as Trustees of the Charity". "as follows" and "in the following order" lead a list, no qualifier;
 * "Present as (a) substitute:" says who stood in, never those present.
 */
export const LABEL_QUALIFIER = String.raw`(?:\s*\((?!(?:for\s+)?(?:agenda\s+)?items?\b)[^()]{2,50}\)|\s+in\s+the\s+(?!following\b)\p{L}+(?:\s+\p{L}+)?|\s+as\s+(?:an?\s+|the\s+)?(?!follows\b|below\b|listed\b|above\b|substitutes?\b)\p{L}+(?:\s+of\s+the\s+\p{L}+)?)(?=\s*:)`;

/** "(remote)", "in the Chamber", "(voting)": how or where they attended, or that they vote, as members present do. */
const SAYS_NOTHING_MORE = new RegExp(String.raw`^(?:${HOW_ATTENDED_SOURCE}|voting|in\s+the\s+(?:council\s+)?(?:chamber|room|hall))$`, 'i');

/** The qualifier a label's match caught, without its brackets; undefined when none, or when it says only how they attended. */
export function qualifierNote(caught: string | undefined): string | undefined {
  const note = (caught ?? '')
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  return note === '' || SAYS_NOTHING_MORE.test(note) ? undefined : note;
}

/** The warning that a label said something of those under it which no list keeps. */
export const qualifierWarning = (heading: string, note: string): string =>
  `"${heading.replace(/:.*$/, ':')}" says of those listed under it "${note}", which the attendance has no place for: they are recorded without it`;
