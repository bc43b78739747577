/**
 * An item's text in pieces, as the clerk's decisions are read from it: each list entry whole, the prose between,
 * a grants list's entries ("Oakford Scouts – £250 approved;") each a piece of its own, and each piece's sentences (a
 * mover's line, a planning list's line or a grant's line starting one). Apart because the decisions in prose
 * (decisions-in-prose.ts) and those said beside marked blocks (decisions-marked.ts) read the same pieces.
 */
import { PRINTED_BULLET_MARK } from '../list-marks.ts';
import { ACTION_LABEL, COUNTS_ONLY, VOTING_FIELD } from '../decision-end-lines.ts';
import { endsLastPoint, letterBulletEntry } from '../list-entries.ts';
import { squash } from '../text.ts';
import { MOVERS_ONLY, SECONDER_ONLY } from './mover-names.ts';
import { opensSideList } from './vote-names.ts';
import { recordsOwnVote } from './vote-own-names.ts';
import { listedApplication } from './application-reference.ts';
import { isTableRow } from './table-cells.ts';
import { isCandidateLine } from './ballots.ts';
import { isGroupVoteLine } from './group-votes.ts';
import { sentences } from './decision-clerk-forms.ts';
import { LIST_ENTRY, OUTCOME_MARK } from './decision-markers.ts';
import { capitalsLine } from './item-lines.ts';
import { OUTCOME_ONLY } from './decision-run-on.ts';
import { cutByWidth, pageWidth } from './page-width.ts';

/** A piece of an item's text; a grants list's entry knows whether it named its sum. */
export interface Piece {
  entry: boolean;
  text: string;
  /** A list entry's letter or number as printed ("(a)", "2."); none for a bullet's mark. */
  label?: string;
  /** How far a list entry's mark is set in (outdentedSentence). */
  indent?: number;
  grant?: { sum: boolean };
}

/** A list entry's mark that is a bullet alone, no letter or number. */
const BULLET_ONLY = new RegExp(String.raw`^${PRINTED_BULLET_MARK}$`);

/**
 * True when the line is prose after a list's last point, no part of it (list-entries.ts's endsLastPoint), or a
 * sentence of members' own votes after a point that has ended its sentence ("Cllr Pooley voted against (c)."): the vote's.
 */
function lastPointEnded(found: Piece[], line: string): boolean {
  const [before, point] = found.slice(-2);
  if (point?.entry === true && /[.!?]\s*$/.test(point.text) && recordsOwnVote(line)) return true;
  return before?.entry === true && point !== undefined && endsLastPoint(before.text, point.text, line);
}

/** How far a line is set in: the spaces and tabs before its text. */
const indentOf = (line: string): number => /^[ \t]*/.exec(line)?.[0].length ?? 0;

/**
 * True when a line is a whole sentence printed left of an indented list's mark, under its last entry: "  - Skate Jam
 * (£900) - not agreed" over "The Youth Council agreed to fund £200.". It is prose after the list, no line of the
 * entry, which a wrapped line never is while the list's lines are set in (a list printed at the margin has none).
 */
function outdentedSentence(entry: Piece, line: string): boolean {
  return entry.indent !== undefined && indentOf(line) < entry.indent && /^\s*\p{Lu}.*[.!?]$/u.test(line.trimEnd());
}

/** A line that opens a sentence: a capital, then a word in lower case ("After discussion the group agreed …"), no name's next word. */
const OPENS_SENTENCE = /^\s*\p{Lu}\p{Ll}*\s+(?:\p{Lu}\p{Ll}*\s+)?\p{Ll}{2,}/u;

/**
 * True when a list entry's line ends its point though it has no stop: the next line opens a sentence (OPENS_SENTENCE, never a
 * bare outcome such as "Approved.", which an entry's decision may be) and its first word would have fitted on the entry's
 * line, so the page's width did not end the line: the writer did ("- design code wording on roof materials" over "After
 * discussion the group agreed …"). A line the width cut runs on, whatever it opens with.
 */
