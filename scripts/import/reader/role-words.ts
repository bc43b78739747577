/**
 * Words of a post or a body, never of a person's name ("Clerk", "Head", "Committee"), in lower case.
 * Its own module, as are the post lists below, because both the attendance readers (reader/attendance-person.ts,
 * which imports attendance-text.ts) and ModernGov prose attendance (attendance-text.ts) use them.
 */
import { caseless } from './caseless.ts';

export const ROLE_WORDS = new Set(
  (
    'leader director head officer officers manager clerk assistant executive chair chairman chairwoman chairperson vice-chair ' +
    'vice-chairman vice-chairwoman vice-chairperson ' +
    'council committee group services service member members cabinet portfolio holder public press representative adviser advisor ' +
    'consultant secretary treasurer auditor audit partner commission commissioner authority police pcso rfo team democratic finance governance legal solicitor ' +
    'monitoring planning engineer surveyor lengthsman coordinator lead specialist partnership support resources none apologies present absent deputy ' +
    'substitute substitutes councillors minutes item items agenda meeting'
  ).split(' '),
);

/**
 * Words of the roles a joint board's members are listed with, beside the post words above: a Scottish integration joint
 * board's professional members ("Registered Nurse", "Registered Medical Practitioner") and those nominated by a partner
 * ("Nominated by Health Board (Non-Executive Member)"). Only for a role's column of a table (attendance-table-row.ts, attendance-cell-lines.ts), never
 * to say a word is no name's ("Nurse" is a surname too).
 */
export const BOARD_ROLE_WORDS = new Set(['registered', 'nurse', 'practitioner', 'nominated', 'stakeholder']);

export { HARBOUR_POST, KEEPING_POST, STAFF_POST, WARDEN_POST } from '../../../src/model/post-words.ts';

/**
 * The last word of a post that says a kind of work and is no surname ("Youth Worker", "Early Years Practitioner", "Branch
 * Librarian"), where no staff post's word (STAFF_POST; a caretaker's is one, KEEPING_POST) ends it: never a name's last word after the words of the work
 * (person-name.ts), though it makes no one an officer. Regex source, no anchors, no capturing groups.
 */
export const WORK_WORD = String.raw`(?:workers?|practitioners?|librarians?|archivists?|analysts?|therapists?)`;

/**
 * The Crown's representatives in a county, among a council's guests at a civic occasion: "Lord-Lieutenant", "Vice
 * Lord-Lieutenant", "Deputy Lieutenant" (never "Lieutenant" alone, an officer's rank before a name). Regex source, no
 * anchors, no capturing groups; read case-insensitively.
 */
const LIEUTENANCY = String.raw`(?:(?:vice\s+)?lord[-\s]lieutenant|deputy\s+(?:lord[-\s])?lieutenant)`;

/**
 * "The Lord-Lieutenant's representative", "the Vice Lord-Lieutenant", "High Sheriff's representative": a lieutenancy's
 * post, or one who stands for the Crown's representative or the sheriff, alone: a post no one's name is, held outside
 * the council, its lower-case "representative" a post's word all the same.
 */
export const CROWN_POST = new RegExp(String.raw`^(?:the\s+)?(?:${LIEUTENANCY}|high\s+sheriff(?=['’]))(?:['’]s\s+representative)?$`, 'i');

/**
 * Words of a post held outside the council's staff, wherever a list files its holder (often under "In
 * attendance" with the officers): those a police and crime panel scrutinises (a police, fire and crime
 * commissioner or a deputy, a chief constable, the commissioner's office, "OPCC", "PFCC"; never "PCC" alone, a
 * county or city council's initials as often as a commissioner's), and those who
 * advise or audit a body from outside it (a pension fund's actuary, an investment consultant, the public
 * auditors "Audit Scotland" and "Audit Wales", named alone as a Scottish or Welsh minute names an auditor's
 * employer, and a public audit office ("Northern Ireland Audit Office", "National Audit Office", as an audit firm is
 * another body too); an audit firm's "Key Audit Partner" or "Engagement Lead"); the Crown's in the county (LIEUTENANCY).
 * Regex source, no anchors, no capturing groups; read case-insensitively.
 */
