/**
 * A hearing's parties, as licensing and other hearings' minutes list them under "Parties present:":
 * "Applicant: Mr J Gill, Gill Stores Ltd, with Ms K Hart (solicitor)", "Responsible authority: PC L
 * Irwin, Southmere Police", "Interested parties: Mrs M Judd and Mr N Kerr, residents". Each person is
 * kept with the line's label and what the line says of them ("Mr J Gill (Applicant, Gill Stores Ltd)"),
 * as the meeting's presenters. A business or a body named first is whom the people after it stand for ("Applicant:
 * Gill Stores Ltd, represented by Ms K Hart (solicitor)": "Ms K Hart (Applicant, Gill Stores Ltd, solicitor)"), never a
 * person itself. A line is read whole or not at all: a part that is neither a person nor something said of the people
 * before (or a body of those after) it leaves the line unread, for the caller to warn of.
 */
import { HONORIFIC_SOURCE, stripCouncillorTitles, TITLED_NAME } from '../../../src/model/honorifics.ts';
import { squash } from '../text.ts';
import { couples } from './list-split.ts';

/** The labels a hearing's minutes give its parties, in the singular a person's entry takes. */
// "Subject Member:", "Complainant:": the parties to a standards hearing, the member complained of and who complained;
// "Appellant:", who appealed to an appeal panel (a school admission appeal's parents, named as printed);
// "Registered Speakers:", those who spoke on a planning application.
// "Objectors present", "Supporter present": the side with the word that they came (attendance-headings.ts).
const LABEL =
  /^(applicant|appellant|objector|supporter|complainant|subject\s+member|(?:registered\s+|public\s+)?speaker|responsible\s+authorit(?:y|ies)|interested\s+part(?:y|ies)|other\s+part(?:y|ies))s?(?:\s+(?:present|in\s+attendance|attending))?$/i;
/**
 * A person: a title or a police rank (src/model/honorifics.ts), then initials or given names, then a surname ("Mr J
 * Gill", "PC Owen Keyes", "Mrs Joan Fell"), or initials then a surname ("K Hart"), or a given name and a surname.
 */
const PERSON = new RegExp(
  String.raw`^(?:${HONORIFIC_SOURCE}\s+(?:(?:\p{Lu}\.?|\p{Lu}\p{Ll}+)\s+){0,3}|(?:\p{Lu}\.?\s+)+|\p{Lu}\p{Ll}+\s+)\p{Lu}[\p{L}'’-]+$`,
  'u',
);
/** "represented by", "on behalf of", "with", "accompanied by": words that lead the people a part names, no part of them. */
const LEAD_WORDS = /^(?:(?:represented\s+by|accompanied\s+by|on\s+behalf\s+of|with|and)\s+)+/i;
/** A line ending on words that lead people ("…, represented by"): the list goes on at the next line. */
const OPEN_END = /(?:\b(?:represented|accompanied)\s+by|\bon\s+behalf\s+of|\bwith|\band|,)$/i;
/** "(local residents)", "(neighbours)": a note in the plural after the last of several names, said of all of them. */
const PLURAL_NOTE = /\p{Ll}{2,}(?<!ss|us|is)s$/u;
/** Words of a body or a business, never of a person's name (a description in lower case is none either). */
const NOT_A_NAME =
  /\b(?:Ltd|Limited|plc|LLP|Police|Constabulary|Council|Authority|Service|Services|Association|Society|Trust|Group|Partnership|Company|Solicitors|Stores?|Pub|Inn|Bar|Club)\b/i;

/** The label as a person's entry gives it: "Interested parties" → "Interested party". */
function singular(label: string): string {
  const text = squash(label).replace(/\s+(?:present|in\s+attendance|attending)$/i, '');
  const one = text.replace(/ies$/i, 'y').replace(/(applicant|appellant|objector|supporter|complainant|member|speaker)s$/i, '$1');
  return one.charAt(0).toUpperCase() + one.slice(1).toLowerCase();
}