function pointEndsAtLine(entry: Piece, line: string, width: number): boolean {
  const last = entry.text.split('\n').at(-1) ?? '';
  if (!OPENS_SENTENCE.test(line) || OUTCOME_ONLY.test(line.trim()) || /(?:[,;:–—-]|\b(?:and|or|of|to|the|a|an))\s*$/i.test(last))
    return false;
  return !cutByWidth(`${'x'.repeat(entry.indent ?? 0)}- ${last}`, line, width);
}

/** The text in pieces: each list entry whole (its lines joined), the prose between as it stands. */
export function pieces(text: string): Piece[] {
  const found: Piece[] = [];
  const lines = text.split('\n');
  const width = pageWidth(lines);
  lines.forEach((line, at) => {
    const last = found.at(-1);
    const lettered = letterBulletEntry(line, lines[at - 1]);
    const mark = LIST_ENTRY.exec(line)?.[0].trim();
    if (mark !== undefined)
      found.push({
        entry: true,
        text: line.replace(LIST_ENTRY, ''),
        indent: indentOf(line),
        ...(BULLET_ONLY.test(mark) ? {} : { label: mark }),
      });
    else if (lettered !== null) found.push({ entry: true, text: lettered });
    else if (
      last?.entry &&
      line.trim() !== '' &&
      !lastPointEnded(found, line) &&
      !outdentedSentence(last, line) &&
      !pointEndsAtLine(last, line, width)
    )
      last.text += `\n${line}`;
    else if (last && !last.entry) last.text += `\n${line}`;
    else found.push({ entry: false, text: line });
  });
  return found;
}

/**
 * A line that only says who moved or seconded, or one side of a vote ("Moved by Cllr Ash", "Seconded:
 * Cllr Birch", "For: Cllrs Pelham and Quarry"), printed with no stop: its sentence ends with it when the
 * next line opens with a capital or a decision's word ("resolved to …"), never what the line wraps onto
 * ("to accept the quote"), so the decision printed under it starts at its own words.
 */
function endsWithItsLine(line: string, next: string | undefined): boolean {
  const own = line.trim();
  if (next === undefined || !/^\s*(?:\p{Lu}|(?:resolved|agreed|approved|decided)\b)/u.test(next) || /[.;:!?]$/.test(own)) return false;
  return MOVERS_ONLY.test(own) || SECONDER_ONLY.test(own) || opensSideList(own);
}

/**
 * "Resolved that …", "It was Resolved to …" at a line's start, as town and parish minutes print the decision
 * under its movers' lines ("Proposed: Cllr Ash", "Seconded: Cllr Elm") with no stop after them: the decision's
 * sentence starts there, as a capitals RESOLVED's does. Only with a capital: "resolved" opening a line may be
 * a sentence wrapped onto it ("… and it was" over "resolved to …").
 */
export const RESOLVED_OPENS_LINE = /^\s*(?:It\s+was\s+)?Resolved\s+(?:\([^()]{1,40}\)\s+)?(?:that|to)\b/;

/** True when the line is a heading in capitals with a blank line under it, and no decision's mark ("RESOLVED", "AGREED"). */
function headingAlone(lines: string[], at: number): boolean {
  const heading = capitalsLine(lines[at] ?? '');
  return heading !== null && /\p{Lu}{4}/u.test(heading) && (lines[at + 1] ?? '').trim() === '' && !OUTCOME_MARK.test(heading);
}

/**
 * A piece's sentences, each mover's or side's line with no stop a sentence of its own, each line that opens
 * with "Resolved that" the start of one (RESOLVED_OPENS_LINE), and each line of a
 * planning list that opens with its application's reference ("0954/25/FUL – Land at Mill Leat …") the start
 * of one (a bare reference's too in a planning item: `planning`): a sentence ends only before a capital, and the
 * decision on the line above ends there.
 */
