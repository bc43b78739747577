/**
 * Attendance stated in prose, as ModernGov pages often give it:
 * "Apologies were received from Mr B Allbut, Mrs R L Dent and Mr P M McDonald."
 * "Councillor Ray Gooding, the Deputy Portfolio Holder ..., Jenny Boyd, ... will attend the meeting"
 * "(Councillor Mrs Wagland) To consider an interim report ..."
 */
import { COUNCILLOR_SOURCE, COUNCILLORS_SOURCE, HONORIFIC_SOURCE, stripHonorifics } from '../../src/model/honorifics.ts';
import { WELSH_APOLOGIES_RECEIVED } from '../../src/model/welsh-words.ts';
import { ROLE_WORDS, STAFF_POST } from './reader/role-words.ts';
import { squash } from './text.ts';

const TITLED_NAME = new RegExp(String.raw`^${HONORIFIC_SOURCE}\s+(?:${HONORIFIC_SOURCE}\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$`);
const PLURAL_TITLE = new RegExp(`^${COUNCILLORS_SOURCE}\\s+`, 'i');
const PLAIN_NAME = /^[A-Z][A-Za-z'’-]*[a-z](?:\s+[A-Z][A-Za-z'’-]*[a-z]){1,2}$/;
/**
 * Words of the services a ModernGov post names after it ("Head of Lifelong Learning", "Director of
 * Children's Services"): never a name here, though outside such prose "Care" or "Health" may be a surname.
 */
const SERVICE_WORDS = new Set(
  'board panel department local delivery commissioning strategic learning lifelong education care health families children adults schools communities skills safeguarding policy scrutiny'.split(
    ' ',
  ),
);

/** A staff post's word, as the attendance lists read it ("Chief Accountant", "Principal Planner"; reader/role-words.ts). */
const STAFF_POST_WORD = new RegExp(String.raw`\b${STAFF_POST}\b`, 'i');

/** True when a word of the phrase is a post's or a body's (reader/role-words.ts) or a service's. */
function hasRoleWord(text: string): boolean {
  const words = text.toLowerCase().split(/\W+/);
  return STAFF_POST_WORD.test(text) || words.some((word) => ROLE_WORDS.has(word) || SERVICE_WORDS.has(word));
}

/** True when a phrase is a person's name (with or without a title), not a role. */
export function looksLikeName(phrase: string): boolean {
  const text = squash(phrase);
  if (TITLED_NAME.test(text)) return !hasRoleWord(stripHonorifics(text));
  return PLAIN_NAME.test(text) && !hasRoleWord(text);
}

/**
 * Splits "A, role, B, role and C, role" into "Name, role" entries. Segments that are names
 * open an entry; the segments after them are that person's role. `bracketsKept`: a note in brackets after a name stays
 * so ("Mr A Ames (Healthwatch)"), as a list's note is written, rather than a role after a comma.
 */
export function splitPeople(list: string, bracketsKept = false): string[] {
  const segments = squash(list)
    .replace(/\.$/, '')
    .split(/,\s*/)
    .flatMap((segment) => splitOnAnd(segment));
  const people: { name: string; role: string[] }[] = [];
  for (const segment of segments) {
    const text = segment.replace(/^(?:and\s+)?(?:the\s+)?/i, '').trim();
    if (text === '') continue;
    // "Mr A Ames (Healthwatch)": a name with its role in brackets; "Cllr A Leach (Leader) (Chair)", each note a role.
    const bracketed = /^(.+?)\s*((?:\([^()]+\)\s*)+)$/.exec(text);
    const notes = [...(bracketed?.[2] ?? '').matchAll(/\(([^()]+)\)/g)].map((note) => note[1] ?? '');
    if (bracketed && looksLikeName(bracketed[1] ?? ''))
      people.push(bracketsKept ? { name: text, role: [] } : { name: bracketed[1] ?? '', role: notes });
    else if (looksLikeName(text)) people.push({ name: text, role: [] });
    else people.at(-1)?.role.push(text);
  }
  return people.map(({ name, role }) => (role.length > 0 ? `${name}, ${role.join(', ')}` : name));
}

/**
 * "... Local Delivery and Lonica Vanclay" -> two segments, only when what follows "and" is a name, a role in
 * brackets after it allowed ("A (Early Years Representative) and B (Secondary Academy Representative)").
 */
function splitOnAnd(segment: string): string[] {
  const parts = segment.split(/\s+and\s+/);
  const out: string[] = [];
  for (const part of parts) {
    if (out.length > 0 && !looksLikeName(part.replace(/\s*\([^()]*\)$/, ''))) out[out.length - 1] += ` and ${part}`;
    else out.push(part);
  }
  return out;
}

