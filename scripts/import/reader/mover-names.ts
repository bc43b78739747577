/**
 * Who a single sentence names as mover or seconder: a member by name ("moved by Councillor Hale", "Proposed: Cllr
 * Smith", "Mr Ratter moved that …", the Welsh "Cynigiwyd gan y Cynghorydd Ash"), a chair's or member's post ("Proposed
 * by the Mayor", "the Cabinet Member for Housing"), or initials ("Proposed JS, seconded AB."); and the sentences that say
 * only that. Apart from vote-movers.ts, which gives each vote the movers its item's sentences said before it: this
 * reads one sentence, that follows them through an item.
 */
import { WELSH_MOVED, WELSH_MOVERS_ONLY, WELSH_SECONDED } from '../../../src/model/welsh-words.ts';
import { HONORIFIC_SOURCE, stripCouncillorTitles } from '../../../src/model/honorifics.ts';
import { NAME, TITLE } from '../attendance-text.ts';
import { isChairPost } from './chair-posts.ts';
import { OPENING_DECIDING_WORDS, oneOf } from './decision-words.ts';
import { MOTION_OF } from './motion-of.ts';
import { surnameOpening } from './surname-cut.ts';
import { MEMBER_POST_HELD_SOURCE } from './role-words.ts';
import { printedSide } from './vote-words.ts';

/**
 * A post after "the", its words capitalised ("the Mayor", "The Deputy Lord Mayor", "the Right Worshipful
 * the Mayor"): a chair's post when isChairPost says so. Whole words only, and never another body's post
 * ("the Chair of the Audit Committee", "the Mayor's Cadet"): that is not who held this meeting's post.
 */
const CHAIR_POST = String.raw`(?:Right\s+Worshipful\s+the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?![\p{L}'’-]|\s+of\b)`;
/**
 * A member's post in the council's executive, which councils print as a mover: "the Leader", "the Deputy
 * Leader", "the Leader of the Council", "the Cabinet Member for Housing", "the Portfolio Holder for
 * Finance", "the Executive Member for Adults, Health and Wellbeing".
 */
const MEMBER_POST = String.raw`${MEMBER_POST_HELD_SOURCE}(?![\p{L}'’-]|\s+of\b)`;
const MEMBER_POST_ALONE = new RegExp(String.raw`^${MEMBER_POST}$`, 'u');
const POST = String.raw`[Tt]he\s+(?:${MEMBER_POST}|${CHAIR_POST})`;

/** A space that runs on across a line's end but never a blank line (a paragraph break). */
const PARAGRAPH_SPACE = String.raw`(?:[^\S\n]|\n(?![^\S\n]*\n))`;
/** A pattern's source with its spaces kept to one line: a name read before the words that say what it did. */
const onOneLine = (source: string): string =>
  source.replaceAll(PARAGRAPH_SPACE, String.raw`[^\S\n]`).replaceAll(String.raw`\s`, String.raw`[^\S\n]`);

/** The Welsh words for "proposed" and "seconded" (welsh-words.ts). */
const WELSH = { moved: WELSH_MOVED, seconded: WELSH_SECONDED };
/** A label's Welsh half before its English word ("Cynigiwyd / "), and after it (" / Cynigiwyd"), each optional. */
const welshBefore = (word: string) => String.raw`(?:${word}\s*\/\s*)?`;
const welshAfter = (word: string) => String.raw`(?:\s*\/\s*${word})?`;

/** "Prop." and "Sec.", as parish minutes shorten "proposed" and "seconded" ("Prop. Cllr Ash, sec. Cllr Elm"), in any case. */
const MOVED_SHORT = String.raw`(?:[Pp]rop|PROP)`;
const SECONDED_SHORT = String.raw`(?:[Ss]ec|SEC)`;
/** Either shortened word, whose full stop ends no sentence: the name follows it (decisions.ts SHORT_STOP_WITHIN). Regex source. */
export const MOVER_SHORT_WORD = String.raw`\b(?:${MOVED_SHORT}|${SECONDED_SHORT})`;

/**
 * Each way a sentence says who moved, the name in group 1: `who` is a name with or without a title,
 * `titled` one with a title (where no "by" says a name follows).
 */
