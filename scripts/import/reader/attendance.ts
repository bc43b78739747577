/**
 * Attendance as councils write it, wherever it stands in the lines given: headed lists
 * ("Present:", "Apologies:", "In attendance:"), one name a line or comma runs wrapped over lines,
 * two columns run together by PDF extraction, and sentences ("Apologies were received from ...",
 * "Councillor X attended as substitute"). Parish clerks and visiting county or district councillors
 * are kept apart from the members present; counts of the public are dropped.
 */
import { COUNCILLOR_SOURCE, COUNCILLORS_SOURCE, HONORIFIC_SOURCE, stripCouncillorTitles } from '../../../src/model/honorifics.ts';
import { WELSH_APOLOGIES_HEADING, WELSH_APOLOGIES_RECEIVED } from '../../../src/model/welsh-words.ts';
import {
  ABSENT_SENTENCE,
  APOLOGIES_RECEIVED,
  apologisers,
  NAME,
  NO_APOLOGIES_FROM,
  SENT_APOLOGIES_WORDS,
  SUBSTITUTE_SENTENCE,
  SUBSTITUTED_SENTENCE,
  TITLE,
} from '../attendance-text.ts';
import { isPartHeading } from './exempt.ts';
import { LIST_TITLE_ALONE, PUBLIC, readPiece, POST_LABEL_LEAD, readPieces } from './attendance-person.ts';
import { emptyPerson, squash, type Person, type Piece } from './attendance-piece.ts';
import type { PostHolder } from './chair-posts.ts';
import { ENDS_ON_WELSH_JOIN, FULL_STOP, POST_HOLDER_BRACKETED, splitList } from './list-split.ts';
import { isPostLabel, postAlone } from './person-name.ts';
import { HOW_ATTENDED_SOURCE, MEMBER_NOTE } from './person-notes.ts';
import { namesBody, officerNote, partnerNote, postNoted, BODY_WORD, ORGANISATION_WORD } from './person-posts.ts';
import { rankOfPlural } from './piece-joins.ts';
import {
  isAttendanceTableHeader,
  isItemsTableHeading,
  keyOverTable,
  readAttendanceTable,
  type AttendanceTable,
  type TableStatus,
} from './attendance-table.ts';
import { isCouncilName } from './council-name.ts';
import { memberPostKey, ROLE_WORDS, STAFF_POST } from './role-words.ts';
import { isMembershipPart, memberEntry, MEMBERSHIP_HEADING_SOURCE, readMembership } from './membership.ts';
import { isGuestLabel, joinOpenPartyLines, readItemGuests as itemGuests, readLabelledGuests, readPartyLine } from './hearing-parties.ts';
import { readMarkedList, readStarKey, STARRED } from './attendance-marks.ts';
import { readRegister } from './attendance-register.ts';
import { readDashedLists, type DashedEntry, type DashedRole } from './attendance-dashed.ts';
import { bodySubheading, guestFrom, guestLine, isGuestNote, outsideBodyName } from './attendance-bodies.ts';
import { foldShorterNames } from './attendance-names.ts';
import { filledCells, type Cell } from './table-cells.ts';
import { isRosterLabel, isSeat, nameBodyColumns, rosterRow, statusRoster } from './attendance-columns.ts';
import { BULLET_LINE } from '../list-marks.ts';
import { asAbove } from './present-above.ts';
import { standInsNamed } from './attendance-stand-ins.ts';

/** The seven lists of a meeting's attendance, as the schema's `attendance` object holds them. */
export interface Attendance {
  present: string[];
  apologies: string[];
  absent: string[];
  substitutes: string[];
  alsoPresent: string[];
  officers: string[];
  presenters: string[];
}

/**
 * One listed as a member present or as sending apologies with what makes them a partner of the body, not one of its
 * members ("Healthwatch Dunmere", "Inspector": partnerNote), as the list's entry names them. Whether such an apology is
 * a member's is for the whole record to say (attendance-settle.ts): a member's where the members present are partners too.
 */
export interface PartnerListed {
  list: 'present' | 'apologies';
  name: string;
  note: string;
  /** Listed with a staff post and no councillor's title (officerNote): an officer, not a partner from another body. */
  officer?: true;
}

/** What `readAttendance` found. */
export interface AttendanceFound {
  attendance: Attendance;
  /** Those of the members present and of the apologies listed with a partner's note, for the record to weigh. */
  partners: PartnerListed[];
  /**
   * The committee's members, listed under "Membership" (as agendas print them): who sits on the
   * committee, not who attended, so they belong to the committee's record and not the meeting's.
   */
  members: string[];
  /** 0-based indexes of the input lines that were read as attendance (so the caller can leave them out of item text). */
  lines: number[];
  /**
   * Headings over names that were not read ("Present" over lines this reader does not know as
   * names), each with the first line under it, so the caller can say so: those names are not imported. `public`: the
   * names are of members of the public, which no list holds by design (read, and kept out). `counted`: those present
   * counted and not named ("41 electors of the town"), `first` the count as printed. `said`: the whole warning, where
   * the reader words it itself (an attendance register's mark it cannot read). `nobody`: a list of those present
   * whose words name no one ("the same members as above"); `above`, when they give them as the meeting above's, and
   * whether its officers too.
   */
  unread: { heading: string; first: string; public?: true; counted?: true; nobody?: true; said?: string; above?: { officers: boolean } }[];
  /** Who held a chair's or civic post among those present ("Councillor Ann Holt (Mayor)", "Chair: Cllr A Fenn"), as the list says. */
  posts: PostHolder[];
}

/**
 * "Present: the same members as above.": a list of those present whose words name no one, no count of the public
 * either, so no one would be recorded present and nothing said; for the caller to warn of.
 */
function namesNoOne(block: Block): boolean {
  if (block.role !== 'present' || block.paragraphs.length === 0) return false;
  const pieces = block.paragraphs.flatMap(readPieces);
  return !pieces.some((piece) => (piece.kind === 'person' && piece.name !== '') || piece.kind === 'public');
}

/** "There were no absences", "None received", "Nil": a list's heading over the words that it holds no one. */
const NONE_SAID = /^(?:none|nil|n\/a\b|no\s+\w+|there\s+(?:were|was)\s+no(?:ne)?\b)/i;
/** Lists whose heading over no names read says something was missed ("Public" over nothing says nothing). */
const NAMED_LISTS: readonly Role[] = ['present', 'apologies', 'absent', 'substitutes', 'alsoPresent', 'officers'];

type ListName = keyof Attendance;
type Role = ListName | 'public' | 'members';

// ── Line shapes ───────────────────────────────────────────────────────────

/** A tier of local government's word ("District", "County"), as a label names the councillors of another tier. */
const TIER_WORD = String.raw`(?:county|district|borough|city|town|parish|unitary|ward|division(?:al)?)`;
/**
 * "Voting Members present:", "Non-voting members", "Co-opted member:", as a board of partners heads its
 * members: those under it are members whatever post they hold ("Director of Public Health"), not officers.
 */
// "Co-opted Members (non-voting):": the kind said again in brackets.
// "Co-opted (non-voting):", "Co-optees:", as a SACRE or a schools forum heads its co-opted members: "members" left unsaid.
// "District council co-opted members (non-voting):", as a county's health scrutiny heads the districts' councillors it co-opts.
const MEMBERS_OF_A_KIND = String.raw`(?:(?:${TIER_WORD}\s+councils?\s+)?(?:(?:non-)?voting|co-?opted|independent)\s+members?|co-?opted|co-?optees)(?:\s*\((?:non-)?voting\))?(?:\s+present)?`;
const MEMBERS_OF_A_KIND_LEAD = new RegExp(`^${MEMBERS_OF_A_KIND}\\b`, 'i');
/**
 * "Employer's Side:", "Staff Side:", "Trade Union Side:": one side of a joint consultative (or negotiating) committee,
 * the members that side names; only with the colon ("The Trade Union Side asked …" is a sentence).
 */
const SIDE = String.raw`(?:employer(?:['’]s|s['’]?)?|management|council|staff|employees['’]?|(?:trade\s+)?unions?|officials['’]?)\s+side(?=\s*:)`;
const SIDE_LEAD = new RegExp(`^${SIDE}`, 'i');
/**
 * "Members present:", "Board Members present", "Members of the Panel": a heading that says those under it
 * are the body's members, never "Members and Officers present", which lists both.
 */
const MEMBERS_NAMED = /^(?:(?:committee|board|panel|council)\s+)?members\b(?!\s+and\b)/i;
/**
 * The posts that make a member of a board of partners: a director (a Health and Wellbeing Board's
 * Director of Public Health, of Children's Services) or a chief executive. Under a heading that names the
 * members, one listed with such a post is a member, never an officer; the meeting's own staff
 * ("Democratic Services Officer", "Clerk") stay officers.
 */
const MEMBER_POST = /\b(?:director|chief\s+executive)\b/i;

/** How a heading says those under it are the body's members: of a kind whatever post they hold, or by name. */
type MembersHeading = 'ofAKind' | 'named';

/** The members a heading names, if any. */
function membersHeading(text: string, role: Role): MembersHeading | null {
  if (MEMBERS_OF_A_KIND_LEAD.test(text) || SIDE_LEAD.test(text)) return 'ofAKind';
  return role === 'present' && MEMBERS_NAMED.test(text) ? 'named' : null;
}

/**
 * "Witnesses", "Witnesses present", "The Panel heard evidence from:": the heading over those a scrutiny
 * inquiry's evidence session heard, one a line or parted by semicolons, each with what they are
 * ("Dr A Bell, Director of Public Health"): the meeting's presenters.
 */
/**
 * "Presenting:", "Presenters:", as some minutes head the guests who presented an item: presenters as witnesses are,
 * only with the colon (a line that opens "Presenting the report, …" is a sentence).
 */
const PRESENTING_SOURCE = String.raw`(?:presenting|presenters)(?=\s*:)`;
const PRESENTING = new RegExp(`^${PRESENTING_SOURCE}`, 'i');
// "Giving evidence:", as an evidence session heads those it heard.
const WITNESSES_SOURCE = String.raw`witnesses(?:\s+(?:present|in\s+attendance))?|(?:those\s+)?giving\s+evidence|${PRESENTING_SOURCE}|(?:the\s+(?:committee|sub-committee|panel|board|commission)\s+)?(?:heard|received|took)\s+evidence\s+from(?:\s+the\s+following(?:\s+witnesses)?)?`;
const WITNESSES = new RegExp(`^(?:${WITNESSES_SOURCE})\\b`, 'i');
/**
 * "Session 2 (3.20pm – 4.30pm): Council services and parents", "Evidence Session 3 – Health partners", "Session A (7.05 pm
 * – 7.50 pm)": the heading of
 * one of the sessions an inquiry's evidence meeting is held in, over that session's witnesses and the questions put to them.
 */
export const SESSION_HEADING =
  /^(?:evidence\s+)?session\s+(?:\d{1,2}|[a-h]|one|two|three|four|five|six)\b(?:\s*\([^)]*\))?(?:\s*[:.–—-]\s*\S.*)?$/i;

/**
 * The list of witnesses under a session's heading (SESSION_HEADING, at `at`): "Witnesses" (or "Witnesses: …") as the
 * next line filled and the lines under it to the first blank line, [first, last]; null when no such list is under it.
 */
export function sessionWitnesses(lines: readonly string[], at: number): [number, number] | null {
  if (!SESSION_HEADING.test(squash(lines[at] ?? ''))) return null;
  let from = at + 1;
  while (from < lines.length && (lines[from] ?? '').trim() === '') from += 1;
  if (!WITNESSES.test(squash(lines[from] ?? '').split(':')[0] ?? '')) return null;
  let to = from;
  while (to + 1 < lines.length && (lines[to + 1] ?? '').trim() !== '') to += 1;
  return [from, to];
}

/** A witness's name: a title then a name or an initial ("Mrs S", as a parent is named), or a given name and a surname. */
const WITNESS_NAME = new RegExp(
  String.raw`^(?:${HONORIFIC_SOURCE}\s+(?:\p{Lu}[\p{L}'’.-]*\s*)+|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)$`,
  'u',
);

/**
 * The witnesses of one line, each "Dr A Bell (Witness, Director of Public Health)" as a hearing's parties are written:
 * entries parted by semicolons, each a name then what the witness is; null when an entry opens with no name, or with a
 * body's ("Northvale Integrated Care Board", a post wrapped onto a line of its own).
 */
function readWitnessLine(list: string, lead: string | null): string[] | null {
  // "- Dr A Bell, Director of Public Health": a witness a line, each bulleted.
  const entries = (BULLET_LINE.exec(list)?.[1] ?? list)
    .replace(/\.$/, '')
    .split(/;\s*(?:and\s+)?/)
    .map(squash)
    .filter((entry) => entry !== '');
  const people = entries.map((entry) => {
    const [name = '', ...what] = entry.split(/,\s*(?![^()]*\))/);
    const bracket = /^(.*?)\s*\(([^)]+)\)$/.exec(name);
    const bare = squash(bracket ? (bracket[1] ?? '') : name);
    const notes = [...(lead === null ? [] : [lead]), ...(bracket ? [bracket[2] ?? ''] : []), ...what.map(squash)].filter(
      (note) => note !== '',
    );
    const person = WITNESS_NAME.test(bare) && !GROUP_LABEL.test(bare) && !isCouncilName(bare);
    // A councillor is named without the title, as in the attendance's other lists.
    const named = stripCouncillorTitles(bare);
    return person ? (notes.length === 0 ? named : `${named} (${notes.join(', ')})`) : null;
  });
  return people.length > 0 && people.every((person) => person !== null) ? (people as string[]) : null;
}

/**
 * The lines of a list of witnesses as printed, one entry (or a line of them) each: a post that ends "… for Children
 * and Education" runs on into no name on the next line, as a list of names would.
 */
function witnessLines(lines: readonly string[], block: Block, rest: string): string[] {
  const under = block.indexes.slice(1).map((index) => squash(lines[index] ?? ''));
  // "Session A (7.05 pm – 7.50 pm)": when those under it were heard, no witness.
  return [rest, ...under].filter((line) => line !== '' && !SESSION_HEADING.test(line));
}

/**
 * "Registered Speakers:", "Public speakers:", "Speakers:": the heading over those who spoke on an item, each "Role - Name"
 * (hearing-parties.ts), as planning committees print it under an application; only with the colon.
 */
const SPEAKERS_SOURCE = String.raw`(?:registered\s+|public\s+)?speakers(?=\s*:)`;
/** A line that heads the speakers on an item, for the meeting's reader to read the item's lines for them. */
export const SPEAKERS_HEADING = new RegExp(`^\\s*${SPEAKERS_SOURCE}`, 'i');

/** "2 December 2025", "Tuesday 2nd December": a day of the meeting, after "Present on". */
export const DAY_DATE = String.raw`(?:\p{L}+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+(?:,?\s+\d{4})?`;

const ITEM_NUMBER = /^\(?\d+(?:\.\d+)*[.)]?(?=\s|$)/;
export const PREFIX = String.raw`^(?:\(?\d+(?:\.\d+)*[.)]?\s+)?(?:to\s+(?:receive|note|record)\s+(?:any\s+)?)?`;
/** "for item 6", "for items 5 and 7", "(item 6)": the items a heading of those attending names, for which they came. */
const FOR_ITEMS = String.raw`(?:\s+for\s+(?:agenda\s+)?items?\s+\d+(?:\s*(?:,|and|&)\s*\d+)*|\s*\((?:for\s+)?(?:agenda\s+)?items?\s+\d+(?:\s*(?:,|and|&)\s*\d+)*\))`;
/**
 * "Partners:", "Partner organisations present:": those a ward forum or a partnership meeting lists from the police and
 * other bodies beside the council's own; guests, also present. Only with the colon ("Partners" alone is a title).
 */
