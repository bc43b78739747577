/**
 * "Mrs T Lyle      Recreational sea angling", "Dr O Morfitt, Marine science", "Mr D Rourke - Commercial fishing (static
 * gear)": a member listed with the interest or field they were appointed for, as an inshore fisheries authority or an
 * access forum lists the members an outside body appoints. The interest is printed in sentence case, a capital and then
 * words in lower case, so it is no one's name (a name's words are capitalised) and no body's: it is the member's, kept
 * after the name as a roster's body is, never a person of its own. Apart from the roster's columns (attendance-columns.ts)
 * and the list reader (attendance-person.ts), which both read it.
 */
import { TITLED_NAME } from '../../../src/model/honorifics.ts';
import { type Piece, squash } from './attendance-piece.ts';
import { isChairNote } from './chair-posts.ts';
import { bareName, isName } from './person-name.ts';

/** Words that join the words of an interest or a name, and name's particles: none says the words are no name's. */
const JOINING = /^(?:and|or|&|of|the|for|to|in|on|with|de|da|di|du|la|le|van|von|der|den|ter|bin|ap|ab)$/;
/**
 * First words of a note on how or whether one attended ("Apologies sent", "Left early", "Attended remotely", "Observer
 * only", "Not present"), read by the rules for those notes; never an interest.
 */
const NOTE_LEAD =
  /^(?:apolog\w*|absent|present|not|part|left|leaving|arrived|arriving|returned|joined|attend\w*|substitut\w*|observ\w*|sent|remote\w*|virtual\w*|declared|no|none|nil|vacan\w*|items?|also|did|was|were|had|has|gave|tendered|received|chair\w*|vice\w*|until|from|via|by|in|on|for)$/i;
/** An interest's words: a capital first, then words in lower case that commas, "and" or "&" may join; notes in brackets after. */
const INTEREST = /^(\p{Lu}\p{Ll}[\p{Ll}'’-]*(?:(?:\s*,\s*|\s+)\p{Ll}[\p{Ll}'’-]*|\s+&)+)((?:\s*\([^()]*\))*)$/u;
/** "Lowgate ward", "Eastfield division": where a councillor was elected, their seat's place, no interest. */
const PLACE_LAST = /^(?:wards?|divisions?|parish|county|borough|district|town|village|area)$/i;
/** The longest interest read so: past it, words in lower case are more likely a sentence than a field. */
const MOST_WORDS = 6;

/**
 * True for an interest or field printed beside a member's name ("Recreational sea angling", "Commercial fishing (static
 * gear)", "Upland farming and grazing"): sentence case, two words or more, one at least no joining word, no note on how
 * they attended, no titled name, no place's last word ("Lowgate ward").
 */
export function isInterest(text: string): boolean {
  const found = INTEREST.exec(squash(text));
  if (found === null || TITLED_NAME.test(squash(text))) return false;
  const words = (found[1] ?? '').split(/[\s,]+/).filter((word) => word !== '' && word !== '&');
  const [first = ''] = words;
  const telling = words.slice(1).some((word) => !JOINING.test(word));
  const placed = PLACE_LAST.test(words.at(-1) ?? '');
  return words.length >= 2 && words.length <= MOST_WORDS && telling && !NOTE_LEAD.test(first) && !placed;
}

/**
 * The interest and the person's notes of an interest's cell: a chair's note in its brackets ("(Vice-Chair)") is the
 * person's, read with the name as a roster reads it; any other ("(static gear)") stays with the interest it qualifies.
 */
export function interestNotes(cell: string): { interest: string; notes: string } {
  const found = INTEREST.exec(squash(cell));
  const brackets = [...(found?.[2] ?? '').matchAll(/\(([^()]*)\)/g)].map((match) => match[1] ?? '');
  const kept = brackets.filter((note) => !isChairNote(note)).map((note) => ` (${note})`);
  const notes = brackets.filter((note) => isChairNote(note)).map((note) => ` (${note})`);
  return { interest: `${found?.[1] ?? squash(cell)}${kept.join('')}`, notes: notes.join('') };
}

/** "Dr O Morfitt, Marine science", "Mr D Rourke (Vice-Chair) - Commercial fishing": a name, a comma or a dash, an interest. */
const NAME_THEN_INTEREST = /^([^,;()–—]+?)((?:\s*\([^()]*\))*)(?:\s*,\s*|\s+[–—-]\s+)([^,;–—]+?)\.?$/u;

/**
 * The pieces of a line that names one member, then after a comma or a dash their interest ("Dr O Morfitt, Marine
 * science"): the member, as the list reader read them, with the interest as whom they represent (`nominated`), so
 * every members' list keeps it after the name as a roster's column is kept, and one sending apologies is a member;
 * never the interest as a second person. The pieces unchanged when the left is no one name or the right no interest.
 */
export function interestHeld(line: string, pieces: Piece[]): Piece[] {
  const found = NAME_THEN_INTEREST.exec(squash(line));
  const [, who = '', , beside = ''] = found ?? [];
  const [person] = pieces;
  const member = person?.kind === 'person' && person.name !== '' && !person.councillor;
  // A councillor sits for a ward or a council, read by the rules for councillors: never an interest.
  if (found === null || !isInterest(beside) || !isName(bareName(who)) || !member) return pieces;
  // Whom the member represents, as a nominating body is (`nominated`): kept after the name in whichever members' list.
  const interest = interestNotes(beside).interest;
  return [{ ...person, role: interest, job: false, nominated: interest }];
}
