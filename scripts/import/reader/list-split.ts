/**
 * A list of people taken apart into pieces. First the layouts read before it is split: a bilingual list's English
 * halves, "Mr and Mrs Golding", a post after a name running to a semicolon or after a dash running on past a comma
 * (put in brackets, as a post after a name is read), a post before its holder's bracket ("Senior Planner (Mr D
 * Vass)"). Then the split: at commas, semicolons, "and", "&" and full stops, never inside brackets, at an initial's
 * or a title's full stop, or at the "and" of a department, a council of two places or a post whose words are a
 * list; and a run of initialled names printed with no commas. Apart from reading a piece (attendance-person.ts),
 * and shared: the sentences' readers (decisions, motions, votes, movements) tell a full stop from an initial's by
 * its short words.
 */
import { COUNCILLORS_SOURCE, HONORIFIC_SOURCE, honorificOf, stripHonorifics } from '../../../src/model/honorifics.ts';
import { WELSH_SHORT_TITLE, WELSH_TIER_AFTER } from '../../../src/model/welsh-words.ts';
import { squash } from './attendance-piece.ts';
import { bareName, isName, isRoleText, titleFirst } from './person-name.ts';
import { isPost, ORGANISATION_WORD, ORGANISATION_WORD_ALONE } from './person-posts.ts';
import { ROLE_WORDS } from './role-words.ts';

/** Titles whose full stop marks them short ("Cllr.", "Dr.", Welsh "Cyng."). */
const SHORT_TITLE = String.raw`Mrs?|Ms|Mx|Dr|St|Cllrs?|Revd?|Prof|${WELSH_SHORT_TITLE}`;
/**
 * "no." or "No." (and "nos.") before a figure or a reference, "accession no. KM 1962.14", "loan No. A7", "Minute no. 42":
 * short for "number", its stop no sentence's end; before a word ("the Treasurer said no. The …") it ends one.
 */
const NUMBER_WORD = String.raw`[Nn]os?(?=\.\s*(?:\p{Lu}{1,4}\s?)?\d)`;
/** Words whose full stop marks them short, ending no sentence: an initial ("J. Smith"), a title, "no." before a figure. */
export const SHORT_WORD = String.raw`\b(?:\p{Lu}|${SHORT_TITLE}|${NUMBER_WORD})`;
/**
 * A short word within a sentence: a title, "no." before a figure, an initial after a word in lower case or a comma
 * ("seconded by C. Cuckow"), never a list's letter opening a line ("A. The information …"), or an initial right after
 * another initial's stop, wherever the run stands ("J.W. Hebblethwaite", a firm's "S.W. Fencing Ltd" opening a line).
 */
export const SHORT_WORD_WITHIN = String.raw`(?:\b(?:${SHORT_TITLE}|${NUMBER_WORD})|(?<=[\p{Ll},]\s+)\p{Lu}|(?<=(?<![\p{L}\d])\p{Lu}\.)\p{Lu})`;
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

/** "Cyng/Cllr", "Cynghorydd Sir / County Councillor": a councillor's title in Welsh and English; the English one is kept. */
export const WELSH_TITLE_FIRST = new RegExp(
  String.raw`\b(?:Y\s+)?(?:Cyng|Cynghorydd|Cynghorwyr)\.?${WELSH_TIER_AFTER}\s*\/\s*(?=\p{L})`,
  'giu',
);
/** "Gwen Parry a / and Owain Price": the Welsh "a" beside the English "and". */
const WELSH_AND = /\s+a\s*\/\s*(?=and\s)/giu;

/** A bilingual list read by its English halves: "Y Cynghorwyr / Councillors A a / and B" is "Councillors A and B". */
export function englishHalves(text: string): string {
  return text.replace(WELSH_TITLE_FIRST, '').replace(WELSH_AND, ' ');
}

/** A role and one bracket after it, nothing after: group 1 the role, group 2 the bracket's words. */
export const ROLE_THEN_BRACKET = /^([^()]+?)\s*\(([^()]+)\)$/;

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