const PARTNERS = String.raw`(?:partners|partner\s+(?:organisations|agencies|representatives))(?:\s+(?:present|in\s+attendance))?(?=\s*:)`;
const HEADING_PHRASES: readonly (readonly [string, Role])[] = [
  [
    // "Non-Cabinet Members present:", "Non-Committee Members Present:" (as Northern Irish councils print it): councillors
    // at a meeting of a body they are not of.
    // "Also present for item 5:": guests who came for one item.
    // "Partners:", as a ward forum or a partnership heads the police and other bodies' staff who came (PARTNERS).
    // "OTHER MEMBERS:" after those present, as Northern Irish committees head the councillors who came but sit on no committee.
    // "Call-in signatories in attendance:", "Executive Members in attendance:", as a call-in's minutes head the members who
    // called the decision in and the cabinet member who made it: councillors attending, none of the committee.
    // "Guests:", only with the colon, as a town meeting lists those it invited (after "and the following guests:", FOLLOWING).
    // "Invited participants present:", as a public services board heads the partners it invited beside its statutory members.
    String.raw`also\s+(?:present|in\s+attendance|attending)${FOR_ITEMS}?|(?:call-in\s+signatories|(?:executive|cabinet)\s+members?)\s+(?:in\s+attendance|attending)|other\s+(?:members|councillors)(?:\s+(?:present|in\s+attendance)|(?=\s*:))|non-(?:cabinet|executive|committee|panel|board)\s+(?:members|councillors)(?:\s+(?:present|in\s+attendance))?|visiting\s+(?:members|councillors)|visitors|guests(?:\s+present)?(?=\s*:)|invited\s+(?:participants|guests)(?:\s+(?:present|in\s+attendance))?|others\s+(?:present|in\s+attendance)|hefyd\s+yn\s+(?:bresennol|mynychu)|${PARTNERS}`,
    'alsoPresent',
  ],
  [
    // "Non-members in attendance at request of Chief Officer:-", as a Scottish joint board's minute heads the staff
    // and guests its chief officer called: officers, those with a post outside the council guests (fileBlock).
    // "Council Employees Present:", "Staff in attendance:", as a parish or a community council heads its clerk;
    // "Council officers:", as a ward forum heads the council's staff beside its partners'.
    // "Scrutiny support:", as an inquiry's note heads the officer who supports it (only with the colon).
    // "Other Officers:", as a ModernGov page heads those who attended beside the officers "In attendance" lists.
    // "Supporting officers:" and "Advisers:", as a board heads the staff and the advisers who serve it beside its members.
    // Welsh "Wrth law" ("at hand") and "Yn mynychu" ("attending"), as Welsh minutes head the officers and the clerk.
    // "In Attendance (Officers):", as Scottish islands' minutes head their officers, the kind in brackets.
    String.raw`(?:scrutiny|committee|democratic(?:\s+services)?)\s+support(?=\s*:)|(?:council\s+|supporting\s+|other\s+)?(?:officers?|officials)(?:\s+(?:present|in\s+attendance|attending))?|advis[eo]rs(?:\s+(?:present|in\s+attendance))?|(?:council\s+)?employees(?:\s+present)?|staff\s+(?:present|in\s+attendance)|in\s+attendance\s*\((?:officers?|officials)\)|(?:non-members\s+)?in\s+attendance(?:${FOR_ITEMS}|\s+at\s+(?:the\s+)?(?:request|invitation)\s+of\s+(?:the\s+)?[\p{L}\s]+?)?|swyddogion|wrth\s+law|yn\s+mynychu`,
    'officers',
  ],
  [
    // "Sederunt" ("they sat"): Scottish minutes' heading for the members present.
    // "Committee Members:", as some councils' printed minutes head those present.
    // "Members of the Sub-Committee:", as a hearing's minutes head the panel that sat; "Sub-Committee:" or "Panel:",
    // as a hearing's notice of determination labels it, only with the colon (a title alone heads nothing).
    // "Members and Officers present:": the officers among them are told by their posts.
    // "Virtual:", "Attending remotely:": members who took part online, present as the others are.
    // "Voting Members present:", "Co-opted member:": the body's members of a kind, each whatever post they hold.
    // "Cabinet members present:", as a cabinet's record of decisions heads its members; "Ward Councillors present:", as a
    // ward forum heads the councillors of its ward, its members.
    // "Present on 2 December 2025:": an adjourned meeting's list for each day it sat, all present at the meeting. "PRESENT (18 November):", the day in
    // brackets, the same.
    // "Attended" over those who came, beside "Apologies" and "Absent", as a CMIS page captions its attendance tables.
    // "Employer's Side:", "Trade Union Side:", as a joint consultative committee heads its two sides: both its members (SIDE).
    String.raw`${MEMBERS_OF_A_KIND}|${SIDE}|(?:(?:committee|council|board|panel|cabinet|ward)\s+)?(?:members|councillors)(?:\s+and\s+officers)?\s+present|present\s+on\s+${DAY_DATE}|present\s*\(${DAY_DATE}\)|virtual(?:ly)?|remote(?:ly)?|(?:attending|attended|present)\s+(?:virtually|remotely|online)|(?:committee|board|panel)\s+members|present\s+members|members\s+of\s+the\s+(?:sub-committee|panel|hearing\s+panel)(?:\s+present)?|(?:(?:licensing|hearing)\s+)?(?:sub-committee|panel)(?=\s*:)|(?:those\s+)?present|attendees|attendance|attended|(?:those\s+)?attending|sederunt|(?:yn\s+)?bresennol|presennol`,
    'present',
  ],
  [
    // A hearing's parties: "Parties present:" over "Applicant: …", "Responsible authority: …", "Interested parties: …";
    // a standards hearing's "Subject Member: …" and "Complainant: …", only with the colon (the words open sentences too).
    String.raw`(?:other\s+)?parties(?:\s+(?:present|in\s+attendance|attending))?|applicants?|objectors?|responsible\s+authorit(?:y|ies)|interested\s+part(?:y|ies)|(?:complainants?|subject\s+members?)(?=\s*:)`,
    'presenters',
  ],
  [
    // "Registered Speakers:" over "Objector - Mrs A Bell", as printed planning minutes list who spoke on an application.
    SPEAKERS_SOURCE,
    'presenters',
  ],
  [
    // An inquiry's witnesses (WITNESSES): "Witnesses:", "The Committee heard evidence from:" over "Dr A Bell, Director of …".
    String.raw`${WITNESSES_SOURCE}`,
    'presenters',
  ],
  [
    // "Councillors' Apologies:", as Scottish minutes head them; "Apologies received from:" over the names, as a parish's note does.
    String.raw`${WELSH_APOLOGIES_HEADING}|(?:(?:councillors|members)['’]?\s+)?(?:other\s+)?apolog(?:y|ies)(?:\s+for\s+absence)?(?:\s+(?:and|&)\s+substitut\w+)?(?:\s+(?:received|noted)(?:\s+(?:and|&)\s+(?:accepted|approved|noted))?(?:\s+from)?)?`,
    'apologies',
  ],
  [
    String.raw`(?:(?:committee|council)\s+)?(?:members\s+)?absent(?:\s+without\s+apolog(?:y|ies))?|absences|not\s+present|absennol`,
    'absent',
  ],
  [
    // "Notification of Substitute Members", "The following Substitute Members were noted:" over "Councillor A for Councillor B".
    String.raw`(?:notification\s+of\s+)?(?:substitutes?(?:\s+members?)?|substitutions)|the\s+following\s+substitute\s+members\s+were\s+(?:noted|present|in\s+attendance)`,
    'substitutes',
  ],
  [String.raw`members\s+of\s+(?:the\s+)?public(?:\s+present)?|public\s+gallery|press\s+and\s+public|public\s+present|public`, 'public'],
  [
    // "To: Councillors A Ash (Chair), B Bell …": whom an agenda is sent to, the committee's members;
    // "The Councillors listed below are requested to attend the above meeting, … in this agenda." over them.
    String.raw`the\s+(?:councillors|members)\s+(?:listed|named)\s+below\s+are\s+(?:requested|summoned|invited|required)\s+to\s+attend\b.*|${MEMBERSHIP_HEADING_SOURCE}|aelodaeth|to(?=\s*:\s*(?:${COUNCILLORS_SOURCE}|${COUNCILLOR_SOURCE})\s)`,
    'members',
  ],
];
/**
 * "(In Person)", "(Remote)": how those under a heading took part in a hybrid meeting ("Members Present (In Person):",
 * "Members Present (Remote):"), both lists of those present; read past as an entry's note is (HOW_ATTENDED_SOURCE).
 */
