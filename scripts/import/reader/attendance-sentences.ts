/**
 * Attendance said in sentences: "Apologies were received from …", "Cllr N Loft was absent without apology",
 * "Councillor A attended as substitute for Councillor B", "… were present", "The Clerk, Mrs J Lattimer, was in
 * attendance, together with …", "Dr G Sutherland in the Chair". Apart because prose is read sentence by sentence,
 * all of it attendance or none of it left out of the item's text.
 */
import { WELSH_APOLOGIES_RECEIVED } from '../../../src/model/welsh-words.ts';
import {
  ABSENT_SENTENCE,
  APOLOGIES_RECEIVED,
  NAME,
  NO_APOLOGIES_FROM,
  SENT_APOLOGIES_WORDS,
  SUBSTITUTED_SENTENCE,
  SUBSTITUTE_SENTENCE,
  TITLE,
  apologisers,
} from '../attendance-text.ts';
import { add, entry, listFor } from './attendance-entry.ts';
import { fileBlock } from './attendance-filing.ts';
import { headingOf } from './attendance-headings.ts';
import { type Filing, NEW_TITLE, isItemLine, isListLine } from './attendance-lists.ts';
import { FULL_STOP } from './list-split.ts';
import { type Person, emptyPerson, squash } from './attendance-piece.ts';
import { type PostHolder, postKey } from './chair-posts.ts';
import { isAttendanceTableHeader } from './attendance-table-columns.ts';
import { readPieces } from './attendance-person.ts';

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
  // "… from Cllr A or Cllr B": after "no apologies" the "or" joins the names as "and" would (neither sent one).
  const absent = ABSENT_SENTENCE.exec(sentence)?.[1] ?? NO_APOLOGIES_FROM.exec(sentence)?.[1]?.replace(/\s+or\s+(?=\S)/gi, ' and ');
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

/**
 * "Dr G Sutherland in the Chair", "The Provost in the Chair.", as Scottish minutes say who chaired under the list of those
 * present (group 1 the name or the post).
 */
export const NAME_IN_THE_CHAIR = /^(.+?)\s+in\s+the\s+chair\.?$/i;

/**
 * Reads "<name> in the Chair": the one person named held the chair, as "In the Chair: <name>" says (CHAIR_HEADING). A post
 * alone ("The Provost", "The Convener") names the one the list gives that post ("Provost Morag Sinclair",
 * "Councillor Ian Garvie (Convener)"); where no one or more than one holds it, the line is left unread.
 */
function fileInTheChair(sentence: string, posts: PostHolder[]): boolean {
  const who = NAME_IN_THE_CHAIR.exec(sentence)?.[1] ?? '';
  const key = postKey(who);
  if (key !== null) {
    const holders = [...new Set(posts.filter((held) => postKey(held.post) === key).map((held) => held.name))];
    const [holder] = holders;
    if (holders.length !== 1 || holder === undefined) return false;
    if (!posts.some((held) => held.name === holder && postKey(held.post) === 'chair')) posts.push({ post: 'Chair', name: holder });
    return true;
  }
  const pieces = readPieces(who);
  const person = pieces.length === 1 && pieces[0]?.kind === 'person' && pieces[0].name !== '' ? pieces[0] : null;
  // A name and nothing more: "Morven Tulloch, Chairperson, in the Chair" says the post of the list's own row.
  if (person === null || person.role !== null) return false;
  posts.push({ post: 'Chair', name: person.name });
  return true;
}

/** Reads the sentences of a run of lines; returns the lines to leave out of item text. */
export function fileProse(attendance: Filing, lines: string[], indexes: number[], posts: PostHolder[]): number[] {
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
 * Indexes of the run of prose lines starting at `at`: up to a heading, a numbered item, an attendance table's header
 * or a blank line, unless the line before it left the sentence open ("received from:", "… was substitute;"). A table's
 * header ends it even so: "Members of the Joint Committee:" over "Partner authority | Member | Attendance" is a label
 * over the table, whose rows are read as the table's, not as the label's sentence.
 */
export function proseRun(lines: string[], at: number): number[] {
  const run = [at];
  for (let index = at + 1; index < lines.length; index += 1) {
    const text = squash(lines[index] ?? '');
    if (text === '' && /[,;:]$/.test(squash(lines[run.at(-1) ?? at] ?? ''))) continue;
    if (text === '' || headingOf(text) || isItemLine(text) || isAttendanceTableHeader(lines[index] ?? '')) break;
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
export function nameUnderLabel(lines: readonly string[], at: number): string | null {
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
export function sentenceAfter(lines: string[], at: number): number[] | null {
  let next = at + 1;
  while (next < lines.length && squash(lines[next] ?? '') === '') next += 1;
  const text = squash(lines[next] ?? '');
  if (next >= lines.length || !(/^\p{Ll}/u.test(text) || THESE_RECEIVED.test(text))) return null;
  return [at, ...proseRun(lines, next)];
}
