/**
 * A name or a post: whether words are a person's printed name or a role, a name bare of its chair's and
 * councillor's titles, and a post printed with its holder after it ("Chief Executive – S Hales") or alone
 * ("Head of Waste Services"). Apart because splitting a list, reading its notes and reading a piece all ask it.
 */
import { HONORIFICS, honorificOf, isSurnameTitle, RANK_SOURCE, stripCouncillorTitles } from '../../../src/model/honorifics.ts';
import { emptyPerson, type Person, squash } from './attendance-piece.ts';
import { CHAIR_LEAD, CIVIC_POST_ALONE } from './chair-posts.ts';
import { DECIDING_WORDS, oneOf } from './decision-words.ts';
import { ANY_POST, heldElsewhere, OFFICER_NOTE, ORGANISATION_WORD_ALONE, post, POST_WORD_SOURCE } from './person-posts.ts';
import { CROWN_POST, HARBOUR_POST, KEEPING_POST, ROLE_WORDS, WARDEN_POST, WORK_WORD } from './role-words.ts';

const JOINING_WORDS = new Set(['of', 'the', 'for', 'and', 'to', '&', 'in', 'with', 'on', 'at']);
const PARTICLES = /^(?:van|von|de|der|den|du|da|di|la|le|del|dos|bin|ap)$/;
// Verbs of a sentence about attendance ("Councillor Ash substituted for …"): never a surname printed in lower case.
const NOT_NAME_WORDS = new Set([
  ...JOINING_WORDS,
  ...'re by as is was were be been from who that a an substituted substituting attended attending sent gave tendered represented deputised left arrived'.split(
    ' ',
  ),
]);
/**
 * A warden's or a harbour master's post is never a name, though each of its words could be one; nor a post ending in a
 * word of work that is no surname, after the words saying what work ("Youth Worker", "Community Development Worker",
 * "Early Years Practitioner", "Branch Librarian"), so "Rona Tulloch, Youth Worker" is one person and a post.
 */
const WARDEN_ALONE = new RegExp(
  String.raw`^(?:(?:\p{Lu}[\p{L}-]*\s+)?(?:${WARDEN_POST}|${HARBOUR_POST})|(?:\p{Lu}[\p{L}-]*\s+){1,4}${WORK_WORD})$`,
  'iu',
);

/**
 * Headings of a column printed beside the minutes ("ACTION", "RESPONSIBLE OFFICER"), and a deciding word in capitals
 * that opens a resolution ("RESOLVED - That …", after a list of speakers; a hearing's "DETERMINED"), never a name.
 */
const COLUMN_HEADING = new RegExp(
  String.raw`^(?:ACTIONS?|OWNERS?|RESPONSIBLE|DEADLINES?|TIMESCALES?|OUTCOMES?|NOTES|${oneOf(DECIDING_WORDS)})$`,
  'u',
);

/** A personal title of two words or more ("Group Captain", "Wing Commander", "Lt Col") and the capital after it. */
const TWO_WORD_TITLE = new RegExp(
  String.raw`^(?:${HONORIFICS.filter((title) => title.kind === 'personal')
    .flatMap((title) => title.spellings)
    .filter((spelling) => spelling.includes(' '))
    .join('|')})\s+(?=\p{Lu})`,
  'u',
);
/** A police or fire rank and nothing after it ("Chief Constable", "Group Manager"): a post whose holder is not named. */
const RANK_ALONE = new RegExp(String.raw`^${RANK_SOURCE}$`, 'u');

/** True when every word could be part of a printed name: capitalised words, initials, particles, personal titles. */
export function isName(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => word !== '');
  // "Deputy Town Mayor", "Town Mayor": a civic post alone, never a City of London deputy's name.
  if (words.length === 0 || words.length > 6 || /\d/.test(text) || WARDEN_ALONE.test(text) || CIVIC_POST_ALONE.test(text)) return false;
  if (CROWN_POST.test(text.trim())) return false; // "Vice Lord-Lieutenant": the Crown's post, no one's name
  // "Deputy Ann Holt": the City of London's deputies of wards, titled before a whole name; never "Deputy Leader" or "Deputy Parish Clerk".
  if (words[0] === 'Deputy') return words.length >= 3 && words.slice(1).every((word, at) => nameWord(word, at, words.length - 1));
  // "ICB", "ACTION": a short word in capitals alone is a body's initials, or a column's heading beside the
  // minutes; a surname in capitals ("Councillors ADAMS, BROWN") is a name.
  if (words.length === 1 && (/^\p{Lu}{2,4}$/u.test(words[0] ?? '') || COLUMN_HEADING.test(words[0] ?? ''))) return false;
  // "Group Captain Lee Varn": a title of two words, one a post's word alone ("Group"), before the name.
  const titled = TWO_WORD_TITLE.exec(text.trim());
  if (titled) return isName(text.trim().slice(titled[0].length));
  // "Chief Constable", "Chief Inspector": a rank alone is a post, no one's name ("Chief Constable Martin Keel" is a name).
  if (RANK_ALONE.test(text.trim())) return false;
  // "North Harbour Mayor": a mayoralty's name, the place before the post, no one's name ("Ms Mayor" is, after its title).
  if (words.length > 1 && words.at(-1) === 'Mayor' && words.slice(0, -1).every((word) => honorificOf(word) === null)) return false;
  // "Ms Lord": a title that is a surname too, last and after another title, is the surname.
  if (words.every((word, at) => /^\p{Lu}\.?$/u.test(word) || (honorificOf(word) !== null && !isSurnameTitle(words, at)))) return false;
  return words.every((word, at) => nameWord(word, at, words.length));
}