const movedPatterns = (who: string, titled: string) => [
  // "Proposed by: Cllr Ash", as a form's label prints it.
  new RegExp(String.raw`\b(?:[Mm]oved|[Pp]roposed|MOVED|PROPOSED)\s+(?:by|BY)(?:\s*:)?\s+${who}`, 'u'),
  // "On the motion of Cllr Ash", "On a motion from Cllr Ash", "On a motion by Cllr Ash" (motion-of.ts).
  new RegExp(String.raw`${MOTION_OF}${who}`, 'u'),
  // "Cllr Brindle was nominated by Cllr Cato": an election's proposer. Titled only: "nominated by Age UK" names a body.
  new RegExp(String.raw`\b(?:[Nn]ominated|NOMINATED)\s+(?:by|BY)\s+${titled}`, 'u'),
  // Welsh: "Cynigiwyd gan y Cynghorydd Ash" ("proposed by Councillor Ash").
  new RegExp(String.raw`\b${WELSH.moved}\s+gan\s+(?:y\s+)?${who}`, 'u'),
  // "Councillor Pell moved", "Councillor Pell then moved".
  new RegExp(String.raw`${titled}\s+(?:(?:then|also|formally|subsequently)\s+)?(?:moved|proposed)\b`, 'u'),
  // "The Leader, Councillor Harker, moved": the name between commas after the post it holds.
  new RegExp(String.raw`,\s+${titled},\s+(?:(?:then|also|formally|subsequently)\s+)?(?:moved|proposed)\b`, 'u'),
  // "The Leader (Councillor Goodwin) moved": the name in brackets after the post it holds.
  new RegExp(String.raw`${POST}\s*\(\s*${titled}\s*\),?\s+(?:(?:then|also|formally|subsequently)\s+)?(?:moved|proposed)\b`, 'u'),
  // "Mr Hossack, seconded by Ms Duthie, moved": the seconder between them says a name leads, title or none.
  // The name on the line with them: a heading above ("Motion", "Amendment") is no part of it.
  new RegExp(String.raw`${onOneLine(who)},\s+seconded\s+by\s+[^,.;]{1,60},\s+(?:then\s+)?(?:moved|proposed)\b`, 'u'),
  // "Mrs Jean Lamacraft moved, and Mr Colin Burge seconded, that …": the seconder after says a name leads, title or none.
  new RegExp(String.raw`${onOneLine(who)}\s+(?:moved|proposed),?\s+and\s+[^,.;]{1,60}?\s+seconded\b`, 'u'),
  // "Mrs Ransome proposed an increase of 3% instead": an amendment's mover, title or none.
  new RegExp(String.raw`${onOneLine(who)}\s+(?:proposed|moved)\s[^.;]{1,120}?\binstead\b`, 'u'),
  // "Mr Ratter moved that the Committee approve …", "Mr Nicolson moved, as an amendment, that …": as Scottish islands
  // minutes style members, a name with an honorific, moving what the sentence says was moved.
  new RegExp(
    String.raw`${onOneLine(who)}\s+(?:then\s+)?moved,?\s+(?:that\b|as\s+an\s+amendment\b|an\s+amendment\b|the\s+(?:motion|recommendation))`,
    'u',
  ),
  // "Proposed Cllr Ash", "(proposed Cllr Ash, seconded Cllr Elm)", "(Moved Mr Slater, …)": with no "by", the title or
  // honorific says a name follows. A bilingual label's Welsh half after the English ("Proposed / Cynigiwyd: Cllr Ash") is no part of the name.
  new RegExp(String.raw`\b(?:[Pp]roposed|PROPOSED|[Mm]oved|MOVED)${welshAfter(WELSH.moved)}\s*(?::\s*|\s+)${honoured(who, titled)}`, 'u'),
  // "Proposed: Ash", and parish minutes' shorthand "Prop: Cllr Ash", "Prop'd Cllr Ash".
  new RegExp(String.raw`\b(?:Proposed|PROPOSED|Moved|MOVED|Prop|PROP)${welshAfter(WELSH.moved)}\s*:\s*${who}`, 'u'),
  // "Prop. Cllr Ash", "prop Cllr Ash": the shorthand with its stop or without.
  new RegExp(String.raw`\b(?:(?:Prop['’]d|${MOVED_SHORT}\.)\s*|${MOVED_SHORT}\s+)${titled}`, 'u'),
  // "Prop Whitlock, sec Mahoney": a bare surname after the shorthand, only with the seconder's shorthand after it.
  new RegExp(String.raw`\b${MOVED_SHORT}\.?\s+${who}(?=,?\s+${SECONDED_SHORT}\b)`, 'u'),
  // "Approved: Ruaridh Mack" over "Seconded: Isla Pettigrew": the proposer's label, only with a seconder after it.
  new RegExp(String.raw`${APPROVER_LABEL.source}${who}`, 'u'),
  // "Proposed as a true record by Cllr Smith": what was proposed between the word and its mover. Never a
  // mover named already ("Proposed by the Council officer, seconded by Cllr Fir"): Fir only seconded.
  new RegExp(String.raw`^(?:Proposed|Moved)\s(?:(?!\bby\s+(?:the|an?)\b|\bseconded\b)[^.;:]){1,60}?\sby\s+${who}`, 'u'),
];
/**
 * "Approved:" as community councils label who proposed approving their minutes, a "Seconded:" label after
 * it ("Approved: Ruaridh Mack" then "Seconded: Isla Pettigrew"); without a seconder it is an outcome.
 */
