/**
 * What a note says of the person it follows: a bracketed note ("(Chair)", "(substitute for Cllr B)", "(for item
 * 5)", "(Head of Finance)", "(remote)"), a role after a dash or a comma (", Parish Clerk", " – HDC"), or a note
 * after a comma (", left after item 5"). Apart because a piece read alone and a piece given to the name before it
 * (piece-joins.ts) read notes alike.
 */
import { stoodInBy } from '../attendance-text.ts';
import { emptyPerson, type Person, squash } from './attendance-piece.ts';
import { CHAIR_FOR_MEETING, CHAIR_NOTE, CIVIC_POST_ALONE, isChairNote } from './chair-posts.ts';
import { isCouncilName } from './council-name.ts';
import { bareName, isName, isRoleText } from './person-name.ts';
import {
  ANY_POST,
  BODY_WORD,
  HEAD_OF,
  heldElsewhere,
  isHeadOfStaff,
  isPost,
  namesBody,
  OFFICER_NOTE,
  ORGANISATION_WORD,
  OUTSIDE_POST,
  post,
  RANK_POST,
} from './person-posts.ts';
import { MEMBER_POST_SOURCE, STAFF_POST } from './role-words.ts';

/**
 * "(Year 9)", "(Chair, Year 11)", "(Y10)": a young person's school year, as a youth council lists its members by a
 * given name and year. It says how old, not what post: read off the note.
 */
const SCHOOL_YEAR = /(?:^|,\s*)(?:year|yr\.?|y)\s?(?:[1-9]|1[0-3])(?=\s*(?:,|$))/gi;
/** "Chair of Healthwatch Tarnby", "Chairman of the Local Pension Board": the chair of a body that is no council. */
const CHAIR_OF_BODY = new RegExp(String.raw`^(?:(?:Vice|Deputy)[- ]?)?Chair(?:man|woman|person)?\s+of\s+.*\b${ORGANISATION_WORD}\b`, 'i');
/**
 * "(remote)", "(in person)", "(via Teams)", "(via VC)", "(by video conference)", "(video conferencing)": how someone
 * attended a hybrid meeting, which says nothing about who they are, member, officer or guest alike; and, as Northern
 * Irish minutes head two lists ("Members Present (In Person):"), how those under a heading did. "VC" is video
 * conference, as Scottish councils print it. The schema has no place for it, so it is read past.
 */
export const HOW_ATTENDED_SOURCE = String.raw`(?:attended\s+|attending\s+)?(?:remote(?:ly)?|virtual(?:ly)?|on-?line)|in\s+person|in\s+(?:the\s+)?chamber|hybrid|(?:attended\s+|attending\s+)?(?:(?:via|by)\s+(?:\w+\s+)?)?video[\s-]?conferenc(?:e|ing)|(?:attended\s+|attending\s+)?(?:via|by)\s+(?:\w+\s+)?(?:teams|zoom|vc|video(?:\s?link|[\s-]?call)?|phone|telephone|webex|skype|remote\s+(?:link|access))|(?:ms\s+|microsoft\s+)?(?:teams|zoom)`;
const HOW_ATTENDED = new RegExp(`^(?:${HOW_ATTENDED_SOURCE})$`, 'i');
/** The note after an entry ("Scrutiny Officer (Mr Z Abell) (remote)"), read past before the entry is read. */
export const HOW_ATTENDED_TAIL = new RegExp(`(?<=\\S)\\s*\\((?:${HOW_ATTENDED_SOURCE})\\)$`, 'i');
const COUNCIL_ACRONYM = /^[A-Z]{1,3}C$/;
const COUNCIL_NOTE = /\b(?:county|district|borough)\s+(?:council(?:lor)?|cllr)\b|^ward\s+member/i;
/** "(nominated by the Northby Angling Association)", "(appointed by Fenby Town Council)": the body, group 1. */
const NOMINATED_NOTE = /^(?:nominated|appointed)\s+by\s+(?:the\s+)?(\S.*)$/i;
const SUBSTITUTE_NOTE = /^(?:(?:as\s+)?(?:a\s+)?substitut\w*|sub\.?)(?:\s+member)?(?:\s+for\s+(.+))?$|^for\s+(.+)$/i;
/**
 * "(for item 5)", "(items 3 and 7)", "(left after item 5)", "(joined the meeting for item 5)": the items a person
 * attended, or came or went at, as printed. Read before a note of what they did (DOING_NOTE), whose verbs lead it too.
 */