const ATTENDED_HOW = String.raw`(?:\s*\((?:${HOW_ATTENDED_SOURCE})\))?`;
/** "A B Reid J Stokes": an initial and a capital after a heading with no colon ("Presiding P Quinn"). */
const INITIAL_AFTER = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}\.?\s+\p{Lu}`;
const HEADINGS = HEADING_PHRASES.map(
  ([phrase, role]) =>
    [
      new RegExp(
        String.raw`${PREFIX}(?:${phrase})${ATTENDED_HOW}(?:\s*(?::-?|;|[–—-])\s*(.*)|\s+((?:${COUNCILLORS_SOURCE}|${COUNCILLOR_SOURCE}|${INITIAL_AFTER})\s.*)|\s*)$`,
        'iu',
      ),
      role,
    ] as const,
);
/**
 * Who chaired, as a heading of its own: "In the Chair: Mayor (Councillor T Byrne)", "Chair Person: F
 * Colley", "Presiding P Quinn", "Chair: Cllr A Fenn". Always with a name after it, so a line
 * "Chairman" heads nothing.
 */
const CHAIR_HEADING = new RegExp(
  String.raw`^(?:in\s+the\s+chair|presiding(?:\s+member)?|(?:independent\s+)?chair(?:man|woman|\s?person)?)(?:\s*(?::-?|;|[–—-])\s*|\s+(?=${INITIAL_AFTER}|${COUNCILLORS_SOURCE}\s|${COUNCILLOR_SOURCE}\s))(.+)$`,
  'iu',
);
/**
 * "Other Members Present", and Northern Irish minutes' "In Attendance:", under a chair's heading: the
 * members present beside the chair, not visitors (those with a post are still officers).
 */
const OTHER_MEMBERS = /^(?:other\s+(?:members|councillors)(?:\s+present\b|\s*:)|in\s+attendance\b)/i;
/**
 * "In the Chair:" alone on its line, the chair's name on the next; "Chair:" so only with its colon ("Chairman" alone heads nothing).
 * "Independent Chair:", as a pension board heads the chair it appoints from outside: the chair all the same.
 */
const CHAIR_ALONE =
  /^(?:in\s+the\s+chair\s*:?|(?:(?:independent\s+)?chair(?:man|woman|\s?person)?|convener|presiding(?:\s+member)?)\s*:)$/i;

/** A numbered item ("3.", "18.05.1", "2643."), not a count ("2 members of the public"). */
function isItemLine(text: string): boolean {
  return ITEM_NUMBER.test(text) && !PUBLIC.test(text);
}

/** A heading, with any names after its colon; `chair` when it names who chaired. */
interface Heading {
  role: Role;
  rest: string;
  chair?: true;
  /** A member's office the heading names ("Vice-chair" over "Ruaridh Mack"), the post of the one named under it. */
  office?: string;
  /**
   * The heading names the body's members: of a kind ("Voting Members present"), no one under it filed as an
   * officer; or as members ("Members present"), a director or a chief executive under it a member.
   */
  members?: MembersHeading;
}

/** Welsh headings of attendance lists, and the clerk's label ("Clerc / Clerk:"), as bilingual minutes print them beside the English ones. */
const WELSH_HEADING = String.raw`(?:hefyd\s+yn\s+(?:bresennol|mynychu)|yn\s+bresennol|yn\s+mynychu|presennol|${WELSH_APOLOGIES_HEADING}|absennol|swyddogion|clerc)`;
/** "Presennol / Present:" and "Present / Presennol:": a bilingual heading, read by its English half. */
const BILINGUAL = [
  new RegExp(String.raw`^${WELSH_HEADING}\s*\/\s*(?=\p{L})`, 'iu'),
  new RegExp(String.raw`\s*\/\s*${WELSH_HEADING}(?=\s*(?::|;|[–—-]|$))`, 'iu'),
];

/** The label's last word a staff post's, one list with the notes' (attendance-person.ts). */
const POST_WORD = new RegExp(String.raw`\b${STAFF_POST}$`, 'i');

/** A post's line as an officers' list of one, the post kept as the person's role. */
function postHeading(text: string): Heading | null {
  // "Legal Adviser: G Drake", "Licensing Officer: H Eaves": an officer's post, then the one person who held it.
  const post = POST_LABEL_LEAD.exec(text);
  if (!post || !POST_WORD.test(post[1] ?? '')) return null;
  const rest = squash(text.slice(post[0].length));
  const pieces = readPieces(rest);
  if (pieces.length !== 1 || pieces[0]?.kind !== 'person' || pieces[0].name === '') return null;
  return { role: 'officers', rest: `${rest}, ${post[1] ?? ''}` };
}

/**
 * "Apologies had been received from: -" alone on its line, the names (or their groups) under it: the sentence
 * heads the list as "Apologies:" would.
 */
const APOLOGIES_OPENING = new RegExp(String.raw`^${APOLOGIES_RECEIVED}$`, 'i');

function apologiesOpening(text: string): boolean {
  const bare = text.replace(/:[\s–—-]*$/, ': ');
  return bare.endsWith(': ') && APOLOGIES_OPENING.test(bare);
}

/**
 * "The meeting was attended by the Chairman, Cllr R Dent, four other councillors, the Clerk and 23 electors.": a parish
 * meeting's attendance in a sentence, the list after "attended by" read as one after "Present:".
 */
const ATTENDED_BY = /^the\s+meeting\s+was\s+attended\s+by\s+(.+?)\.?$/i;

/** The heading a line is. */
function headingOf(line: string): Heading | null {
  const text = BILINGUAL.reduce((heading, half) => heading.replace(half, ''), squash(line));
  if (apologiesOpening(text)) return { role: 'apologies', rest: '' };
  const attended = ATTENDED_BY.exec(text);
  if (attended) return { role: 'present', rest: attended[1] ?? '' };
  if (CHAIR_ALONE.test(text)) return { role: 'present', rest: '', chair: true };
  const chair = CHAIR_HEADING.exec(text);
  if (chair && isListLine(chair[1] ?? '')) return { role: 'present', rest: squash(chair[1] ?? ''), chair: true };
  const post = postHeading(text);
  if (post) return post;
  const label = subLabel(text);
  if (label) return label;
  for (const [pattern, role] of HEADINGS) {
    const match = pattern.exec(text);
    const rest = (match?.[1] ?? match?.[2] ?? '').trim();
    if (!match) continue;
    const members = membersHeading(text, role);
    return (rest === '' ? null : subLabel(rest)) ?? { role, rest, ...(members ? { members } : {}) };
  }
  return null;
}

/**
 * "(Committee Members)", "(Officials)": a bracketed label that parts one list of those in
 * attendance, as Northern Irish minutes print it, alone on its line or before the names.
 */
const SUB_LABEL = /^\((?:(committee\s+members|elected\s+members|members|councillors)|(officials|officers))\)\s*(.*)$/i;

function subLabel(text: string): Heading | null {
  const label = SUB_LABEL.exec(text);
  if (!label) return null;
  const rest = squash(label[3] ?? '');
  return rest === '' || isListLine(rest) ? { role: label[1] ? 'present' : 'officers', rest } : null;
}

// ── Blocks: a heading and the lines of its list ───────────────────────────

/** True when a line reads as part of a list: names, roles after names, "none" or the public. */
function isListLine(text: string): boolean {
  const pieces = readPieces(text);
  return pieces.length > 0 && pieces.every((piece) => piece.kind !== 'text') && pieces.some((piece) => piece.kind !== 'role');
}

/** A line that opens with a title of its own ("Councillor X", "Mr T Gray", "Councillors A and B", "Aldermen C and D") starts a new run. */
const NEW_TITLE = new RegExp(`^(?:${HONORIFIC_SOURCE}|${COUNCILLORS_SOURCE})\\s`, 'i');

/** A list's line that ends open, on a comma or "and": the list goes on at the next line. */
const OPEN_RUN = /\s*(?:,|;|&|\band)$/i;

/**
 * "… Members of the public - Mr Alfred" over "Quennell, WCC.": a title and a given name in full end the line, and the
 * next opens with one bare word before its comma or full stop, the surname the line's end cut off.
 */
const GIVEN_NAME_AT_END = new RegExp(String.raw`(?:^|[\s,;:–—-])(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}\p{Ll}+$`, 'u');
const SURNAME_OPENS = /^(\p{Lu}[\p{L}'’-]+)(?=[,.;]|\s+(?:and|&)\s|$)/u;

/** True when the line's end cut a name between its given name and its surname (GIVEN_NAME_AT_END). */
function nameCutAfterGivenName(previous: string, next: string): boolean {
  const surname = SURNAME_OPENS.exec(next)?.[1];
  return surname !== undefined && GIVEN_NAME_AT_END.test(previous) && !ROLE_WORDS.has(surname.toLowerCase());
}

/** True when a text opens more brackets than it closes: its last note goes on at the next line. */
function bracketOpen(text: string): boolean {
  return (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
}

/**
 * How a list's line names the people before its last: "full" each by given name and surname ("Cllr Alan Fry"),
 * "surnames" each by one word ("Councillors Abbott, Baker"), null when it names none before it or mixes the two.
 */
function namingBeforeLast(line: string): 'full' | 'surnames' | null {
  const before = readPieces(line)
    .filter((piece) => piece.kind === 'person')
    .slice(0, -1)
    .map((person) => /\s/.test(person.name));
  if (before.length === 0) return null;
  return before.every(Boolean) ? 'full' : before.some(Boolean) ? null : 'surnames';
}

/**
 * "Cllr Yasmin Dorsey (Chair), Cllr Alan Fry, Cllr Gita" over "Mehta, …": in a list that names its members in full, a
 * name of one word ends the line and the next opens with one bare word before its comma, the surname the line's end
 * cut off.
 */
function fullNameCut(previous: string, next: string): boolean {
  const surname = SURNAME_OPENS.exec(next)?.[1];
  if (surname === undefined || ROLE_WORDS.has(surname.toLowerCase())) return false;
  const last = readPieces(previous).at(-1);
  return last?.kind === 'person' && /^\p{Lu}[\p{L}'’-]*$/u.test(last.name) && namingBeforeLast(previous) === 'full';
}

/** "Moira Lennox, Chief Executive": one person and the post they hold after a comma, as one part of a list parted by semicolons. */
function holderWithPost(part: string): boolean {
  const pieces = readPieces(part);
  return pieces.length === 1 && pieces[0]?.kind === 'person' && pieces[0].name !== '' && pieces[0].role !== null;
}

/** "Callum Reid, Depute Chief": a holder's name, then the first words of a post after the comma (the rest cut off). */
function holderBeforePost(part: string): boolean {
  const first = readPieces(part.split(',')[0] ?? '')[0];
  return part.includes(',') && first?.kind === 'person' && first.name !== '' && first.role === null;
}

/**
 * A post the line's end cut in two in a list of posts each with its holder: "Head of Development Management (R Ellwood),
 * Senior Planning" over "Officer (L Nattrass), …", the holder in brackets after each post, a post with none ends the line
 * and the next opens with the post's last words and its holder's bracket; or "Moira Lennox, Chief Executive; Callum Reid,
 * Depute Chief" over "Executive; Ishbel Tait, …", each holder before a comma and the post, parted by semicolons, the next
 * line opening with the post's last words alone up to its semicolon (or the list's full stop).
 */
function postCutBeforeHolder(previous: string, next: string): boolean {
  if (NEW_TITLE.test(next)) return false;
  const pieces = splitList(previous).map((piece) => piece.text);
  const head = splitList(next)[0]?.text ?? '';
  const tail = pieces.pop() ?? '';
  // A post reads as a name as often as not ("Principal Conservation"): only a title says the tail is a person's own.
  if (pieces.length > 0 && pieces.every((piece) => POST_HOLDER_BRACKETED.test(piece)) && POST_HOLDER_BRACKETED.test(head))
    return !tail.includes('(') && !NEW_TITLE.test(tail);
  const parts = previous.split(/\s*;\s*/);
  const cut = parts.pop() ?? '';
  const words = squash(next.split(';')[0] ?? '').replace(/\.$/, '');
  // The post's last words name no one ("Executive", "Services"), and every part before them is a holder with a post.
  const ending = readPieces(words);
  return (
    parts.length > 0 &&
    parts.every(holderWithPost) &&
    holderBeforePost(cut) &&
    !words.includes(',') &&
    ending.length === 1 &&
    ending[0]?.kind === 'role'
  );
}

/**
 * True when `next` carries on the list `previous` wrapped out of: an open comma, "and" (Welsh "a" too), bracket, or a
 * name or post cut in two.
 */
function continues(previous: string, next: string): boolean {
  if (OPEN_RUN.test(previous) || ENDS_ON_WELSH_JOIN.test(previous) || /^[(\p{Ll}]/u.test(next)) return true;
  if (nameCutAfterGivenName(previous, next) || fullNameCut(previous, next) || postCutBeforeHolder(previous, next)) return true;
  if (bracketOpen(previous)) return true;
  if (/\.$/.test(previous) || !/[,;]|\sand\s/.test(previous) || NEW_TITLE.test(next)) return false;
  const tail = splitList(previous).at(-1)?.text ?? '';
  // A list of surnames alone ("Councillors Abbott, Baker, Carter" over "Dean and Ellis") is cut between two names.
  const bare = /^\p{Lu}[\p{L}'’-]*$/u.test(tail) && !ROLE_WORDS.has(tail.toLowerCase());
  return bare && !endsRole(previous, tail) && namingBeforeLast(previous) !== 'surnames';
}

/** "Patrick Noone, Chief Executive, NHCA": the last word the body of a post, read with the person before it, no name cut. */
function endsRole(line: string, tail: string): boolean {
  const last = readPieces(line).at(-1);
  return last?.kind === 'person' && last.role !== null && last.role.endsWith(tail);
}

/**
 * A line of two columns run together ("Cllr A Smith   Cllr B Jones"), split when each side is a
 * list of its own; a name with its role in the next column ("Councillor A Ash<tab>Chairman") is the name and role.
 */
function columns(line: string): string[] {
  const parts = filledCells(line.trim()).map((cell) => cell.text);
  if (/[,;]/.test(line) || parts.length < 2) return [squash(line)];
  const [first, second] = parts.map(readPiece);
  const titleAlone = second?.kind === 'role' || (second?.kind === 'person' && second.name === '');
  if (parts.length === 2 && first?.kind === 'person' && first.name !== '' && titleAlone) return [`${parts[0]}, ${parts[1]}`];
  // Each side a list of its own ("Clerk & RFO: Mr T Quayle   Members of the public: Four"), none a title alone.
  const lists = parts.every((part) => isListLine(part) && !readPieces(part).some((piece) => piece.kind === 'person' && piece.name === ''));
  return lists ? parts.map(squash) : [squash(line)];
}

/** The list before the first sentence of prose on its line, or null when the line does not open with a list. */
function listBeforeProse(text: string): string | null {
  const stop = new RegExp(FULL_STOP, 'u').exec(text);
  const lead = stop ? text.slice(0, stop.index) : '';
  return lead !== '' && isListLine(lead) ? lead : null;
}

/** "Members:" leading a line of names under "Present": the members' part of those present. */
const MEMBERS_LABEL = /^members\s*:\s*/i;
/** "Present" over "Members:" alone on its line, then a name a line. */
const MEMBERS_ALONE = /^members\s*:$/i;

/**
 * "Present:", "Members present:", "Councillors present:": the plain heading of who came, never one that says how they took
 * part ("Virtual:", "Present remotely:"), which parts those present by how they came.
 */
const PRESENT_LIST =
  /^(?:(?:committee\s+)?(?:members|councillors)\s+)?(?:those\s+)?present\b(?!\s+(?:virtually|remotely|online|by\b|via\b))/i;

/**
 * "Members:" over "Councillor G Ackroyd (Chairman)", one a line, then "Present: Councillors Ackroyd, …", as county
 * committees print their membership over who came: the label heads the committee's members, read as "Membership:" is,
 * only when the list under it ends at a separate plain list of those present (PRESENT_LIST). When another list of the
 * attendance follows instead ("Officers:", "Apologies:", "Virtual:"), as a hearing's minutes head the panel that sat,
 * "Members:" heads those present. Alone, as an agenda names the members it summons, it heads neither.
 */
function rosterHeading(lines: string[], at: number): Heading | null {
  const text = squash(lines[at] ?? '');
  if (!MEMBERS_LABEL.test(text)) return null;
  const heading: Heading = { role: 'members', rest: squash(text.replace(MEMBERS_LABEL, '')) };
  // "Members:" over "Councillor R Gilmour - present", each row with a status: who came, as a list of those present says.
  if (heading.rest === '' && statusRoster(lines, at, endsList)) return { ...heading, role: 'present' };
  const block = readBlock(lines, at, heading);
  const next = squash(lines.slice(block.end).find((line) => line.trim() !== '') ?? '');
  const names = block.paragraphs.length > 0 && readMembership(block.paragraphs).length > 0;
  // "1. Apologies for absence" is an agenda's item, no list of who came.
  const after = ITEM_NUMBER.test(next) ? undefined : headingOf(next)?.role;
  if (!names || after === undefined) return null;
  if (PRESENT_LIST.test(next) && after === 'present') return heading;
  return NAMED_LISTS.includes(after) ? { ...heading, role: 'present' } : null;
}

/** "Panel", "The Panel", "Hearing Panel", "Sub-Committee" alone on its line, as an appeal panel's decision heads its members. */
const PANEL_ALONE = /^(?:the\s+)?(?:(?:appeal|hearing|licensing)\s+)?(?:panel|sub-committee)$/i;

/**
 * "Panel" alone on its line over "Mrs A Bell (Chair, lay member)", one a line: the panel that sat, those present, only
 * when the two lines under it (blank lines aside) each name one person, a list; a title alone, over a sentence or over
 * one name (a signatory's), heads nothing.
 */
function panelHeading(lines: readonly string[], at: number): Heading | null {
  if (!PANEL_ALONE.test(squash(lines[at] ?? ''))) return null;
  const under = lines
    .slice(at + 1, at + 6)
    .filter((line) => line.trim() !== '')
    .slice(0, 2);
  const namesOne = (line: string): boolean => {
    const pieces = readPieces(line);
    return pieces.length === 1 && pieces[0]?.kind === 'person' && /\s/.test(pieces[0].name);
  };
  return under.length === 2 && under.every(namesOne) ? { role: 'present', rest: '' } : null;
}

/** "Attendance Details", "Attendance", "Attendees" alone on a line: a page's heading over the lists of who attended. */
export const ATTENDANCE_SECTION = /^(?:attendance|attendees|attendance\s+(?:details|record|list))$/i;

interface Block {
  role: Role;
  members?: MembersHeading;
  /** Lines of the list, joined where a name or run wraps. */
  paragraphs: string[];
  /** The list of each paragraph, where a group's label under the heading gives it one of its own (GROUP_LABELS). */
  groups?: Role[];
  /** Paragraphs under a label of members of a kind (MEMBERS_KIND_LABEL): members whatever post or body follows each name. */
  ofAKind?: boolean[];
  /** An "In attendance" list beside the record's own officers' list (besideOfficers): those with a body's name noted are guests. */
  besideOfficers?: true;
  /** The body each paragraph's members represent, under its label (REPRESENTING, jointBodies): each name kept with it. */
  represent?: (string | null)[];
  /** The body named alone over each paragraph's people (attendance-bodies.ts): guests from it, each kept with it. */
  guestOf?: (string | null)[];
  indexes: number[];
  end: number;
}

/** Reads the list under the heading at `at`, up to the next heading, numbered item, or line that is not a list. */
/**
 * "Community and Enterprise Resources", "Carnock Development Trust": a department or a body alone on its
 * line over the people from it, as Scottish minutes group those attending by Resource.
 */
const GROUP_LABEL = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:and|&|of|for|the)\s+)*){0,5}(?:Resources|Services|Directorate|Department|Division|${ORGANISATION_WORD})$`,
  'u',
);

const BODY_LABEL = new RegExp(String.raw`\b${ORGANISATION_WORD}$`, 'u');

/** "P Wishart, Project Officer" under "Carnock Development Trust": each entry's post named with its body. */
const withBody = (text: string, body: string | null): string =>
  body === null
    ? text
    : text
        .split(/;\s*(?:and\s+)?/)
        .map((entry) => `${entry.replace(/[.;,]$/, '')}, ${body}`)
        .join('; ');

/**
 * "School members:", "Nominated subs:", "Observers:", "Clerk:": short labels that part the list under a heading
 * into groups, as schools forums and boards of partners print those present (and those who sent apologies).
 * Members of any kind are in the heading's list; under those present, substitutes, observers and staff are
 * filed as such. Each pattern is the label without its colon.
 */
const GROUP_SUBSTITUTES = /^(?:(?:nominated|named)\s+)?(?:subs|substitutes?)(?:\s+members?)?$/i;
const GROUP_OBSERVERS = /^observers?$/i;
/**
 * "Young People:", "Youth Representatives:" and "Adults:", as a youth council or a young people's panel parts those
 * attending: the young people are the panel's members (each often a given name alone, "Ben (Year 9)"); the adults
 * beside them support them, a councillor also present, a worker an officer.
 */
const GROUP_YOUNG = /^(?:young\s+(?:people|persons)|youth\s+(?:representatives|council(?:lors)?|cabinet|parliament))$/i;
const GROUP_ADULTS = /^(?:(?:supporting\s+)?adults(?:\s+(?:present|supporting))?)$/i;
const GROUP_STAFF = new RegExp(String.raw`^(?:\p{Lu}[\p{L}'’-]*\s+){0,3}${STAFF_POST}s?$`, 'iu');
/** A group's label alone on its line, or with the group's names after its colon. */
const GROUP_LINE = /^([^:]{2,60}?)\s*(?::-?\s*(.*))?$/;

/**
 * The list a group's label gives those under it, below a heading of `parent`'s list, and the post a label of one
 * staff post names ("School Governor Services Clerk:"); null when the line is no group's label.
 */
/**
 * "District Councillors: Cllr V Irwin and Cllr W Jory", "County Councillor: Cllr X Kemp" under those present, after the
 * body's own members are listed: councillors of another tier visiting, as a parish's minutes list them. Before any
 * member ("Present:" over "County Councillors: Mrs A Benbow (Chair), …") the label is the body's own (membersGroup),
 * unless a label of the body's own members follows (tierRank).
 */
const VISITING_TIER = new RegExp(String.raw`^${TIER_WORD}\s+councillors?\s*:-?\s*(.*)$`, 'i');
/**
 * A label of the members of one body, its tier's word first or none ("Parish Councillors:", "Councillors:", "Members:",
 * "Committee Members:"); group 1 the tier's word. Never members of a kind ("Co-opted Members:").
 */
const MEMBERS_OF_ONE_BODY = /^(?:(\p{L}+)\s+)?(?:councillors?|members)\s*:/iu;
/** Tiers of local government, lowest first: a parish's (or a town's, a community's), a district's, a county's. */
const TIERS: readonly RegExp[] = [
  /^(?:parish|town|community)$/i,
  /^(?:district|borough|city|unitary|ward)$/i,
  /^(?:county|division(?:al)?)$/i,
];

/**
 * How low a label of one body's members stands among the tiers ("Parish Councillors:" 0, "County Councillor:" 2); a
 * label with no tier's word ("Councillors:", "Committee Members:") lowest of all, -1; null for no such label.
 */
function tierRank(text: string): number | null {
  const label = MEMBERS_OF_ONE_BODY.exec(text);
  if (!label) return null;
  const word = label[1];
  if (word === undefined || /^(?:committee|board|panel|council)$/i.test(word)) return -1;
  const rank = TIERS.findIndex((tier) => tier.test(word));
  return rank === -1 ? null : rank;
}

/**
 * The ranks of the labels of one body's members under a heading of those present, up to the next heading or item:
 * "District Councillor: A Pengelly" over "Parish Councillors: C Tonkin, …" lists the district's visitor first, then the
 * parish's own members, whose label stands lower (tierRank).
 */
function labelRanks(lines: readonly string[], at: number): number[] {
  const ranks: number[] = [];
  for (const line of lines.slice(at + 1)) {
    const text = squash(line);
    if (text !== '' && (headingOf(text) !== null || isItemLine(text))) break;
    const rank = tierRank(text);
    if (rank !== null) ranks.push(rank);
  }
  return ranks;
}

/**
 * True when a paragraph names one of the body's own members: a person no councillor of another tier ("District
 * Councillor A Pengelly" is a visitor, never the body's member before whom a tier's label is a visit).
 */
function namesOwnMember(paragraph: string): boolean {
  return readPieces(paragraph).some((piece) => piece.kind === 'person' && piece.name !== '' && !(piece.outside && piece.councillor));
}