export function pieceSentences(text: string, planning = false): string[] {
  const lines = text.split('\n');
  const runs: string[][] = [[]];
  lines.forEach((line, at) => {
    // A line of a vote's counts alone ("4 in favour, 1 against.") is the vote reader's, never the decision's above it.
    // A table's row (a planning list's header over its rows: "Application | Site | Response") runs on no sentence, nor one on it.
    // So is a candidate's line of a ballot ("Councillor Delahaye   5 votes"): the election's decision starts after it (ballots.ts),
    // and a group's vote ("Group A - in favour", group-votes.ts).
    // So is a heading in capitals alone over a blank line ("DETERMINATION", "OUTCOME OF THE HEARING"): it names the part, never
    // opens the decision in prose under it (a decision's own mark, "RESOLVED", stays the decision's).
    const row = isTableRow(line) || isCandidateLine(line) || isGroupVoteLine(line) || headingAlone(lines, at);
    // So is a vote's labelled line ("Vote: 4 for, 1 against. Carried."), never the proposal's above it ("… to accept Quote B.",
    // whose "B." reads as an initial's stop).
    const opens =
      row ||
      listedApplication(planning).test(line) ||
      opensGrant(lines, at) ||
      RESOLVED_OPENS_LINE.test(line) ||
      COUNTS_ONLY.test(line) ||
      VOTING_FIELD.test(line) ||
      ACTION_LABEL.test(line);
    if (opens && (runs.at(-1) ?? []).length > 0) runs.push([]);
    // "Action: Cllr Hume" over a blank line (an Action column's cell put back after the sentence it stood beside): who
    // acts ends there, with no stop, and the decision under it starts at its own words.
    else if (line.trim() === '' && ACTION_LABEL.test(runs.at(-1)?.[0] ?? '')) runs.push([]);
    runs.at(-1)?.push(line);
    if (row) runs.push([]);
    // A blank line under a mover's line ("Seconded: Cllr Elm", "", "Resolved that …") ends it as a capital does.
    if (
      endsWithItsLine(
        line,
        lines.slice(at + 1).find((after) => after.trim() !== ''),
      )
    )
      runs.push([]);
  });
  return runs.flatMap((run) => sentences(run.join('\n')));
}

/**
 * A line of a grants (or donations) list that names the applicant and the sum, as parish minutes print one
 * over its outcome: "Oakford Scouts – £250.", "Village Hall £500 towards the boiler.". The applicant's words
 * capitalised (joined by "and", "of", "the"), so a sentence of prose ("The Clerk reported a balance of £1,204.") is none.
 * The inline grants list below (GRANT_ENTRY) names its applicants and sums the same way.
 */