/**
 * The paragraphs of a party list with a line left open joined to the next: "Applicant: Gill Stores Ltd, represented
 * by" over "Ms K Hart (solicitor)" is one line of the applicant's.
 */
export function joinOpenPartyLines(paragraphs: readonly string[]): string[] {
  const joined: string[] = [];
  for (const paragraph of paragraphs) {
    const previous = joined.at(-1);
    if (previous !== undefined && OPEN_END.test(previous)) joined[joined.length - 1] = `${previous} ${paragraph}`;
    else joined.push(paragraph);
  }
  return joined;
}

/**
 * "Applicant: Gill Stores Ltd" after "Parties present:": the party's own label, and the list after it. "Objector - Mrs A
 * Bell", "Applicant's Agent - Mr T Renwick" under "Registered Speakers:": the role each spoke in before a dash, kept as
 * printed (`printed`), never a person.
 */
function ownLabel(label: string, list: string): { label: string; list: string; printed?: true } {
  const inner = /^([^:]{3,40}):\s*(.*)$/.exec(list);
  if (inner && LABEL.test(squash(inner[1] ?? ''))) return { label: inner[1] ?? '', list: inner[2] ?? '' };
  const role = /^(\p{Lu}[\p{L}'’ ]{2,40}?)\s+[–—-]\s+(.*)$/u.exec(list);
  // The role has no title of its own, and a titled name follows the dash ("Ward Member - Councillor Greenhalgh").
  const said = squash(role?.[1] ?? '');
  const titled = role && TITLED_NAME.test(role[2] ?? '') && !TITLED_NAME.test(said);
  return titled ? { label: said, list: role[2] ?? '', printed: true } : { label, list };
}

interface Party {
  name: string;
  notes: string[];
}

/** The people of a party line's parts; null when some part is neither a person, nor said of people, nor a body before them. */
function partyPeople(parts: readonly string[]): Party[] | null {
  const people: Party[] = [];
  let described = 0;
  let body: string | null = null;
  for (const part of parts) {
    const bracket = /^(.*?)\s*\(([^)]+)\)$/.exec(part);
    const name = bracket ? (bracket[1] ?? '') : part;
    if (PERSON.test(name) && !NOT_A_NAME.test(name)) {
      people.push({ name, notes: [...(body === null ? [] : [body]), ...(bracket ? [bracket[2] ?? ''] : [])] });
    } else if (people.length > described) {
      // What the line says of the people before it: their business, force or standing ("residents").
      for (const person of people.slice(described)) person.notes.push(part);
      described = people.length;
    } else if (people.length === 0 && body === null && NOT_A_NAME.test(part)) {
      body = part; // "Gill Stores Ltd, represented by …": the business the people after it stand for, no person
    } else return null;
  }
  return people.length === 0 ? null : sharedNote(people);
}

/** "Mr A Ash and Mrs B Bell (local residents)": the plural note of the last said of those before it with none of their own. */
function sharedNote(people: Party[]): Party[] {
  const last = people.at(-1);
  const note = last?.notes.at(-1) ?? '';
  if (people.length < 2 || !PLURAL_NOTE.test(note)) return people;
  const count = last?.notes.length ?? 0;
  return people.map((person) =>
    person !== last && person.notes.length === count - 1 ? { ...person, notes: [...person.notes, note] } : person,
  );
}

/** What parts two parties on a line: a comma, "and", or "&" before a title ("Dr & Mr Renshaw"; "Vance & Co" is one business). */
const PARTY_JOIN = new RegExp(String.raw`,\s*(?![^()]*\))|\s+and\s+(?![^()]*\))|\s+&\s+(?=${HONORIFIC_SOURCE}\s)(?![^()]*\))`, 'u');

/** The people of one party line under its label, each "Name (Label, what the line says of them)"; null when some part is not read. */
export function readPartyLine(heading: string, line: string): string[] | null {
  const { label, list, printed } = ownLabel(heading, line);
  // "Mr and Mrs T Whitcombe": two people, written out with the surname they share as the list reader writes them (couples).
  const parts = couples(list)
    .replace(/\.$/, '')
    .split(PARTY_JOIN)
    .map((part) => squash(part.replace(LEAD_WORDS, '')))
    .filter((part) => part !== '');
  const people = partyPeople(parts);
  if (people === null) return null;
  // "Parties present: Mr A Ash, …" names no side: each is a party.
  const kind = printed ? label : LABEL.test(squash(label)) ? singular(label) : 'Party';
  // A councillor is named without the title, as in the attendance's other lists.
  return people.map(({ name, notes }) => `${stripCouncillorTitles(name)} (${[kind, ...notes].join(', ')})`);
}

/** "Item 5.1: Mr R Cowie, …", "Agenda Item 5: Department for Infrastructure Roads": the item a guest line names first, and the rest. */
const ITEM_LABEL = /^(?:agenda\s+)?item\s+(\d+(?:\.\d+)*[a-z]?)\s*(?::|\s[–—-])\s*(.+)$/i;

/** "Mr R Cowie, Solicitor for the Applicant": a person named first, then what they are; null when the line opens with no person. */
function guestOfItem(line: string, item: string, body: string | null): string | null {
  const [name = '', ...said] = squash(line)
    .replace(/\.$/, '')
    .split(/,\s*(?![^()]*\))/);
  if (!PERSON.test(name) || NOT_A_NAME.test(name)) return null;
  const role = [...said, ...(body === null ? [] : [body])].join(', ');
  return `${stripCouncillorTitles(name)}${role === '' ? '' : `, ${role}`} (item ${item})`;
}