function groupOf(
  text: string,
  parent: Role,
  listedBefore = false,
  ranks: readonly number[] = [],
): { role: Role; rest: string; post: string | null; ofAKind?: boolean; body?: string } | null {
  const represents = GROUPED_LISTS.includes(parent) ? REPRESENTING.exec(text) : null;
  const named = squash(represents?.[2] ?? '');
  if (represents && (named === '' || isListLine(named)))
    return { role: parent, rest: named, post: null, ofAKind: true, body: squash(represents[1] ?? '') };
  // A tier's label over visitors: after the body's own members, or before the label of the body's own, a lower one.
  const rank = tierRank(text) ?? -1;
  const visiting = parent === 'present' && (listedBefore || ranks.some((own) => own < rank)) ? VISITING_TIER.exec(text) : null;
  if (visiting && (visiting[1] === '' || isListLine(squash(visiting[1] ?? ''))))
    return { role: 'alsoPresent', rest: squash(visiting[1] ?? ''), post: null };
  const members = membersGroup(text, parent);
  if (members?.council !== undefined) return { role: parent, rest: members.rest, post: null, ofAKind: true, body: members.council };
  if (members !== null) return { role: parent, rest: members.rest, post: null, ofAKind: MEMBERS_KIND_LABEL.test(text) };
  const line = GROUP_LINE.exec(text);
  const label = squash(line?.[1] ?? '');
  const rest = squash(line?.[2] ?? '');
  if (!line || (rest !== '' && !isListLine(rest))) return null;
  // "Treasurer:", "External Auditor:" alone on its line: the post of the one named under it, filed as the heading's list files a post.
  // Young people under their label: members whatever their note, a given name alone a name only here.
  if (text.includes(':') && GROUPED_LISTS.includes(parent) && GROUP_YOUNG.test(label))
    return { role: parent, rest, post: null, ofAKind: true };
  if (text.includes(':') && parent === 'present' && GROUP_ADULTS.test(label)) return { role: 'officers', rest, post: null };
  const staffList = parent === 'officers' || parent === 'alsoPresent';
  if (text.endsWith(':') && rest === '' && (staffList || parent === 'present') && isPostLabel(label, parent === 'present'))
    return { role: staffList ? parent : 'officers', rest, post: label };
  // Only members' labels go without a colon (membersGroup); "Mr D Dunn  Clerk" is a name and post.
  const role = text.includes(':') ? groupRole(label, parent) : null;
  // A post with its one holder on the line ("Legal Adviser: G Drake") is a heading of its own (postHeading); never a contact.
  if (role === 'officers' && (rest !== '' || /^(?:contact|enquiries)\b/i.test(label))) return null;
  const post = role === 'officers' && POST_WORD.test(label) ? label : null;
  if (role === null && parent === 'present' && text.endsWith(':') && rest === '' && isGuestsLabel(label))
    return { role: 'alsoPresent', rest, post: null };
  return role === null ? null : { role, rest, post };
}

/**
 * "External Audit:", "Internal Audit:" alone on its line under those present, after the members: a sub-list of those
 * who came from a function or a firm to report (auditors), guests kept with what follows their names, never members
 * and never a person (a label's colon ends it). Words in capitals, no title before them and no members' word.
 */
function isGuestsLabel(label: string): boolean {
  const words = label.split(' ');
  return (
    words.length <= 4 &&
    words.every((word) => /^\p{Lu}[\p{L}'’-]*$/u.test(word)) &&
    !NEW_TITLE.test(`${label} `) &&
    !LIST_TITLE_ALONE.test(label) &&
    !/\b(?:members?|councillors?)\b/i.test(label)
  );
}

/**
 * "Molly Trent" under "Clerk:": the one person named, with the post; a line of several is left as it is, their posts
 * unknown. Read as the label and the name on one line are ("External Auditor: C Ridd (Hallam LLP)", attendance-person.ts),
 * where that reads.
 */
function withPost(text: string, post: string | null): string {
  const pieces = post === null ? [] : readPieces(text);
  const person = pieces.length === 1 && pieces[0]?.kind === 'person' ? pieces[0] : null;
  if (person === null || person.name === '') return text;
  const labelled = readPieces(`${post}: ${text}`);
  if (labelled.length === 1 && labelled[0]?.kind === 'person' && labelled[0].name === person.name) return `${post}: ${text}`;
  return person.role === null ? `${text}, ${post}` : text;
}

/**
 * "Group A – Christian denominations and other religions", "Group D: The Local Authority": a SACRE's (or a schools
 * forum's, a joint board's) group of members, by letter or number, over the names of those of it; what follows the
 * dash or colon says who the group are, and is no one's name.
 */
const MEMBER_GROUP = /^group\s+(?:[a-h]|\d{1,2})(?:\s*(?:[:–—-]\s*(.*))?)$/i;

/**
 * "School members", "Tenant Representatives:", "Teacher Representative (non-voting):", "Statutory Co-opted Members
 * (voting on education matters):", "County Councillors:": a label that says what kind of member those after it (on its
 * line or under it) are, its last word the kind ("members", "representative(s)", "councillors") and an optional note in
 * brackets. Words of a kind, never a name: no title leads it (NEW_TITLE), so "Mr J Members" stays a person. Only
 * "members" goes without a colon, as schools forums print "School members" over the apologies; the words before
 * "councillors" are a tier's or a party's (one at least: "Councillors:" alone is the list's title, read with the names).
 */
// "Independent Person:", as a standards hearing labels the member of that kind who sits beside its councillors.
// "Appointed Conservators:", "Elected Trustees:", "Nominated Directors:": how members came to their seats, then what a
// member of the body is called; the label of a kind of member ("Nominated subs:" are the substitutes, GROUP_SUBSTITUTES).
const MEMBERS_KIND_LABEL =
  /^(?:(?:[\p{L}'’-]+\s+){0,3}members(?=\s*$)|(?:(?:[\p{L}'’-]+\s+){0,3}members(?:\s+present)?|(?:appointed|elected|nominated|co-?opted|ex-?officio)\s+(?!(?:subs|substitut\w*)\b)(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+|(?:[\p{L}'’-]+\s+){1,5}(?:committee|sub-committee|board|panel|forum)\s+members\s+present|(?:[\p{L}'’-]+\s+){1,3}(?:member|representatives?|councillors)|independent\s+persons?)(?:\s*\([^()]*\))?\s*:)\s*(.*)$/iu;

/**
 * "Representing Inverloch Council (IC):", "Representing the Scottish Fire and Rescue Service (SFRS):": a label that
 * groups a partnership board's members by the body each represents, as Scottish community planning partnerships
 * print those present; the members under it are members of the heading's list whatever their body (group 1 the body,
 * its initials in brackets left off; group 2 any names on the label's line).
 */
const REPRESENTING = /^representing\s+(?:the\s+)?(\p{Lu}[^:()]*?)(?:\s*\([^()]*\))?\s*:-?\s*(.*)$/iu;

/** "LOCATION:", "Remote:", "In the Chamber:": where members sat, the tail of a label wrapped over lines ("PRESENT IN" / "REMOTE" / "LOCATION:"), no body. */
const WHERE_ATTENDED = /^(?:(?:in|the|remote|remotely|virtual|online|chamber|room|person|locations?|attendance)\s*)+$/i;

/**
 * "Eastleigh Magna PC: Cllrs H Abel (Chair), K Bond", "Weston Parva: none.": a body's or a place's name, then its
 * members, as a joint meeting of two councils lists each council's members (and apologies) under its own name. The
 * label is words of a name, no post's and no kind of member's (groupOf reads those first); what follows the colon
 * opens with a councillor's title, so the label is never a name cut from its person, or says no one is listed.
 */
const JOINT_LABEL = /^(\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|and|&|of|on|upon|in|the|le|cum)){0,6})\s*:-?\s*(.*?)\.?$/u;
const COUNCILLOR_FIRST = new RegExp(`^(?:${COUNCILLORS_SOURCE}|${COUNCILLOR_SOURCE})\\s`, 'i');

/** One joint body's label and its names; null when the text is no such label (JOINT_LABEL). */
function jointBody(text: string): { body: string; rest: string } | null {
  const label = JOINT_LABEL.exec(text);
  const body = squash(label?.[1] ?? '');
  const rest = squash(label?.[2] ?? '');
  if (!label || body.split(' ').some((word) => ROLE_WORDS.has(word.toLowerCase())) || isPostLabel(body, true) || WHERE_ATTENDED.test(body))
    return null;
  const names = COUNCILLOR_FIRST.test(rest) && isListLine(rest);
  return names || NONE_SAID.test(rest) ? { body, rest: names ? rest : '' } : null;
}

/** Each joint body's label on a line and its names, the line parted at its sentences ("… Cllr J Ince. Weston Parva: none."). */
function jointBodies(text: string): { body: string; rest: string }[] | null {
  const parts = text.split(/(?<=\.)\s+(?=\p{Lu}[^.:]{0,60}:)/u).map(jointBody);
  return parts.every((part) => part !== null) ? (parts as { body: string; rest: string }[]) : null;
}

/**
 * "Maintained primary headteachers: Claire Bostock, Imran Dar", "Trade unions: Martin Roebuck", "Diocese: Revd Canon A
 * Tait": the seat or sector a schools forum (or a board of partners) lists its members under, then their names. The
 * label is a few words, the first capitalised, with no title, figure, post or heading's words in it, so never a person,
 * an item ("Item 5: …") or an officer's post ("Clerk: …"); those after it are members, whatever the label says.
 */
const SEAT_LINE = /^(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’()-]+){0,4})\s*:\s*(\S.*)$/u;

/**
 * "Academies: Ms T Hallam (Fenby Learning Trust), Mr J Pike (Riverside Academy)": a line that reads as a list, but whose
 * first entry, the seat's label with the first name, reads as no one's, so that name would go unread.
 */
function labelSwallowsName(text: string): boolean {
  const first = readPieces(text)[0];
  return first !== undefined && first.kind !== 'person' && first.text.includes(':');
}

/** The names after a seat's label on the line (SEAT_LINE), or null when the line is no such label and names. */
function seatLabelled(text: string): string | null {
  const line = SEAT_LINE.exec(text);
  const label = squash(line?.[1] ?? '');
  const rest = squash(line?.[2] ?? '');
  // "Children in Care Council representatives: Kayden (aged 15)": guests under their label, read as such (hearing-parties.ts).
  if (
    !line ||
    isGuestLabel(text) ||
    NEW_TITLE.test(`${label} `) ||
    headingOf(label) !== null ||
    isPostLabel(label, true) ||
    postAlone(label) !== null
  )
    return null;
  const pieces = readPieces(rest);
  const named = pieces.every((piece) => piece.kind === 'person' && piece.name !== '' && !piece.officer);
  return named && isListLine(rest) ? rest : null;
}

/**
 * "Kestonshire County Council        Wealdmoor Unitary Council": a council's name over each column of a list set in
 * columns, as a joint authority lists the members each constituent council sends; the cells, or null when the line is
 * not two or more councils' names apart.
 */
function councilColumns(raw: string): Cell[] | null {
  const cells = filledCells(raw);
  return cells.length >= 2 && cells.every((cell) => isCouncilName(squash(cell.text))) ? cells : null;
}

/**
 * A row under councils' columns (councilColumns): each cell a member of the council over its column (the last whose
 * column starts at or before the cell's), a star after the name putting them in the list the star's key names
 * ("* apologies"); null when a cell is no list.
 */
function columnRow(raw: string, bodies: readonly Cell[], starred: Role | null): { text: string; body: string; role: Role | null }[] | null {
  const row = filledCells(raw).map((cell) => {
    const star = starred === null ? null : STARRED.exec(squash(cell.text));
    const body = bodies.filter((column) => column.start <= cell.start + 2).at(-1) ?? bodies[0];
    return { text: squash(star?.[1] ?? cell.text), body: squash(body?.text ?? ''), role: star ? starred : null };
  });
  return row.length > 0 && row.every((cell) => isListLine(cell.text)) ? row : null;
}

/** A represented member's note then the body ("Chief Executive, Strathvane Council"); the body alone when none. */
function representedRole(person: Person, body: string): string {
  return person.role === null ? body : `${person.role}, ${body}`;
}

/** Lists whose people a members' group label (MEMBER_GROUP, a council's name) parts into groups, each in the same list. */
const GROUPED_LISTS: readonly Role[] = ['present', 'apologies', 'absent'];
/**
 * "Adult Social Care Scrutiny Committee", "Health Scrutiny Committee": a committee's name, capitalised words ending in a
 * committee's word, as a joint meeting labels each committee's members (and their apologies) with it.
 */
