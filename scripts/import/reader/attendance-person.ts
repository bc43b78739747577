/**
 * One person as an attendance list prints them: a list split into pieces at commas, "and" and full
 * stops, and each piece read as a person (name without councillor titles, with what brackets, a dash
 * or a following role say of them: chair, substitute for whom, items attended, officer, visiting
 * councillor, job title), "none", the public, a role, or prose. attendance.ts finds the lists.
 */
import {
  COUNCILLOR_SOURCE,
  COUNCILLORS_SOURCE,
  HONORIFIC_SOURCE,
  honorificOf,
  isSurnameTitle,
  RANK_SOURCE,
  stripCouncillorTitles,
} from '../../../src/model/honorifics.ts';
import { WELSH_SHORT_TITLE, WELSH_TIER_AFTER } from '../../../src/model/welsh-words.ts';
import { stoodInBy } from '../attendance-text.ts';
import { isCouncilName } from './council-name.ts';
import { MEMBER_POST_SOURCE, OUTSIDE_POST_SOURCE, ROLE_WORDS, STAFF_POST, WARDEN_POST } from './role-words.ts';

/**
 * "Councillors" alone on its line under "Present", over the names. Not "County Councillors": the
 * names under it are visitors, which a line of its own cannot mark, so the list ends there as before.
 */
export const LIST_TITLE_ALONE = new RegExp(`^(?!(?:County|District|Borough|Ward)\\b)(?:${COUNCILLORS_SOURCE})\\s*:?$`, 'i');

/** A person named in a list, with what the list says about them. */
export interface Person {
  kind: 'person';
  /** Name as printed, without councillor titles or role notes; '' for "the Clerk". */
  name: string;
  role: string | null;
  items: string | null;
  /** Whom a substitute stood in for; '' when the record does not say. */
  forWhom: string | null;
  /** Who stood in for this absent member: "Cllr A, for whom Cllr B was substitute". */
  stoodInBy: string | null;
  officer: boolean;
  /** A councillor of another council (county, district, ward member): "also present" at a parish meeting. */
  outside: boolean;
  /** Listed after "Also:" in a list of those present ("…, Mr J Lloyd (Clerk). Also: Mr D Wyn"): attending, not a member. */
  also: boolean;
  councillor: boolean;
  /** A job title in brackets, as officers are listed: "(Head of Finance)". */
  job: boolean;
  /**
   * A post held with a body that is no council ("Medical Director, Eastfield NHS Trust", "Chief Executive,
   * Healthwatch Ashby"): a guest or a partner's member, not one of the council's officers.
   */
  elsewhere: boolean;
  /** "(Chair)", "(Vice-Chairman)" as printed: dropped from attendance, kept on a committee's membership. */
  chair: string | null;
  /**
   * A civic post or a chair's the member holds, as printed before or after the name ("Mayor" of "Councillor
   * Ann Holt (Mayor)", "The Mayor (Councillor Ann Holt)"), when `chair` does not hold it: whom a vote naming the post means.
   */
  post: string | null;
  /**
   * The council a councillor's note in brackets names ("(Kettleby Borough Council)"), which makes them `outside`: the
   * council a joint body's member represents, where most of those present are so noted (attendance.ts).
   */
  council?: string;
  /**
   * The body that nominated or appointed the member ("(nominated by the Northby Angling Association)"): whom they
   * represent, kept after the name as a represented member's body is (attendance.ts); `role` holds the note as printed.
   */
  nominated?: string;
}

/** A piece of a list that is not a person: a role after a name, "none", the public, or prose. */
interface Other {
  kind: 'role' | 'none' | 'public' | 'text';
  text: string;
}

export type Piece = Person | Other;

/** Whitespace squashed, non-breaking spaces made plain (a single plain space left alone: three times faster). */
export function squash(line: string): string {
  return line.replace(/[^\S ]\s*| \s+/g, ' ').trim();
}

// ── Splitting a list into pieces ──────────────────────────────────────────

/** Titles whose full stop marks them short ("Cllr.", "Dr.", Welsh "Cyng."). */
const SHORT_TITLE = String.raw`Mrs?|Ms|Mx|Dr|St|Cllrs?|Revd?|Prof|${WELSH_SHORT_TITLE}`;
/** Words whose full stop marks them short, ending no sentence: an initial ("J. Smith"), a title. */
export const SHORT_WORD = String.raw`\b(?:\p{Lu}|${SHORT_TITLE})`;
/**
 * A short word within a sentence: a title, or an initial after a word in lower case or a comma
 * ("seconded by C. Cuckow"), never a list's letter opening a line ("A. The information …").
 */
export const SHORT_WORD_WITHIN = String.raw`(?:\b(?:${SHORT_TITLE})|(?<=[\p{Ll},]\s+)\p{Lu})`;
/** A full stop that ends a sentence or a list's piece: not a short word's. */
export const FULL_STOP = String.raw`(?<!${SHORT_WORD})\.(?:\s+|$)`;
/**
 * Welsh "a" / "ac" ("and") between two names, as Welsh minutes join a list's last name ("Sioned Lewis a Tomos Rhys"), and
 * "a'r" ("and the") before a title ("Dylan Puw a'r Cynghorydd Non Evans"): only
 * in lower case, after a capitalised word and before one, so an initial "A" and English prose ("as a governor") never part a list.
 */
const WELSH_AND_AFTER_NAME = String.raw`(?<=\p{Lu}[\p{L}'’.-]*)\s+ac?`;
const WELSH_JOIN = String.raw`(?<=\p{Lu}[\p{L}'’.-]*)\s+(?:ac?|a['’]r)\s+(?=\p{Lu})`;
/** A line of a list that ends on the Welsh "a" / "ac" after a name ("… Siân Parri a"): its last name is on the next line. */
export const ENDS_ON_WELSH_JOIN = new RegExp(String.raw`${WELSH_AND_AFTER_NAME}$`, 'u');
const SEPARATOR = String.raw`\s*[,;]\s*|\s+(?:and|&)\s+|${WELSH_JOIN}|\s*&\s*|${FULL_STOP}`;
const SPLIT = new RegExp(`(${SEPARATOR})`, 'u');

/**
 * "Ashby District Council Cllr Mrs J Barker", "Co-opted Member Ms P Ellis": a table of names and the
 * councils or roles beside them, flattened into one run, where the next name's title begins a piece.
 */
const BODY_THEN_TITLE = new RegExp(`\\b(Council|Member)\\s+(?=(?:${HONORIFIC_SOURCE})\\s)`, 'g');

/**
 * The last words of bodies that are no council, as a person's post or whom they represent names them
 * ("Ashby and District Hospice", "Eastfield NHS Foundation Trust", "Tarnby Business Board"): never a
 * word of a person's name, and a post with one of them is held outside the council's staff. A fire and rescue
 * service and an ambulance service are other bodies' too ("Group Manager, Scottish Fire and Rescue Service"); a force in
 * Welsh ("Heddlu Dyfed-Powys") and a police unit ("Kelverdale Neighbourhood Policing Team") are the police's.
 */
export const ORGANISATION_WORD = String.raw`(?:Fire\s+(?:and|&)\s+Rescue\s+Service|Ambulance\s+Service|Trust|NHS|ICB|Hospice|Hospitals?|Healthwatch|Federation|Association|Network|Forum|Alliance|Board|Partnership|Police|Heddlu|Policing\s+Team|Constabulary|University|College|Society|Charity|Ltd|Limited|PLC|LLP|Foundation|Agency|Institute)`;
const ORGANISATION_WORD_ALONE = new RegExp(String.raw`^${ORGANISATION_WORD}$`, 'i');
/**
 * A post held with a body that is no council: the note names one. Or a post its first word says is held
 * outside the council's staff: "Independent Investment Adviser", "External Auditor".
 */