const APPROVER_LABEL = /\b(?:Approved|APPROVED)\s*:\s*(?=[^.;]*\b(?:Seconded|SECONDED|Sec)\b)/;
/** A sentence that only says who proposed and seconded an approval ("Approved: Ruaridh Mack Seconded: Isla Pettigrew"). */
export const APPROVAL_MOVERS_ONLY = new RegExp(String.raw`^\(?\s*${APPROVER_LABEL.source}[^.;]*$`);

/** Each way a sentence says who seconded, the name in group 1. */
const secondedPatterns = (who: string, titled: string) => [
  // "and second by Cllr Tate", as a record misprints it.
  new RegExp(String.raw`\b(?:[Ss]econded|[Ss]econd|SECONDED)\s+(?:by|BY)(?:\s*:)?\s+${who}`, 'u'),
  // Welsh: "eiliwyd gan y Cynghorydd Elm" ("seconded by Councillor Elm").
  new RegExp(String.raw`\b${WELSH.seconded}\s+gan\s+(?:y\s+)?${who}`, 'u'),
  new RegExp(String.raw`${titled}\s+(?:(?:then|also|formally)\s+)?seconded\b`, 'u'),
  // "Mr Halcrow seconded.", "Mrs Williamson seconded the amendment": a name with an honorific, seconding alone.
  new RegExp(String.raw`${who}\s+seconded(?=\s*[.;]|\s+the\s+(?:motion|amendment|recommendation))`, 'u'),
  // "Mrs Jean Lamacraft moved, and Mr Colin Burge seconded, that …": after the mover, title or none.
  new RegExp(String.raw`\b(?:moved|proposed),?\s+and\s+${onOneLine(who)}\s+seconded\b`, 'u'),
  // "The Deputy Leader, Councillor Iredale, seconded".
  new RegExp(String.raw`,\s+${titled},\s+(?:(?:then|also|formally)\s+)?seconded\b`, 'u'),
  // "The Deputy Leader (Councillor Iredale) seconded".
  new RegExp(String.raw`${POST}\s*\(\s*${titled}\s*\),?\s+(?:(?:then|also|formally)\s+)?seconded\b`, 'u'),
  new RegExp(String.raw`\b(?:[Ss]econded|SECONDED)${welshAfter(WELSH.seconded)}\s*(?::\s*|\s+)${honoured(who, titled)}`, 'u'),
  new RegExp(String.raw`\b(?:Seconded|SECONDED|Sec|SEC)${welshAfter(WELSH.seconded)}\s*:\s*${who}`, 'u'),
  new RegExp(String.raw`\b(?:(?:Sec['’]d|${SECONDED_SHORT}\.)\s*|${SECONDED_SHORT}\s+)${titled}`, 'u'),
  // "Prop Whitlock, sec Mahoney": a bare surname after the shorthand, only with the mover's shorthand before it.
  new RegExp(String.raw`(?<=\b${MOVED_SHORT}\.?\s[^.;]{1,60}?)\b${SECONDED_SHORT}\.?\s+${who}`, 'u'),
];