const COMMITTEE_NAME = /^(?:\p{Lu}[\p{L}'’&-]*\s+(?:(?:and|&|of|for|the)\s+)*){1,6}(?:Committee|Sub-Committee|Panel|Board|Forum)$/u;

/**
 * The names on a line of members labelled by their group ('' when the label stands alone), or null for no such label:
 * a group's letter (MEMBER_GROUP), or the council a joint body's members represent ("North Weald District Council:
 * Councillors A Garside (Chairman), P Hollins", or alone over them), the council no visit. Names follow a group's letter
 * only with a title first ("Group B: Canon R Ellis"), as its description would read as a name too ("Teacher associations").
 */
function membersGroup(text: string, parent: Role): { rest: string; council?: string } | null {
  if (!GROUPED_LISTS.includes(parent)) return null;
  const group = MEMBER_GROUP.exec(text);
  if (group) {
    const rest = squash(group[1] ?? '');
    return { rest: text.includes(':') && NEW_TITLE.test(rest) && isListLine(rest) ? rest : '' };
  }
  const kind = NEW_TITLE.test(text) ? null : MEMBERS_KIND_LABEL.exec(text.replace(/\s*:-\s*/, ': '));
  if (kind) {
    const rest = squash(kind[1] ?? '');
    // "County Councillors: Mrs A Benbow (Chair), …": the body's own councillors, each titled as such, no visitor of a tier.
    const titled = /councillors\s*(?:\([^()]*\))?\s*:/i.test(text) && rest !== '' ? `Councillors ${rest}` : rest;
    if (rest === '' || isListLine(titled)) return { rest: kindNoted(text, titled) };
  }
  const council = /^([^:]{5,80}?)\s*:\s*(.*)$/.exec(text);
  const name = squash(council?.[1] ?? '');
  const rest = squash(council?.[2] ?? '');
  // "Health Scrutiny Committee: Councillors Hanlon and Illingworth": a joint meeting's list of one committee's members.
  if (council && COMMITTEE_NAME.test(name) && rest !== '' && isListLine(rest)) return { rest };
  if (!council || !isCouncilName(name)) return null;
  // The council a joint meeting's members come from: each member keeps it, as under a "Representing …:" label.
  return rest === '' || isListLine(rest) ? { rest, council: name } : null;
}

/**
 * "Independent Person: Mr C Amberley": the one member named after a label of their kind keeps it as their note
 * ("Mr C Amberley (Independent Person)"), as when the list prints it in brackets (MEMBER_NOTE); several names stay as printed.
 */
function kindNoted(text: string, rest: string): string {
  const label = squash(text.split(':')[0] ?? '');
  const pieces = rest === '' || !MEMBER_NOTE.test(label) ? [] : readPieces(rest);
  const one = pieces.length === 1 && pieces[0]?.kind === 'person' && pieces[0].name !== '' && pieces[0].role === null;
  return one ? `${rest} (${label})` : rest;
}

function groupRole(label: string, parent: Role): Role | null {
  if (GROUP_STAFF.test(label)) return parent === 'present' || parent === 'officers' ? 'officers' : null;
  if (parent !== 'present') return null;
  if (GROUP_SUBSTITUTES.test(label)) return 'substitutes';
  return GROUP_OBSERVERS.test(label) ? 'alsoPresent' : null;
}

/** True when the next filled line after `at` names one person and nothing more of them ("Peter Quail"). */
function holderNext(lines: readonly string[], at: number): boolean {
  const next = lines.slice(at + 1).find((line) => line.trim() !== '') ?? '';
  const pieces = readPieces(next);
  return pieces.length === 1 && pieces[0]?.kind === 'person' && pieces[0].name !== '' && pieces[0].role === null && !pieces[0].councillor;
}

/**
 * "Iona Dryburgh" over "Head of Community Health Services" (or over "Audit Scotland"), the pair parted from the next
 * by a blank line, as a joint board's minute lists those attending at its chief officer's request: one person, the
 * line under the name their post. Read so only when that line is a post or an outside body's (never a second name),
 * as "Name (Post)"; null otherwise.
 */
function nameOverPost(lines: readonly string[], at: number): string | null {
  const name = squash(lines[at] ?? '');
  const under = squash(lines[at + 1] ?? '');
  if (under === '' || squash(lines[at + 2] ?? '') !== '' || headingOf(under) !== null) return null;
  const alone = readPieces(name);
  const person = alone.length === 1 && alone[0]?.kind === 'person' && alone[0].name !== '' && alone[0].role === null;
  const joined = readPieces(`${name} (${under})`)[0];
  const posted = joined?.kind === 'person' && joined.role === under && (postAlone(under) !== null || joined.elsewhere);
  return person && posted ? `${name} (${under})` : null;
}

/**
 * "Cllr Maddox, Cllr Newell (both accepted). Absent: Cllr Orchard.": the names after a heading, then a sentence that
 * opens with another list's heading, as a parish's apologies item notes who was absent too. Each part is read with
 * its own heading's list; a sentence that is no heading stays with the part before it.
 */
function headedParts(rest: string, role: Role): { text: string; role: Role }[] {
  const parts = [{ text: rest, role }];
  if (rest === '') return [];
  const sentences = rest.split(/(?<=\.)\s+(?=\p{Lu}[^.:]{0,40}:)/u);
  if (sentences.length === 1) return parts;
  parts.length = 0;
  for (const sentence of sentences) {
    const inner = headingOf(sentence);
    const last = parts.at(-1);
    if (last === undefined || (inner !== null && NAMED_LISTS.includes(inner.role) && inner.rest !== '')) {
      parts.push({
        text: last === undefined ? sentence : (inner?.rest ?? sentence),
        role: last === undefined ? role : (inner?.role ?? role),
      });
    } else last.text = `${last.text} ${sentence}`;
  }
  return parts;
}

/** True for a line that ends the list under a heading: another heading, an item's, a part's or a table's header row. */
function endsList(text: string): boolean {
  return headingOf(text) !== null || isItemLine(text) || isPartHeading(text) || isAttendanceTableHeader(text);
}

/**
 * True when the list under a heading of members opens with a council's name alone on its line over names, as a joint
 * meeting lists each council's members ("Harrowby Borough Council" over "Councillors P Abbot (Chair), R Cotter"): each
 * council's name alone in it is then its members' label (isCouncilName, never any line in capitals). A list that opens
 * with a name prints each member's council under them, as a table of names and councils flattened does.
 */
function opensWithCouncil(lines: readonly string[], at: number, heading: Heading): boolean {
  if (heading.rest !== '' || !GROUPED_LISTS.includes(heading.role)) return false;
  const filled: string[] = [];
  for (let index = at + 1; index < lines.length && filled.length < 2; index += 1) {
    const text = squash(lines[index] ?? '');
    if (text !== '') filled.push(text);
  }
  const [label = '', names = ''] = filled;
  return isCouncilName(label) && isListLine(names);
}

function readBlock(lines: string[], at: number, heading: Heading): Block {
  // "IN ATTENDANCE:  Rathmore City Council" over its officers' posts: the council's name on the heading's line heads them.
  const onHeading = staffList(heading.role) && heading.rest !== '' ? bodySubheading([heading.rest, ...lines.slice(at + 1)], 0, true) : null;
  const parts = headedParts(onHeading === null ? heading.rest : '', heading.role);
  const paragraphs: string[] = parts.map((part) => part.text);
  const groups: Role[] = parts.map((part) => part.role);
  let group: Role = parts.at(-1)?.role ?? heading.role;
  const indexes = [at];
  let afterBlank = false;
  let body: string | null = null;
  let post: string | null = heading.office ?? null;
  // "Aldermen" alone on its line: the plural title each name under it carries, up to the next title or a blank line.
  let runTitle: string | null = null;
  // Each paragraph read so far takes the group it was read under.
  let ofAKind = false;
  const kinds: boolean[] = paragraphs.map(() => false);
  // The body a "Representing …:" label names, each member under it kept with it (REPRESENTING).
  let represented: string | null = null;
  const bodied: (string | null)[] = paragraphs.map(() => null);
  const fillGroups = (): void => {
    groups.push(...Array<Role>(paragraphs.length - groups.length).fill(group));
    kinds.push(...Array<boolean>(paragraphs.length - kinds.length).fill(ofAKind));
    bodied.push(...Array<string | null>(paragraphs.length - bodied.length).fill(represented));
    guestOf.push(...Array<string | null>(paragraphs.length - guestOf.length).fill(guestBody));
  };
  // An inquiry's witnesses, each read whole by readWitnessLine, as the caller reads them.
  const witnessList = heading.role === 'presenters' && WITNESSES.test(squash(lines[at] ?? '').split(':')[0] ?? '');
  const ranks = heading.role === 'present' ? labelRanks(lines, at) : [];
  const councilsAlone = opensWithCouncil(lines, at, heading);
  // The outside body named alone over the guests under it ("Housing Executive for Northern Ireland").
  let guestBody: string | null = onHeading?.kind === 'body' ? onHeading.body : null;
  const guestOf: (string | null)[] = paragraphs.map(() => null);
  // The councils heading the columns of members under the heading, each over its own (councilColumns).
  let columnBodies: Cell[] | null = null;
  const starKey = readStarKey(lines);
  // "Dr R Patel        Northby Integrated Care Board": names beside the bodies they come from, each row one member.
  const bodyColumns = GROUPED_LISTS.includes(heading.role) && nameBodyColumns(lines, at, endsList);
  let index = at + 1;
  for (; index < lines.length; index += 1) {
    fillGroups();
    const raw = lines[index] ?? '';
    let text: string = body === null || squash(raw) === '' ? squash(raw) : withBody(squash(raw), body);
    if (text === '') {
      afterBlank = true;
      runTitle = null;
      continue;
    }
    if (bodyColumns && isRosterLabel(text)) {
      indexes.push(index); // "Employer representatives" over the rows of a roster: a label, no person
      afterBlank = true;
      continue;
    }
    const named = bodyColumns && GROUPED_LISTS.includes(group) && !endsList(text) && !isAttendanceTableHeader(raw) ? rosterRow(raw) : null;
    if (named !== null) {
      // Filed as a member under the body they represent (REPRESENTING): the body (or seat) kept after the name, never a
      // name itself; a status word printed beside the name files them in its list.
      const heads = group;
      [group, post, ofAKind, represented] = [named.status ?? group, null, named.body !== null, named.body];
      paragraphs.push(named.name);
      fillGroups();
      [group, ofAKind, represented] = [heads, false, null];
      indexes.push(index);
      afterBlank = true;
      continue;
    }
    if (heading.role === 'members' && isMembershipPart(text)) {
      paragraphs.push(text); // "Councillors:", "Other Members:", "Substitutes: …" within a membership
      indexes.push(index);
      afterBlank = true; // the names under a part's label are not the label's run
      continue;
    }
    // "… (Democratic Services" over "Officer - Brackenfold BC)": a bracket left open carries its words on, no heading.
    const inBracket = !afterBlank && bracketOpen(paragraphs.at(-1) ?? '');
    // "Dr E Farquhar in the Chair" after a blank line under the names: a sentence of its own on who chaired (fileInTheChair),
    // not one more name. Before any name ("PRESENT:" over a blank line and "The Mayor (Councillor X) in the Chair") it opens the list.
    const chairSentence = afterBlank && paragraphs.length > 0 && NAME_IN_THE_CHAIR.test(text);
    const ends = headingOf(text) || isItemLine(text) || isPartHeading(text) || chairSentence;
    if ((ends && !inBracket) || isAttendanceTableHeader(raw) || isItemsTableHeading(raw)) break;
    const header = GROUPED_LISTS.includes(heading.role) || heading.role === 'members' ? councilColumns(raw) : null;
    if (header !== null) {
      columnBodies = header; // "Kestonshire County Council     Wealdmoor Unitary Council" over the members of each
      indexes.push(index);
      afterBlank = true;
      continue;
    }
    const row = columnBodies === null ? null : columnRow(raw, columnBodies, starKey?.role ?? null);
    if (row !== null) {
      for (const cell of row) {
        [group, post, ofAKind, represented] = [cell.role ?? heading.role, null, true, cell.body];
        paragraphs.push(cell.text);
        fillGroups();
      }
      [group, represented] = [heading.role, null];
      indexes.push(index);
      afterBlank = true;
      continue;
    }
    if (starKey !== null && index === starKey.line && columnBodies !== null) {
      indexes.push(index); // "* apologies": the key of the stars after names, read
      continue;
    }
    // The body's own members listed before: those filed in the heading's list, none a visitor by their title.
    const membersBefore = paragraphs.some((paragraph, index) => groups[index] === heading.role && namesOwnMember(paragraph));
    // "Fenwold District Council" alone, in a list that opens with a council's name: its label, read as with its colon.
    const labelled = councilsAlone && isCouncilName(text) ? `${text}:` : text;
    const grouped = groupOf(labelled, heading.role, membersBefore, ranks);
    if (grouped) {
      [group, post, ofAKind] = [grouped.role, grouped.post, grouped.ofAKind ?? false]; // "Nominated subs:" over the substitutes' names
      represented = grouped.body ?? null;
      if (grouped.rest !== '') paragraphs.push(withPost(grouped.rest, post));
      indexes.push(index);
      afterBlank = true; // the names under a group's label are not the label's run
      continue;
    }
    const joint = GROUPED_LISTS.includes(heading.role) ? jointBodies(text) : null;
    if (joint) {
      // "Eastleigh Magna PC: Cllrs H Abel (Chair), K Bond": each council's members, the heading's list, kept with the council.
      for (const part of joint) {
        [group, post, ofAKind, represented] = [heading.role, null, true, part.body];
        if (part.rest !== '') paragraphs.push(part.rest);
        fillGroups();
      }
      indexes.push(index);
      afterBlank = true;
      continue;
    }
    // Under a list's heading, never a chair's ("Chair Person: F Colley" over "Notes of meeting: P Birbal", the minute-taker).
    const seat =
      GROUPED_LISTS.includes(heading.role) && !heading.chair && (!isListLine(text) || labelSwallowsName(text)) ? seatLabelled(text) : null;
    if (seat !== null) {
      // "Maintained primary headteachers: Claire Bostock, Imran Dar": the seat's members, the heading's list.
      [group, post, ofAKind, represented] = [heading.role, null, true, null];
      paragraphs.push(seat);
      indexes.push(index);
      afterBlank = true;
      continue;
    }
    text = withPost(text, post);
    if (staffList(group)) text = guestLine(text, guestBody === null);
    const pair = staffList(group) && (afterBlank || index === at + 1) ? nameOverPost(lines, index) : null;
    if (pair !== null) {
      paragraphs.push(pair);
      indexes.push(index, index + 1);
      index += 1;
      afterBlank = true; // the next pair starts after its blank line
      continue;
    }
    // "Head of Waste Services" alone on its line among those attending: an officer given by post, read whole (fileBlock);
    // never a name and a post in two columns ("Kerry Dale<tab>Chief Executive").
    // Never the last words of a post the line above cut in two ("…, Senior Democratic Services" over "Officer.").
    const postTail = !afterBlank && postCutBeforeHolder(paragraphs.at(-1) ?? '', text);
    if (staffList(group) && !postTail && !/\S(?:\t|\s{2,})\S/.test(raw.trim()) && postAlone(text)) {
      // "Treasurer" over "Peter Quail" alone: the post's label over its holder, as "Treasurer:" is (groupOf).
      if (holderNext(lines, index)) post = text;
      else paragraphs.push(text);
      indexes.push(index);
      afterBlank = true; // the next line is an entry of its own, never this post's tail
      continue;
    }
    // "Fellside Integrated Care Board:", "Healthwatch Ashby:": a body's name as a label, its colon ending it.
    const label = squash(raw).replace(/\s*:$/, '');
    const namedBody = label !== squash(raw) && BODY_WORD.test(label) && !isListLine(label);
    const bodyLabel = (GROUP_LABEL.test(label) && BODY_LABEL.test(label)) || namedBody;
    if ((heading.role === 'officers' || heading.role === 'alsoPresent') && (GROUP_LABEL.test(label) || namedBody)) {
      indexes.push(index); // "Finance and Corporate Resources" over its officers: a label, no person
      // A body that is no council's department, over those attending: each holds their post with it (a guest, listFor).
      [body, guestBody] = [bodyLabel ? label : null, null];
      afterBlank = true;
      continue;
    }
    // "Rathmore City Council" over its officers' posts, "Housing Executive for Northern Ireland" over its guests.
    const over = staffList(group) ? bodySubheading(lines, index, afterBlank || index === at + 1) : null;
    if (over !== null) {
      indexes.push(index);
      [body, guestBody] = [null, over.kind === 'body' ? over.body : null];
      afterBlank = true;
      continue;
    }
    // "Attendance Details" over the lists, as a web page heads them under its meeting's details: a heading, no person.
    if (ATTENDANCE_SECTION.test(text)) {
      indexes.push(index);
      afterBlank = true;
      continue;
    }
    if (LIST_TITLE_ALONE.test(text) || (heading.role === 'present' && MEMBERS_ALONE.test(text))) {
      indexes.push(index); // "Councillors" or "Members:" on a line of its own over the names
      // The names under it are a run of their own, never the tail of the names over it; "Aldermen" is theirs to carry.
      runTitle = rankOfPlural(text) === null ? null : text.replace(/\s*:$/, '');
      afterBlank = true;
      continue;
    }
    if (runTitle !== null && !NEW_TITLE.test(text)) text = `${runTitle} ${text}`;
    // A run left open ("Councillor Mrs Ash (Mayor) and") goes on past a blank line, as a web page's paragraphs part it.
    const open = OPEN_RUN.test(paragraphs.at(-1) ?? '');
    const previous = afterBlank && !open ? undefined : paragraphs.at(-1);
    if (previous !== undefined && continues(previous, text)) paragraphs[paragraphs.length - 1] = `${previous} ${text}`;
    else if (OPEN_RUN.test(text) && isListLine(text.replace(OPEN_RUN, ''))) paragraphs.push(text);
    else if (heading.role === 'present' && MEMBERS_LABEL.test(text) && isListLine(text.replace(MEMBERS_LABEL, ''))) {
      paragraphs.push(text.replace(MEMBERS_LABEL, '')); // "Present" over "Members: Cllr A, Cllr B"
    } else {
      const cells = body === null && text === squash(raw) ? columns(raw) : [text];
      const lead = listBeforeProse(text);
      if (isListLine(text) || cells.every(isListLine)) {
        // "… (both accepted). Absent: Cllr Orchard.": each part in its own heading's list, the last going on below.
        for (const part of cells.flatMap((cell) => headedParts(cell, group))) {
          fillGroups();
          group = part.role;
          paragraphs.push(part.text);
        }
      }
      // "Mrs S, parent (name withheld at her request)": a witness named, then what they are in words of any case.
      else if (witnessList && readWitnessLine(text, null) !== null) paragraphs.push(text);
      // "Session A (7.05 pm – 7.50 pm)" among the witnesses: when those under it were heard, a label, no one's name.
      else if (witnessList && SESSION_HEADING.test(text)) {
        indexes.push(index);
        continue;
      } else if (lead !== null) {
        paragraphs.push(lead); // "Cllr A Ash (work commitment). The meeting accepted these …": the list, then prose
        indexes.push(index);
        index += 1;
        break;
      } else break;
    }
    indexes.push(index);
    afterBlank = false;
  }
  fillGroups();
  const grouped = {
    ...(groups.some((role) => role !== heading.role) ? { groups } : {}),
    ...(kinds.some(Boolean) ? { ofAKind: kinds } : {}),
    ...(bodied.some((body) => body !== null) ? { represent: bodied } : {}),
    ...(guestOf.some((body) => body !== null) ? { guestOf } : {}),
  };
  return { role: heading.role, ...(heading.members ? { members: heading.members } : {}), paragraphs, ...grouped, indexes, end: index };
}

// ── Placing people in lists ───────────────────────────────────────────────

/** "Officers Present:", "Officers:", "Officials in attendance:", "Staff present:": a heading of the body's own staff by that word. */
const OFFICERS_WORD = /^(?:officers?|officials|staff|(?:council\s+)?employees)\b/i;
/** "In attendance:" alone as a heading, no officers' word before it. */
const IN_ATTENDANCE = /^in\s+attendance\b/i;

/**
 * True when the record heads its own officers' list apart ("Officers Present: …" beside "In attendance: …", as Northern
 * Irish minutes print them): "In attendance" then lists those who are not the body's officers.
 */
function officersApart(lines: readonly string[]): boolean {
  return lines.some((line) => {
    const text = squash(line);
    return OFFICERS_WORD.test(text) && headingOf(text)?.role === 'officers';
  });
}

/**
 * "Mr K Boyle, Northern Ireland Housing Executive" under an "In attendance" list kept apart from the officers': a
 * note that is no staff post, council or member's post (the body the person came from), so held elsewhere, a guest.
 */
function besideOfficersNoted(person: Person): boolean {
  const note = person.role ?? '';
  return /^\p{Lu}/u.test(note) && !person.officer && !person.councillor && !person.outside && memberPostKey(note) === null;
}

/** The lists of those attending who are no members: officers, and those also present. */
function staffList(role: Role): boolean {
  return role === 'officers' || role === 'alsoPresent';
}

/**
 * "Cllr Orchard – no apology received", "(absent without apology)", "(did not attend)" among the apologies: a member
 * who sent none, absent; never one who sent apologies.
 */
const NO_APOLOGY_NOTE =
  /^(?:no\s+apolog(?:y|ies)(?:\s+(?:was\s+|were\s+|had\s+been\s+)?(?:received|given|sent|tendered))?|absent(?:\s+without\s+apolog(?:y|ies))?|did\s+not\s+attend|not\s+present)$/i;

/**
 * "Cllr N Voss (absent)", "Cllr L Pryce (apologies sent)" among those present: a member of the body listed with a status
 * that says they were not there, filed in the list it names (STATUS_NOTES), the status no part of the entry.
 */
const APOLOGIES_NOTE =
  /^(?:apolog(?:y|ies)(?:\s+(?:sent|given|received|tendered))?|(?:sent|gave|tendered)\s+(?:(?:his|her|their)\s+)?apologies)$/i;

/** The list a status note among those present names ("absent", "apologies"), or null for any other note. */
function statusNoted(person: Person): ListName | null {
  const note = squash(person.role ?? '');
  if (NO_APOLOGY_NOTE.test(note)) return 'absent';
  return APOLOGIES_NOTE.test(note) ? 'apologies' : null;
}

/**
 * "Honorary Alderman F Busby", "Honorary Freeman G Tate": an honour a council confers on a former member, no seat and
 * no vote (printed "(non-voting)"), so a guest wherever listed, the title kept with the name.
 */
const HONORARY_TITLE = /^honorary\s+(?:alder(?:man|men|woman|women)|free(?:man|men|woman|women))\s/i;

/** The list a person belongs in, given the heading they were listed under. */
function listFor(person: Person, role: ListName, officersParagraph: boolean, members?: MembersHeading): ListName {
  if (role === 'apologies' && NO_APOLOGY_NOTE.test(person.role ?? '')) return 'absent';
  // "Councillor Moss for Councillor Reed" under an apologies item: Moss came in Reed's place, no apology of Moss's.
  if ((role === 'apologies' || role === 'absent') && person.forWhom !== null && person.forWhom !== '') return 'substitutes';
  // "Cllr Reed (substituted by Cllr Moss)" among those present or the substitutes: another sat in Reed's seat, so Reed
  // was away; whether Reed sent apologies the line does not say.
  if ((role === 'present' || role === 'substitutes') && person.stoodInBy !== null) return 'absent';
  if (role === 'apologies' || role === 'absent' || role === 'substitutes' || role === 'presenters') return role;
  if (role === 'present' && HONORARY_TITLE.test(person.name)) return 'alsoPresent';
  if (members === 'ofAKind' && !person.also) return role;
  if (members === 'named' && person.officer && MEMBER_POST.test(person.role ?? '')) return role;
  // A post with another body or outside the council's staff ("Medical Director, Eastfield NHS Trust", "Police and Crime
  // Commissioner", "Fund Actuary"), listed with the officers or those also present: a guest, not the council's officer.
  if (person.elsewhere && (role === 'alsoPresent' || role === 'officers')) return 'alsoPresent';
  if (person.officer) return 'officers';
  // Under "Officers present", a council named beside one who is no councillor is their employer, not a visit.
  if (role === 'officers' && person.outside && !person.councillor) return 'officers';
  if (person.outside || person.also) return 'alsoPresent';
  if (role === 'officers') return person.councillor ? 'alsoPresent' : 'officers';
  return officersParagraph && !person.councillor ? 'officers' : role;
}

/** The lists of the members, whose entries are names, a member's post after a comma only where it says why they are one. */
const MEMBERS_LISTS: readonly ListName[] = ['present', 'apologies', 'absent'];

/**
 * How a person is written in a list: officers with their role, substitutes with whom for, others by name. `roled`: the
 * role a table's role column gives a member ("Members / Role": "Nominated by Health Board (Non-Executive Member)",
 * "Registered Nurse"), kept after the name as a member's post is, as it says what seat on the board they hold.
 */
/**
 * "Virtual School Headteacher", "Head of Virtual School": a note printed as a job's title, each word but the small ones
 * capitalised; never a note in words ("observing", "part of meeting").
 */
function jobTitle(note: string): boolean {
  const words = note.split(/\s+/).filter((word) => !/^(?:of|and|for|the|to|in|&)$/i.test(word));
  return words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word));
}