const ELSEWHERE_NOTE = new RegExp(String.raw`\b${ORGANISATION_WORD}\b|(?:^|,\s*)(?:External|Independent)\s`);
/** A post whose own words say it is held outside the council's staff: "Police and Crime Commissioner", "Fund Actuary" (role-words.ts). */
const OUTSIDE_POST = new RegExp(String.raw`\b${OUTSIDE_POST_SOURCE}\b`, 'i');

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
function heldElsewhere(post: string): boolean {
  const named = squash(post).replace(OWN_BODY_LEAD, '').replace(OWN_BODY_TAIL, '');
  return OUTSIDE_POST.test(named) || ELSEWHERE_NOTE.test(named);
}

/**
 * "Communities and Neighbourhoods Service", "Finance & Corporate Services", "A Bell - Comptroller and
 * City Solicitor's Department": a department, whose "and" joins no two people. A council of two places ("Strathaven and
 * Lochmoor Council", as a joint board prints whom its councillors come from) is one body too.
 */
const DEPARTMENT = new RegExp(
  String.raw`(?<=^|[,;]\s*|\s[-–—]\s)(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:and|&)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Services?|Team|Directorate|Department|Division|Unit|Council|${ORGANISATION_WORD})\b`,
  'gu',
);

const CAPITAL_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
/** "Place, Growth and Sustainability": single words listed with commas and a last "and". */
const SERIES = String.raw`${CAPITAL_WORD}(?:,\s*${CAPITAL_WORD})+,?\s+(?:and|&)\s+${CAPITAL_WORD}`;
/**
 * A post whose own words are a list: its subjects after "of" or "for" ("Director of Place, Growth and
 * Sustainability", "Cabinet Member for Adults, Health and Wellbeing"), or the bodies before its last word
 * ("Police, Fire and Crime Commissioner"). Checked by `isPostSeries`.
 */
const POST_SERIES = new RegExp(
  String.raw`(?<=^|[,;]\s*|\s[-–—]\s)(?:(?:${CAPITAL_WORD}\s+){1,3}(?:of|for)\s+${SERIES}(?:\s+${CAPITAL_WORD}){0,2}|${SERIES}(?:\s+${CAPITAL_WORD}){1,2})(?![\p{L}'’-])`,
  'gu',
);

/**
 * True when a match of POST_SERIES is one post, whose commas and "and" join no two people: no title
 * among its words, and a post's word before "of" or "for", or a body's or post's word first and a
 * post's word last ("Police, … Commissioner"). A run of surnames ("Ash, Bell and Cole") is none.
 */
function isPostSeries(text: string): boolean {
  const words = text.split(/[\s,]+/).filter((word) => word !== '');
  if (words.some((word) => honorificOf(word) !== null)) return false;
  const isRoleWord = (word: string | undefined): boolean => ROLE_WORDS.has((word ?? '').toLowerCase());
  const lead = /^(.*?)\s(?:of|for)\s/.exec(text)?.[1];
  if (lead !== undefined && !lead.includes(',')) return lead.split(/\s+/).some(isRoleWord);
  return (isRoleWord(words[0]) || ORGANISATION_WORD_ALONE.test(words[0] ?? '')) && isRoleWord(words.at(-1));
}

/**
 * "Clerk and Monitoring Officer (C Jarrett)", "Director of Leisure and Development (R Kane)": an entry of
 * a list that prints each post first with its holder in brackets, the post's "and" joining no two people.
 */
const TITLE_AND_TITLE_FIRST = /(?<=^|[,;]\s*)([^(),;]+?\s(?:and|&)\s[^(),;]+?)\s*\(([^()]+)\)(?=\s*(?:[,;.]|$))/g;

/**
 * True when the words before the brackets are one post, not two people ("Cllrs Ash and Bell (Chair)"), and the brackets hold a name.
 * A word alone before "and" ("Scrutiny and Democracy Manager") is the post's: a person listed before a post-first entry is
 * named with a title, an initial or a given name.
 */
function postWithAnd(title: string, name: string): boolean {
  const first = bareName(squash(title.split(/\s(?:and|&)\s/)[0] ?? ''));
  const postWord = title.split(/\s+/).some((word) => ROLE_WORDS.has(word.toLowerCase()) && honorificOf(word) === null);
  const person = isName(first) && (/\s/.test(first) || /^(?:Cllrs?|Councillors?)\s/i.test(squash(title)));
  return postWord && !person && titleFirst(squash(title), name) !== null;
}

/** Splits at commas, semicolons, "and", "&" and full stops, never inside brackets; each piece keeps the separator before it. */
export function splitList(text: string): { text: string; before: string }[] {
  const brackets: string[] = [];
  const mask = (whole: string): string => `\u0000${brackets.push(whole) - 1}\u0000`;
  const masked = text
    .replace(/\)\s+(?=\p{Lu})/gu, '), ')
    .replace(TITLE_AND_TITLE_FIRST, (whole, title: string, name: string) => (postWithAnd(title, name) ? mask(whole) : whole))
    .replace(BODY_THEN_TITLE, '$1, ')
    .replace(/\([^)]*\)?/g, (inner) => `\u0000${brackets.push(inner) - 1}\u0000`)
    .replace(DEPARTMENT, mask)
    .replace(POST_SERIES, (whole) => (isPostSeries(whole) ? mask(whole) : whole));
  const restore = (part: string): string => part.replace(/\u0000(\d+)\u0000/g, (_all, at: string) => brackets[Number(at)] ?? '');
  const parts = masked.split(SPLIT);
  const pieces: { text: string; before: string }[] = [];
  for (let at = 0; at < parts.length; at += 2) {
    const piece = restore(parts[at] ?? '').trim();
    if (piece !== '') pieces.push({ text: piece, before: restore(parts[at - 1] ?? ', ') });
  }
  return pieces;
}

// ── Reading one piece ─────────────────────────────────────────────────────

/** Kept here too for the readers that take it from this module. */
export { ROLE_WORDS };
const JOINING_WORDS = new Set(['of', 'the', 'for', 'and', 'to', '&', 'in', 'with', 'on', 'at']);
const PARTICLES = /^(?:van|von|de|der|den|du|da|di|la|le|del|dos|bin|ap)$/;
// Verbs of a sentence about attendance ("Councillor Ash substituted for …"): never a surname printed in lower case.
const NOT_NAME_WORDS = new Set([
  ...JOINING_WORDS,
  ...'re by as is was were be been from who that a an substituted substituting attended attending sent gave tendered represented deputised left arrived'.split(
    ' ',
  ),
]);

// "Vacancy – Parent Governor Representative (Secondary)": a seat no one holds, among its holders' kind; no one.
// "As above", "See above": an item's apologies pointing back at the list in the head, no one more.
const NONE =
  /^(?:none|nil|no apologies(?: were received| had been received)?|n\/?a|-+|vacan(?:cy|t)(?:\s*[–—:-].*)?|(?:as|see)\s+(?:(?:listed|noted|recorded|stated)\s+)?(?:above|below))$/i;
/** "Cllr G Yelland (work). Accepted.": what the meeting made of the apologies before it, a sentence of one word and no one. */
const VERDICT_WORD = String.raw`(?:accepted|approved|noted|agreed)`;
const VERDICT = new RegExp(String.raw`^(?:(?:all|both|these\s+were|which\s+were)\s+)?${VERDICT_WORD}$`, 'i');
/**
 * "Kearton accepted", "Cllr Ivo Dunmore – accepted", "Cllr Rhoda Fell - apology accepted": what the meeting made of one
 * member's apology, after the name; no part of the name, nor a role.
 */
const VERDICT_TAIL = new RegExp(String.raw`(?<=\S)(?:\s*[–—-]|,)?\s+(?:(?:apolog(?:y|ies)|reasons?)\s+)?${VERDICT_WORD}$`, 'i');
export const PUBLIC =
  /\b(?:members?\s+of\s+(?:the\s+)?public|public\s+present|press)\b|^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:members?|residents?|parishioners?|visitors?|(?:local\s+government\s+)?electors?)\b/i;