/**
 * "from", "by", "on behalf of", "for the absence of", "for": the word after an apologies sentence's verb ("were given
 * for", "were tendered on behalf of") before the names; "for" not before "the meeting" or "absence", which name no one.
 */
const APOLOGISERS_LEAD = String.raw`(?:from|by|on\s+behalf\s+of|for\s+the\s+absence\s+of|for(?!\s+(?:(?:the|this)\s+meeting|absence)\b))`;

/**
 * "Apologies (for absence) were received from", "Apologies and valid reasons for absence were
 * received from", "… were intimated by", "Apologies for absence: These were received from", "…
 * received for the absence of": the words before the names of an apologies sentence, as the
 * general reader (reader/attendance.ts) and the ModernGov pages read it.
 */
// "There were apologies from …"; "Apologies for inability to attend were reported from …", "Apologies were recorded
// for …" or "… recorded on behalf of …" (Northern Irish minutes); one in the singular, "An apology for absence was
// received from …", "An apology for non-attendance at the meeting was accepted and recorded on behalf of …"; "Apologies
// were received for this meeting from …", the meeting named before those who sent them.
export const APOLOGIES_RECEIVED = String.raw`(?:${WELSH_APOLOGIES_RECEIVED}|there\s+were\s+apologies\s+(?:from|for)|(?<!\w\s)apolog(?:y|ies)\s+from|(?:an\s+)?apolog(?:y|ies)(?:\s+(?:and\s+(?:valid\s+)?reasons\s+)?for\s+(?:absence|non-attendance|inability\s+to\s+attend)(?:\s+at\s+the\s+meeting)?)?\s*:?\s+(?:(?:these|they)\s+)?(?:were|was|had\s+been|have\s+been)\s+(?:received|submitted|given|tendered|noted|reported|intimated|accepted|recorded)(?:\s+and\s+(?:accepted|recorded))?(?:\s+for\s+(?:the|this)\s+meeting)?\s+${APOLOGISERS_LEAD})\s*:?\s+`;

/**
 * "also sent his apologies", "sent apologies", "tendered their apologies": the words after a name of one person's
 * apologies sentence, as minutes of a parish or a community council write it ("Cllr H Parry sent apologies.").
 */
export const SENT_APOLOGIES_WORDS = String.raw`(?:also\s+)?(?:sent|gave|tendered|offered)\s+(?:(?:his|her|their)\s+)?apologies\b`;

/**
 * "for whom Councillor B was substitute" (or "was substituting", "stood in"), "substituted by Cllr B", "represented by Ms B", "Ms B attended as substitute",
 * "Mr B, Medical Director attended in his absence", "Cllr B deputising", "(GO attending)", "(attended by KP)": a note after an absent
 * member's name (after a comma or in brackets) naming who stood in for them, in group 1, 2 or 3.
 */
export const STOOD_IN_BY =
  /^(?:for\s+whom\s+(.+?)\s+(?:(?:was|attended\s+as|acted\s+as)\s+(?:a\s+|the\s+)?substitute|(?:was\s+)?(?:substituting|deputising)|stood\s+in|substituted|deputised)|(?:substituted|represented|attended)\s+by\s+(.+?)|(?:with\s+)?(.+?)\s+(?:(?:attended|attending|was\s+present|acted)\s+(?:as\s+(?:a\s+|the\s+|(?:his|her|their)\s+)?substitute|in\s+(?:his|her|their)\s+(?:absence|place|stead))|substituting|deputising|attending))[.;,]?$/i;

/** Who stood in, from a note after an absent member's name; null when the note says something else. */
export function stoodInBy(note: string): string | null {
  const match = STOOD_IN_BY.exec(squash(note));
  const who = match ? (match[1] ?? match[2] ?? match[3] ?? null) : null;
  // "(GO attending)", "(Cllr B Bell attending)": initials or a name of two words or more, never how ("virtually attending").
  if (who !== null && /\battending[.;,]?$/i.test(squash(note)) && !STAND_IN.test(who)) return null;
  return who;
}