/** The guests a line names, the list they go in, the lines read and the line left unread (for the caller to warn of). */
export interface Guests {
  list: 'presenters' | 'alsoPresent';
  people: string[];
  lines: number[];
  /** The item's line and the line after it, when no guest of it was read. */
  unread: { heading: string; first: string } | null;
}

/**
 * The guests of one item as a list of those attending names them: "Item 5.1: Mr R Cowie, Solicitor for the Applicant"
 * (the person on the item's line), or "Agenda Item 5: Department for Infrastructure Roads" over "Mr C Breen, Divisional
 * Roads Manager" (a body, with the people under it up to a blank line). Each is a presenter of the item, kept "Name, what
 * they are (item n)", as the model keeps the items a guest came for. A line that names an item but no person read is
 * left for the caller to warn of. Null when `lines[at]` names no item.
 */
export function readItemGuests(lines: readonly string[], at: number): Guests | null {
  const label = ITEM_LABEL.exec(squash(lines[at] ?? ''));
  if (!label) return null;
  const item = label[1] ?? '';
  const rest = label[2] ?? '';
  const own = guestOfItem(rest, item, null);
  // "Westmoor Water" over "Mr F Tighe, …" reads as a body, not a name: untitled, nothing said of it, people under it.
  const overPeople = !rest.includes(',') && !TITLED_NAME.test(rest) && guestOfItem(lines[at + 1] ?? '', item, null) !== null;
  if (own !== null && !overPeople) return { list: 'presenters', people: [own], lines: [at], unread: null };
  const presenters: string[] = [];
  const read = [at];
  for (let index = at + 1; index < lines.length; index += 1) {
    const guest = guestOfItem(lines[index] ?? '', item, squash(rest));
    if (guest === null) break;
    presenters.push(guest);
    read.push(index);
  }
  const unread = { heading: squash(lines[at] ?? ''), first: squash(lines[at + 1] ?? '') };
  return { list: 'presenters', people: presenters, lines: read, unread: presenters.length === 0 ? unread : null };
}