const GRANT_APPLICANT = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&|of|the|for|in|on)){0,7}`;
/** A grant's sum and what it is for: "£250", "£500 towards the boiler". */
const GRANT_SUM = String.raw`£\d[\d,]*(?:\.\d{2})?(?:\s+(?:for|towards|to)\s[^.;]{1,60}?)?`;
const GRANT = String.raw`${GRANT_APPLICANT}\s*(?:[–—:-]\s*)?${GRANT_SUM}\.`;
const GRANT_LINE = new RegExp(String.raw`^${GRANT}$`, 'u');
/**
 * A grants list's line with its outcome after it, on the line or the next ("Village Hall – £500. Approved."):
 * it starts a sentence, so the list's heading above it ("Grant applications") is no part of the grant.
 */
const GRANT_OPENS = new RegExp(String.raw`^\s*${GRANT}(?:\s|$)`, 'u');

/**
 * True when a grants list's line starts here: it names the grant, its outcome after it, and the line above
 * ends a sentence or is a heading (four words at most, "Donations (s137)"), never a sentence run onto it.
 */
function opensGrant(lines: string[], at: number): boolean {
  const line = lines[at] ?? '';
  const above = (lines[at - 1] ?? '').trim();
  if (at === 0 || above === '' || !GRANT_OPENS.test(line)) return false;
  const decided = /\.\s+\S/.test(line.trim()) ? line.slice(line.lastIndexOf('. ') + 2) : (lines[at + 1] ?? '');
  return OUTCOME_ONLY.test(decided.trim()) && (/[.:;!?)]$/.test(above) || above.split(/\s+/).length <= 4);
}

/** What a grants list says was done with an application, in lower case or with a capital: "approved", "Deferred". */
const GRANT_OUTCOME = ['approved', 'agreed', 'awarded', 'granted', 'refused', 'declined', 'deferred', 'not approved']
  .map((word) => `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1).replace(' ', String.raw`\s+`)}`)
  .join('|');
/**
 * An entry of a lettered grants list that says its outcome after the sum in the same clause, as parish
 * minutes print one entry to a line or run the list on in one paragraph: "Millbrook Scouts – £250 approved;",
 * "Friends of Ash Park – £400 towards benches agreed". Group 1 the sum; an entry with none ("Village Hall
 * Trust – deferred to the next meeting") is a grant only in a list whose other entries name theirs.
 */
const GRANT_ENTRY = new RegExp(
  String.raw`^${GRANT_APPLICANT}\s*(?:(?:[–—:-]\s*)?(${GRANT_SUM})\s*[–—:,-]?\s*|[–—:-]\s*)(?:${GRANT_OUTCOME})\b[^.;]{0,80}[.;,]?(?:\s*and)?$`,
  'u',
);
/** The first label of a list run on in a paragraph, after its heading ("Grants: a) …") or alone ("(a) …"). */
export const INLINE_LIST_OPENS = /^(?:(.*?[:.]-?)\s+)?\(?(?:a|1)\)\s+(?=\S)/;
/** A later label of a list run on in a paragraph, after the clause before it ends: "…; b) ", "…, and (c) ". */
export const INLINE_LABEL = /(?<=[;,.])\s+(?:and\s+)?\(?(?:[b-z]|\d{1,2})\)\s+(?=\S)/;

/**
 * The entries of a grants list, each its own piece: a list entry's text ("Millbrook Scouts – £250 approved;
 * b) …", its label taken off already) or a paragraph that runs one on ("Grants: a) …; b) …", its heading a
 * piece of its own), every entry of it a grant with its outcome (GRANT_ENTRY). Null when it is no such list.
 */
function grantsIn(text: string, entry: boolean): Piece[] | null {
  const flat = squash(text.replace(/\s*\n\s*/g, ' '));
  const opens = entry ? null : INLINE_LIST_OPENS.exec(flat);
  if (!entry && opens === null) return null;
  const entries = flat.slice(opens?.[0].length ?? 0).split(INLINE_LABEL);
  const found = entries.map((each) => GRANT_ENTRY.exec(each));
  if (found.some((grant) => grant === null)) return null;
  const heading = opens?.[1] ? [{ entry: false, text: opens[1] }] : [];
  return [...heading, ...entries.map((each, at) => ({ entry: true, text: each, grant: { sum: found[at]?.[1] !== undefined } }))];
}

/**
 * A piece with the grants list it holds as its entries (grantsIn): a list entry, or a paragraph of prose
 * that runs one on, the prose around it kept as it was. Else the piece as it stands.
 */
export function grantEntries(piece: Piece): Piece[] {
  if (piece.entry) return grantsIn(piece.text, true) ?? [piece];
  const paragraphs = piece.text.split(/\n[ \t]*\n/);
  const at = paragraphs.findIndex((paragraph) => grantsIn(paragraph, false) !== null);
  if (at === -1) return [piece];
  const before = paragraphs.slice(0, at).join('\n\n');
  const after = paragraphs.slice(at + 1).join('\n\n');
  return [
    ...(before.trim() === '' ? [] : [{ entry: false, text: before }]),
    ...(grantsIn(paragraphs[at] ?? '', false) ?? []),
    ...(after.trim() === '' ? [] : grantEntries({ entry: false, text: after })),
  ];
}

/**
 * The decision of an outcome alone ("Approved.", "Agreed."), with the grant it decided when the sentence
 * before is a grants list's line, as a planning list's decision takes its application: "Village Hall –
 * £500. Approved.". Else the outcome as it stands.
 */
export function withGrant(all: string[], at: number, sentence: string): string {
  const before = all[at - 1] ?? '';
  return OUTCOME_ONLY.test(sentence) && GRANT_LINE.test(before) ? `${before} ${sentence}` : sentence;
}