export const OUTSIDE_POST_SOURCE = String.raw`(?:${LIEUTENANCY}|commissioner|(?:deputy\s+|assistant\s+)?chief\s+constable|opf?cc|pfcc|actuary|investment\s+consultant|audit\s+(?:scotland|wales|office)|(?:key\s+)?audit\s+partner|engagement\s+(?:lead|partner))`;

/**
 * "Honorary Alderman", "Honorary Freewoman", "Honorary Freemen": an honour a council confers (on a former member, a
 * citizen), no seat and no vote; the singular and the plural, as a title before a name and a label over names print it.
 * Regex source, no anchors, no capturing groups; read case-insensitively.
 */
export const HONORARY_SOURCE = String.raw`honorary\s+(?:alder|free)(?:man|men|woman|women)`;

/** A party at a hearing as a note names it: "licence holder", "the applicant", "Driver A" (a party the record names by a letter). */
const HEARING_PARTY = String.raw`(?:(?:premises\s+|personal\s+)?licen[cs]e[\s-]holder|applicant|appellant|objector|complainant|respondent|(?:driver|operator)\s+\p{Lu}\b)s?`;
/** One who speaks for a party: "representative", "solicitor", "agent", "friend". */
const FOR_A_PARTY = String.raw`(?:legal\s+)?(?:representative|solicitor|barrister|counsel|agent|advocate|friend)`;
/**
 * A note that makes one a hearing's party, or one who came for a party: "(licence holder)", "(representative of Driver
 * A)", "(the applicant's representative, Alverton Cab Drivers' Association)", "(solicitor for the appellant)"; the body
 * after a comma kept with it. Never "Employer Representative" (a seat): a party must be named.
 */
export const HEARING_PARTY_NOTE = new RegExp(
  String.raw`^(?:the\s+)?(?:${HEARING_PARTY}|${FOR_A_PARTY}\s+(?:of|for|to)\s+(?:the\s+)?${HEARING_PARTY}|${HEARING_PARTY}['’]s?\s+${FOR_A_PARTY})(?:,\s*[^,]+)?$`,
  'iu',
);

/**
 * A member's post in the council's executive or a group ("Cabinet Member for Children and Families", "Leader of the
 * Council", "Portfolio Holder for Finance", "Deputy Leader"): held by a councillor, never a staff post, so one listed
 * with it is a member attending, whatever heading they are under. Regex source, no anchors, no capturing groups.
 */
export const MEMBER_POST_SOURCE = String.raw`(?:deputy\s+)?(?:leader(?:\s+of\s+the\s+(?:council|opposition|[\p{L}'’-]+\s+group))?|(?:cabinet|executive|lead)\s+member|portfolio\s+holder)\b`;

/** A subject's words after a member's post: "Housing", "Adults, Health and Wellbeing", "Planning & Regeneration". */
const SUBJECT = String.raw`\p{Lu}[\p{L}'’-]*(?:(?:,\s*|\s+(?:and|&)\s+|\s+)\p{Lu}[\p{L}'’-]*){0,5}`;
/**
 * A member's post with the subject it holds, as a mover's sentence and an attendance's note print it: "Leader",
 * "Leader of the Council", "Cabinet Member for Housing", "Executive Member for Adults, Health and Wellbeing".
 * Regex source, no anchors, no capturing groups; the post's words read in any case, the subject's capitalised.
 */
export const MEMBER_POST_HELD_SOURCE = String.raw`(?:${caseless(MEMBER_POST_SOURCE)})(?:\s+for\s+${SUBJECT})?`;
const MEMBER_POST_WHOLE = new RegExp(String.raw`^(?:[Tt]he\s+)?${MEMBER_POST_HELD_SOURCE}$`, 'u');

/**
 * One member's post however it is printed, or null for text that is no member's post alone: "the Leader" and
 * "Leader of the Council" are "leader"; "The Cabinet Member for Housing" is "cabinet member for housing". Lets a
 * mover "the Leader" meet the attendance's "Cllr R Okafor (Leader of the Council)". A group's leader, or a
 * subject worded otherwise ("… for Housing and Planning"), is another post: never the same by a guess.
 */
export function memberPostKey(text: string): string | null {
  const post = text.replace(/\s+/g, ' ').trim();
  if (!MEMBER_POST_WHOLE.test(post)) return null;
  return post
    .replace(/^the\s+/i, '')
    .replace(/\s+of\s+the\s+council$/i, '')
    .toLowerCase();
}
