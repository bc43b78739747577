/**
 * Where a list's line runs on to the next: a comma or "and" left open, a name or a post cut in two by the line's end,
 * a bracket left open; and a line of two columns run together. Apart because it reads only the line ends of a list,
 * never what the names are filed as.
 */
import { NEW_TITLE, isListLine } from './attendance-lists.ts';
import { ENDS_ON_WELSH_JOIN, FULL_STOP, POST_HOLDER_BRACKETED, splitList } from './list-split.ts';
import { ROLE_WORDS } from './role-words.ts';
import { readPiece, readPieces } from './attendance-person.ts';
import { squash } from './attendance-piece.ts';
import { filledCells } from './table-cells.ts';
import { surnameOpening } from './surname-cut.ts';
import { titledRunCut } from './attendance-titled-run.ts';

/** A list's line that ends open, on a comma or "and": the list goes on at the next line. */
export const OPEN_RUN = /\s*(?:,|;|&|\band)$/i;

/**
 * "… Members of the public - Mr Alfred" over "Quennell, WCC.": a title and a given name in full end the line, and the
 * next opens with one bare word before its comma or full stop, the surname the line's end cut off.
 */
const GIVEN_NAME_AT_END = new RegExp(String.raw`(?:^|[\s,;:–—-])(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}\p{Ll}+$`, 'u');

/** True when the line's end cut a name between its given name and its surname (GIVEN_NAME_AT_END). */
function nameCutAfterGivenName(previous: string, next: string): boolean {
  return surnameOpening(next) !== null && GIVEN_NAME_AT_END.test(previous);
}

/** True when a text opens more brackets than it closes: its last note goes on at the next line. */
export function bracketOpen(text: string): boolean {
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
  if (surnameOpening(next) === null) return false;
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
export function postCutBeforeHolder(previous: string, next: string): boolean {
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

/** The last entry of a line "the" and capitalised words ("; the Chief"): a post, whose words may run on below. */
const POST_CUT_AFTER_THE = /[,;]\s*the(?:\s+\p{Lu}[\p{L}'’-]*)+$/u;

/**
 * True when `next` carries on the list `previous` wrapped out of: an open comma, "and" (Welsh "a" too), bracket, or a
 * name or post cut in two.
 */
export function continues(previous: string, next: string): boolean {
  if (OPEN_RUN.test(previous) || ENDS_ON_WELSH_JOIN.test(previous) || /^[(\p{Ll}]/u.test(next)) return true;
  if (nameCutAfterGivenName(previous, next) || fullNameCut(previous, next) || postCutBeforeHolder(previous, next)) return true;
  if (titledRunCut(previous, next)) return true; // "… Ms Shona" over "Morrison Dr Hector Macsween"
  if (bracketOpen(previous)) return true;
  if (/\.$/.test(previous) || !/[,;]|\sand\s/.test(previous) || NEW_TITLE.test(next)) return false;
  // "…; the Chief" over "Constable; …": an entry opened by "the" is a post, cut in two at the line's end, no name.
  if (POST_CUT_AFTER_THE.test(previous)) return true;
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
export function columns(line: string): string[] {
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
export function listBeforeProse(text: string): string | null {
  const stop = new RegExp(FULL_STOP, 'u').exec(text);
  const lead = stop ? text.slice(0, stop.index) : '';
  return lead !== '' && isListLine(lead) ? lead : null;
}