const OFFICER_LEAD_POST = String.raw`(?:(?:Parish|Town|Deputy|Assistant)\s+)?(?:Clerk|RFO|PCSO|Responsible Financial Officer)`;
/** "Clerk Mrs A Bell", "Clerk/RFO Mrs A Bell": a parish's post before its holder's name, two posts held together parted by a slash. */
/** "PCSO 3381 Alun Rees", "PC 1207 Sam Hill": a police officer's collar number between the rank and the name, no part of either. */
const COLLAR_NUMBER = String.raw`(?:\d{2,6}\s+(?=\p{Lu}))?`;
const OFFICER_LEAD = new RegExp(String.raw`^(${OFFICER_LEAD_POST}(?:\s*\/\s*${OFFICER_LEAD_POST})?)\b\s*:?\s*${COLLAR_NUMBER}`, 'iu');
/** A police rank before a name ("Chief Inspector Ann Holt", "Sgt. Ben Cole"): the person's role, no part of the name. */
const RANK_LEAD = new RegExp(String.raw`^(${RANK_SOURCE})\s+${COLLAR_NUMBER}(?=\p{Lu})`, 'u');
const OUTSIDE_LEAD = new RegExp(String.raw`^(?:(?:County|District|Borough|Ward)\s+(?:Councillors?|Cllrs?)\b\.?|Ward\s+Members?\b)`, 'i');
const COUNCILLOR_LEAD = new RegExp(`^(?:${COUNCILLORS_SOURCE}|${COUNCILLOR_SOURCE})`, 'i');
/**
 * A chair's title, dropped before a name as "(Chair)" is: Scotland's Provost chairs its council as a
 * Mayor does, and a Northern Irish Mayor is styled "the Right Worshipful the Mayor", a Lord Mayor "the Right Honourable
 * the Lord Mayor". The civic posts
 * a member holds for the year ("Deputy Lord Mayor", Belfast's "High Sheriff") lead a name so too.
 */
const CHAIR_TITLE = String.raw`(?:(?:Right\s+)?(?:Worshipful|Honourable)\s+(?:the\s+)?|(?:His|Her)\s+Worship\s+the\s+)?(?:(?:(?:Vice|Deputy)[- ]?)?Chair(?:man|woman|person)?|(?:(?:Deputy|Depute)\s+)?(?:Lord\s+)?(?:Mayor|Provost)|(?:Deputy\s+)?High\s+Sheriff)`;
/** A town or city council's mayor ("Town Mayor", "Deputy City Mayor"): a civic post, as the Mayor is, named for the council. */
const CIVIC_POST = String.raw`(?:${CHAIR_TITLE}|(?:Deputy\s+)?(?:Town|City)\s+Mayor)`;
/** "The Mayor Councillor Ann Holt", "Town Mayor Cllr Eleri Morgan": the post before the name, no part of it. */
const CHAIR_LEAD = new RegExp(String.raw`^${CIVIC_POST}\s+`, 'i');
const ELECTED_MAYOR = /^(?:(?:Deputy|Lord)\s+)?(?:Mayor|Provost)\s+\p{Lu}/u;
/** A chair's title with the name in brackets after it: "Mayor (Councillor T Byrne)", "The Lord Mayor (Councillor S Vance) in the Chair". */
const CHAIR_ALONE = new RegExp(String.raw`^${CHAIR_TITLE}(?:\s+in\s+the\s+chair)?$`, 'i');
/**
 * A chair's or a civic post alone, never a name: "Mayor", "Deputy Lord Mayor", and a town council's "Town Mayor" and
 * "Deputy Town Mayor" (no chair's title before a name, as a member's post printed first is: "Deputy Town Mayor Councillor …").
 */
const CIVIC_POST_ALONE = new RegExp(String.raw`^${CIVIC_POST}$`, 'i');
/** True when the text is a chair's post alone, no name with it: "Mayor", "Deputy Lord Mayor", "Chairman". */
export const isChairPost = (text: string): boolean => CHAIR_ALONE.test(text.trim());

/**
 * One post however it is printed, or null for no chair's or civic post: "The Mayor", "the Right Worshipful
 * the Mayor" and "Mayor" are "mayor" (and "the Right Honourable the Lord Mayor" "lord mayor"); "Chairman", "Chairperson", "the Chair" and "in the Chair" are "chair";
 * "Vice-Chairman" is "vice chair". Lets a vote's "The Chair" meet the attendance's "Ann Holt (Chairman)".
 */
export function postKey(text: string): string | null {
  const post = squash(text).replace(/^the\s+/i, '');
  if (/^in\s+the\s+chair$/i.test(post)) return 'chair';
  if (!isChairPost(post)) return null;
  return post
    .replace(/^(?:(?:right\s+)?(?:worshipful|honourable)\s+(?:the\s+)?|(?:his|her)\s+worship\s+the\s+)|\s+in\s+the\s+chair$/gi, '')
    .toLowerCase()
    .replace(/chair(?:man|woman|person)?|conven[eo]r/, 'chair')
    .replace(/^depute\b/, 'deputy')
    .replace(/[\s-]+/g, ' ');
}

/** Who holds a post at the meeting, as its attendance says: the post as printed, the member's name as listed. */
export interface PostHolder {
  post: string;
  name: string;
}
/** "(Chair)", "(Vice-Chair of the meeting)": the chair's note, for this meeting or the body's (CHAIR_FOR_MEETING read off). */
// "in the Chair for items 1 and 2": who chaired part of the meeting, the chair's note all the same (the items not kept).
const CHAIR_NOTE =
  /^(?:(?:vice|deputy|depute)[- ]?)?(?:chair(?:man|woman|person)?|conven[eo]r)(?:\s+in\s+the\s+chair|\s+(?:of|for)\s+(?:the|this)\s+meeting)?$|^in\s+the\s+chair(?:\s+for\s+(?:agenda\s+)?items?\s+\d+(?:\s*(?:,|and|&)\s*\d+)*)?$|^(?:councillors?|members?|mayor|leader)$/i;
/** True for a chair's note alone, as brackets after a name print it: "Chair", "Vice-Chairman", "Convener". */
export const isChairNote = (text: string): boolean => /chair|conven/i.test(text) && CHAIR_NOTE.test(text.trim());
/** "The Mayor (Councillor A Ash) – in the Chair for items 1 and 2": the chair's note after a dash, read as the bracketed note. */
const CHAIR_DASH_TAIL = /\s[–—-]\s+(in\s+the\s+chair\b[^()]*)$/i;
/**
 * "(THE MAYOR, COUNCILLOR IVOR DRENNAN, IN THE CHAIR)", "The Lord Mayor, Cllr Sabina Kell, in the Chair", "THE MAYOR
 * (COUNCILLOR X) IN THE CHAIR": the civic chair's line as annual meetings print it, the holder between commas or in
 * brackets, the whole line bracketed or in capitals. Groups: the post, the councillor's title, the name.
 */
const CHAIR_LINE = new RegExp(
  String.raw`^\(?\s*(?:the\s+)?(${CIVIC_POST})(?:,\s*|\s*\(\s*)(${COUNCILLOR_SOURCE})\s+([^(),]+?)(?:\s*[,)])?\s+in\s+the\s+chair\s*\)?\.?$`,
  'iu',
);

/**
 * A chair's line (CHAIR_LINE) written as "Mayor (Councillor X) in the Chair", which the pieces read as the post's holder; a
 * title in capitals as a title is spelt ("COUNCILLOR" "Councillor"), so it is no part of the name. The name stays as printed.
 */
