/**
 * The post a person is listed with, and whose it is: the council's staff ("Head of Finance", "Parish Clerk: …"), a
 * police rank, or a post held with a body that is no council ("Medical Director, Eastfield NHS Trust"), which makes
 * its holder a guest or a partner. Apart from the names (person-name.ts) because a name's words are checked against
 * these bodies' words, and the attendance's lists (attendance.ts) sort officers and partners by them.
 */
import { RANK_SOURCE } from '../../../src/model/honorifics.ts';
import { type Person, squash } from './attendance-piece.ts';
import { OUTSIDE_POST_SOURCE, ROLE_WORDS, STAFF_POST } from './role-words.ts';

/**
 * The last words of bodies that are no council, as a person's post or whom they represent names them
 * ("Ashby and District Hospice", "Eastfield NHS Foundation Trust", "Tarnby Business Board"): never a
 * word of a person's name, and a post with one of them is held outside the council's staff. A fire and rescue
 * service, an ambulance service and the probation service are other bodies' too ("Group Manager, Scottish Fire and Rescue Service"); a force in
 * Welsh ("Heddlu Dyfed-Powys") and a police unit ("Kelverdale Neighbourhood Policing Team") are the police's; a unit of
 * the armed forces ("4th Battalion Hesketh Rifles", "RAF Coltby", "Royal Logistic Corps") is the forces'.
 */
export const ORGANISATION_WORD = String.raw`(?:Fire\s+(?:and|&)\s+Rescue\s+Service|Ambulance\s+Service|Probation\s+Service|Trust|NHS|ICB|Hospice|Hospitals?|Healthwatch|Federation|Association|Network|Forum|Alliance|Board|Partnership|Police|Heddlu|Policing\s+Team|Constabulary|University|College|Society|Charity|Ltd|Limited|PLC|LLP|Foundation|Agency|Institute|Battalion|Regiment|Brigade|Corps|Army|Navy|RAF|Royal\s+Air\s+Force)`;
/** A body's last word alone ("Trust", "Board"): never a word of a person's name. */
export const ORGANISATION_WORD_ALONE = new RegExp(String.raw`^${ORGANISATION_WORD}$`, 'i');
/**
 * A post held with a body that is no council: the note names one. Or a post its first word says is held
 * outside the council's staff: "Independent Investment Adviser", "External Auditor".
 */
const ELSEWHERE_NOTE = new RegExp(String.raw`\b${ORGANISATION_WORD}\b|(?:^|,\s*)(?:External|Independent)\s`);
/** A post whose own words say it is held outside the council's staff: "Police and Crime Commissioner", "Fund Actuary" (role-words.ts). */
export const OUTSIDE_POST = new RegExp(String.raw`\b${OUTSIDE_POST_SOURCE}\b`, 'i');

/**
 * "Forum Clerk", "Board Secretary", "Partnership Manager": a body's word alone leading a post names the meeting's own
 * body (a schools forum, a board of partners), whose staff they are, not another body.
 */
const OWN_BODY_LEAD = /^(?:Board|Forum|Partnership)\s+(?=\p{Lu})/u;

/**
 * "Clerk to the Board", "Treasurer to the Joint Committee": a post held "to" the meeting's own body, whose staff its
 * holder is, whatever the body's word ("Board" names another body elsewhere).
 */
const OWN_BODY_TAIL = /\s+to\s+the\s+(?:joint\s+)?(?:board|committee|authority|commissioners|panel|forum|partnership|trust)$/i;

/** True when a post is held outside the council's staff: by its own words, or by the body or the lead word it names. */
export function heldElsewhere(post: string): boolean {
  const named = squash(post).replace(OWN_BODY_LEAD, '').replace(OWN_BODY_TAIL, '');
  return OUTSIDE_POST.test(named) || ELSEWHERE_NOTE.test(named);
}

const OFFICER_LEAD_POST = String.raw`(?:(?:Parish|Town|Deputy|Assistant)\s+)?(?:Clerk|RFO|PCSO|Responsible Financial Officer)`;
/** "PCSO 3381 Alun Rees", "PC 1207 Sam Hill": a police officer's collar number between the rank and the name, no part of either. */
const COLLAR_NUMBER = String.raw`(?:\d{2,6}\s+(?=\p{Lu}))?`;
/** "Clerk Mrs A Bell", "Clerk/RFO Mrs A Bell": a parish's post before its holder's name, two posts held together parted by a slash. */
export const OFFICER_LEAD = new RegExp(
  String.raw`^(${OFFICER_LEAD_POST}(?:\s*\/\s*${OFFICER_LEAD_POST})?)\b\s*:?\s*${COLLAR_NUMBER}`,
  'iu',
);
/** A police rank before a name ("Chief Inspector Ann Holt", "Sgt. Ben Cole"): the person's role, no part of the name. */
export const RANK_LEAD = new RegExp(String.raw`^(${RANK_SOURCE})\s+${COLLAR_NUMBER}(?=\p{Lu})`, 'u');
/** A staff post's word anywhere in a note (role-words.ts): the council's officer, or another body's staff. */
export const OFFICER_NOTE = new RegExp(String.raw`\b${STAFF_POST}\b`, 'i');
/** "Head of Contracts": a post by its first words, though no post's word ends it. */
export const HEAD_OF = /^(?:(?:deputy|assistant)\s+)?head\s+of\s/i;
/**
 * "Head of Kingsway Primary School", "Head of St Anne's Academy": a school's head, as an education committee lists the
 * head teachers co-opted onto it, a member; never the council's staff, as "Head of Community Safety" is.
 */