/** "Supervisor", "Co-ordinator", "Assessor": a keeping post's word, no surname, so no name's word ("Depute Assessor"). */
const KEEPING_WORD = new RegExp(String.raw`^${KEEPING_POST}s?$`, 'i');

function nameWord(word: string, at: number, count: number): boolean {
  if (KEEPING_WORD.test(word)) return false;
  if ((ROLE_WORDS.has(word.toLowerCase()) || ORGANISATION_WORD_ALONE.test(word)) && honorificOf(word) === null) return false;
  if (/^\p{Lu}[\p{L}'’.-]*$/u.test(word)) return true;
  if (PARTICLES.test(word)) return at > 0 && at < count - 1;
  // "Diane Neil mills": a lower-case surname as printed, never a joining word.
  return at === count - 1 && at > 0 && /^\p{Ll}[\p{L}'’-]+$/u.test(word) && !NOT_NAME_WORDS.has(word);
}

/** A phrase that reads as a role or body ("Leader of the Green Group", "EDC", "North Somerset Council"), not prose. */
export function isRoleText(text: string): boolean {
  const words = text.split(/\s+/);
  // "Section 151 Officer": the section of the Act that makes the post, its one number.
  const known = (word: string, at: number) =>
    /^[\p{Lu}&]/u.test(word) || JOINING_WORDS.has(word) || (/^\d+$/.test(word) && words[at - 1] === 'Section');
  return /^\p{Lu}/u.test(text) && words.length <= 8 && words.every(known);
}

/** Strips chair and councillor titles in any order: "Chairman Cllr Mrs Shewell" -> "Mrs Shewell". */
export function bareName(text: string): string {
  let name = text;
  for (let pass = 0; pass < 3; pass += 1) name = stripCouncillorTitles(name.replace(CHAIR_LEAD, ''));
  return name.replace(/^(?:Ward\s+Members?|Members?)\s+/i, '').trim();
}

/** Offices a community council's members hold, listed among those present: no staff post there. */
const MEMBER_OFFICE = /\b(?:secretary|treasurer)\b/i;

/**
 * "Treasurer", "Clerk to the Authority", "External Auditor": a post's label alone on its line, its holder named on
 * the next (attendance.ts), as a table of posts and names loses its columns. Among those present, never a member's
 * office alone ("Secretary:" over a community council's member).
 */
export function isPostLabel(label: string, amongMembers: boolean): boolean {
  const text = squash(label);
  if (!isRoleText(text) || text.split(' ').length > 6 || !ANY_POST.test(text)) return false;
  return !amongMembers || !MEMBER_OFFICE.test(text) || OFFICER_NOTE.test(text);
}

/**
 * "Head of Waste Services", "Executive Chief Officer, Communities and Place": a post first, up to its first comma; a
 * post held by two or more ("Principal Planning Officers (GM and SC)") too.
 */
const POST_FIRST = new RegExp(String.raw`^((?:\S+\s+){0,5}?)(?:${POST_WORD_SOURCE}s?|head|lead)(?:\s+(?:of|for|to)\s+.+)?$`, 'i');

/**
 * A line that is a post and no name ("Head of Waste Services", "Executive Chief Officer, Communities and Place",
 * "Principal Solicitor (Regulatory)"), as Scottish minutes list the officers attending: one officer given by post,
 * the post kept whole as printed (its commas and "and" part no people). Null when a title or a name in brackets says
 * who held it ("Head of Tourism (M Quigley)"), or the line is no post.
 */
export function postAlone(line: string): Person | null {
  const text = squash(line).replace(/[.;]$/, '');
  const bare = squash(text.replace(/\([^)]*\)/g, ' '));
  const notes = [...text.matchAll(/\(([^)]*)\)/g)].map((note) => squash(note[1] ?? ''));
  // "(Ms N Orr, Carson Lyle Solicitors)": the holder before a comma, the body they come from after it.
  const named = notes.some((note) => [note, note.split(',')[0] ?? ''].some((who) => /\s/.test(bareName(who)) && isName(bareName(who))));
  const titled = bare.split(/[\s,]+/).some((word) => honorificOf(word) !== null);
  const lead = POST_FIRST.exec(bare.split(',')[0] ?? '');
  // "Kerry Dale Chief Executive": a whole name before the post is its holder's, read as a name and its role.
  const holder = (lead?.[1] ?? '').trim();
  // "Officers" alone, a post's word in the plural: a list's label, no one's post.
  const first = (bare.split(',')[0] ?? '').trim();
  const label = !/\s/.test(first) && /s$/i.test(first);
  if (named || titled || label || !lead || !isRoleText(bare.replace(/,/g, '')) || (/\s/.test(holder) && isName(holder))) return null;
  return { ...emptyPerson(''), ...post(text) };
}

/**
 * "Chief Executive – S Hales", "Head of Tourism (M Quigley)": the title first and the name after a
 * dash or in brackets, as officers are listed in Northern Irish minutes; null when what follows the
 * title is no name.
 */
export function titleFirst(title: string, after: string): Person | null {
  const name = bareName(after);
  if (!isName(name) || !isRoleText(title)) return null;
  const elsewhere = heldElsewhere(title);
  return { ...emptyPerson(name), role: title, officer: !elsewhere, elsewhere };
}