/** "Children in Care Council representatives:", "Youth Parliament delegates:": a label naming those the line lists as guests. */
const GUEST_LABEL = /^(\p{Lu}[\p{L}'’ &-]{2,60}?\s(?:representative|delegate|observer|guest|visitor)s?)\s*:\s*(.+)$/iu;
/** Whether a line opens with a guests' label (GUEST_LABEL): those it names are guests, never a seat's members. */
export function isGuestLabel(text: string): boolean {
  return GUEST_LABEL.test(squash(text));
}

/** A given name alone ("Kayden"), as those under 18 are named in a corporate parenting panel's minutes. */
const GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u;

/** How many lines a guests' list may be wrapped over. */
const WRAPPED_LINES = 4;

/** A line of a list left open: a bracket not closed, or a comma or "and" at its end. */
function leftOpen(line: string): boolean {
  return (line.match(/\(/g) ?? []).length > (line.match(/\)/g) ?? []).length || /(?:,|\band)$/i.test(line);
}

/**
 * The guests a labelled line lists among those attending, "Children in Care Council representatives: Kayden (aged 15),
 * Leah (aged 17), Mason (care leaver)" (going on over the lines a bracket or a comma leaves open): each "Name (label,
 * note)", the label in the singular, as a hearing's parties are kept; people named by a given name alone are read as
 * printed, as guests also present. A list with a part that is no person is left unread (`people` empty), for the caller to warn of. Null
 * when `lines[at]` is no such line.
 */
export function readLabelledGuests(lines: readonly string[], at: number): Guests | null {
  let text = squash(lines[at] ?? '');
  if (!GUEST_LABEL.test(text)) return null;
  const read = [at];
  // A list wrapped over a few lines at most: a bracket left open never runs on through the rest of the record.
  while (leftOpen(text) && read.length < WRAPPED_LINES && squash(lines[read.length + at] ?? '') !== '') {
    text = `${text} ${squash(lines[read.length + at] ?? '')}`;
    read.push(read.length + at);
  }
  const labelled = GUEST_LABEL.exec(text);
  if (!labelled) return null;
  const label = (labelled[1] ?? '').replace(/s$/i, '');
  const parts = (labelled[2] ?? '')
    .replace(/\.$/, '')
    .split(/,\s*(?![^()]*\))|\s+and\s+(?![^()]*\))/)
    .map((part) => /^(.*?)\s*(?:\(([^)]+)\))?$/.exec(squash(part)) ?? []);
  const people = parts.map(([, name = '', note]) => {
    const person = (PERSON.test(name) && !NOT_A_NAME.test(name)) || GIVEN_NAME.test(name);
    return person ? `${stripCouncillorTitles(name)} (${[label, ...(note === undefined ? [] : [note])].join(', ')})` : null;
  });
  const all = people.every((person) => person !== null);
  const unread = { heading: `${labelled[1] ?? ''}:`, first: labelled[2] ?? '' };
  const listed = all ? people.filter((person) => person !== null) : [];
  return { list: 'alsoPresent', people: listed, lines: read, unread: all ? null : unread };
}

/**
 * "heard a deputation from Leith Walk Tenants' Forum in relation to item 4": the body a deputation came from (group 1),
 * its words capitalised but the small ones between them.
 */
const DEPUTATION_FROM = /\bdeputation\s+from\s+(?:the\s+)?(\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*\p{Lu}[\p{L}'’&-]*)*)/gu;

/**
 * A warning for each deputation the record says was heard whose body no guest's entry names: a deputation is a body,
 * no person, so no list of the attendance holds it, and those who spoke for it are not named (nothing dropped unsaid).
 */
export function deputationWarnings(text: string, guests: readonly string[]): string[] {
  const bodies = new Set([...text.matchAll(DEPUTATION_FROM)].map((match) => squash(match[1] ?? '')));
  const listed = (body: string) => guests.some((guest) => guest.toLowerCase().includes(body.toLowerCase()));
  return [...bodies]
    .filter((body) => !listed(body))
    .map(
      (body) =>
        `the record says a deputation from "${body}" was heard and names none who spoke for it: a body is in no list of the attendance, so add its speakers to the meeting file by hand`,
    );
}