function entry(person: Person, list: ListName, roled = false): string {
  // A member listed with the post that makes them one ("Director of Public Health") keeps it, as an officer does.
  // A guest holding a post outside the council keeps it too: the post is why they attend ("Police and Crime Commissioner").
  const withPost =
    list === 'officers' ||
    ((list === 'present' || list === 'alsoPresent') && person.elsewhere) ||
    // A guest who is no councillor keeps the job they came in ("Virtual School Headteacher"), whoever employs them.
    (list === 'alsoPresent' && person.job && !person.councillor && jobTitle(person.role ?? '')) ||
    (list === 'present' && person.officer) ||
    // "Mr T Craik - Carers Representative": the seat one who is no councillor holds is why they are a member, kept; a
    // kind of member ("Co-opted Member", "Parent Governor Representative", MEMBER_NOTE) says no seat, and is not.
    (MEMBERS_LISTS.includes(list) && !person.councillor && isSeat(person.role ?? '') && !MEMBER_NOTE.test(person.role ?? '')) ||
    (roled && MEMBERS_LISTS.includes(list));
  // The items a guest or an officer came for ("for item 5") stay with the entry, the post kept or not; a member's
  // coming and going is read as a movement (movements.ts).
  const items = (list === 'alsoPresent' || list === 'officers') && person.items !== null ? ` (${person.items})` : '';
  if (withPost) return [person.name, person.role].filter((part) => part !== null && part !== '').join(', ') + items;
  if (list === 'substitutes' && person.forWhom) return `${person.name} (for ${person.forWhom})`;
  return person.name + items;
}

function add(attendance: Filing, list: ListName, person: Person, roled = false): void {
  attendance[list].push(entry(person, list, roled));
  notePartner(attendance, list, person, roled);
  if (person.forWhom !== null && list !== 'substitutes') attendance.substitutes.push(entry(person, 'substitutes'));
  if (person.stoodInBy !== null) attendance.substitutes.push(`${person.stoodInBy} (for ${person.name})`);
}

/**
 * Notes a member present or an apology listed with a partner's note (partnerNote), as the list's entry names them. One
 * listed under the body they represent (roled) sends a member's apologies, the list's label says so.
 */
function notePartner(attendance: Filing, list: ListName, person: Person, roled: boolean): void {
  const note = partnerNote(person);
  const post = officerNote(person);
  const listed = list === 'present' || (list === 'apologies' && !roled);
  if (person.name === '' || !listed) return;
  const name = squash(entry(person, list, roled));
  if (note !== null) attendance.partners.push({ list, name, note });
  else if (post !== null) attendance.partners.push({ list, name, note: post, officer: true });
}

/**
 * True when a list of those also present names the body's own staff alone, each with a post: one at least an officer
 * by it ("Clerk to the Joint Committee"), every other no councillor and no other body's ("Superintendent and
 * Registrar"), as a joint committee or a board lists its clerk, treasurer and manager. One list then, the officers',
 * each keeping their post, never the officer's in one list and the others' in another, their posts dropped.
 */
function staffBlock(block: Block): boolean {
  if (block.role !== 'alsoPresent') return false;
  const people = block.paragraphs.flatMap(readPieces).filter((piece): piece is Person => piece.kind === 'person');
  const ownStaff = (person: Person): boolean =>
    person.name !== '' && person.role !== null && !person.councillor && !person.outside && !person.elsewhere && !person.also;
  return people.some((person) => person.officer) && people.every(ownStaff);
}

/**
 * "41 electors of the town": the electors counted, as a town's or a parish's meeting of its electors lists those it is
 * of; no one named, so none in a list, and the count warned of (the meeting is theirs, not the public's in the gallery).
 */
const ELECTORS_COUNTED = /^\d+\s+(?:local\s+government\s+)?electors?\b/i;

/**
 * "four other parish councillors", "3 councillors": members counted and not named, as a parish meeting's minutes say who
 * came; no one to list, so the count warned of as the electors' is.
 */
const MEMBERS_COUNTED =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+(?:other\s+)?(?:(?:parish|town|community)\s+)?councillors\b/i;

/** "One member of the public", "3 residents": the public counted, not a heading over their names. */
const COUNTED = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|no)\s/i;

/**
 * True when most of those present are listed with the council they represent ("Cllr A Abbott,
 * Ashby District Council"), as a joint body (a police and crime panel, a joint committee) lists its
 * members: a named council then says whom a member represents, not that they visited.
 */
function representsCouncils(block: Block): boolean {
  const { passing, all } = presentWho(block, namesCouncil);
  return passing >= 2 && passing * 2 > all;
}

/** Of those a block lists as present, how many pass `test`, and how many there are (none for other blocks). */
function presentWho(block: Block, test: (person: Person) => boolean): { passing: number; all: number } {
  if (block.role !== 'present') return { passing: 0, all: 0 };
  const people = block.paragraphs.flatMap(readPieces).filter((piece): piece is Person => piece.kind === 'person');
  return { passing: people.filter(test).length, all: people.length };
}

/** Listed with a council: after a comma ("Cllr A Abbott, Ashby District Council"), or in brackets ("(Kettleby Borough Council)"). */
function namesCouncil(person: Person): boolean {
  return (person.role !== null && isCouncilName(person.role)) || person.council !== undefined;
}

/** How many councils those a block lists as present are listed with ("Cllr A Abbott, Ashby District Council"). */
function councilsNamed(block: Block): number {
  const people = block.role === 'present' ? block.paragraphs.flatMap(readPieces) : [];
  return new Set(people.flatMap((piece) => (piece.kind === 'person' && namesCouncil(piece) ? [piece.role] : []))).size;
}

/**
 * True when two thirds of those present carry a tier's title ("County Councillor A Pryce"), as a Welsh
 * county's own minutes title its members: the title is the body's own, not a visitor's.
 */
function ownTier(block: Block): boolean {
  const { passing, all } = presentWho(block, (person) => person.outside && person.councillor);
  return passing >= 2 && passing * 3 >= all * 2;
}

/**
 * "Ms P Ruiz (Healthwatch Northmoor)", "Mrs D Pryor, Oakgate Residents Association", "Dr S Mahmood – Fenwold Primary
 * Care Network" among those attending: a note in brackets, after a comma or after a dash that is a body's name and no
 * post (namesBody), the body the person came from: held elsewhere, as a post with it is, and kept with them. Among
 * members, the body is whom a co-opted member represents.
 */
function bodyNoted(person: Person): boolean {
  const note = !person.officer && !person.elsewhere && !person.councillor ? (person.role ?? '') : '';
  return namesBody(note);
}

/** A guest's note that names their body in words no body's word is among (outsideBodyName), when no post or council said it. */
function bodyNamedPlainly(person: Person): boolean {
  return !person.officer && !person.elsewhere && !person.councillor && !person.outside && outsideBodyName(person.role ?? '');
}

/** "(members of the public)", "(residents)": a note in the plural after names, that says each of them is the public. */
const PUBLIC_PLURAL_NOTE = /\((?:[^()]*\s)?(?:members\s+of\s+(?:the\s+)?public|residents|parishioners)\)$/i;

/** A person a list names with nothing said of them: no note, councillor's title, post or items. */
function unnoted(piece: Piece | undefined): boolean {
  if (piece?.kind !== 'person') return false;
  const said = [piece.role, piece.items, piece.forWhom, piece.stoodInBy, piece.chair, piece.post];
  return piece.name !== '' && !piece.councillor && !piece.outside && said.every((note) => note === null);
}

/** "Members of the public - Mr Ned Willis", "Public: Mr F Lacey": the public's label, then whom it names (group 1). */
const PUBLIC_LABELLED = /^(?:members?\s+of\s+(?:the\s+)?public|public)(?:\s+present)?\s*[-–:]\s*(.+)$/i;

/** The names a piece that is the public gives: "Mrs P Hart" of "Mrs P Hart (member of the public)", "Mr Ned Willis" of "Members of the public - Mr Ned Willis"; none of "3 members of the public". */
function publicNames(text: string): string[] {
  const listed = PUBLIC_LABELLED.exec(text)?.[1] ?? text.replace(/\s*\([^()]*\)$/, '');
  return readPieces(listed).flatMap((piece) => (piece.kind === 'person' && piece.name !== '' ? [piece.name] : []));
}

/**
 * The members of the public a paragraph's pieces name, by the piece's index: a piece of the public that names someone
 * ("Mrs P Hart (member of the public)", "Members of the public - Mr Ned Willis"), and before a note in the plural ("Mr
 * D Olsen and Mrs P Hart (members of the public)") each person named with nothing said of them, back to one of whom
 * something is ("Mrs J Kell (Parish Clerk)"): the note speaks of them all. "3 members of the public" names no one.
 */
function publicByNote(pieces: readonly Piece[]): Map<number, string[]> {
  const found = new Map<number, string[]>();
  for (const [at, piece] of pieces.entries()) {
    const names = piece.kind === 'public' ? publicNames(piece.text) : [];
    if (piece.kind !== 'public' || names.length === 0) continue;
    found.set(at, names);
    if (!PUBLIC_PLURAL_NOTE.test(piece.text)) continue;
    for (let before = at - 1; unnoted(pieces[before]); before -= 1) found.set(before, [(pieces[before] as Person).name]);
  }
  return found;
}

/**
 * "Executive Director of Communities; Head of Housing; Legal Manager", "Director of Highways, Transport Planning Manager,
 * Democratic Services Officer": posts and no names, as Scottish and county minutes list the officers attending. Each post
 * is one officer who attended, kept as printed (a post without its holder's name is still someone there). Parted at
 * semicolons, else at a comma only where what follows is a post of its own, so "Executive Chief Officer, Communities and
 * Place" stays one; never at "and" ("Director of Finance and Resources"). Null when any part is no post.
 */
function postsAlone(paragraph: string): Piece[] | null {
  const text = squash(paragraph).replace(/[.;]$/, '');
  const semicolons = text.includes(';');
  const posts: string[] = [];
  for (const part of text.split(semicolons ? /\s*;\s*/ : /\s*,\s*/)) {
    const last = posts.length - 1;
    if (last >= 0 && !semicolons && postAlone(part) === null) posts[last] = `${posts[last] ?? ''}, ${part}`;
    else posts.push(part);
  }
  const people = posts.map(postAlone);
  if (posts.length > 1 && people.every((person) => person !== null)) return people as Person[];
  // "Head of Housing (A Moffat); Legal Manager": a named officer's entry, then a post alone, neither the other's.
  const mixed = semicolons && people.some((person) => person !== null) ? posts.flatMap((part, at) => namedOrPost(part, people[at])) : [];
  if (mixed.length > 0 && mixed.every((piece) => piece.kind === 'person' && (piece.name !== '' || piece.role !== null))) return mixed;
  const whole = postAlone(text);
  return whole === null ? null : [whole];
}

/** One entry of a list parted by semicolons: the post alone it is, or the people it names. */
function namedOrPost(part: string, post: Person | null | undefined): Piece[] {
  return post ? [post] : readPieces(part);
}

/**
 * Files the people of a block (a membership's into `members`); after "Members of the public" the
 * rest of the block is dropped, unless the public were only counted: then the next line lists people again.
 * Members of the public named are filed in no list (the lists are the meeting's members, officers and guests, and
 * each name in them makes a person's page): their names as printed are returned, for the caller to warn of.
 */