const ITEMS_NOTE =
  /^(?:(?:(?:joined|attended|attending|present|arrived|left)(?:\s+the\s+meeting)?\s+)?(?:from|for|until|at|during|after|before)\s+)?(?:agenda\s+)?(?:items?|minutes?)\s+\d/i;
/** "(OS)", "(LD)": initials or a party's code in brackets, read past; never a body they open ("(NHS Tarnside ICB)", namesBody). */
const CODE_NOTE = /^\p{Lu}{2,5}\b/u;
/** "(Co-opted Member)", "(Independent Person)", "(Parent Governor Representative)": a member of the body who is no councillor, not a job. */
export const MEMBER_NOTE =
  /^(?:non-)?(?:co-?opted|independent|lay|voting|added|statutory|parent\s+governor|church)\b.*\b(?:members?|persons?|representatives?)$|^(?:non-)?voting$/i;

/** A member's post as a note ("Cabinet Member for Housing", "Leader of the Council"), no staff post after it. */
const MEMBER_POST_NOTE = new RegExp(String.raw`^${MEMBER_POST_SOURCE}(?!.*\b${STAFF_POST}\b)`, 'iu');
/** "(Secretary)" alone after a name: the office a community council's member holds (no staff post, role-words.ts), no job. */
const SECRETARY_NOTE = /^(?:minute\s+)?secretary$/i;
/**
 * A note of what the person did at the meeting, in words: "joined by …", "arrived late", "left at 8pm", "via …"; and
 * "(minute)", "(minutes)", as Scottish minutes mark who took the minute: what they did, never a post.
 */
const DOING_NOTE = /^(?:joined|arrived|left|attended|attending|via|by|from|until|after|before)\b|^(?:minute|minutes|minuting)$/i;

/** "Sam Cole" -> "SC": the initials minutes print in brackets after a name, to refer to the person later. */
function initialsOf(name: string): string {
  return [...name.matchAll(/\p{Lu}/gu)].map((match) => match[0]).join('');
}

/** What a bracketed note says about a person: chair (dropped), substitute, items, council, officer or job title. */
export function applyNote(person: Person, note: string): void {
  // "(Cadeirydd/Chair)", "(Clerc/Clerk)": a bilingual note is read by its English word.
  // Never two English posts ("Clerk/RFO"): both are kept.
  const bilingual = OFFICER_NOTE.test(squash(note).split('/')[0] ?? '')
    ? squash(note)
    : squash(note).replace(/^\p{L}+\s*\/\s*(?=\p{L})/u, '');
  const text = bilingual.replace(SCHOOL_YEAR, '').replace(/^,\s*/, '');
  // "(Chair, lay member)": the chair's note, then the kind of member they are, each read as a note of its own.
  const chairFirst = /^([^,]+),\s*([^,]+)$/.exec(text);
  if (chairFirst && person.chair === null && isChairNote(chairFirst[1] ?? '') && MEMBER_NOTE.test(chairFirst[2] ?? '')) {
    person.chair = chairFirst[1] ?? '';
    applyNote(person, chairFirst[2] ?? '');
    return;
  }
  const substitute = SUBSTITUTE_NOTE.exec(text);
  const stoodIn = stoodInBy(text);
  if (/chair|conven/i.test(text) && CHAIR_NOTE.test(text)) person.chair = text.replace(CHAIR_FOR_MEETING, '');
  // "(Mayor)", "(Deputy Mayor)", "(The Mayor)", "(the Town Mayor)": the civic post, dropped from the name.
  else if (CIVIC_POST_ALONE.test(text.replace(/^the\s+/i, ''))) person.post = text;
  if (text === '' || CHAIR_NOTE.test(text) || HOW_ATTENDED.test(text) || text === initialsOf(person.name)) return;
  if (stoodIn !== null) person.stoodInBy = bareName(stoodIn);
  else if (substitute && (substitute[1] !== undefined || isName(bareName(substitute[2] ?? '')))) {
    person.forWhom = bareName(substitute[1] ?? substitute[2] ?? '');
  } else if (substitute && substitute[1] === undefined && substitute[2] === undefined) {
    person.forWhom = ''; // "(substitute)": a substitute, for whom not said; not a job title
  } else if (ITEMS_NOTE.test(text)) person.items = text.charAt(0).toLowerCase() + text.slice(1);
  else if (isPost(text) || isHeadOfStaff(text)) Object.assign(person, post(text));
  else if (COUNCIL_ACRONYM.test(text) || COUNCIL_NOTE.test(text))
    Object.assign(person, { outside: true, ...(isCouncilName(text) ? { council: text } : {}) });
  // "Ian Cottam - Access Manager, … (Secretary)": the office kept after the post already read, never in its place.
  else if (SECRETARY_NOTE.test(text) && person.role !== null) person.role = `${person.role}, ${text}`;
  else if (MEMBER_NOTE.test(text) || SECRETARY_NOTE.test(text)) person.role = text;
  // "(Cabinet Member for Children and Families)": a councillor's post, so the person is a member, no officer.
  else if (MEMBER_POST_NOTE.test(text)) Object.assign(person, { role: text, councillor: true });
  // "(Chairman of the Local Pension Board)", "(Hymans Robertson, Fund Actuary)": the chair of another body, or an outside post: a guest.
  // A note of what someone did ("joined by the Provost", "left early") says how, not who: no job, and it moves no list (attendance.ts).
  else if ((!CODE_NOTE.test(text) || BODY_WORD.test(text)) && !DOING_NOTE.test(text))
    Object.assign(person, { job: true, role: text, elsewhere: CHAIR_OF_BODY.test(text) || OUTSIDE_POST.test(text) });
  // "(nominated by the Northby Angling Association)": the note kept as any other (a table's role cell prints it as a
  // role), and the body, whom a list of those attending keeps the member with (attendance.ts).
  const nominated = NOMINATED_NOTE.exec(text);
  if (nominated) person.nominated = squash(nominated[1] ?? '');
}

