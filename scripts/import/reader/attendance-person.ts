/**
 * One person as an attendance list prints them: a list split into pieces at commas, "and" and full
 * stops, and each piece read as a person (name without councillor titles, with what brackets, a dash
 * or a following role say of them: chair, substitute for whom, items attended, officer, visiting
 * councillor, job title), "none", the public, a role, or prose. attendance.ts finds the lists.
 * This module reads a piece and a whole list; the parts each reading leans on are apart, one job each:
 * list-split.ts takes a list apart, person-name.ts tells a name from a post,
 * person-notes.ts reads what brackets and roles say, piece-joins.ts gives a piece to the one before it,
 * chair-posts.ts and person-posts.ts read the posts.
 */
import { COUNCILLOR_SOURCE, COUNCILLORS_SOURCE, honorificOf } from '../../../src/model/honorifics.ts';
import { groupCouncil } from './attendance-group-council.ts';
import { WELSH_NONE } from '../../../src/model/welsh-words.ts';
import { emptyPerson, type Person, type Piece, squash } from './attendance-piece.ts';
import {
  CHAIR_ALONE,
  CHAIR_DASH_TAIL,
  CHAIR_LEAD,
  CHAIR_NOTE,
  CHAIR_TAIL,
  chairLine,
  ELECTED_MAYOR,
  isChairNote,
  isChairPost,
} from './chair-posts.ts';
import { leaderBodies, leadersToDash } from './attendance-leaders.ts';
import { titledNames } from './attendance-titled-run.ts';
import { interestToBrackets } from './dash-interest.ts';
import { interestHeld } from './member-interest.ts';
import { wardAfterPost } from './attendance-ward-post.ts';
import { isCouncilName } from './council-name.ts';
import {
  couples,
  dashPostToBrackets,
  englishHalves,
  holdersToFront,
  initialledNames,
  itemsToBrackets,
  postHolderReader,
  postsToSemicolons,
  splitList,
  WELSH_TITLE_FIRST,
} from './list-split.ts';
import { bareName, isName, isRoleText, postAlone, titleFirst } from './person-name.ts';
import { bracketHolder, dashedPostHolder } from './post-holder.ts';
import { applyNote, applyRole, HOW_ATTENDED_TAIL, isPostNote, MEMBER_NOTE } from './person-notes.ts';
import { BODY_WORD, heldElsewhere, OFFICER_LEAD, OUTSIDE_POST, POST_WORD_SOURCE, RANK_LEAD } from './person-posts.ts';
import {
  addToLast,
  postAhead,
  postSplitAtAnd,
  type RankRun,
  rankRun,
  sharedTitles,
  type TitleRun,
  titleRun,
  titleSplitAtAnd,
} from './piece-joins.ts';
import { CROWN_POST, ROLE_WORDS, STAFF_POST } from './role-words.ts';

/**
 * "Councillors" alone on its line under "Present", over the names. Not "County Councillors": the
 * names under it are visitors, which a line of its own cannot mark, so the list ends there as before.
 */
export const LIST_TITLE_ALONE = new RegExp(`^(?!(?:County|District|Borough|Ward)\\b)(?:${COUNCILLORS_SOURCE})\\s*:?$`, 'i');

// "Vacancy – Parent Governor Representative (Secondary)": a seat no one holds, among its holders' kind; no one.
// "As above", "See above": an item's apologies pointing back at the list in the head, no one more.
// "Dim", "Dim un": none in Welsh (WELSH_NONE), under "Ymddiheuriadau" as "None." under "Apologies".
const NONE = new RegExp(
  String.raw`^(?:none|nil|no apologies(?: were received| had been received)?|n\/?a|-+|vacan(?:cy|t)(?:\s*[–—:-].*)?|(?:as|see)\s+(?:(?:listed|noted|recorded|stated)\s+)?(?:above|below)|${WELSH_NONE})$`,
  'i',
);
/** "Cllr G Yelland (work). Accepted.": what the meeting made of the apologies before it, a sentence of one word and no one. */
const VERDICT_WORD = String.raw`(?:accepted|approved|noted|agreed)`;
const VERDICT = new RegExp(String.raw`^(?:(?:all|both|these\s+were|which\s+were)\s+)?${VERDICT_WORD}$`, 'i');
/**
 * "Kearton accepted", "Cllr Ivo Dunmore – accepted", "Cllr Rhoda Fell - apology accepted": what the meeting made of one
 * member's apology, after the name; no part of the name, nor a role.
 */