function chairLine(text: string): string {
  const line = CHAIR_LINE.exec(squash(text));
  if (!line) return text;
  const title = (line[2] ?? '').replace(/\p{Lu}{2,}/gu, (word) => `${word.charAt(0)}${word.slice(1).toLowerCase()}`);
  return `${line[1] ?? ''} (${title} ${line[3] ?? ''}) in the Chair`;
}
/** "Councillor R Pollard (Chairman) in the chair": the chair's note after the name, unbracketed, read as a bracketed one. */
const CHAIR_TAIL = /^(.*\S)\s+(in\s+the\s+chair)$/i;
/** "of the meeting" after a chair's note: a joint meeting's chair, the chair all the same. */
const CHAIR_FOR_MEETING = /\s+(?:of|for)\s+(?:the|this)\s+meeting$/i;
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
const HOW_ATTENDED_TAIL = new RegExp(`(?<=\\S)\\s*\\((?:${HOW_ATTENDED_SOURCE})\\)$`, 'i');
const COUNCIL_ACRONYM = /^[A-Z]{1,3}C$/;
/** "Councillors – A Fenn, B Gault": the list's title and a dash, which is not a name followed by a role. */
const LIST_TITLE_DASH = new RegExp(`^(${COUNCILLORS_SOURCE})\\s*[–—-]\\s+`, 'i');
const COUNCIL_NOTE = /\b(?:county|district|borough)\s+(?:council(?:lor)?|cllr)\b|^ward\s+member/i;
/** A warden's post is never a name, though each of its words could be one. */
const WARDEN_ALONE = new RegExp(String.raw`^(?:\p{Lu}[\p{L}-]*\s+)?${WARDEN_POST}$`, 'iu');
const OFFICER_NOTE = new RegExp(String.raw`\b${STAFF_POST}\b`, 'i');
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
/** "Head of Contracts": a post by its first words, though no post's word ends it. */
const HEAD_OF = /^(?:(?:deputy|assistant)\s+)?head\s+of\s/i;
/**
 * "Head of Kingsway Primary School", "Head of St Anne's Academy": a school's head, as an education committee lists the
 * head teachers co-opted onto it, a member; never the council's staff, as "Head of Community Safety" is.
 */
const SCHOOL_HEAD = /^(?:(?:deputy|assistant)\s+)?head(?:\s+teacher)?\s+of\s.*\b(?:school|academy|college)\b/i;
/** "(Secretary)" alone after a name: the office a community council's member holds (no staff post, role-words.ts), no job. */
const SECRETARY_NOTE = /^(?:minute\s+)?secretary$/i;
/**
 * A note of what the person did at the meeting, in words: "joined by …", "arrived late", "left at 8pm", "via …"; and
 * "(minute)", "(minutes)", as Scottish minutes mark who took the minute: what they did, never a post.
 */
const DOING_NOTE = /^(?:joined|arrived|left|attended|attending|via|by|from|until|after|before)\b|^(?:minute|minutes|minuting)$/i;
/** A police rank as a post ("Sergeant, Police Scotland"): the force's, held outside the council. */
const RANK_POST = new RegExp(String.raw`^${RANK_SOURCE}(?:,|$)`, 'u');

/**
 * Headings of a column printed beside the minutes ("ACTION", "RESPONSIBLE OFFICER"), and a decision's word in capitals
 * that opens a resolution ("RESOLVED - That …", after a list of speakers), never a name.
 */
const COLUMN_HEADING = /^(?:ACTIONS?|OWNERS?|RESPONSIBLE|DEADLINES?|TIMESCALES?|OUTCOMES?|NOTES|RESOLVED|AGREED|DECIDED)$/u;

/** True when every word could be part of a printed name: capitalised words, initials, particles, personal titles. */
function isName(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => word !== '');
  // "Deputy Town Mayor", "Town Mayor": a civic post alone, never a City of London deputy's name.
  if (words.length === 0 || words.length > 6 || /\d/.test(text) || WARDEN_ALONE.test(text) || CIVIC_POST_ALONE.test(text)) return false;
  // "Deputy Ann Holt": the City of London's deputies of wards, titled before a whole name; never "Deputy Leader" or "Deputy Parish Clerk".
  if (words[0] === 'Deputy') return words.length >= 3 && words.slice(1).every((word, at) => nameWord(word, at, words.length - 1));
  // "ICB", "ACTION": a short word in capitals alone is a body's initials, or a column's heading beside the
  // minutes; a surname in capitals ("Councillors ADAMS, BROWN") is a name.
  if (words.length === 1 && (/^\p{Lu}{2,4}$/u.test(words[0] ?? '') || COLUMN_HEADING.test(words[0] ?? ''))) return false;
  // "North Harbour Mayor": a mayoralty's name, the place before the post, no one's name ("Ms Mayor" is, after its title).
  if (words.length > 1 && words.at(-1) === 'Mayor' && words.slice(0, -1).every((word) => honorificOf(word) === null)) return false;
  // "Ms Lord": a title that is a surname too, last and after another title, is the surname.
  if (words.every((word, at) => /^\p{Lu}\.?$/u.test(word) || (honorificOf(word) !== null && !isSurnameTitle(words, at)))) return false;
  return words.every((word, at) => nameWord(word, at, words.length));
}