/**
 * "Chair, Brookvale Tenants Association", "Secretary, Mill Lane Residents Association": a post, however worded, then after
 * its comma a body that is no council (namesBody): the post is held with that body, so its holder is a guest.
 */
function postBesideBody(role: string): boolean {
  const parts = role.split(',').map(squash);
  return parts.length > 1 && isRoleText(parts[0] ?? '') && namesBody(parts.at(-1) ?? '');
}

/** A role printed after a name (", Clerk", ", EDC", ", Leader"): marks officers and visiting councillors. */
export function applyRole(person: Person, role: string): void {
  person.role = person.role === null ? role : `${person.role}, ${role}`;
  // "Cllr Mandy Rusk - Chair, Kestleford Borough Council": the meeting's chair, then the council the member comes from,
  // read as "(Chair)" and the council in brackets are; never a post held with the council.
  const chaired = /^([^,]+),\s*([^,]+)$/.exec(person.role);
  const [chairNote, council] = [chaired?.[1] ?? '', chaired?.[2] ?? ''];
  if (person.councillor && person.chair === null && isChairNote(chairNote) && isCouncilName(council))
    Object.assign(person, { chair: chairNote, council, role: council });
  const whole = person.role;
  // ", Police, Fire and Crime Commissioner", ", Chief Finance Officer, Office of the PFCC": no officer of the council.
  // ", Chair, Brookvale Tenants Association": any post, then after its comma the body it is held with (postBesideBody).
  const posted = ANY_POST.test(whole) || OUTSIDE_POST.test(whole) || RANK_POST.test(whole) || HEAD_OF.test(whole) || postBesideBody(whole);
  if (heldElsewhere(whole) && posted) Object.assign(person, { officer: false, elsewhere: true });
  // ", Head of Planning, Northby Borough Council": a post by its first words, the council after it its employer, no visit.
  else if (isPost(role) || isHeadOfStaff(role)) person.officer = true;
  else if (COUNCIL_ACRONYM.test(role) || COUNCIL_NOTE.test(role)) person.outside = true;
}

/**
 * A note printed after a comma instead of in brackets ("B Gault, substitute for C Hume", "left after
 * item 5"): only a substitution that names whom, or items, so prose after a name stays prose.
 */
export function isTrailingNote(part: string): boolean {
  const text = squash(part).replace(/[.:]$/, '');
  const forWhom = SUBSTITUTE_NOTE.exec(text)
    ?.slice(1)
    .find((name) => name !== undefined);
  return (forWhom !== undefined && isName(bareName(forWhom))) || ITEMS_NOTE.test(text) || stoodInBy(text) !== null;
}

/**
 * A bracketed note that says nothing of a person but more of a post ("host authority", an area, "Northgate
 * Audit LLP"): read alone, it would be a job title, no officer's.
 */
export function isPostNote(note: string): boolean {
  const scratch = emptyPerson('');
  applyNote(scratch, note);
  return scratch.job && !scratch.officer;
}