function fileBlock(attendance: Filing, block: Block, members: string[], posts: PostHolder[]): string[] {
  const publicNamed: string[] = [];
  if (block.role === 'members') {
    members.push(...readMembership(block.paragraphs));
    return publicNamed;
  }
  const representing = representsCouncils(block);
  // A joint meeting's members, of several councils: each keeps the council they come from (a council's own keep none).
  const joint = representing && councilsNamed(block) >= 2;
  const tiered = ownTier(block);
  let role: Role = staffBlock(block) ? 'officers' : block.role;
  let counted = false;
  for (const [at, paragraph] of block.paragraphs.entries()) {
    const group = block.groups?.[at] ?? block.role;
    // A group's label ("Observers:" under "Members of the public: none") lists people again.
    if (counted || group !== (block.groups?.[at - 1] ?? block.role)) role = group;
    counted = false;
    // Posts alone among those attending ("Head of Housing; Legal Manager") are officers, each post kept whole (postsAlone).
    const byPost = staffList(role) ? postsAlone(paragraph) : null;
    const pieces = byPost ?? readPieces(paragraph);
    const people = pieces.filter((piece): piece is Person => piece.kind === 'person');
    // Officers listed with their jobs; not members untitled but for their offices ("Anne Bell (Chair), Colin Dow (Secretary)").
    // A job is a note that reads as a post or a body (attendance-person.ts): a note in words ("(joined by video)") is none,
    // nor a faith or a union a member represents ("Mrs A Bell (Muslim)").
    const officersParagraph = people.some(postNoted) && !people.some((person) => person.councillor || person.chair !== null);
    const noted = publicByNote(pieces);
    for (const [index, piece] of pieces.entries()) {
      if (piece.kind === 'public') [role, counted] = ['public', COUNTED.test(piece.text)];
      // "9 members of the Town Council, the Town Clerk (Mr N Skerritt)": a count names no one, so one named after it is no public.
      else if (counted && piece.kind === 'person') [role, counted] = [group, false];
      if (piece.kind === 'public' && ELECTORS_COUNTED.test(piece.text)) attendance.counted.push(piece.text);
      if (piece.kind !== 'person' && MEMBERS_COUNTED.test(piece.text)) attendance.counted.push(piece.text);
      // "Members of the Public Present: County Cllr D Vaughan": a councillor of another council is a guest, no member of the public.
      const guest = piece.kind === 'person' && piece.outside && piece.councillor;
      if (piece.kind === 'person' && role === 'public' && guest) add(attendance, 'alsoPresent', piece);
      const named = noted.get(index) ?? (piece.kind === 'person' && piece.name !== '' && role === 'public' && !guest ? [piece.name] : []);
      publicNamed.push(...named);
      if (piece.kind !== 'person' || role === 'public' || role === 'members' || noted.has(index)) continue;
      const away = role === 'present' ? statusNoted(piece) : null;
      const unnotedPiece = away === null ? piece : { ...piece, role: null, job: false };
      // "Cllr M Rusk - Chair, Kestleford Borough Council": the chair present is the meeting's member, never a visiting
      // councillor, the council kept as a joint meeting's members keep theirs.
      const chairing =
        role === 'present' && unnotedPiece.chair !== null && unnotedPiece.councillor && unnotedPiece.outside && namesCouncil(unnotedPiece);
      const local =
        (representing && namesCouncil(unnotedPiece)) || (tiered && unnotedPiece.councillor) || chairing
          ? { ...unnotedPiece, outside: false }
          : unnotedPiece;
      // "Ms C Morgan – Natural Resources Wales" among those also present: the body they came from, though no body's word names it.
      const fromOutside = role === 'alsoPresent' && bodyNamedPlainly(local);
      const elsewhere =
        bodyNoted(local) || fromOutside || isGuestNote(local) || (block.besideOfficers === true && besideOfficersNoted(local));
      const fromBody = guestFrom(local, block.guestOf?.[at] ?? null);
      const person = staffList(role) && elsewhere ? { ...local, elsewhere: true } : fromBody;
      // One a body nominated is its member wherever listed, as one under a "Representing …:" label is.
      const ofAKind = block.ofAKind?.[at] === true || person.nominated !== undefined;
      const list = away ?? listFor(person, role, officersParagraph, ofAKind ? 'ofAKind' : block.members);
      // A member listed under the body they represent keeps it after the name, as a member's post is kept (REPRESENTING).
      const body = block.represent?.[at] ?? person.nominated ?? null;
      const ownCouncil = (joint || chairing) && list === 'present' && namesCouncil(person);
      // "Cllr E Haddow (Vale District Council) - Chair": kept with the council in brackets, as after a comma.
      const withCouncil = ownCouncil && person.council !== undefined ? { ...person, role: person.council } : person;
      // The nominating body stands for the note that named it ("nominated by the …"), never written twice.
      const bare = person.nominated === undefined ? person : { ...person, role: null };
      add(attendance, list, body === null ? withCouncil : { ...bare, role: representedRole(bare, body) }, body !== null || ownCouncil);
      // "Cllr R Okafor (Leader of the Council)": a member's post too, whom a mover "the Leader" means (vote-names.ts).
      const memberPost = person.councillor && person.role !== null && memberPostKey(person.role) !== null ? person.role : null;
      const post = person.post ?? person.chair ?? memberPost;
      if (list === 'present' && post !== null && person.name !== '') posts.push({ post, name: person.name });
    }
  }
  return publicNamed;
}

/** The list a heading over dashed lines heads (attendance-dashed.ts): "Attendance Details" those present. */
function dashedHeading(text: string): DashedRole | null {
  if (ATTENDANCE_SECTION.test(text)) return 'present';
  const heading = headingOf(text);
  const role = heading?.rest === '' ? heading.role : null;
  return role === 'present' || role === 'apologies' || role === 'absent' ? role : null;
}

/** One person of a dashed list as a block of their own: a member with the council they come from, an officer with their post. */
function dashedBlock(entry: DashedEntry): Block {
  const paragraphs = [entry.post === null ? entry.name : `${entry.name}, ${entry.post}`];
  const council = entry.council === null ? {} : { represent: [entry.council], ofAKind: [true] };
  return { role: entry.role, paragraphs, indexes: [], end: 0, ...council };
}

/**
 * Files an attendance table's people by each row's status: those "In attendance" as a heading "In attendance" files
 * them (officers, or councillors also present); those "Expected" (a table printed before the meeting) as the
 * committee's members, since who came is not yet known.
 */
function fileTable(attendance: Filing, table: AttendanceTable, members: string[], posts: PostHolder[]): void {
  for (const { person, status, roled } of table.rows) {
    if (status === 'expected') members.push(memberEntry(person));
    else if (status === 'substitute') add(attendance, listFor(person, 'present', false), { ...person, forWhom: person.forWhom ?? '' });
    else if (status === 'inAttendance') add(attendance, listFor(person, 'officers', false), person);
    else if (status === 'alsoPresent') add(attendance, listFor(person, 'alsoPresent', false), person);
    else add(attendance, status === 'present' ? listFor(person, 'present', false) : status, person, roled);
    // "Ailsa Roxburgh (Chairperson)" in a table of those present: the chair, as a list's "(Chair)" says (fileBlock).
    const post = person.post ?? person.chair;
    if (status === 'present' && post !== null && person.name !== '') posts.push({ post, name: person.name });
  }
}

// ── Sentences ─────────────────────────────────────────────────────────────

/** "Apologies were received from Councillor A and from Mr B": a sentence of apologies, group 1 those it names. */
export const APOLOGIES_SENTENCE = new RegExp(String.raw`\b${APOLOGIES_RECEIVED}(.+)$`, 'i');
/** "Cllr Ede (ELDC) also sent his apologies.", "Cllr H Parry sent apologies.": one person's apologies, the name first. */
const SENT_APOLOGIES = new RegExp(String.raw`^(${TITLE}${NAME}(?:\s*\([^)]*\))?)\s+${SENT_APOLOGIES_WORDS}`, 'u');
const NO_APOLOGIES = /^(?:there\s+were\s+no\s+apologies|no\s+apologies(?:\s+(?:were|had\s+been)\s+received)?|apologies\s*[:-]?\s*none)\b/i;
const SENTENCE_END = new RegExp(FULL_STOP, 'u');
/** A sentence that opens with its apologies ("Apologies were received from …", "Derbyniwyd ymddiheuriadau gan …"): all of it attendance. */
const APOLOGIES_FIRST = new RegExp(String.raw`^(?:(?:an\s+)?apolog(?:y|ies)\b|${WELSH_APOLOGIES_RECEIVED})`, 'i');
/**
 * "Councillor V Sumner attended as his substitute.": a substitute for the member the sentence before sent apologies
 * for, as a joint committee's apologies item says it (group 1 the name). For whom is said only by that sentence.
 */
const THEIR_SUBSTITUTE = new RegExp(
  String.raw`^${TITLE}(${NAME})\s+(?:attended|was\s+present|was\s+in\s+attendance)\s+as\s+(?:his|her|their)\s+substitute$`,
  'u',
);

/** "Councillors A Bell (Chair), C Dunn and G Hale were present.": a list of those present as one sentence (group 1 the list). */
const WERE_PRESENT = /^(.+?)\s+(?:were|was)\s+present$/i;

/**
 * Reads a sentence that lists those present, as parish minutes write it instead of a heading; only a list opening with
 * a title ("Councillors", "Mrs") whose every entry is a named person, so "All members were present" names no one.
 */
function fileWerePresent(attendance: Filing, sentence: string, posts: PostHolder[]): boolean {
  const list = WERE_PRESENT.exec(sentence)?.[1] ?? '';
  if (!NEW_TITLE.test(list) || !isListLine(list)) return false;
  const pieces = readPieces(list);
  if (!pieces.every((piece) => piece.kind === 'person' && piece.name !== '')) return false;
  fileBlock(attendance, { role: 'present', paragraphs: [list], indexes: [], end: 0 }, [], posts);
  return true;
}

/**
 * Reads "… attended as his substitute" after the apologies of `away` (those the sentence before named): the substitute
 * for that one member; for whom unsaid when that sentence named more than one or none, as "his" then points at no one sure.
 */
function fileTheirSubstitute(attendance: Filing, sentence: string, away: readonly string[]): boolean {
  const match = THEIR_SUBSTITUTE.exec(sentence);
  if (!match) return false;
  const person = emptyPerson(match[1] ?? '');
  person.forWhom = away.length === 1 ? (away[0] ?? null) : null;
  attendance.substitutes.push(entry(person, 'substitutes'));
  return true;
}

/** Reads one sentence; true when the whole sentence is about attendance (so its lines can be left out). */
function fileSentence(attendance: Filing, sentence: string): boolean {
  // "Cllr N Loft was absent without apology", "No apologies were received from Cllr N Loft": absent.
  const absent = ABSENT_SENTENCE.exec(sentence)?.[1] ?? NO_APOLOGIES_FROM.exec(sentence)?.[1];
  const absentees = absent === undefined ? [] : readPieces(apologisers(absent));
  if (absentees.length > 0 && absentees.every((piece) => piece.kind === 'person' && piece.name !== '')) {
    for (const piece of absentees) if (piece.kind === 'person') add(attendance, 'absent', piece);
    return true;
  }
  if (NO_APOLOGIES.test(sentence)) return true;
  // "Apologies: Mr I Jenkins (Welsh Government)." among an item's sentences: the heading's list, as on a line of its own.
  const headed = headingOf(sentence);
  if (headed?.role === 'apologies' && headed.rest !== '' && isListLine(headed.rest)) {
    for (const piece of readPieces(headed.rest)) if (piece.kind === 'person') add(attendance, 'apologies', piece);
    return true;
  }
  const sent = SENT_APOLOGIES.exec(sentence);
  if (sent) {
    for (const piece of readPieces(sent[1] ?? '')) if (piece.kind === 'person') add(attendance, 'apologies', piece);
    return true;
  }
  const apologies = APOLOGIES_SENTENCE.exec(sentence);
  if (apologies) {
    for (const piece of readPieces(apologisers(apologies[1] ?? ''))) if (piece.kind === 'person') add(attendance, 'apologies', piece);
    return APOLOGIES_FIRST.test(sentence);
  }
  const substitute = SUBSTITUTE_SENTENCE.exec(sentence) ?? SUBSTITUTED_SENTENCE.exec(sentence);
  if (!substitute) return false;
  const person = emptyPerson(substitute[1] ?? '');
  person.forWhom = substitute[2] ?? null;
  attendance.substitutes.push(entry(person, 'substitutes'));
  return substitute.index === 0;
}

/**
 * "The Clerk, Mrs J Lattimer, was in attendance, together with County Councillor Abbott and four members of the public.",
 * as parish minutes say who attended beside the members (group 1 those named first, group 2 those "together with").
 */