/** Who "attending" after them names: initials ("GO") or a name of two capitalised words or more ("Cllr B Bell"). */
const STAND_IN = /^(?:\p{Lu}{2,4}|(?:\p{Lu}[\p{L}'’.-]*\s+)+\p{Lu}[\p{L}'’-]+)$/u;

/** A sentence's full stop, not an initial's ("Mr B. Allbut"). */
const FULL_STOP = String.raw`(?<!\b[A-Z])\.(?=\s|$)`;

/** A name as a sentence writes it: "Mrs R Dent", "Ada Lyle", up to four words in capitals. */
export const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
/** A councillor's title before a name: "Councillor ", "Cllr ". */
export const TITLE = `(?:${COUNCILLOR_SOURCE})\\s+`;
/** "Councillor X attended as substitute (for Councillor Y)": who stood in (group 1), for whom (group 2, when said). */
export const SUBSTITUTE_SENTENCE = new RegExp(
  String.raw`${TITLE}(${NAME})\s+(?:attended|was\s+present|was\s+in\s+attendance)\s+as\s+(?:a\s+|the\s+)?substitute(?:\s+(?:member\s+)?for\s+(?:${TITLE})?(${NAME}))?`,
  'u',
);
/** "Councillor X substituted for Councillor Y", "Cllr X, …, was substituting for Cllr Y": who (group 1) for whom (group 2). */
export const SUBSTITUTED_SENTENCE = new RegExp(
  String.raw`${TITLE}(${NAME})\s+(?:substituted|was\s+substituting|would\s+be\s+substituting|is\s+substituting|substitutes|substituting)(?:,[^,.]*,)?\s+for\s+(?:${TITLE})?(${NAME})`,
  'u',
);
/**
 * "Cllr N Loft was absent without apology.", "Mrs R Dent was absent.": one member absent, the whole sentence (group 1
 * the name, a paragraph number before it allowed); never "The Chair was absent", a post and no name.
 */
export const ABSENT_SENTENCE = new RegExp(
  String.raw`^(?:\d+(?:\.\d+)*\.?\s+)?((?:${TITLE}|(?!The\b))${NAME})\s+was\s+absent(?:\s+without\s+(?:an?\s+)?(?:apology|apologies|explanation|notice))?$`,
  'u',
);
/** "No apologies were received from Cllr N Loft": those named are absent (group 1). */
export const NO_APOLOGIES_FROM = /^(?:\d+(?:\.\d+)*\.?\s+)?no\s+apologies\s+(?:were|had\s+been|have\s+been)\s+received\s+from\s+(.+)$/i;

/**
 * Who stood in for whom, as sentences anywhere in a text say it ("Councillor X attended as substitute for Councillor
 * Y."), "X (for Y)" each; only sentences that say for whom, so a note in an apologies list is not read twice.
 */
export function findSubstitutions(text: string): string[] {
  const sentences = squash(text).split(new RegExp(FULL_STOP));
  const found = sentences.flatMap((sentence) => [
    ...[SUBSTITUTE_SENTENCE, SUBSTITUTED_SENTENCE, UNTITLED_SUBSTITUTE].flatMap((pattern) => {
      const match = pattern.exec(sentence);
      return match?.[2] ? [`${match[1]} (for ${match[2]})`] : [];
    }),
    ...followingSubstitutes(sentence),
  ]);
  return [...new Set(found)];
}

/**
 * "Colin Ruddock attended as a substitute for Gareth Oyelaran": a member with no councillor's title (a schools
 * forum's, a board's), only as the sentence's subject, so a name is not taken from the words before it.
 */
const UNTITLED_SUBSTITUTE = new RegExp(
  String.raw`^(?!The\b)(${NAME})\s+(?:attended|was\s+present|was\s+in\s+attendance)\s+as\s+(?:a\s+|the\s+)?substitute(?:\s+member)?\s+for\s+(?:${TITLE})?(${NAME})$`,
  'u',
);

/**
 * "The Forum noted the attendance of the following Substitute Member: Colin Ruddock as a Secondary Academy
 * Representative": those named stood in, for whom unsaid; what each came as ("as a … Representative") is no name.
 */
const FOLLOWING_SUBSTITUTES = /\bnoted\s+the\s+attendance\s+of\s+the\s+following\s+substitute\s+members?\s*:\s*(.+)$/i;
/** " as a Maintained Primary Representative": what a substitute came as, to its entry's end. */
const CAME_AS = /\s+as\s+(?:an?|the)\s+.+$/;
/**
 * Where the next entry starts: only before a name with its own "as a …" (a role may hold "and": "as a Health and
 * Wellbeing Representative"); a run of names with no note is parted as any list of names.
 */
const NEXT_CAME_AS = new RegExp(String.raw`(?:[,;]\s*|\s+and\s+)(?=${NAME}\s+as\s+(?:an?|the)\s)`, 'u');

function followingSubstitutes(sentence: string): string[] {
  const list = FOLLOWING_SUBSTITUTES.exec(sentence)?.[1] ?? '';
  if (list === '') return [];
  return list.split(NEXT_CAME_AS).flatMap((entry) => (CAME_AS.test(entry) ? [squash(entry.replace(CAME_AS, ''))] : splitNameList(entry)));
}

/** "A and from B": the names of an apologies sentence that repeats its "from", one list. */
export function apologisers(names: string): string {
  return names.replace(/(,|\s(?:and|&))\s+from\s+/gi, '$1 ');
}

/** Who sent apologies, and who stood in for them ("B (for A)"), as an apologies sentence names them. */
export interface Apologies {
  apologies: string[];
  substitutes: string[];
}

/**
 * Names after "Apologies (for absence) were received from", with the substitutes a name's note
 * gives ("Councillor A, for whom Councillor B was substitute;", one a line).
 */
export function findApologies(text: string): Apologies {
  const found: Apologies = { apologies: [], substitutes: [] };
  // The list ends at a full stop that is not an initial's ("Mr B. Allbut"), or a blank line not after a comma or semicolon.
  const pattern = new RegExp(String.raw`${APOLOGIES_RECEIVED}([^]+?)(?:${FULL_STOP}|(?<![;,])\n\n|$)`, 'gi');
  for (const match of text.matchAll(pattern)) {
    for (const entry of apologisers(match[1] ?? '').split(';')) {
      // A name, then a note after a comma or in brackets, which STOOD_IN_BY reads.
      const note = /^(.+?)(?:,\s*|\s*\()([^,()]+)\)?$/.exec(squash(entry));
      const substitute = stoodInBy(note?.[2] ?? '');
      const away = squash(note?.[1] ?? '');
      if (substitute === null) {
        found.apologies.push(...splitNameList(bracketedStandIns(entry, found)));
      } else {
        found.apologies.push(away);
        found.substitutes.push(`${substitute} (for ${away})`);
      }
    }
  }
  return found;
}

/**
 * "A (B attended as substitute), C and D (E substituting)": each bracketed note naming who stood in
 * gives a substitute and leaves the absent member's name alone in the list.
 */
function bracketedStandIns(list: string, found: Apologies): string {
  return list.replace(/([^,;()]+?)\s*\(([^()]+)\)/g, (whole, names: string, note: string) => {
    const substitute = stoodInBy(note);
    const away = squash(names.split(/\s+(?:and|&)\s+/).at(-1) ?? '');
    if (substitute === null || away === '') return whole;
    found.substitutes.push(`${squash(substitute)} (for ${away})`);
    return names;
  });
}

/** People named as attending to present: "X, role and Y will attend the meeting", "(Councillor X) To consider". */
export function findPresenters(text: string): string[] {
  const flat = squash(text.replace(/\n+/g, ' '));
  const found: string[] = [];
  const lead = /^\(([^)]+)\)\s/.exec(flat);
  if (lead && looksLikeName(lead[1] ?? '')) found.push(squash(lead[1] ?? ''));
  const attend = /(?:^|\.\s+)([^.]*?)\s+(?:will|would)\s+(?:attend|be\s+in\s+attendance|be\s+attending)/i.exec(flat);
  if (attend) found.push(...splitPeople(attend[1] ?? ''));
  for (const match of flat.matchAll(/(?:^|\.\s+)([^.]*?),?\s+(?:were|was)\s+in\s+attendance/gi)) found.push(...splitPeople(match[1] ?? ''));
  const presentation = /received\s+a\s+presentation\s+from\s+([^.]*)/i.exec(flat);
  if (found.length === 0 && presentation) found.push(...splitPeople(presentation[1] ?? ''));
  return found;
}