function nameWord(word: string, at: number, count: number): boolean {
  if ((ROLE_WORDS.has(word.toLowerCase()) || ORGANISATION_WORD_ALONE.test(word)) && honorificOf(word) === null) return false;
  if (/^\p{Lu}[\p{L}'’.-]*$/u.test(word)) return true;
  if (PARTICLES.test(word)) return at > 0 && at < count - 1;
  // "Diane Neil mills": a lower-case surname as printed, never a joining word.
  return at === count - 1 && at > 0 && /^\p{Ll}[\p{L}'’-]+$/u.test(word) && !NOT_NAME_WORDS.has(word);
}

/** A phrase that reads as a role or body ("Leader of the Green Group", "EDC", "North Somerset Council"), not prose. */
function isRoleText(text: string): boolean {
  const words = text.split(/\s+/);
  // "Section 151 Officer": the section of the Act that makes the post, its one number.
  const known = (word: string, at: number) =>
    /^[\p{Lu}&]/u.test(word) || JOINING_WORDS.has(word) || (/^\d+$/.test(word) && words[at - 1] === 'Section');
  return /^\p{Lu}/u.test(text) && words.length <= 8 && words.every(known);
}

/** Strips chair and councillor titles in any order: "Chairman Cllr Mrs Shewell" -> "Mrs Shewell". */
function bareName(text: string): string {
  let name = text;
  for (let pass = 0; pass < 3; pass += 1) name = stripCouncillorTitles(name.replace(CHAIR_LEAD, ''));
  return name.replace(/^(?:Ward\s+Members?|Members?)\s+/i, '').trim();
}

export function emptyPerson(name: string): Person {
  return {
    kind: 'person',
    name,
    role: null,
    items: null,
    forWhom: null,
    stoodInBy: null,
    officer: false,
    outside: false,
    also: false,
    councillor: false,
    job: false,
    elsewhere: false,
    chair: null,
    post: null,
  };
}

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

/** "Sam Cole" -> "SC": the initials minutes print in brackets after a name, to refer to the person later. */
function initialsOf(name: string): string {
  return [...name.matchAll(/\p{Lu}/gu)].map((match) => match[0]).join('');
}

/** What a bracketed note says about a person: chair (dropped), substitute, items, council, officer or job title. */
function applyNote(person: Person, note: string): void {
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

/** "Scrutiny Officer, Ashby County Council", "Medical Director, Eastfield NHS Trust": a post, the council's or another body's, not a councillor's note. */
function isPost(text: string): boolean {
  return OFFICER_NOTE.test(text) && !/\b(?:councillors?|cllrs?|ward\s+members?)\b/i.test(text);
}

/**
 * "(Head of Community Safety)": a bracketed post by its first words (HEAD_OF), the council's staff though no post's word
 * ends it, as "(Director of Place)" is; as an attendance table's role cell is read (attendance-table.ts), which no
 * list's heading of officers places. Never a school's head (SCHOOL_HEAD), nor one naming another body ("Head of Hospital
 * Discharge"), each a job as before.
 */
function isHeadOfStaff(text: string): boolean {
  return HEAD_OF.test(text) && !SCHOOL_HEAD.test(text) && !heldElsewhere(text);
}

/** What a post says of its holder: the council's officer, or one of another body's staff ("…, Eastfield NHS Trust"). */
function post(text: string): Pick<Person, 'officer' | 'job' | 'elsewhere' | 'role'> {
  const elsewhere = heldElsewhere(text);
  return { role: text, officer: !elsewhere, job: elsewhere, elsewhere };
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
function applyRole(person: Person, role: string): void {
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

/** "Cyng/Cllr", "Cynghorydd Sir / County Councillor": a councillor's title in Welsh and English; the English one is kept. */
const WELSH_TITLE_FIRST = new RegExp(String.raw`\b(?:Y\s+)?(?:Cyng|Cynghorydd|Cynghorwyr)\.?${WELSH_TIER_AFTER}\s*\/\s*(?=\p{L})`, 'giu');
/** "Gwen Parry a / and Owain Price": the Welsh "a" beside the English "and". */
const WELSH_AND = /\s+a\s*\/\s*(?=and\s)/giu;

/** A bilingual list read by its English halves: "Y Cynghorwyr / Councillors A a / and B" is "Councillors A and B". */
export function englishHalves(text: string): string {
  return text.replace(WELSH_TITLE_FIRST, '').replace(WELSH_AND, ' ');
}

/** "Also:" in a list of those present: who follows attended without being a member. */
const ALSO_LEAD = /^also\s*:\s*(?=\S)/i;

/**
 * "Councillor Acton for Councillor Hatch", "Cllr Acton as substitute for Cllr Hatch", "Cllr Acton substituting for Cllr
 * Hatch": a substitution on a line of its own, both named with their titles, the first standing in for the second.
 */
const TITLED_FOR_TITLED = new RegExp(
  `^((?:${COUNCILLOR_SOURCE})\\s+.+?)\\s+(?:(?:as\\s+(?:a\\s+)?substitute|substituting)\\s+)?for\\s+((?:${COUNCILLOR_SOURCE})\\s+.+)$`,
  'iu',
);

function substitution(text: string): Person | null {
  const swap = TITLED_FOR_TITLED.exec(text);
  const forWhom = bareName(swap?.[2] ?? '');
  if (!swap || !isName(forWhom)) return null;
  const piece = readPiece(swap[1] ?? '');
  return piece.kind === 'person' ? { ...piece, forWhom } : null;
}

/**
 * "Deputy City Mayor Councillor Pryor – Housing", "Cabinet Member for Schools Cllr Ann Holt": a member's
 * post printed before their title and name. The post (words in capitals, one of them a role word) is the
 * person's role, and the title makes them a member, never an officer.
 */
const POST_THEN_COUNCILLOR = new RegExp(`^(\\p{Lu}[^()]*?),?\\s+((?:${COUNCILLOR_SOURCE})\\s+\\p{Lu}.*)$`, 'u');

function postBeforeCouncillor(text: string): Person | null {
  const match = POST_THEN_COUNCILLOR.exec(text);
  const post = match?.[1] ?? '';
  if (!match || isChairPost(post) || !isRoleText(post) || !post.split(/\s+/).some((word) => ROLE_WORDS.has(word.toLowerCase())))
    return null;
  const piece = readPiece(match[2] ?? '');
  if (piece.kind !== 'person' || !piece.councillor) return null;
  return { ...piece, officer: false, role: [post, piece.role].filter((part) => part !== null && part !== '').join(', ') };
}

/**
 * "External Auditor: H Grant", "Legal Adviser: G Drake": a post as a label before its holder's name (group 1 the post),
 * on a line of officers or a line of its own (attendance.ts); never "Contact Officer:", whom to ask (contact.ts).
 */
export const POST_LABEL_LEAD = /^(?![Cc]ontact\b|[Ee]nquiries\b)((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s*:\s*(?=\S)/u;
/**
 * A post's word: one of the council's staff, or a post held for the body by one who is no officer of it (the
 * external auditor, a pension fund's actuary, a commissioner); never a list's own label ("Members:").
 */
const POST_WORD_SOURCE = String.raw`(?:${STAFF_POST}|auditor|actuary|treasurer|secretary|commissioner|consultant)`;
/** The post's last word, in a label before its holder on one line. */
const POST_LABEL_WORD = new RegExp(String.raw`\b${POST_WORD_SOURCE}$`, 'i');
const ANY_POST = new RegExp(String.raw`\b${POST_WORD_SOURCE}\b`, 'i');
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
 * "External Auditor: Hazel Grant (Northgate Audit LLP)": the holder with the post, a note saying more of the
 * post kept with it as printed; one with another body ("… LLP") no officer of the council. Null when no name follows.
 */
function labelledPost(text: string): Person | null {
  const label = POST_LABEL_LEAD.exec(text);
  const post = label?.[1] ?? '';
  if (!label || OFFICER_LEAD.test(text) || !POST_LABEL_WORD.test(post)) return null;
  const rest = text.slice(label[0].length);
  const holder = readPiece(rest.replace(/\([^)]*\)?/g, ' '));
  if (holder.kind !== 'person' || holder.name === '' || holder.role !== null) return null;
  const notes = [...rest.matchAll(/\(([^)]*)\)?/g)].map((note) => note[1] ?? '');
  const person: Person = { ...holder };
  for (const note of notes.filter((note) => !isPostNote(note))) applyNote(person, note);
  const printed = [post, ...notes.filter(isPostNote).map((note) => `(${note})`)].join(' ');
  applyRole(person, printed);
  if (heldElsewhere(printed)) Object.assign(person, { officer: false, job: true, elsewhere: true });
  return person;
}

/** "Head of Waste Services", "Executive Chief Officer, Communities and Place": a post first, up to its first comma. */
const POST_FIRST = new RegExp(String.raw`^((?:\S+\s+){0,5}?)(?:${POST_WORD_SOURCE}|head|lead)(?:\s+(?:of|for|to)\s+.+)?$`, 'i');

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
  const named = notes.some((note) => /\s/.test(bareName(note)) && isName(bareName(note)));
  const titled = bare.split(/[\s,]+/).some((word) => honorificOf(word) !== null);
  const lead = POST_FIRST.exec(bare.split(',')[0] ?? '');
  // "Kerry Dale Chief Executive": a whole name before the post is its holder's, read as a name and its role.
  const holder = (lead?.[1] ?? '').trim();
  if (named || titled || !lead || !isRoleText(bare.replace(/,/g, '')) || (/\s/.test(holder) && isName(holder))) return null;
  return { ...emptyPerson(''), ...post(text) };
}

/**
 * True when a line names one person and nothing else, in two words or more ("Duncan FAIRLIE", "Ailsa Roxburgh
 * (Chairperson)"): a list's line of one name, as furniture.ts tells a role printed under each name from a page's header.
 */
export function namesOnePerson(line: string): boolean {
  const pieces = readPieces(line);
  const person = pieces.length === 1 && pieces[0]?.kind === 'person' ? pieces[0] : null;
  const capitalised = person?.name.split(' ').every((word) => /^\p{Lu}/u.test(word)) ?? false;
  return person !== null && /\s/.test(person.name) && capitalised && person.role === null;
}

/** Reads one piece of a list. */
export function readPiece(raw: string): Piece {
  const also = ALSO_LEAD.exec(squash(raw));
  if (also) {
    const piece = readPiece(squash(raw).slice(also[0].length));
    return piece.kind === 'person' ? { ...piece, also: true } : piece;
  }
  const text = squash(raw)
    .replace(WELSH_TITLE_FIRST, '')
    .replace(/^[•·*–—-]\s*/, '')
    .replace(/^(?:and|&)\s+/i, '')
    .replace(/^the\s+/i, '')
    .replace(/[.:]+$/, '')
    .replace(HOW_ATTENDED_TAIL, '')
    .replace(CHAIR_TAIL, '$1 ($2)');
  if (NONE.test(text)) return { kind: 'none', text };
  if (VERDICT.test(text)) return { kind: 'text', text };
  if (VERDICT_TAIL.test(text)) return readPiece(text.replace(VERDICT_TAIL, ''));
  if (PUBLIC.test(text)) return { kind: 'public', text };
  const swap = substitution(text) ?? postBeforeCouncillor(text) ?? labelledPost(text);
  if (swap) return swap;
  const notes = [...text.matchAll(/\(([^)]*)\)?/g)].map((match) => match[1] ?? '');
  const unbracketed = squash(text.replace(/\([^)]*\)?/g, ' ')).replace(LIST_TITLE_DASH, '$1 ');
  const dash = /\s[–—-]\s/.exec(unbracketed);
  const main = dash ? unbracketed.slice(0, dash.index) : unbracketed;
  const officer = OFFICER_LEAD.exec(main);
  const rank = officer ? null : RANK_LEAD.exec(main);
  const unled = main.slice((officer ?? rank)?.[0].length ?? 0);
  const name = bareName(unled);
  if (dash && !isName(name)) {
    const titled = titleFirst(main, unbracketed.slice(dash.index + dash[0].length).trim());
    if (titled) return titled;
  }
  const named = CHAIR_ALONE.test(unled) ? notes.find((note) => isName(bareName(squash(note)))) : undefined;
  if (named !== undefined) {
    const holder = readPiece(named);
    return holder.kind === 'person' ? { ...holder, post: holder.post ?? unled } : holder;
  }
  const bracketed = !dash && notes.length === 1 && !isName(name) ? titleFirst(main, notes[0] ?? '') : null;
  if (bracketed) return bracketed;
  if (isCouncilName(unbracketed)) return { kind: 'role', text }; // ", Ashby District Council": whom a member represents
  const roleAfter = !dash && !officer && !isName(name) ? nameThenRole(unled) : null;
  if (roleAfter) return roleAfter;
  // "Executive Member for Health (Chair)", "Tarnby Business Board (non-voting)": a role with its notes in brackets.
  // "Independent co-opted member (non-voting)": what kind of member the one before it is (MEMBER_NOTE), a role too.
  const roleText = isRoleText(text) || isRoleText(unbracketed) || MEMBER_NOTE.test(unbracketed);
  if (!isName(name) && !(officer && name === '')) return { kind: roleText ? 'role' : 'text', text };
  const person = emptyPerson(name);
  person.outside = OUTSIDE_LEAD.test(unled);
  // "Mayor Ann Holt": an elected mayor, a member as a councillor is, never an officer.
  person.councillor = COUNCILLOR_LEAD.test(unled.replace(CHAIR_LEAD, '')) || ELECTED_MAYOR.test(unled);
  // "The Mayor Councillor Ann Holt", "Mayor Ottoline Brisk": the post before the name.
  person.post = name === '' ? null : (CHAIR_LEAD.exec(unled)?.[0].trim() ?? null);
  if (officer) Object.assign(person, { officer: true, role: officer[1] ?? null });
  for (const note of notes) applyNote(person, note);
  if (dash) applyRole(person, unbracketed.slice(dash.index + dash[0].length).trim());
  // The rank leads whatever a note or a dash says of the post ("Inspector Ann Holt (Eastmoor Police)").
  if (rank) person.role = [rank[1]?.replace(/\.$/, '') ?? '', person.role].filter((part) => part !== null && part !== '').join(', ');
  // "Chief Constable Martin Keel": the force's head, whom a police and crime panel hears, no officer of the council.
  // "Sergeant Dai Morven (Dyfed Valley Police)": the force named with the rank, whose post it is, not the council's.
  // "PCSO Alun Rees (Heddlu Dyfed-Powys)": a post that leads the name, held with the force its note names, no council's.
  if ((rank && OUTSIDE_POST.test(rank[1] ?? '')) || ((rank || officer) && heldElsewhere(person.role ?? '')))
    Object.assign(person, { officer: false, elsewhere: true });
  return person;
}

/**
 * "Chief Executive – S Hales", "Head of Tourism (M Quigley)": the title first and the name after a
 * dash or in brackets, as officers are listed in Northern Irish minutes; null when what follows the
 * title is no name.
 */
function titleFirst(title: string, after: string): Person | null {
  const name = bareName(after);
  if (!isName(name) || !isRoleText(title)) return null;
  const elsewhere = heldElsewhere(title);
  return { ...emptyPerson(name), role: title, officer: !elsewhere, elsewhere };
}

/**
 * "Mr W Grove Clerk and Executive Officer to Ashcombe Parish Council": a name of two words or more,
 * with a title or an initial, and its role after it and nothing between, as parish minutes list
 * those in attendance; null when the words before the first role word are no name or the rest is no role.
 */
function nameThenRole(text: string): Person | null {
  const words = squash(text).split(' ');
  const first = words.findIndex((word) => ROLE_WORDS.has(word.toLowerCase()) && honorificOf(word) === null);
  // "Mr E Watts Admin/Finance Officer": the role may begin before its first role word, where the name stops being one.
  let at = first;
  while (at > 2 && !isName(bareName(words.slice(0, at).join(' ')))) at -= 1;
  if (at < 2) return null;
  const name = words.slice(0, at).join(' ');
  const role = words.slice(at).join(' ');
  // A name with a title or an initial ("Mrs P Alder"): two capitalised words alone may be the role's ("Building Control Manager").
  const personal = words.slice(0, at).some((word) => honorificOf(word) !== null || /^\p{Lu}\.?$/u.test(word));
  if (!personal || !isName(bareName(name)) || !isRoleText(role)) return null;
  const person = emptyPerson(bareName(name));
  applyRole(person, role);
  return person;
}

/**
 * A note printed after a comma instead of in brackets ("B Gault, substitute for C Hume", "left after
 * item 5"): only a substitution that names whom, or items, so prose after a name stays prose.
 */
function isTrailingNote(part: string): boolean {
  const text = squash(part).replace(/[.:]$/, '');
  const forWhom = SUBSTITUTE_NOTE.exec(text)
    ?.slice(1)
    .find((name) => name !== undefined);
  return (forWhom !== undefined && isName(bareName(forWhom))) || ITEMS_NOTE.test(text) || stoodInBy(text) !== null;
}

const ROLE_THEN_BRACKET = /^([^()]+?)\s*\(([^()]+)\)$/;

/**
 * Gives a piece to the person before it when it only says more about them, and says whether it did:
 * a role after a comma (", Parish Clerk", ", HDC"), a note after a comma (", substitute for C Hume"),
 * or a second title after "and" ("Clerk and RFO": one officer, not a second one without a name).
 */
function addToLast(last: Piece | undefined, piece: Piece, part: string, before: string): boolean {
  if (last?.kind !== 'person') return false;
  const afterComma = /^\s*[,;]/.test(before);
  const untitled = piece.kind === 'person' && piece.name === '' && !/^the\s/i.test(part);
  // "Mrs K Lackie, Executive Chief Officer Communities and Place": one word after "and" ends the role.
  const roleRunsOn =
    last.role !== null && piece.kind === 'person' && /^\p{Lu}[\p{L}'’-]*$/u.test(squash(part)) && /^\s*(?:and|&)\s*$/i.test(before);
  if (roleRunsOn) {
    Object.assign(last, { role: `${last.role} ${before.trim()} ${squash(part)}` });
    return true;
  }
  // "Alan Lindsay, Community Manager (East Neuk)": a role with its area in brackets, after a name with no role yet.
  const roleWithArea = ROLE_THEN_BRACKET.exec(squash(part));
  // Read alone it was the title-first officer "Head of Tourism (M Quigley)"; after a name it is that name's role.
  if (
    afterComma &&
    last.role === null &&
    piece.kind === 'person' &&
    roleWithArea &&
    isRoleText(roleWithArea[1] ?? '') &&
    !isName(bareName(roleWithArea[1] ?? ''))
  ) {
    applyRole(last, squash(part));
    return true;
  }
  if (piece.kind === 'text' && afterComma && isTrailingNote(part)) applyNote(last, part);
  else if (untitled && piece.officer && last.role !== null && /^\s*(?:and|&)\s*$/i.test(before))
    Object.assign(last, { role: `${last.role} ${before.trim()} ${squash(part)}`, officer: true });
  else if ((piece.kind === 'role' && !/^\s*\./.test(before)) || (untitled && afterComma)) {
    // "Mr W Grove Clerk and Executive Officer to X": the role runs on after "and", one role.
    const runsOn = !afterComma && last.role !== null;
    const role = runsOn ? `${last.role} ${before.trim()} ${squash(part)}` : afterComma ? part : `${before.trim()} ${part}`;
    if (runsOn) last.role = null;
    // "Ashby District Council (Chairman)": the role, and a note in brackets after it about the person;
    // "Panel Support Officer (host authority)": a note saying only more of the post stays with it, as printed.
    const notes = [...role.matchAll(/\(([^)]*)\)/g)].map((note) => note[1] ?? '').filter((note) => !isPostNote(note));
    for (const note of notes) applyNote(last, note);
    applyRole(last, squash(role.replace(/\(([^)]*)\)/g, (whole, note: string) => (isPostNote(note) ? whole : ' '))));
  } else return false;
  return true;
}

/**
 * A bracketed note that says nothing of a person but more of a post ("host authority", an area, "Northgate
 * Audit LLP"): read alone, it would be a job title, no officer's.
 */
function isPostNote(note: string): boolean {
  const scratch = emptyPerson('');
  applyNote(scratch, note);
  return scratch.job && !scratch.officer;
}

/** "Clerk and RFO: Mr T Quayle": a title alone, then "and" and a second title leading a name, is one officer with both titles. */
function sharedTitles(last: Piece | undefined, lastPart: string, piece: Piece, part: string, before: string): Person | null {
  if (last?.kind !== 'person' || piece.kind !== 'person' || !/^\s*(?:and|&)\s*$/i.test(before)) return null;
  const titleAlone = last.name === '' && last.officer && !/^\s*the\s/i.test(lastPart);
  const led = piece.name !== '' && OFFICER_LEAD.test(squash(part));
  return titleAlone && led ? { ...piece, role: `${last.role} ${before.trim()} ${piece.role}` } : null;
}

/**
 * "Director of Housing and Planning – T Innes": a title with "and" in it, split by the list's rule
 * into a role and a titled person, is one officer's title.
 */
function titleSplitAtAnd(last: Piece | undefined, piece: Piece, before: string): Person | null {
  if (last?.kind !== 'role' || piece.kind !== 'person' || piece.role === null || !/^\s*(?:and|&)\s*$/i.test(before)) return null;
  return { ...piece, role: `${last.text} ${before.trim()} ${piece.role}` };
}

/**
 * "Mrs V Vance, Policy and Scrutiny Officer to the Panel", "Ms J Bloggs, Housing and Regeneration Manager": a post after
 * a name, its first word no post's word, split at "and" by the list's rule into a one-word name and a post. The word is
 * the post's when it was read alone after a comma, no title or note with it, between a person named in full with no
 * post yet and a staff post (role-words.ts): a post's words are no one's name. A run of surnames ("Ash, Bell and Cole")
 * has no post after it, and a surname alone ("Ash, Bell and Scrutiny Officer") is not named in full.
 */
function postSplitAtAnd(pieces: Piece[], lastPart: string, lastBefore: string, piece: Piece, part: string, before: string): boolean {
  const [holder, word] = pieces.slice(-2);
  if (piece.kind !== 'role' || !isPost(piece.text) || !/^\s*(?:and|&)\s*$/i.test(before) || !/^\s*,\s*$/.test(lastBefore)) return false;
  const oneWord = word?.kind === 'person' && word.name === squash(lastPart) && /^\p{Lu}[\p{L}'’-]*$/u.test(word.name) && word.role === null;
  if (!oneWord || holder?.kind !== 'person' || holder.role !== null || !/\s/.test(holder.name)) return false;
  const role = `${squash(lastPart)} ${before.trim()} ${part}`;
  pieces.pop();
  return addToLast(holder, { kind: 'role', text: role }, role, lastBefore);
}

// One name of a run with no commas: an optional personal title, one to three initials, a surname.
const INITIALLED = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.?\s+){1,3}\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*(?:\s+\([^)]*\))?`;
const INITIALLED_RUN = new RegExp(String.raw`^${INITIALLED}(?:\s+${INITIALLED})+$`, 'u');

/**
 * "P J Bateson J Campbell Mrs E A Forde": names printed one after another with no commas, which a
 * list can be only when each name has its initials (a run of full names could be split anywhere).
 */
export function initialledNames(text: string): string[] | null {
  const flat = squash(text);
  if (!INITIALLED_RUN.test(flat)) return null;
  return [...flat.matchAll(new RegExp(INITIALLED, 'gu'))].map((match) => match[0]);
}

/** The parts of a list, a run of initialled names taken apart. */
function listParts(text: string): { text: string; before: string }[] {
  return splitList(text).flatMap((part) => {
    const names = readPiece(part.text).kind === 'person' ? null : initialledNames(part.text);
    return names ? names.map((name, at) => ({ text: name, before: at === 0 ? part.before : ', ' })) : [part];
  });
}

/** "Mr and Mrs Golding", "Dr & Mrs K Fairlie": two people, the first title's name only its surname, which both share. */
const COUPLE =
  /\b(Mr|Mrs|Ms|Miss|Dr)\.?\s+(and|&)\s+((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:\p{Lu}[\p{L}'’.-]*\s+)*(\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*))(?![\p{L}'’-])/gu;

function couples(text: string): string {
  return text.replace(
    COUPLE,
    (_all, first: string, and: string, second: string, surname: string) => `${first} ${surname} ${and} ${second}`,
  );
}

/** "County Councillors A, B and C": a plural title, which each name of its run carries. */
const PLURAL_LEAD = new RegExp(`^(?:${COUNCILLORS_SOURCE})\\s`, 'i');
const OWN_TITLE = new RegExp(`^(?:${HONORIFIC_SOURCE}|${COUNCILLORS_SOURCE})\\s`, 'i');

/** What a run's plural title says of the untitled names after it, up to a semicolon, a full stop or a title of their own. */
interface TitleRun {
  councillor: boolean;
  outside: boolean;
}

function titleRun(run: TitleRun | null, piece: Piece, part: string, before: string): TitleRun | null {
  if (piece.kind !== 'person') return piece.kind === 'role' ? run : null;
  if (PLURAL_LEAD.test(squash(part))) return { councillor: piece.councillor, outside: piece.outside };
  const inRun = /^\s*(?:,|and|&)\s*$/i.test(before) && !OWN_TITLE.test(squash(part)) && !OFFICER_LEAD.test(squash(part));
  return inRun ? run : null;
}

/** A post as its first word says: "Executive Director of …", "Head of Roads", "Chief Officer, …". */
const POST_START = /^(?:Acting\s+|Interim\s+|Depute\s+)?\p{Lu}[\p{L}-]*\b/u;

/**
 * "S Ogilvie (Clerk); T Paterson, Executive Director of Neighbourhoods, Regeneration and Sustainability;
 * and R Queen, Head of Roads": a list whose entries part at semicolons, each a name and its post after a
 * comma, as Scottish councils list those attending. The post runs to the semicolon, its own commas and
 * "and" joining no people, so it is put in brackets, as a post after a name is read.
 */
function postsToSemicolons(text: string): string {
  if (!text.includes(';')) return text;
  return text
    .split(/(;\s*(?:and\s+)?)/)
    .map((entry) => {
      const comma = /^([^,()]+?),\s*([^()]+?)(\.?)$/.exec(entry);
      if (comma === null) return entry;
      const [, who = '', post = '', stop = ''] = comma;
      const first = POST_START.exec(post)?.[0].split(/\s+/).at(-1)?.toLowerCase() ?? '';
      const runsOn = /,|\s(?:and|&)\s/.test(post);
      const isPost = ROLE_WORDS.has(first) && !new RegExp(`^${HONORIFIC_SOURCE}\\s`).test(post);
      return runsOn && isPost && isName(bareName(squash(who))) ? `${who} (${post})${stop}` : entry;
    })
    .join('');
}

/** "Name – Role, Organisation": a name, a dash, a post, and one more part after a comma, nothing bracketed. */
const DASH_POST_THEN_PART = /^([^,;()–—]+?)\s[–—-]\s([^,;()–—]+?),\s*([^,;()–—-]+?)(\.?)$/;

/**
 * "Mark Kendrick – Service Manager, Day Opportunities": an entry whose post after a dash runs on after a comma
 * to the team or body it is held with, as "Name (Role, Organisation)" reads, so it is put in brackets. Only one
 * part after the comma, and one that names no one of its own (no title, no initial, no "and"): "A Bell – Chair,
 * C Dunn, E Fox" and "A Bell – Chair, Cllr C Dunn" stay lists of people.
 */
function dashPostToBrackets(text: string): string {
  const found = DASH_POST_THEN_PART.exec(squash(text));
  if (found === null) return text;
  const [, who = '', post = '', part = '', stop = ''] = found;
  const titled = new RegExp(`^(?:${HONORIFIC_SOURCE}|${COUNCILLORS_SOURCE})\\s|^\\p{Lu}\\.?\\s`, 'iu').test(part);
  const ownPerson = titled || /\s(?:and|&)\s/i.test(part);
  return isName(bareName(who)) && isRoleText(post) && isPost(post) && !ownPerson ? `${who} (${post}, ${part})${stop}` : text;
}

/** A member's civic title that several members hold, kept in the name as printed ("Alderman Kerr"). */
const MEMBER_RANK = /^(Alderman|Bailie)\s+(?=\p{Lu})/u;
/** The plural of a member's civic title, heading a run of names: "Aldermen A Kerr and B Lyle". */
const MEMBER_RANK_PLURAL = /^Aldermen\b/i;

/** The title each name under a plural title carries ("Aldermen" -> "Alderman"); null for a councillor title's plural, which names drop. */
export function rankOfPlural(plural: string): string | null {
  return MEMBER_RANK_PLURAL.test(squash(plural)) ? 'Alderman' : null;
}

/** The civic title a run of names carries, and whether its plural heads the run (so every name of it carries the title). */
interface RankRun {
  rank: string;
  plural: boolean;
}

/**
 * "Alderman Kerr, McAuley and Stewart": Northern Irish minutes print the title once before a run of
 * aldermen, so each untitled name of the run is an alderman too, named so as the first is; the run ends
 * at a name with a title of its own, an officer's lead, or anything but a comma or "and". "Aldermen P Boyd,
 * S Cunningham and H Doherty": the plural title names each of its run an alderman, so each is named so as
 * a single "Alderman G Moore" is, and one member reads alike in every list.
 */
function rankRun(run: RankRun | null, piece: Piece, part: string, before: string): RankRun | null {
  if (piece.kind !== 'person') return null;
  const text = squash(part);
  const own = MEMBER_RANK.exec(text)?.[1];
  if (own !== undefined) return { rank: own, plural: false };
  const plural = rankOfPlural(text);
  if (plural !== null) return { rank: plural, plural: true };
  // After a singular title, surnames alone, as such a run prints them: a whole name after it ("Alderman Paul Chen and Henry Dale") may be anyone's.
  const named = (run?.plural === true && !piece.officer) || /^\p{Lu}[\p{L}'’-]*$/u.test(piece.name);
  const inRun = /^\s*(?:,|and|&)\s*$/i.test(before) && named && !OWN_TITLE.test(text) && !OFFICER_LEAD.test(text);
  return inRun ? run : null;
}

/** Pieces of a list, each role, note or title that follows a name given to that name. */
/**
 * "The Deputy Mayor, Councillor Grace Ollerton", "His Worship the Mayor, Councillor Edmund Varley": a civic or chair's
 * post printed before its holder and a comma, which the list parts from the name: the member, holding the post
 * (a mover named "the Deputy Mayor" is then this member, vote-names.ts). Null when the pieces are no such pair.
 */
function postAhead(last: Piece | undefined, piece: Piece): Piece | null {
  if (last?.kind !== 'role' || piece.kind !== 'person' || !piece.councillor || piece.post !== null) return null;
  const post = last.text.replace(/^the\s+/i, '');
  return postKey(post) === null ? null : { ...piece, post };
}

/** A post and its holder's name in brackets: "Head of Planning (T Oduya)", "Officers: Solicitor (D Kerr)". */
export const POST_HOLDER_BRACKETED = /^[^()]*\S\s*\([^()]+\)$/;

/**
 * "Senior Planner (Mr D Vass)", "Licensing Manager (R Hoyle)": a post before its holder's bracket, the bracket a name with
 * a title or an initial (a post's words read as a name as often as not, so only the bracket tells which is whose).
 */
function postBeforeHolder(part: string): { post: string; holder: string } | null {
  const found = ROLE_THEN_BRACKET.exec(squash(part).replace(/\.$/, ''));
  const [post, holder] = [found?.[1] ?? '', found?.[2] ?? ''];
  const personal = holder.split(' ').some((word) => honorificOf(word) !== null || /^\p{Lu}\.?$/u.test(word));
  return POST_HOLDER_BRACKETED.test(part) && isRoleText(post) && personal && isName(bareName(holder)) ? { post, holder } : null;
}

/**
 * "Head of Planning (Mrs A Thorne), Flood Risk Engineer, Eastshire County Council (Ms P Okoro), Legal Adviser (Mr K Ames)
 * and Committee Clerk": a list of posts each before its holder's bracket (POST_HOLDER_BRACKETED, as the line-joining rule
 * reads it), two or more, as planning minutes list their officers. Each entry is read alone: a post held with another body
 * names the body after a comma, before the bracket ("Flood Risk Engineer, Eastshire County Council (Ms P Okoro)"), and a
 * post with no holder ("Committee Clerk") is an officer of its own, never a second post of the one before it. Null for any
 * other list.
 */
function postsBeforeHolders(text: string): Piece[] | null {
  const parts = splitList(text).map((part) => part.text);
  if (parts.filter((part) => postBeforeHolder(part) !== null).length < 2) return null;
  const pieces: Piece[] = [];
  for (let at = 0; at < parts.length; at += 1) {
    const part = parts[at] ?? '';
    const own = postBeforeHolder(part);
    const next = postBeforeHolder(parts[at + 1] ?? '');
    const withBody = own === null && next !== null && isRoleText(part) && (isCouncilName(next.post) || BODY_WORD.test(next.post));
    if (withBody) at += 1;
    // Each written holder first, its post in brackets, as a post after a name is read ("Mr D Vass (Senior Planner)").
    const holder = withBody ? { holder: next.holder, post: `${part}, ${next.post}` } : own;
    const piece = holder === null ? postAlone(part) : readPiece(`${holder.holder} (${holder.post})`);
    if (piece === null) return null;
    pieces.push(piece);
  }
  return pieces;
}

export function readPieces(bilingual: string): Piece[] {
  const bracketed = chairLine(englishHalves(bilingual)).replace(CHAIR_DASH_TAIL, (whole, note: string) =>
    CHAIR_NOTE.test(note) ? ` (${note})` : whole,
  );
  const posts = postsBeforeHolders(bracketed);
  if (posts !== null) return posts;
  const text = couples(postsToSemicolons(dashPostToBrackets(bracketed)));
  const pieces: Piece[] = [];
  let lastPart = '';
  let lastBefore = '';
  let run: TitleRun | null = null;
  let rank: RankRun | null = null;
  for (const { text: part, before } of listParts(text)) {
    const read = readPiece(part);
    run = titleRun(run, read, part, before);
    rank = rankRun(rank, read, part, before);
    const ranked =
      read.kind === 'person' &&
      rank !== null &&
      read.name !== '' &&
      !read.name.startsWith(rank.rank) &&
      honorificOf(rank.rank)?.kind !== 'councillor'
        ? { ...read, name: `${rank.rank} ${read.name}` }
        : read;
    const piece =
      ranked.kind === 'person' && run
        ? { ...ranked, councillor: ranked.councillor || run.councillor, outside: ranked.outside || run.outside }
        : ranked;
    const merged =
      sharedTitles(pieces.at(-1), lastPart, piece, part, before) ??
      titleSplitAtAnd(pieces.at(-1), piece, before) ??
      postAhead(pieces.at(-1), piece);
    if (merged) pieces[pieces.length - 1] = merged;
    else if (!postSplitAtAnd(pieces, lastPart, lastBefore, piece, part, before) && !addToLast(pieces.at(-1), piece, part, before))
      pieces.push(piece);
    lastPart = part;
    lastBefore = before;
  }
  return pieces;
}