/**
 * A name after "Proposed"/"Seconded" with no "by": one a councillor's title or an honorific opens ("Cllr Ash",
 * "Mr Slater", "Dr Kell"), which says a name follows, or a post (`titled` is a post's pattern then).
 */
function honoured(who: string, titled: string): string {
  return titled === who ? titled : String.raw`(?=${HONORIFIC_SOURCE}\s)${who}`;
}

/**
 * A pattern's source with its spaces kept to one paragraph: a name never runs on across a blank line ("Ward Member -
 * Councillor Greenhalgh" over a blank line, then "Councillor Lowther moved …": Lowther moved).
 */
const inParagraph = (source: string): string => source.replaceAll(String.raw`\s`, PARAGRAPH_SPACE);
const WHO = inParagraph(String.raw`((?:${TITLE})?${NAME})`);
// A post in brackets after a titled name, before the verb, is no part of it: "Councillor Khan (Leader) moved".
const TITLED = inParagraph(String.raw`(${TITLE}${NAME})(?:\s*\([^()]{1,60}\))?`);
/** One way of saying who moved or seconded: named by a member's name, or by a post in the same place. */
interface Way {
  name: RegExp;
  post: RegExp;
}
const ways = (make: (who: string, titled: string) => RegExp[]): Way[] => {
  const posts = make(`(${POST})`, `(${POST})`);
  return make(WHO, TITLED).map((name, at) => ({ name, post: posts[at] ?? name }));
};
/** Each way a sentence says who moved, by a member's name or by a post (nameIn). */
export const MOVED = ways(movedPatterns);
/** Each way a sentence says who seconded, by a member's name or by a post (nameIn). */
export const SECONDED = ways(secondedPatterns);
/**
 * A word each way of the kind needs ("moved", "proposed", "seconded", …, in any case): a sentence with none is
 * passed over before the long patterns are tried, most of an import's sentences. A new way needs its word here.
 */
export const WAY_WORDS = new Map<Way[], RegExp>([
  [MOVED, new RegExp(String.raw`mov|prop|approv|motion|nominat|${WELSH.moved}`, 'i')],
  [SECONDED, new RegExp(String.raw`sec|${WELSH.seconded}`, 'i')],
]);
/**
 * A side's label of a tally as a line of labels prints it after the seconder, a colon or a count after it ("For: 4",
 * "In favour 5", "Against: 1"): printed as a tally prints it (printedSide), so a name ends before it.
 */
const SIDE_LABEL = String.raw`(?:${printedSide('for')}|${printedSide('against')}|${printedSide('abstained')})(?=\s*:|\s+\d)`;

/**
 * Where a name run on into the next sentence ends: another title, a word that starts a sentence, the seconder's
 * label in English or Welsh ("Proposed: Cllr Ash Seconded: …", "… Eiliwyd / Seconded: …"), or a tally's side label on
 * the same line ("Seconded: Cllr Tolley  For: 4  Against: 1", SIDE_LABEL). "A" starts one only before a word in lower case ("A vote was taken"):
 * before a capital it is an initial ("Councillor R A Nugent"). The decision's opening words in capitals only
 * (OPENING_DECIDING_WORDS): a titled label ("Resolved:") opens a line of its own, where a name already ends (nameFrom).
 */
const RUN_ON = new RegExp(
  String.raw`\s+(?:(?:${TITLE.replace(/\\s\+$/, '')}|The|On|It|This|An|A(?=\s+\p{Ll})|In|He|She|They|All|Members?|${oneOf(OPENING_DECIDING_WORDS)}|Seconded|SECONDED|Sec|Proposed|PROPOSED|${WELSH.moved}|${WELSH.seconded})\b|${SIDE_LABEL}).*$`,
  'u',
);

