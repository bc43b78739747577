/**
 * The heading of a list of those attending, read from its line: "Present:", "Apologies:", "In attendance:", "Also
 * present for item 5:", a chair's line ("In the Chair: …"), a post's line ("Legal Adviser: G Drake"), a bilingual
 * Welsh heading, a bracketed label ("(Officials)"). Apart from the reader of the names under it (attendance-block.ts)
 * because every part asks whether a line is a heading, and the heading words are one long list of their own.
 */
import { COUNCILLORS_SOURCE, COUNCILLOR_SOURCE } from '../../../src/model/honorifics.ts';
import { WELSH_APOLOGIES_HEADING } from '../../../src/model/welsh-words.ts';
import { APOLOGIES_RECEIVED } from '../attendance-text.ts';
import { type MembersHeading, type Role, isListLine } from './attendance-lists.ts';
import { HOW_ATTENDED_SOURCE } from './person-notes.ts';
import { LABEL_QUALIFIER, qualifierNote } from './attendance-label-qualifier.ts';
import { fromBodyHeading } from './attendance-from-body.ts';
import { labelPost, POST_LABEL_LEAD, readPieces } from './attendance-person.ts';
import { squash } from './attendance-piece.ts';
import { WITNESSES_SOURCE } from './attendance-witnesses.ts';
import { MEMBERS_OF_THE_BODY } from './attendance-body-labels.ts';
import { respondentsListed } from './attendance-respondents.ts';
import { MEMBERSHIP_HEADING_SOURCE } from './membership.ts';
import { HONORARY_SOURCE, STAFF_POST } from './role-words.ts';

/** A tier of local government's word ("District", "County"), as a label names the councillors of another tier. */
export const TIER_WORD = String.raw`(?:county|district|borough|city|town|parish|unitary|ward|division(?:al)?)`;
/**
 * "Voting Members present:", "Non-voting members", "Co-opted member:", as a board of partners heads its
 * members: those under it are members whatever post they hold ("Director of Public Health"), not officers.
 */
// "Co-opted Members (non-voting):": the kind said again in brackets.
// "Co-opted (non-voting):", "Co-optees:", as a SACRE or a schools forum heads its co-opted members: "members" left unsaid.
// "District council co-opted members (non-voting):", as a county's health scrutiny heads the districts' councillors it co-opts.
// "Members of the Board (voting):", as a joint board heads its members beside its co-opted ones: the kind said in brackets.
const MEMBERS_OF_A_KIND = String.raw`(?:${MEMBERS_OF_THE_BODY}\s*\((?:non-)?voting\)|(?:${TIER_WORD}\s+councils?\s+)?(?:(?:non-)?voting|co-?opted|independent)\s+members?|co-?opted|co-?optees)(?:\s*\((?:non-)?voting\))?(?:\s+present)?`;
// Its end no word's middle: after a bracket ("(voting)") no word boundary is there to find.
const MEMBERS_OF_A_KIND_LEAD = new RegExp(`^${MEMBERS_OF_A_KIND}(?!\\w)`, 'i');
/** "Staff Side", "Trade Union Side", "Employees' Side": the side of a joint committee whose members the unions send. */
export const UNION_SIDE_SOURCE = String.raw`(?:staff|employees['’]?|(?:trade\s+)?unions?)\s+side`;
/**
 * "Employer's Side:", "Staff Side:", "Trade Union Side:": one side of a joint consultative (or negotiating) committee,
 * the members that side names; only with the colon or alone on its line ("EMPLOYER SIDE" over its members), as "The
 * Trade Union Side asked …" is a sentence.
 */
const SIDE = String.raw`(?:(?:employer(?:['’]s|s['’]?)?|management|council|officials['’]?)\s+side|${UNION_SIDE_SOURCE})(?=\s*:|\s*$)`;
const SIDE_LEAD = new RegExp(`^${SIDE}`, 'i');
/**
 * "Members present:", "Board Members present", "Members of the Panel": a heading that says those under it
 * are the body's members, never "Members and Officers present", which lists both.
 */
const MEMBERS_NAMED = /^(?:(?:committee|board|panel|council)\s+)?members\b(?!\s+and\b)/i;