const IN_ATTENDANCE_SENTENCE = /^(.+?),?\s+(?:was|were)\s+(?:also\s+)?in\s+attendance(?:,?\s+(?:together|along)\s+with\s+(.+))?$/i;
/** "The Clerk, Mrs J Lattimer": a post and, after its comma, its holder (group 1 the post, group 2 the holder). */
const POST_THEN_HOLDER = /^the\s+(\p{L}[\p{L}\s'’-]*?),\s+(.+?),?$/iu;

/** "The Clerk, Mrs J Lattimer" -> "Mrs J Lattimer (Clerk)", so the post is the holder's, not a second person. */
function holderOfPost(text: string): string {
  const match = POST_THEN_HOLDER.exec(squash(text));
  const holder = readPieces(match?.[2] ?? '');
  const one = holder.length === 1 && holder[0]?.kind === 'person' && holder[0].name !== '' && holder[0].role === null;
  return one && match ? `${match[2]} (${match[1]})` : text;
}

/**
 * Reads an "… was in attendance, together with …" sentence: those it names attend as the officers' heading's
 * people do (the clerk an officer, a county councillor also present). Read only when every piece is a named
 * person or the public counted ("four members of the public", which no list holds); else false, for the caller.
 */
function fileInAttendance(attendance: Filing, sentence: string): boolean {
  const match = IN_ATTENDANCE_SENTENCE.exec(sentence);
  if (!match) return false;
  const pieces = [holderOfPost(match[1] ?? ''), match[2] ?? ''].flatMap((part) => (part === '' ? [] : readPieces(part)));
  const people = pieces.filter((piece): piece is Person => piece.kind === 'person' && piece.name !== '');
  if (people.length === 0 || people.length + pieces.filter((piece) => piece.kind === 'public').length !== pieces.length) return false;
  for (const person of people) add(attendance, listFor(person, 'officers', false), person);
  return true;
}

/** "Dr G Sutherland in the Chair", as Scottish minutes say who chaired under the list of those present (group 1 the name). */
const NAME_IN_THE_CHAIR = /^(.+?)\s+in\s+the\s+chair$/i;

/** Reads "<name> in the Chair": the one person named held the chair, as "In the Chair: <name>" says (CHAIR_HEADING). */
function fileInTheChair(sentence: string, posts: PostHolder[]): boolean {
  const pieces = readPieces(NAME_IN_THE_CHAIR.exec(sentence)?.[1] ?? '');
  const person = pieces.length === 1 && pieces[0]?.kind === 'person' && pieces[0].name !== '' ? pieces[0] : null;
  // A name and nothing more: "Morven Tulloch, Chairperson, in the Chair" says the post of the list's own row.
  if (person === null || person.role !== null) return false;
  posts.push({ post: 'Chair', name: person.name });
  return true;
}

/** Reads the sentences of a run of lines; returns the lines to leave out of item text. */
function fileProse(attendance: Filing, lines: string[], indexes: number[], posts: PostHolder[]): number[] {
  const text = indexes.map((index) => squash(lines[index] ?? '')).join(' ');
  const sentences = text.split(SENTENCE_END).filter((sentence) => sentence.trim() !== '');
  // Those the sentence before sent apologies for, whom "attended as his substitute" stood in for.
  let away: string[] = [];
  const whole = sentences.map((sentence) => {
    const before = attendance.apologies.length;
    const text = sentence.trim();
    const filed =
      fileTheirSubstitute(attendance, text, away) ||
      fileWerePresent(attendance, text, posts) ||
      fileInTheChair(text, posts) ||
      fileInAttendance(attendance, text) ||
      fileSentence(attendance, text);
    away = attendance.apologies.slice(before);
    return filed;
  });
  return whole.length > 0 && whole.every(Boolean) ? indexes : [];
}

/**
 * Indexes of the run of prose lines starting at `at`: up to a heading, a numbered item or a blank
 * line, unless the line before it left the sentence open ("received from:", "… was substitute;").
 */
function proseRun(lines: string[], at: number): number[] {
  const run = [at];
  for (let index = at + 1; index < lines.length; index += 1) {
    const text = squash(lines[index] ?? '');
    if (text === '' && /[,;:]$/.test(squash(lines[run.at(-1) ?? at] ?? ''))) continue;
    if (text === '' || headingOf(text) || isItemLine(text)) break;
    run.push(index);
  }
  return run;
}

/** A label of those attending that no heading here names ("Guests of the Board:-"): its colon ends it. */
const ATTENDING_LABEL = /\b(?:attendance|attending|present|members?|guests?|visitors?|observers?|officers?)\b[^:]*:-?$/i;

/**
 * The first line under an attendance label the reader has no heading for, when it names a person: the names
 * under it are then unread, for the caller to warn of (nothing dropped unsaid); null otherwise.
 */
function nameUnderLabel(lines: readonly string[], at: number): string | null {
  if (!ATTENDING_LABEL.test(squash(lines[at] ?? ''))) return null;
  const first = squash(lines.slice(at + 1).find((line) => line.trim() !== '') ?? '');
  const pieces = readPieces(first);
  return pieces.some((piece) => piece.kind === 'person' && piece.name !== '') ? first : null;
}

/** "These were received from …" under an apologies heading: the heading's sentence, begun again. */
const THESE_RECEIVED = /^(?:these|they)\s+(?:were|had\s+been|have\s+been)\s+(?:received|submitted|given|tendered)\b/i;

/**
 * A heading whose sentence carries on in lower case on the next filled line ("Apologies" /
 * "were received from: Councillors …", or "These were received from …"): the heading and that
 * run, to read as prose; else null.
 */
function sentenceAfter(lines: string[], at: number): number[] | null {
  let next = at + 1;
  while (next < lines.length && squash(lines[next] ?? '') === '') next += 1;
  const text = squash(lines[next] ?? '');
  if (next >= lines.length || !(/^\p{Ll}/u.test(text) || THESE_RECEIVED.test(text))) return null;
  return [at, ...proseRun(lines, next)];
}

// ── The reader ────────────────────────────────────────────────────────────

function emptyAttendance(): Attendance {
  return { present: [], apologies: [], absent: [], substitutes: [], alsoPresent: [], officers: [], presenters: [] };
}

/** The lists as they are filed, with the partners filed among the members and the apologies (PartnerListed). */
interface Filing extends Attendance {
  partners: PartnerListed[];
  /** Those present counted and no one named, whom a meeting of them is of ("41 electors of the town"): warned of. */
  counted: string[];
}

/** Drops empty names and repeats, keeping the first order; a name printed twice, once shorter, is kept in full (attendance-names.ts). */
function tidy(attendance: Attendance): Attendance {
  const out = emptyAttendance();
  for (const list of Object.keys(out) as ListName[]) out[list] = [...new Set(attendance[list].map(squash).filter((name) => name !== ''))];
  return foldShorterNames(out);
}

/** The status a list's heading gives the rows of a table under it that has no status column of its own. */
const HEADED_STATUS: Partial<Record<Role, TableStatus>> = {
  present: 'present',
  apologies: 'apologies',
  absent: 'absent',
  substitutes: 'substitute',
  officers: 'inAttendance',
  alsoPresent: 'alsoPresent',
};

/** "Present:" alone over "Name / Role / Organisation" and a row a person: the table, each row in the heading's list. */
function headedTable(lines: string[], at: number, heading: Heading | null): AttendanceTable | null {
  const status = heading?.rest === '' ? HEADED_STATUS[heading.role] : undefined;
  if (status === undefined) return null;
  let next = at + 1;
  while (next < lines.length && (lines[next] ?? '').trim() === '') next += 1;
  const table = readAttendanceTable(lines, next, status);
  return table && table.rows.length > 0 ? { ...table, lines: [at, ...table.lines] } : null;
}

/**
 * "Group A - Christian denominations and other religions:" over names, with no "Present" above it, as a SACRE's
 * minutes open their list: the first group's label heads those present, the later groups' labels read under it
 * (membersGroup). Only when names follow it ("Group A - for; Group B - against" is a vote by groups).
 * So too a label of members of a kind with its colon ("Statutory members present:", "Scheme Member Representatives:",
 * "Elected Members present: Mr R Gotobed, …"), as a board or a partnership heads its members by category: each under
 * it a member whatever post or body follows the name.
 */
function groupOpening(lines: string[], at: number): Heading | null {
  const text = squash(lines[at] ?? '');
  // "Members:", "Parish Councillors:" alone name a body's membership (an agenda's), no category of those present.
  const ofAKind = !MEMBER_GROUP.test(text) && text.includes(':') && MEMBERS_KIND_LABEL.test(text) && !MEMBERS_OF_ONE_BODY.test(text);
  const group = MEMBER_GROUP.test(text) || ofAKind ? membersGroup(text, 'present') : null;
  if (group === null) return null;
  const heading: Heading = { role: 'present', rest: group.rest, ...(ofAKind ? { members: 'ofAKind' as const } : {}) };
  return readBlock(lines, at, heading).paragraphs.length > 0 ? heading : null;
}

/** "ATTENDING:" under a list of those present, as Scottish minutes print it: the officers. */
const ATTENDING = /^attending\b/i;

/**
 * "Vice-chair", "Secretary", "Treasurer" alone on a line among those present, as a community council lists its
 * office-bearers, each over the member who holds it: a heading of those present, the office that member's post.
 */
const MEMBER_OFFICE_ALONE =
  /^(?:(?:vice|deputy)[- ]?(?:chair(?:man|woman|person)?|convene[ro]r)|convene[ro]r|(?:minute\s+)?secretary|treasurer)\s*:?$/i;

function officeHeading(text: string): Heading | null {
  return MEMBER_OFFICE_ALONE.test(text) ? { role: 'present', rest: '', office: text.replace(/\s*:$/, '') } : null;
}

/** A heading's role where it stands: "Other Members Present" after a chair's heading are members; "Attending" after those present, officers. */
function roleInContext(found: Heading | null, text: string, afterChair: boolean, afterPresent: boolean): Heading | null {
  if (found && afterChair && OTHER_MEMBERS.test(text)) return { ...found, role: 'present' };
  if (found?.role === 'present' && afterPresent && ATTENDING.test(text)) return { ...found, role: 'officers' };
  return found;
}

/** "Councillors:" alone over the first line of a marked list: its title, read with it. */
function titleAbove(lines: string[], first: number): number[] {
  let at = first - 1;
  while (at >= 0 && (lines[at] ?? '').trim() === '') at -= 1;
  return at >= 0 && LIST_TITLE_ALONE.test(squash(lines[at] ?? '')) ? [at] : [];
}

/** The label two short lines make together ("Also in" over "Attendance:", "PRESENT IN" over "CHAMBER:"), when the first alone is none. */
function wrappedHeading(lines: string[], at: number): string | null {
  const first = squash(lines[at] ?? '');
  const second = squash(lines[at + 1] ?? '');
  if (!/^[A-Za-z]+(?:\s+[A-Za-z]+){0,2}$/.test(first) || !/^[A-Za-z ]+:$/.test(second) || headingOf(first) !== null) return null;
  const joined = `${first} ${second}`;
  return headingOf(joined) !== null && !isListLine(first) ? joined : null;
}

/** A label's words in a column of its own: a word or three, no colon ("Co-opted", "Officers in"). */
const LABEL_WORDS = /^[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2}$/;

/**
 * "Co-opted        Mr J Stott (…)" over "Members:        Ms E Mensah (…)", "Officers in   Mr Kerr, Director" over
 * "Attendance   Ms Loughlin, Head of Waste": a list's label wrapped over two lines of its column, the names in the column
 * beside it. The two lines as one heading with the first line's names, then the second's names alone in their column;
 * null when the two labels together are no heading, or the first is names.
 */
function wrappedLabelColumn(lines: readonly string[], at: number): string[] | null {
  const [label, names, ...more] = filledCells(lines[at] ?? '');
  const [tail, under, ...moreUnder] = filledCells(lines[at + 1] ?? '');
  if (!label || !names || !tail || !under || more.length + moreUnder.length > 0) return null;
  if (label.start !== 0 || tail.start !== 0 || names.start !== under.start) return null;
  const [first, second] = [squash(label.text), squash(tail.text)];
  // "Co-opted" alone reads as a name too; a heading's word is none.
  if (!LABEL_WORDS.test(first) || !LABEL_WORDS.test(second.replace(/:$/, '')) || (isListLine(first) && headingOf(first) === null))
    return null;
  const joined = `${first} ${second.replace(/:$/, '')}`;
  if (headingOf(joined) === null) return null;
  return [`${joined}: ${squash(names.text)}`, `${' '.repeat(under.start)}${under.text}`];
}

/**
 * ", the Town Clerk (Mr N Skerritt) and the following guests: County Councillor R Penwill, …": a list's sentence that
 * names a second list by its label inside it. Read as that label's heading ("Guests: …"), on its line or after the first
 * list's names; only a label of those attending (guests, visitors, officers).
 */
const FOLLOWING = /(^\s*|,?\s+)(?:and\s+)?the\s+following\s+(guests|visitors|officers)\s*:\s*/giu;

function followingLabels(line: string): string {
  return line.replace(
    FOLLOWING,
    (_all, before: string, label: string) =>
      `${before.trim() === '' ? before : '. '}${label.charAt(0).toUpperCase()}${label.slice(1).toLowerCase()}: `,
  );
}

/**
 * Finds the attendance in `all` (a record's header before its first item, or the text of an
 * "Apologies"/"Attendance" item) and says which lines it read, so the caller can keep them out of
 * item text. Names lose "Cllr"/"Councillor" and "(Chair)" notes but keep Mr/Mrs/Dr as printed.
 * `date` is the meeting's (ISO, null when not known): the column of an attendance register it reads.
 */
export function readAttendance(all: string[], date: string | null = null): AttendanceFound {
  const attendance: Filing = { ...emptyAttendance(), partners: [], counted: [] };
  const members: string[] = [];
  const read: number[] = [];
  const posts: PostHolder[] = [];
  const unread: AttendanceFound['unread'] = [];
  // "Member  12 Jan  9 Mar" over a mark a date: a register, whose column of this meeting's `date` is read first, its
  // lines then blank to the rest (its marks after a name are no marked list's).
  const register = readRegister(all, date);
  for (const entry of register?.entries ?? [])
    fileBlock(attendance, { role: entry.role, paragraphs: [entry.text], indexes: [], end: 0 }, members, posts);
  unread.push(...(register?.warnings ?? []).map((said) => ({ heading: 'Attendance register', first: '', said })));
  read.push(...(register?.lines ?? []));
  const given = all.map((line, index) => (register?.lines.includes(index) ? '' : line));
  // "P  Peter Crewe" under a key "P: Present": read first, its lines then blank to the rest.
  const marked = readMarkedList(given);
  for (const entry of marked?.entries ?? [])
    fileBlock(attendance, { role: entry.role, paragraphs: [entry.text], indexes: [], end: 0 }, members, posts);
  const dashed = readDashedLists(given, dashedHeading);
  for (const entry of dashed.entries) fileBlock(attendance, dashedBlock(entry), members, posts);
  const markedLines = new Set([...(marked?.lines ?? []), ...(marked ? titleAbove(given, marked.lines[0] ?? -1) : []), ...dashed.lines]);
  read.push(...markedLines);
  let lines = given.map((line, index) => (markedLines.has(index) ? '' : followingLabels(line)));
  // "Co-opted   Mr J Stott" over "Members:   Ms E Mensah": a label wrapped in its column beside the names, one heading.
  for (let index = 0; index + 1 < lines.length; index += 1) {
    const besideNames = wrappedLabelColumn(lines, index);
    if (besideNames !== null) lines = [...lines.slice(0, index), ...besideNames, ...lines.slice(index + 2)];
  }
  const apart = officersApart(lines);
  let at = 0;
  let afterChair = false;
  // The list the last heading read heads: an office-bearer's heading ("Secretary") is one only among those present.
  let lastRole: Role | null = null;
  // A key over a table ("Key: ✓ = present" over "Councillor | Attendance"): read, left in place for the table to read its codes by.
  const keyOver = new Set(keyOverTable(lines));
  while (at < lines.length) {
    if (keyOver.has(at)) {
      read.push(at);
      at += 1;
      continue;
    }
    // "Also in" over "Attendance:": a heading wrapped in a narrow column is read as one line.
    const wrapped = wrappedHeading(lines, at);
    if (wrapped !== null) {
      read.push(at);
      at += 1;
      lines = [...lines.slice(0, at), wrapped, ...lines.slice(at + 1)];
    }
    const text = squash(lines[at] ?? '');
    const found =
      text === ''
        ? null
        : (headingOf(text) ??
          rosterHeading(lines, at) ??
          panelHeading(lines, at) ??
          (lastRole === 'present' ? officeHeading(text) : null) ??
          groupOpening(lines, at));
    const heading = roleInContext(found, text, afterChair, attendance.present.length > 0);
    if (heading) lastRole = heading.role;
    if (text !== '') afterChair = heading?.chair === true;
    const sentence = heading?.rest === '' ? sentenceAfter(lines, at) : null;
    const table = readAttendanceTable(lines, at) ?? headedTable(lines, at, heading);
    const guests = text === '' ? null : (itemGuests(lines, at) ?? readLabelledGuests(lines, at));
    if (table) {
      fileTable(attendance, table, members, posts);
      unread.push(...table.unread.map((first) => ({ heading: table.header, first })));
      read.push(...table.lines);
      at = (table.lines.at(-1) ?? at) + 1;
    } else if (sentence) {
      read.push(...fileProse(attendance, lines, sentence, posts));
      at = (sentence.at(-1) ?? at) + 1;
    } else if (heading) {
      const block = readBlock(lines, at, heading);
      if (apart && heading.role === 'officers' && IN_ATTENDANCE.test(text)) block.besideOfficers = true;
      const firstRaw = lines.slice(at + 1).find((line) => line.trim() !== '') ?? '';
      const first = squash(firstRaw);
      // A heading straight over another ("Present:" over "Committee Members:") heads nothing of its own.
      const headsNames =
        first !== '' &&
        headingOf(first) === null &&
        !isItemLine(first) &&
        !isPartHeading(first) &&
        !NONE_SAID.test(first) &&
        !isAttendanceTableHeader(firstRaw) &&
        itemGuests([first], 0) === null;
      if (block.paragraphs.length === 0 && NAMED_LISTS.includes(block.role) && headsNames) unread.push({ heading: text, first });
      if (namesNoOne(block)) {
        const words = block.paragraphs.join(' ');
        // "the same members as above": who they were is the meeting above's, for the file's reader to fill (present-above.ts).
        const above = asAbove(words);
        unread.push({ heading: text, first: words, nobody: true, ...(above === null ? {} : { above }) });
      }
      // A hearing's parties and an inquiry's witnesses are read whole or left for the caller to warn of (hearing-parties.ts).
      // "Objector - Mrs A Bell": a party's label before a dash, as before a colon.
      const label = text.split(/:|\s[–—-]\s/)[0] ?? '';
      const presenting = PRESENTING.test(text);
      const witnesses = presenting || WITNESSES.test(label);
      const listed = witnesses ? witnessLines(lines, block, heading.rest) : joinOpenPartyLines(block.paragraphs);
      // Those under "Presenting:" presented; no witness's note.
      const lead = presenting ? null : 'Witness';
      const readLine = witnesses ? (list: string) => readWitnessLine(list, lead) : (list: string) => readPartyLine(label, list);
      const parties = block.role === 'presenters' ? listed.map(readLine) : [];
      if (parties.some((party) => party === null)) {
        at = Math.max(block.end, at + 1);
        continue;
      }
      attendance.presenters.push(...parties.flatMap((party) => party ?? []));
      const publicNamed = block.role === 'presenters' ? [] : fileBlock(attendance, block, members, posts);
      // "Public: Mr D Olsen, Mrs P Hart": members of the public named, whom no list holds, are warned of by name.
      const publicHeading = block.role === 'public' ? `${label}:` : 'Members of the public';
      if (publicNamed.length > 0) unread.push({ heading: publicHeading, first: publicNamed.join(', '), public: true });
      // "Chair: Cllr A Fenn", or "In the Chair:" over "Councillor Ann Holt (Mayor)" alone: the one person the chair's heading names held the chair.
      const chairLine = heading.rest !== '' ? heading.rest : block.paragraphs.length === 1 ? (block.paragraphs[0] ?? '') : '';
      const chaired = heading.chair && chairLine !== '' ? readPieces(chairLine) : [];
      if (chaired.length === 1 && chaired[0]?.kind === 'person' && chaired[0].name !== '')
        posts.push({ post: 'Chair', name: chaired[0].name });
      read.push(...block.indexes);
      at = Math.max(block.end, at + 1);
    } else if (guests !== null) {
      // "Item 5.1: Mr R Cowie, Solicitor for the Applicant", "Children in Care Council representatives: Kayden (aged 15)"
      // among those attending: guests of that item, or of the label (hearing-parties.ts).
      attendance[guests.list].push(...guests.people);
      read.push(...guests.lines);
      if (guests.unread !== null) unread.push(guests.unread);
      at = (guests.lines.at(-1) ?? at) + 1;
    } else if (text !== '') {
      const run = proseRun(lines, at);
      const filed = fileProse(attendance, lines, run, posts);
      read.push(...filed);
      const first = filed.length === 0 ? nameUnderLabel(lines, at) : null;
      if (first !== null) unread.push({ heading: text, first });
      at = (run.at(-1) ?? at) + 1;
    } else at += 1;
  }
  const readLines = [...new Set(read)].sort((a, b) => a - b);
  unread.push(...attendance.counted.map((count) => ({ heading: 'Present', first: count, counted: true as const })));
  // "(GO attending)" after an apology: the stand-in named as the list names the one whose initials those are.
  attendance.substitutes = standInsNamed(attendance);
  return { attendance: tidy(attendance), partners: attendance.partners, members: [...new Set(members)], lines: readLines, unread, posts };
}