/** A sentence that says only who seconded ("Seconded: Cllr Elm.", "Eiliwyd / Seconded: Cllr Elm."). */
export const SECONDER_ONLY = new RegExp(String.raw`^\(?\s*${welshBefore(WELSH.seconded)}(?:Seconded|SECONDED|Sec)\b[^.;]{0,60}[.;]?\)?$`);
/**
 * A sentence that only says who moved and seconded ("Proposed: Cllr Ash Seconded: Cllr Elm.", "Cynigiwyd / Proposed:
 * Cllr Ash; …", Welsh "Cynigiwyd gan y Cynghorydd Ash ac eiliwyd gan …"), with nothing proposed in it.
 */
export const MOVERS_ONLY = new RegExp(
  String.raw`^\(?\s*(?:${welshBefore(WELSH.moved)}(?:Proposed|PROPOSED|Moved|MOVED|Prop|PROP)\b(?![^.;]*\b(?:that|to)\s)|${WELSH_MOVERS_ONLY})`,
  'u',
);

const LEADING_TITLE = new RegExp(`^(?:${TITLE})?`, 'u');

/**
 * The post a "the …" run is, as a list's entry keeps it: a member's post whole ("the Cabinet Member for
 * Housing"), or the chair's or civic post it opens with ("the Deputy Mayor Councillor Ash" -> "The Deputy
 * Mayor"); null when it is neither ("the Council").
 */
function postIn(run: string): string | null {
  const words = run.split(/\s+/).slice(1);
  if (MEMBER_POST_ALONE.test(words.join(' '))) return `The ${words.join(' ')}`;
  for (let end = words.length; end > 0; end -= 1) {
    const post = words.slice(0, end).join(' ');
    if (isChairPost(post)) return `The ${post}`;
  }
  return null;
}