const VERDICT_TAIL = new RegExp(String.raw`(?<=\S)(?:\s*[–—-]|,)?\s+(?:(?:apolog(?:y|ies)|reasons?)\s+)?${VERDICT_WORD}$`, 'i');
/** "Members of the public", "press", "six residents": the public, no one by name; never a "Press Officer", who is staff. */
export const PUBLIC = new RegExp(
  String.raw`\b(?:members?\s+of\s+(?:the\s+)?public|public\s+present|press(?!(?:\s+(?:and|&))?(?:\s+(?!the\b)[\p{L}-]+){0,2}\s+${STAFF_POST}\b))\b|^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:members?|residents?|parishioners?|visitors?|(?:local\s+government\s+)?electors?)\b`,
  'iu',
);
const OUTSIDE_LEAD = new RegExp(String.raw`^(?:(?:County|District|Borough|Ward)\s+(?:Councillors?|Cllrs?)\b\.?|Ward\s+Members?\b)`, 'i');
const COUNCILLOR_LEAD = new RegExp(`^(?:${COUNCILLORS_SOURCE}|${COUNCILLOR_SOURCE})`, 'i');
/** "Councillors – A Fenn, B Gault": the list's title and a dash, which is not a name followed by a role. */
const LIST_TITLE_DASH = new RegExp(`^(${COUNCILLORS_SOURCE})\\s*[–—-]\\s+`, 'i');

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
 * "External Auditor: H Grant", "Legal Adviser: G Drake", "Clerk to the Panel: Miss A Thorn", "Presenting officer: Mr N
 * Bragg": a post as a label before its holder's name (group 1 the post), capitalised first, at most five words, on a line
 * of officers or a line of its own (attendance.ts); never "Contact Officer:", whom to ask (contact.ts).
 */