const SCHOOL_HEAD = /^(?:(?:deputy|assistant)\s+)?head(?:\s+teacher)?\s+of\s.*\b(?:school|academy|college)\b/i;
/** A police rank as a post ("Sergeant, Police Scotland"): the force's, held outside the council. */
export const RANK_POST = new RegExp(String.raw`^${RANK_SOURCE}(?:,|$)`, 'u');

/** A body's word anywhere in a text ("Healthwatch Fellside", "Oakgate Residents Association"). */
export const BODY_WORD = new RegExp(String.raw`\b${ORGANISATION_WORD}\b`, 'u');
const BODY_WORDS = new RegExp(BODY_WORD.source, 'gu');
/**
 * "Association of Voluntary Services", "Federation of Small Businesses": what a body is of, part of its name, so a post's
 * word in it ("Services") makes no post.
 */
const BODY_REMIT = new RegExp(String.raw`\b${ORGANISATION_WORD}\s+of\s+[^,]*$`, 'u');

/**
 * True when a note names a body that is no council and holds no post: "Healthwatch Dunmere", "Oakgate Residents
 * Association", "Northshire Police", "NHS Tarnside ICB". A body's own words are no post's ("Police", "Partnership"), but
 * a post's word beside them makes a post ("Board Secretary", "Partnership Manager"), and a council's is a council's.
 */
export function namesBody(note: string): boolean {
  const besideBody = note
    .replace(BODY_REMIT, ' ')
    .replace(BODY_WORDS, ' ')
    .split(/[\s,]+/);
  return BODY_WORD.test(note) && !besideBody.some((word) => ROLE_WORDS.has(word.toLowerCase()));
}

/**
 * What a person is listed with that makes them a partner of the body and not one of its members, or null: a police
 * rank ("Inspector", "Sergeant, Northshire Police"), a post held with another body or outside the council's staff
 * ("Police and Crime Commissioner", "Chief Executive, Healthwatch Ashby"), or the outside body they came from
 * ("Healthwatch Dunmere"). Never a councillor, whatever council or post they are listed with.
 */
export function partnerNote(person: Person): string | null {
  const note = person.role;
  if (note === null || person.councillor || person.outside || person.officer) return null;
  return RANK_POST.test(note) || person.elsewhere || namesBody(note) ? note : null;
}

/**
 * The staff post a person is listed with ("Head of Finance", "Democratic Services Officer") when no councillor's title
 * or council is beside it: the council's officer, whose apologies are no member's. Null otherwise.
 */
export function officerNote(person: Person): string | null {
  return person.officer && !person.councillor && !person.outside && person.role !== null ? person.role : null;
}

/**
 * True when a person's job note reads as a post or a body: a word of a post (role-words.ts) or of a body that is no
 * council ("Head of Finance", "Northmoor Hospitals Trust"). A faith, a union or a party in brackets ("(Muslim)",
 * "(Methodist)", "(Unison)"), as a SACRE or a forum lists whom its members represent, is no post: it makes no one an officer.
 */
export function postNoted(person: Person): boolean {
  const note = person.job ? (person.role ?? '') : '';
  // A school's head co-opted onto an education committee is a member (SCHOOL_HEAD), whatever "Head of" says.
  if (SCHOOL_HEAD.test(note)) return false;
  const words = note.toLowerCase().split(/[^\p{L}'’-]+/u);
  return ANY_POST.test(note) || OUTSIDE_POST.test(note) || BODY_WORD.test(note) || words.some((word) => ROLE_WORDS.has(word));
}

/** "Scrutiny Officer, Ashby County Council", "Medical Director, Eastfield NHS Trust": a post, the council's or another body's, not a councillor's note. */
export function isPost(text: string): boolean {
  return OFFICER_NOTE.test(text) && !/\b(?:councillors?|cllrs?|ward\s+members?)\b/i.test(text);
}

/**
 * "(Head of Community Safety)": a bracketed post by its first words (HEAD_OF), the council's staff though no post's word
 * ends it, as "(Director of Place)" is; as an attendance table's role cell is read (attendance-table-row.ts), which no
 * list's heading of officers places. Never a school's head (SCHOOL_HEAD), nor one naming another body ("Head of Hospital
 * Discharge"), each a job as before.
 */
export function isHeadOfStaff(text: string): boolean {
  return HEAD_OF.test(text) && !SCHOOL_HEAD.test(text) && !heldElsewhere(text);
}

/** What a post says of its holder: the council's officer, or one of another body's staff ("…, Eastfield NHS Trust"). */
export function post(text: string): Pick<Person, 'officer' | 'job' | 'elsewhere' | 'role'> {
  const elsewhere = heldElsewhere(text);
  return { role: text, officer: !elsewhere, job: elsewhere, elsewhere };
}

/**
 * A post's word: one of the council's staff, or a post held for the body by one who is no officer of it (the
 * external auditor, a pension fund's actuary, a commissioner); never a list's own label ("Members:").
 */
export const POST_WORD_SOURCE = String.raw`(?:${STAFF_POST}|auditor|actuary|treasurer|secretary|commissioner|consultant)`;
/** A post's word anywhere in a text (POST_WORD_SOURCE). */
export const ANY_POST = new RegExp(String.raw`\b${POST_WORD_SOURCE}\b`, 'i');