/** The members a heading names, if any. */
function membersHeading(text: string, role: Role): MembersHeading | null {
  if (MEMBERS_OF_A_KIND_LEAD.test(text) || SIDE_LEAD.test(text)) return 'ofAKind';
  return role === 'present' && MEMBERS_NAMED.test(text) ? 'named' : null;
}

/**
 * "Registered Speakers:", "Public speakers:", "Speakers:": the heading over those who spoke on an item, each "Role - Name"
 * (hearing-parties.ts), as planning committees print it under an application; only with the colon.
 */
const SPEAKERS_SOURCE = String.raw`(?:registered\s+|public\s+)?speakers(?=\s*:)`;
/**
 * "Objectors present:", "Supporter in attendance:": the sides heard on an order or an application who came, as a panel
 * on objections heads them under its item; only with the colon (attendance-label-qualifier.ts reads such a label).
 */
const PARTIES_PRESENT = String.raw`(?:objectors?|supporters?)\s+(?:present|in\s+attendance|attending)(?=\s*:)`;
/** A line that heads the speakers on an item, for the meeting's reader to read the item's lines for them. */
export const SPEAKERS_HEADING = new RegExp(`^\\s*(?:${SPEAKERS_SOURCE}|${PARTIES_PRESENT})`, 'i');

/** "2 December 2025", "Tuesday 2nd December": a day of the meeting, after "Present on". */
export const DAY_DATE = String.raw`(?:\p{L}+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+(?:,?\s+\d{4})?`;

/** "(reconvened meeting)", "(adjourned meeting resumed)": which sitting a day's list of those present is of, after the day. */
const SITTING_NOTE = String.raw`(?:\s*\((?:reconvened|resumed|adjourned|continued)[^)]{0,40}\))?`;