export const POST_LABEL_LEAD = /^(?![Cc]ontact\b|[Ee]nquiries\b)(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,4})\s*:\s*(?=\S)/u;
/** "Clerk to the Panel", "Legal Adviser to the Board": a post and the body it serves, which the post's word ends before. */
const TO_THE_BODY = /\s+to\s+the\s+\p{Lu}[\p{L}'’ -]*$/u;
/** The post a label names, the body it serves set aside ("Clerk to the Panel": "Clerk"), for its last word to tell a post. */
export const labelPost = (label: string): string => label.replace(TO_THE_BODY, '');
/** The post's last word, in a label before its holder on one line. */
const POST_LABEL_WORD = new RegExp(String.raw`\b${POST_WORD_SOURCE}$`, 'i');

/**
 * "External Auditor: Hazel Grant (Northgate Audit LLP)": the holder with the post, a note saying more of the
 * post kept with it as printed; one with another body ("… LLP") no officer of the council. Null when no name follows.
 */
function labelledPost(text: string): Person | null {
  const label = POST_LABEL_LEAD.exec(text);
  const post = label?.[1] ?? '';
  if (!label || OFFICER_LEAD.test(text) || !POST_LABEL_WORD.test(labelPost(post))) return null;
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

/**
 * True when a line names one person and nothing else, in two words or more ("Duncan FAIRLIE", "Ailsa Roxburgh
 * (Chairperson)"): a list's line of one name, as running-heads.ts tells a role printed under each name from a page's header.
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
  const afterDash = dash ? unbracketed.slice(dash.index + dash[0].length).trim() : '';
  // "Team Leader - Development Management (Ms R Kerr)": the holder in brackets after a post a dash parts.
  const dashedHeld = dash && notes.length === 1 ? dashedPostHolder(main, afterDash, notes[0] ?? '') : null;
  if (dashedHeld) return dashedHeld;
  if (dash && !isName(name)) {
    const titled = titleFirst(main, afterDash);
    if (titled) return titled;
  }
  const named = CHAIR_ALONE.test(unled) ? notes.find((note) => isName(bareName(squash(note)))) : undefined;
  if (named !== undefined) {
    const holder = readPiece(named);
    return holder.kind === 'person' ? { ...holder, post: holder.post ?? unled } : holder;
  }
  // "Legal Adviser (Ms N Orr, Carson Lyle Solicitors)", "The Mayor (Councillor Ann Holt)": the holder in the post's brackets.
  const held = !dash && notes.length === 1 && !isName(name) ? bracketHolder(main, notes[0] ?? '') : null;
  if (held !== null && 'reread' in held) return readPiece(held.reread);
  const bracketed = !dash && notes.length === 1 && !isName(name) ? (held ?? titleFirst(main, notes[0] ?? '')) : null;
  if (bracketed) return bracketed;
  if (isCouncilName(unbracketed)) return { kind: 'role', text }; // ", Ashby District Council": whom a member represents
  const roleAfter = !dash && !officer && !isName(name) ? nameThenRole(unled) : null;
  if (roleAfter) return roleAfter;
  // "Executive Member for Health (Chair)", "Tarnby Business Board (non-voting)": a role with its notes in brackets.
  // "Independent co-opted member (non-voting)": what kind of member the one before it is (MEMBER_NOTE), a role too.
  const roleText = isRoleText(text) || isRoleText(unbracketed) || MEMBER_NOTE.test(unbracketed) || CROWN_POST.test(unbracketed);
  // "the Lord-Lieutenant": one word after "the" is a post, never a surname ("the Smith" names no one).
  const postByThe = /^the\s+\S+$/i.test(squash(raw).replace(/[.:;]+$/, '')) && officer === null && rank === null;
  if (postByThe && notes.length === 0) return { kind: 'role', text };
  if (!isName(name) && !(officer && name === '')) return { kind: roleText ? 'role' : 'text', text };
  const person = emptyPerson(name);
  person.outside = OUTSIDE_LEAD.test(unled);
  // "Mayor Ann Holt": an elected mayor, a member as a councillor is, never an officer.
  person.councillor = COUNCILLOR_LEAD.test(unled.replace(CHAIR_LEAD, '')) || ELECTED_MAYOR.test(unled);
  // "The Mayor Councillor Ann Holt", "Mayor Ottoline Brisk": the post before the name.
  person.post = name === '' ? null : (CHAIR_LEAD.exec(unled)?.[0].trim() ?? null);
  if (officer) Object.assign(person, { officer: true, role: officer[1] ?? null });
  for (const note of notes) applyNote(person, note);
  // "Mrs A Mehra (Hindu) - Chair": the chair's note after a dash, read as "(Chair)" is, never a post that makes an officer.
  if (dash && person.chair === null && isChairNote(afterDash)) applyNote(person, afterDash);
  else if (dash) applyRole(person, afterDash);
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

/** The parts of a list, a run of titled or initialled names with no commas taken apart. */
function listParts(text: string): { text: string; before: string }[] {
  return splitList(text).flatMap((part) => {
    const names = titledNames(part.text) ?? (readPiece(part.text).kind === 'person' ? null : initialledNames(part.text));
    return names ? names.map((name, at) => ({ text: name, before: at === 0 ? part.before : ', ' })) : [part];
  });
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
  const holderOf = postHolderReader(parts);
  if (parts.filter((part) => holderOf(part) !== null).length < 2) return null;
  const pieces: Piece[] = [];
  for (let at = 0; at < parts.length; at += 1) {
    const part = parts[at] ?? '';
    const own = holderOf(part);
    const next = holderOf(parts[at + 1] ?? '');
    const withBody = own === null && next !== null && isRoleText(part) && (isCouncilName(next.post) || BODY_WORD.test(next.post));
    if (withBody) at += 1;
    // Each written holder first, its post in brackets, as a post after a name is read ("Mr D Vass (Senior Planner)").
    const holder = withBody ? { ...next, post: `${part}, ${next.post}` } : own;
    // A holder told by the list's order alone, no title, has the post printed first, as "Head of Tourism (M Quigley)" does.
    const written = holder?.untitled === true ? titleFirst(holder.post, holder.holder) : null;
    const piece = holder === null ? postAlone(part) : (written ?? readPiece(`${holder.holder} (${holder.post})`));
    if (piece === null) return null;
    pieces.push(piece);
  }
  return pieces;
}

/** Pieces of a list, each role, note or title that follows a name given to that name. */
export function readPieces(bilingual: string): Piece[] {
  const bracketed = chairLine(englishHalves(leadersToDash(bilingual))).replace(CHAIR_DASH_TAIL, (whole, note: string) =>
    CHAIR_NOTE.test(note) ? ` (${note})` : whole,
  );
  const posts = postsBeforeHolders(bracketed);
  if (posts !== null) return posts;
  const text = couples(postsToSemicolons(holdersToFront(dashPostToBrackets(interestToBrackets(itemsToBrackets(bracketed))))));
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
      postAhead(pieces.at(-1), piece, before);
    if (merged) pieces[pieces.length - 1] = merged;
    else if (!postSplitAtAnd(pieces, lastPart, lastBefore, piece, part, before) && !addToLast(pieces.at(-1), piece, part, before))
      pieces.push(piece);
    lastPart = part;
    lastBefore = before;
  }
  return groupCouncil(bilingual, wardAfterPost(bilingual, interestHeld(bilingual, leaderBodies(bilingual, pieces)))); // a plural title's council after a dash: each one's
}