/** The member a matched name is, its line and any run-on cut off, councillor titles off. */
function nameFrom(match: string, following = ''): string {
  // A name ends at its line ("seconded by Councillor Noble" over "When put to the vote …"), its
  // title apart: "seconded by Councillor" at a line's end, the name on the next.
  const title = LEADING_TITLE.exec(match)?.[0] ?? '';
  const [line = '', ...after] = match.slice(title.length).split('\n');
  // "seconded by Councillor Ingrid" over "Flett, the Committee …": a titled given name alone the line's end cut from
  // its surname, read as attendance lists join "Cllr Gita" over "Mehta, …" (attendance-wraps.ts).
  const surname =
    title !== '' && /^\p{Lu}[\p{L}'’-]*$/u.test(line.trim()) ? surnameOpening(`${after.join('\n')}${following}`.trimStart()) : null;
  const found = `${title}${line}${surname === null ? '' : ` ${surname}`}`;
  // "Councillor Noble Councillor Marsh highlighted …": a name is cut where the next one starts.
  // Without a title the first word is the name's own: "Prop: Yarrow Sec: Gale" runs on into the seconder's label at the second.
  const titled = (title === '' ? /^\S+/ : /^\S+\s+\S+/).exec(found)?.[0] ?? found;
  // Read with what follows it on its line: a side's label ends a name only before its colon or count ("Tolley For: 4").
  const sameLine = after.length === 0 && surname === null ? (following.split('\n')[0] ?? '') : '';
  const more = found.slice(titled.length);
  const cut = RUN_ON.exec(`${more}${sameLine}`);
  const rest = cut !== null && cut.index < more.length ? more.slice(0, cut.index) : more;
  // A name ends with a surname, never an initial's full stop: the stop is the sentence's.
  return stripCouncillorTitles(`${titled}${rest}`.trim().replace(/\.$/, ''));
}

/** A member named after a post, in brackets or between commas: "the Leader of the Council (Councillor Finch)", "the Mayor, Cllr Ash,". */
const HOLDER = new RegExp(String.raw`\s*\(\s*${TITLED}\s*\)|,\s+${TITLED},`, 'u');

/**
 * The member named right after a post's words, as the record says who held it; null when none is. The post's run may
 * have taken the name in already: a member's post runs on over commas ("for Adults, Health and Wellbeing"), so
 * "the Cabinet Member for Housing, Councillor Deane," holds it.
 */
function holderOf(run: string, following: string): string | null {
  const found = HOLDER.exec(`${run}${following}`);
  const name = found?.[1] ?? found?.[2];
  return name === undefined || (found?.index ?? Infinity) > run.length ? null : nameFrom(name);
}

/**
 * The first way the sentence names a mover (or seconder): by a member's name, or by a chair's post where
 * the sentence says it first ("Proposed by the Mayor, seconded by Councillor Ash" names the Mayor as
 * mover, never Ash from "… by Councillor Ash" further on). A post with its holder named after it ("seconded by the Leader
 * of the Council (Councillor Finch)") names the member: the record says who held it.
 */
export function nameIn(sentence: string, ways: Way[]): string | null {
  if (WAY_WORDS.get(ways)?.test(sentence) === false) return null;
  for (const way of ways) {
    const byName = way.name.exec(sentence);
    const byPost = way.post.exec(sentence);
    const post = postIn(byPost?.[1] ?? '');
    if (byPost !== null && post !== null && (byName === null || byPost.index <= byName.index))
      return holderOf(byPost[1] ?? '', sentence.slice(byPost.index + byPost[0].length)) ?? post;
    const match = byName?.[1];
    // "Proposed by JS", "Proposed: JS Seconded: AB": initials, no name; the meeting's reader names them where the record defines them.
    if (match === undefined) continue;
    // What follows the name in the sentence: a surname cut onto the next line ends before its comma or "and".
    const following = sentence.slice(sentence.indexOf(match, byName?.index ?? 0) + match.length);
    return bareInitials(match) ? null : nameFrom(match, following);
  }
  return null;
}

/**
 * Initials that stand for a member: two or three capitals alone, as parish minutes name movers once the
 * present list has defined them ("Cllrs John Saxby (JS), Anna Barr (AB)" then "Proposed JS, seconded AB.").
 * Never a short word in capitals ("PROPOSED TO …", "Moved BY"), nor the start of a longer word or a name ("JSaxby", "JS-Smith").
 */
const INITIALS = String.raw`(?!(?:TO|BY|AS|AN|OF|THE|AND|FOR|ALL|THAT)\b)(\p{Lu}{2,3})(?![\p{L}'’-])`;
const MOVED_INITIALS = new RegExp(
  String.raw`\b(?:[Pp]roposed|PROPOSED|[Mm]oved|MOVED|${MOVED_SHORT})(?:\s+(?:by|BY))?\s*:?\s+${INITIALS}`,
  'u',
);
const SECONDED_INITIALS = new RegExp(String.raw`\b(?:[Ss]econded|SECONDED|${SECONDED_SHORT})(?:\s+(?:by|BY))?\s*:?\s+${INITIALS}`, 'u');

/**
 * "Prop: AM  Sec: RC  Unanimous", "Sec: AM  4 for, 2 against (RC, YL)": the seconder's initials and then the vote with no
 * stop between, on the line or the next, as town councils print a decision's last line. Group 1 up to the seconder, the vote after it.
 */
const SECONDER_THEN_VOTE = new RegExp(
  String.raw`(\b(?:[Ss]econded|SECONDED|Sec)(?:\s+(?:by|BY))?\s*:?\s+${INITIALS})(?:[ \t]+|[ \t]*\n[ \t]*)(?=(?:Carried|CARRIED|Lost|LOST|Unanimous(?:ly)?|UNANIMOUS|\d{1,3}\s+(?:for|in\s+favou?r)\b))`,
  'gu',
);
/** The text with a stop after a seconder's initials that the vote follows with none, so the movers and the vote are sentences apart. */
export const withMoversStopped = (text: string): string => text.replace(SECONDER_THEN_VOTE, '$1. ');

/** True when a matched mover is initials alone, no title before them, the seconder's label after them cut off ("JS Seconded"). */
const bareInitials = (match: string): boolean =>
  (LEADING_TITLE.exec(match)?.[0] ?? '') === '' && new RegExp(String.raw`^${INITIALS}$`, 'u').test(nameFrom(match).replace(RUN_ON, ''));

/** The initials a sentence names as mover and seconder ("Proposed JS, seconded AB." → JS, AB); null for each it does not. */
export function initialsIn(sentence: string): { moved: string | null; seconded: string | null } {
  return { moved: MOVED_INITIALS.exec(sentence)?.[1] ?? null, seconded: SECONDED_INITIALS.exec(sentence)?.[1] ?? null };
}