/** An item's number and "To receive" before a heading's words ("3. To receive apologies"). */
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
    // "Observing" or "Observers" alone on its line, as island councils head those who watched (the press, a trainee).
    // "Non-Executive Members attending:", as an executive's minutes head the councillors who came and are none of it.
    // "Local Members:", "Local Ward Members present:", as a panel on one place's business heads the councillors of the
    // divisions it touches, each for the item on their own (only with the colon: "local members" opens sentences too).
    // "Honorary Freemen present:", "Honorary Aldermen:": those the council honoured, who came as guests, no members.
    String.raw`observing|observers|${HONORARY_SOURCE}(?:\s+(?:and|&)\s+(?:${HONORARY_SOURCE}|(?:alder|free)(?:men|women)))?(?:\s+(?:present|in\s+attendance))?(?=\s*:)|local\s+(?:ward\s+|division(?:al)?\s+)?(?:members|councillors)(?:\s+(?:present|in\s+attendance|attending))?(?=\s*:)|also\s+(?:present|in\s+attendance|attending)${FOR_ITEMS}?|(?:call-in\s+signatories|(?:executive|cabinet)\s+members?)\s+(?:in\s+attendance|attending)|other\s+(?:members|councillors)(?:\s+(?:present|in\s+attendance)|(?=\s*:))|non-(?:cabinet|executive|committee|panel|board)\s+(?:members|councillors)(?:\s+(?:present|in\s+attendance|attending))?|visiting\s+(?:members|councillors)|visitors|guests(?:\s+present)?(?=\s*:)|invited\s+(?:participants|guests)(?:\s+(?:present|in\s+attendance))?|others\s+(?:present|in\s+attendance)|hefyd\s+yn\s+(?:bresennol|mynychu)|${PARTNERS}`,
    'alsoPresent',
  ],
  [
    // "Non-members in attendance at request of Chief Officer:-", as a Scottish joint board's minute heads the staff
    // and guests its chief officer called: officers, those with a post outside the council guests (fileBlock).
    // "Council Employees Present:", "Staff in attendance:", as a parish or a community council heads its clerk;
    // "Council officers:", as a ward forum heads the council's staff beside its partners'. "Staff:" alone, as a joint
    // advisory committee heads the team that serves it, only with the colon ("Staff" alone is an item's title).
    // "Scrutiny support:", as an inquiry's note heads the officer who supports it (only with the colon).
    // "Other Officers:", as a ModernGov page heads those who attended beside the officers "In attendance" lists.
    // "Supporting officers:" and "Advisers:", as a board heads the staff and the advisers who serve it beside its members.
    // Welsh "Wrth law" ("at hand") and "Yn mynychu" ("attending"), as Welsh minutes head the officers and the clerk.
    // "In Attendance (Officers):", as Scottish islands' minutes head their officers, the kind in brackets.
    // "SECRETARIAT AND ADVISERS", "Forum secretariat:", "Officers and advisers": the staff who serve a forum or a joint body
    // (its secretary among them) and those who advise it, as a local access forum heads them under its members.
    String.raw`(?:(?:forum|board|panel|committee|joint)\s+)?secretariat(?:\s+(?:and|&)\s+advis[eo]rs)?|officers\s+(?:and|&)\s+advis[eo]rs|(?:scrutiny|committee|democratic(?:\s+services)?)\s+support(?=\s*:)|(?:council\s+|supporting\s+|other\s+)?(?:officers?|officials)(?:\s+(?:present|in\s+attendance|attending))?|advis[eo]rs(?:\s+(?:present|in\s+attendance))?|(?:council\s+)?employees(?:\s+present)?|staff(?:\s+(?:present|in\s+attendance)|(?=\s*:))|in\s+attendance\s*\((?:officers?|officials)\)|(?:non-members\s+)?in\s+attendance(?:${FOR_ITEMS}|\s+at\s+(?:the\s+)?(?:request|invitation)\s+of\s+(?:the\s+)?[\p{L}\s]+?)?|swyddogion|wrth\s+law|yn\s+mynychu`,
    'officers',
  ],
  [
    // "Sederunt" ("they sat"): Scottish minutes' heading for the members present.
    // "Committee Members:", as some councils' printed minutes head those present.
    // "Members of the Sub-Committee:", as a hearing's minutes head the panel that sat; "Sub-Committee:" or "Panel:",
    // as a hearing's notice of determination labels it, only with the colon (a title alone heads nothing).
    // "Members of the Committee present:", "Members of the Board in attendance:", "Members in attendance:": the members
    // present in other words; a committee's or a board's only with "present" or "attending" said, as "Members of the
    // Committee" alone heads its membership (membership.ts).
    // "Members and Officers present:": the officers among them are told by their posts.
    // "Virtual:", "Attending remotely:": members who took part online, present as the others are.
    // "Voting Members present:", "Co-opted member:": the body's members of a kind, each whatever post they hold.
    // "Cabinet members present:", as a cabinet's record of decisions heads its members; "Ward Councillors present:", as a
    // ward forum heads the councillors of its ward, its members.
    // "Present on 2 December 2025:": an adjourned meeting's list for each day it sat, all present at the meeting. "PRESENT (18 November):", the day in
    // brackets, the same; so "Present on 9 December 2025 (reconvened meeting):", the sitting named after the day.
    // "Attended" over those who came, beside "Apologies" and "Absent", as a CMIS page captions its attendance tables.
    // "Employer's Side:", "Trade Union Side:", as a joint consultative committee heads its two sides: both its members (SIDE).
    String.raw`${MEMBERS_OF_A_KIND}|${SIDE}|(?:(?:committee|council|board|panel|cabinet|ward)\s+)?(?:members|councillors)(?:\s+and\s+officers)?\s+present|present\s+on\s+${DAY_DATE}${SITTING_NOTE}|present\s*\(${DAY_DATE}\)|virtual(?:ly)?|remote(?:ly)?|(?:attending|attended|present)\s+(?:virtually|remotely|online)|(?:committee|board|panel)\s+members|present\s+members|members\s+of\s+the\s+(?:sub-committee|panel|hearing\s+panel)(?:\s+present)?|members(?:\s+of\s+the\s+(?:joint\s+)?(?:committee|board|council|cabinet|forum))?\s+(?:present|in\s+attendance|attending)|(?:(?:licensing|hearing)\s+)?(?:sub-committee|panel)(?=\s*:)|(?:those\s+)?present|attendees|attendance|attended|(?:those\s+)?attending|sederunt|(?:yn\s+)?bresennol|presennol`,
    'present',
  ],
  [
    // A hearing's parties: "Parties present:" over "Applicant: …", "Responsible authority: …", "Interested parties: …";
    // a standards hearing's "Subject Member: …" and "Complainant: …", an appeal panel's "Appellants: …", only with the
    // colon (the words open sentences too).
    // "Objectors present:", "Supporter present:", as a panel on objections to an order heads those who came to speak.
    String.raw`(?:other\s+)?parties(?:\s+(?:present|in\s+attendance|attending))?|applicants?|appellants?(?=\s*:)|objectors?|${PARTIES_PRESENT}|responsible\s+authorit(?:y|ies)|interested\s+part(?:y|ies)|(?:complainants?|subject\s+members?)(?=\s*:)`,
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
    // "Apologies received before the meeting", "Apologies for this meeting": when they were sent, as an item's title says it.
    String.raw`${WELSH_APOLOGIES_HEADING}|(?:(?:councillors|members)['’]?\s+)?(?:other\s+)?apolog(?:y|ies)(?:\s+for\s+absence)?(?:\s+(?:and|&)\s+substitut\w+)?(?:\s+(?:received|noted)(?:\s+(?:and|&)\s+(?:accepted|approved|noted))?(?:\s+from)?)?(?:\s+(?:before|prior\s+to|in\s+advance\s+of|for)\s+(?:the|this)\s+meeting)?`,
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
    // "Members of the Joint Committee:", "Members of the Board:": the body's members by its name, only with the colon (a
    // title alone heads nothing), as a joint body heads its roster table ("Partner authority | Member | Attendance"), whose
    // status column says who came; over names alone, the membership (membership.ts).
    String.raw`the\s+(?:councillors|members)\s+(?:listed|named)\s+below\s+are\s+(?:requested|summoned|invited|required)\s+to\s+attend\b.*|${MEMBERSHIP_HEADING_SOURCE}|${MEMBERS_OF_THE_BODY}(?=\s*:)|aelodaeth|to(?=\s*:\s*(?:${COUNCILLORS_SOURCE}|${COUNCILLOR_SOURCE})\s)`,
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
/** "PRESENT Mr Calum Beaton (Chair) Mrs …": a personal title and a name after a heading with no colon (attendance-titled-run.ts). */
const TITLE_AFTER = String.raw`(?:Mr|Mrs|Ms|Miss|Dr)\.?(?=\s+\p{Lu})`;
const HEADINGS = HEADING_PHRASES.map(
  ([phrase, role]) =>
    [
      new RegExp(
        String.raw`${PREFIX}(?:${phrase})${ATTENDED_HOW}(?<qualifier>${LABEL_QUALIFIER})?(?:\s*(?::-?|;|[–—-])\s*(.*)|\s+((?:${COUNCILLORS_SOURCE}|${COUNCILLOR_SOURCE}|${INITIAL_AFTER}|${TITLE_AFTER})\s.*)|\s*)$`,
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
export const OTHER_MEMBERS = /^(?:other\s+(?:members|councillors)(?:\s+present\b|\s*:)|in\s+attendance\b)/i;
/**
 * "In the Chair:" alone on its line, the chair's name on the next; "Chair:" so only with its colon ("Chairman" alone heads nothing).
 * "Independent Chair:", as a pension board heads the chair it appoints from outside: the chair all the same.
 */
const CHAIR_ALONE =
  /^(?:in\s+the\s+chair\s*:?|(?:(?:independent\s+)?chair(?:man|woman|\s?person)?|convener|presiding(?:\s+member)?)\s*:)$/i;

/** A heading, with any names after its colon; `chair` when it names who chaired. */
export interface Heading {
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
  /** The body a label of a joint body's members names ("Borough Council Members of the Board:"), kept with each under it. */
  body?: string;
  /** What the label says of all under it that no list keeps ("not entitled to vote", attendance-label-qualifier.ts), to warn of. */
  qualifier?: string;
}

/** Welsh headings of attendance lists, and the clerk's label ("Clerc / Clerk:"), as bilingual minutes print them beside the English ones. */
const WELSH_HEADING = String.raw`(?:hefyd\s+yn\s+(?:bresennol|mynychu)|yn\s+bresennol|yn\s+mynychu|presennol|${WELSH_APOLOGIES_HEADING}|absennol|swyddogion|clerc)`;
/** "Presennol / Present:" and "Present / Presennol:": a bilingual heading, read by its English half. */
const BILINGUAL = [
  new RegExp(String.raw`^${WELSH_HEADING}\s*\/\s*(?=\p{L})`, 'iu'),
  new RegExp(String.raw`\s*\/\s*${WELSH_HEADING}(?=\s*(?::|;|[–—-]|$))`, 'iu'),
];

/** The label's last word a staff post's, one list with the notes' (attendance-person.ts). */
export const POST_WORD = new RegExp(String.raw`\b${STAFF_POST}$`, 'i');

/** A post's line as an officers' list of one, the post kept as the person's role. */
function postHeading(text: string): Heading | null {
  // "Legal Adviser: G Drake", "Licensing Officer: H Eaves", "Clerk to the Panel: Miss A Thorn": an officer's post, then
  // the one person who held it.
  const post = POST_LABEL_LEAD.exec(text);
  if (!post || !POST_WORD.test(labelPost(post[1] ?? ''))) return null;
  const rest = squash(text.slice(post[0].length));
  const pieces = readPieces(rest);
  if (pieces.length !== 1 || pieces[0]?.kind !== 'person' || pieces[0].name === '') return null;
  return { role: 'officers', rest: `${rest}, ${post[1] ?? ''}` };
}

/** "Minutes:", "Minute taker:", "Minutes taken by:", "Notes taken by:": the label of the one who took the minutes, before their name. */
const MINUTE_TAKER = /^(?:minutes(?:\s+taken)?(?:\s+by)?|minuted\s+by|minute[\s-]+taker|notes?\s+taken\s+by)\s*:\s*(?=\S)/i;

/**
 * The minute-taker named under their label, as a list of officers of one: the post printed with the name kept ("Joel
 * Fenn, Partnership Support Officer"), else the label when it is a post ("Minute taker"); the attendance holds no role
 * of what they did, so "Minutes:" adds none. Null unless one person follows the label.
 */
function minuteTakerHeading(text: string): Heading | null {
  const label = MINUTE_TAKER.exec(text);
  if (!label) return null;
  const rest = squash(text.slice(label[0].length));
  const pieces = readPieces(rest);
  const [person] = pieces;
  if (pieces.length !== 1 || person?.kind !== 'person' || person.name === '') return null;
  const post = squash(label[0].replace(/:\s*$/, ''));
  return { role: 'officers', rest: person.role === null && POST_WORD.test(post) ? `${rest} (${post})` : rest };
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
export function headingOf(line: string): Heading | null {
  const text = BILINGUAL.reduce((heading, half) => heading.replace(half, ''), squash(line));
  if (apologiesOpening(text)) return { role: 'apologies', rest: '' };
  const respondents = respondentsListed(text); // a written procedure's respondents, the members present
  if (respondents !== null) return { role: 'present', rest: respondents, members: 'named' };
  const attended = ATTENDED_BY.exec(text);
  if (attended) return { role: 'present', rest: attended[1] ?? '' };
  if (CHAIR_ALONE.test(text)) return { role: 'present', rest: '', chair: true };
  const chair = CHAIR_HEADING.exec(text);
  if (chair && isListLine(chair[1] ?? '')) return { role: 'present', rest: squash(chair[1] ?? ''), chair: true };
  const post = minuteTakerHeading(text) ?? postHeading(text);
  if (post) return post;
  const label = subLabel(text) ?? fromBodyHeading(text, headingOf);
  if (label) return label;
  for (const [pattern, role] of HEADINGS) {
    const match = pattern.exec(text);
    // Group 1 is the qualifier (LABEL_QUALIFIER); the names follow a colon (2) or a councillor's title (3).
    const rest = (match?.[2] ?? match?.[3] ?? '').trim();
    if (!match) continue;
    const members = membersHeading(text, role);
    const qualifier = qualifierNote(match.groups?.['qualifier']);
    return (rest === '' ? null : subLabel(rest)) ?? { role, rest, ...(members ? { members } : {}), ...(qualifier ? { qualifier } : {}) };
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