/** "…, Councillors B and C", "… and County Councillors B and C": where a plural title starts a run of the list. */
const PLURAL_RUN = new RegExp(String.raw`(?:,\s*|\s+(?:and|&)\s+)(?=(?:${COUNCILLORS_SOURCE})\s)`, 'gi');

/**
 * Splits a list of names; a plural title ("Councillors") is given to each name of its run. `bracketsKept`: a note in
 * brackets after a name is kept so (splitPeople), as a list's heading line prints it, never made a role after a comma.
 */
export function splitNameList(list: string, bracketsKept = false): string[] {
  const runs = squash(list).replace(/\.$/, '').split(PLURAL_RUN);
  return runs.flatMap((run) => splitRun(run, bracketsKept));
}

/** A comma or "and" between two names of a run, never inside a note in brackets ("Una Pell (items 4 and 5)"). */
const BETWEEN_NAMES = /(?:,\s*|\s+and\s+)(?![^()]*\))/;

function splitRun(text: string, bracketsKept: boolean): string[] {
  const plural = PLURAL_TITLE.exec(text);
  if (!plural) {
    const people = splitPeople(text, bracketsKept);
    return people.length > 0 ? people : text.split(BETWEEN_NAMES).map(squash).filter(Boolean);
  }
  return text
    .slice(plural[0].length)
    .split(BETWEEN_NAMES)
    .map(squash)
    .filter(Boolean)
    .map((name) => `Councillor ${name}`);
}