/** One item's number: "5", "5.1", "7b". */
const ITEM_NUMBER = String.raw`\d+(?:\.\d+)*[a-z]?`;
/**
 * "… (North Wales Police) for item 5", "Mr T Bell for items 6 and 7": the items an entry attended, printed after it
 * with no bracket, up to the entry's end (a comma, a semicolon, a full stop or the line's end); after a comma
 * ("Mr T Bell, Trust, for item 5") they are read as the entry's last part already. A dash before them ("Cllr N Delves
 * (Whitcombe division) – for item 3") goes with them, no role after the name.
 */
const ITEMS_AFTER = new RegExp(
  String.raw`(?<![,;])(?:\s+[–—-])?\s+for\s+((?:agenda\s+)?items?\s+${ITEM_NUMBER}(?:(?:\s*,\s*|\s+(?:and|&|to)\s+|\s*[–-]\s*)${ITEM_NUMBER})*)(?=\s*(?:[,;]|\.?$))`,
  'gi',
);

/**
 * The items attended after an entry put in brackets, "(item 5)", as the list reads them there: unbracketed, their "and"
 * would part the entry in two and "for item 5" leave it no person's.
 */
export const itemsToBrackets = (text: string): string => text.replace(ITEMS_AFTER, ' ($1)');

/** "Mr and Mrs Golding", "Dr & Mrs K Fairlie": two people, the first title's name only its surname, which both share. */
const COUPLE =
  /\b(Mr|Mrs|Ms|Miss|Dr)\.?\s+(and|&)\s+((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:\p{Lu}[\p{L}'’.-]*\s+)*(\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*))(?![\p{L}'’-])/gu;

/** A couple's names written out, each with the surname they share (COUPLE). */
export function couples(text: string): string {
  return text.replace(
    COUPLE,
    (_all, first: string, and: string, second: string, surname: string) => `${first} ${surname} ${and} ${second}`,
  );
}

/** A post as its first word says: "Executive Director of …", "Head of Roads", "Chief Officer, …". */
const POST_START = /^(?:Acting\s+|Interim\s+|Depute\s+)?\p{Lu}[\p{L}-]*\b/u;

/**
 * "S Ogilvie (Clerk); T Paterson, Executive Director of Neighbourhoods, Regeneration and Sustainability;
 * and R Queen, Head of Roads": a list whose entries part at semicolons, each a name and its post after a
 * comma, as Scottish councils list those attending. The post runs to the semicolon, its own commas and
 * "and" joining no people, so it is put in brackets, as a post after a name is read.
 */
export function postsToSemicolons(text: string): string {
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

/** "the Commanding Officer, 4th Battalion Hesketh Rifles (Lt Col A Tunstall)": a post, the body it is held with, then its holder. */
const POST_BODY_HOLDER = /^(?:the\s+)?(\p{Lu}[^,;()]*?),\s*([\p{Lu}\d][^;()]*?)\s*\(([^()]+)\)(\.?)$/u;

/**
 * "the Chief Constable; the Commanding Officer, 4th Battalion Hesketh Rifles (Lt Col Andrea Tunstall)": a list whose
 * entries part at semicolons, one a post and the body it is held with before its holder's bracket, as a civic
 * meeting lists its guests. The holder is put first and the post with its body in brackets, as a post after a name is
 * read, so the post's comma parts no one; only a holder with a title or an initial (postBeforeHolder's rule).
 */
export function holdersToFront(text: string): string {
  if (!text.includes(';')) return text;
  return text
    .split(/(;\s*(?:and\s+)?)/)
    .map((entry) => {
      const found = POST_BODY_HOLDER.exec(squash(entry));
      if (found === null) return entry;
      const [, post = '', body = '', holder = '', stop = ''] = found;
      return isRoleText(post) && personalName(holder) ? `${holder} (${post}, ${body})${stop}` : entry;
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
export function dashPostToBrackets(text: string): string {
  const found = DASH_POST_THEN_PART.exec(squash(text));
  if (found === null) return text;
  const [, who = '', post = '', part = '', stop = ''] = found;
  const titled = new RegExp(`^(?:${HONORIFIC_SOURCE}|${COUNCILLORS_SOURCE})\\s|^\\p{Lu}\\.?\\s`, 'iu').test(part);
  const ownPerson = titled || /\s(?:and|&)\s/i.test(part);
  return isName(bareName(who)) && isRoleText(post) && isPost(post) && !ownPerson ? `${who} (${post}, ${part})${stop}` : text;
}

/** A post and its holder's name in brackets: "Head of Planning (T Oduya)", "Officers: Solicitor (D Kerr)". */
export const POST_HOLDER_BRACKETED = /^[^()]*\S\s*\([^()]+\)$/;

/**
 * "Senior Planner (Mr D Vass)", "Licensing Manager (R Hoyle)": a post before its holder's bracket, the bracket a name with
 * a title or an initial (a post's words read as a name as often as not, so only the bracket tells which is whose).
 */
export function postBeforeHolder(part: string): { post: string; holder: string } | null {
  const found = ROLE_THEN_BRACKET.exec(squash(part).replace(/\.$/, ''));
  const [post, holder] = [found?.[1] ?? '', found?.[2] ?? ''];
  return POST_HOLDER_BRACKETED.test(part) && isRoleText(post) && personalName(holder) ? { post, holder } : null;
}

/** A post and its holder's name as printed; `untitled` when only the list's order says which is the holder (postHolderReader). */
export interface PostHolder {
  post: string;
  holder: string;
  untitled?: true;
}

/**
 * "Head of Pensions (Matthew Ivey)", "Pension Fund Accountant (Farah Noon)": a post before a bracket that is a whole name,
 * two words or more with no title, which the list alone tells from a name before a note (postHolderReader).
 */
function postBeforeWholeName(part: string): PostHolder | null {
  const found = ROLE_THEN_BRACKET.exec(squash(part).replace(/\.$/, ''));
  const [post, holder] = [found?.[1] ?? '', squash(found?.[2] ?? '')];
  const titled = honorificOf(post.split(' ')[0] ?? '') !== null;
  const whole = /\s/.test(holder) && isName(bareName(holder));
  return POST_HOLDER_BRACKETED.test(part) && isRoleText(post) && !titled && whole ? { post, holder, untitled: true } : null;
}

/**
 * How a list's "post (holder)" entries are read. "Director of Finance (Lorna Gaskin), Head of Pensions (Matthew Ivey),
 * Pension Fund Accountant (Farah Noon)": where one entry at least is plainly a post before a whole name (its post no
 * name's words, as "Accountant" could be), two or more are so printed and none is a name before a note that is no name
 * ("Kate Moss (Planning Manager)"), the list prints every post first, so a post whose words could be a name's is the
 * post, its bracket the holder. Otherwise only a bracket with a title or an initial says so (postBeforeHolder).
 */
export function postHolderReader(parts: readonly string[]): (part: string) => PostHolder | null {
  const whole = parts.map(postBeforeWholeName);
  const plainPost = whole.some((found) => found !== null && !isName(bareName(found.post)));
  const nameFirst = parts.some((part) => {
    const found = ROLE_THEN_BRACKET.exec(squash(part));
    return found !== null && isName(bareName(found[1] ?? '')) && !isName(bareName(found[2] ?? ''));
  });
  const postsFirst = plainPost && !nameFirst && whole.filter((found) => found !== null).length >= 2;
  return postsFirst ? (part) => postBeforeHolder(part) ?? postBeforeWholeName(part) : postBeforeHolder;
}

/** A name with a title or an initial ("Mr D Vass", "Lt Col Ann Reay", "R Hoyle"): a post's words never are. */
function personalName(holder: string): boolean {
  // A title of two words ("Group Captain") is one title, though its words alone are none or a post's ("Group").
  const untitled = stripHonorifics(holder);
  const personal = untitled !== holder.trim() || holder.split(' ').some((word) => honorificOf(word) !== null || /^\p{Lu}\.?$/u.test(word));
  return personal && isName(bareName(untitled));
}
