/**
 * A hearing's parties, as licensing and other hearings' minutes list them under "Parties present:":
 * "Applicant: Mr J Gill, Gill Stores Ltd, with Ms K Hart (solicitor)", "Responsible authority: PC L
 * Irwin, Southmere Police", "Interested parties: Mrs M Judd and Mr N Kerr, residents". Each person is
 * kept with the line's label and what the line says of them ("Mr J Gill (Applicant, Gill Stores Ltd)"),
 * as the meeting's presenters. A line is read whole or not at all: a part that is neither a person nor
 * something said of the people before it leaves the line unread, for the caller to warn of.
 */
import { HONORIFIC_SOURCE } from '../../../src/model/honorifics.ts';
import { squash } from '../text.ts';

/** The labels a hearing's minutes give its parties, in the singular a person's entry takes. */
const LABEL = /^(applicant|objector|responsible\s+authorit(?:y|ies)|interested\s+part(?:y|ies)|other\s+part(?:y|ies))s?$/i;
/**
 * A person: a title or a police rank (src/model/honorifics.ts), or initials, then a surname ("Mr J Gill",
 * "PC L Irwin", "K Hart"), or a given name and a surname.
 */
const PERSON = new RegExp(
  String.raw`^(?:${HONORIFIC_SOURCE}\s+(?:\p{Lu}\.?\s+)*|(?:\p{Lu}\.?\s+)+|\p{Lu}\p{Ll}+\s+)\p{Lu}[\p{L}'’-]+$`,
  'u',
);
/** Words of a body or a business, never of a person's name (a description in lower case is none either). */
const NOT_A_NAME =
  /\b(?:Ltd|Limited|plc|LLP|Police|Constabulary|Council|Authority|Service|Services|Association|Society|Trust|Group|Partnership|Company|Solicitors|Stores?|Pub|Inn|Bar|Club)\b/i;

/** The label as a person's entry gives it: "Interested parties" → "Interested party". */
function singular(label: string): string {
  const text = squash(label);
  const one = text.replace(/ies$/i, 'y').replace(/(applicant|objector)s$/i, '$1');
  return one.charAt(0).toUpperCase() + one.slice(1).toLowerCase();
}

/** The people of one party line under its label, each "Name (Label, what the line says of them)"; null when some part is not read. */
export function readPartyLine(label: string, list: string): string[] | null {
  const parts = list
    .replace(/\.$/, '')
    .split(/,\s*(?![^()]*\))|\s+and\s+(?![^()]*\))/)
    .map((part) => squash(part.replace(/^(?:with|and)\s+/i, '')))
    .filter((part) => part !== '');
  const people: { name: string; notes: string[] }[] = [];
  let described = 0;
  for (const part of parts) {
    const bracket = /^(.*?)\s*\(([^)]+)\)$/.exec(part);
    const name = bracket ? (bracket[1] ?? '') : part;
    if (PERSON.test(name) && !NOT_A_NAME.test(name)) {
      people.push({ name, notes: bracket ? [bracket[2] ?? ''] : [] });
    } else if (people.length > described) {
      // What the line says of the people before it: their business, force or standing ("residents").
      for (const person of people.slice(described)) person.notes.push(part);
      described = people.length;
    } else return null;
  }
  if (people.length === 0) return null;
  // "Parties present: Mr A Ash, …" names no side: each is a party.
  const kind = LABEL.test(squash(label)) ? singular(label) : 'Party';
  return people.map(({ name, notes }) => `${name} (${[kind, ...notes].join(', ')})`);
}
