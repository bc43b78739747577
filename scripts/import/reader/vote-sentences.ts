/**
 * An item's text in the vote reader's sentences: pieces no sentence crosses (a side's line of a recorded vote, a
 * planning list's next application, a line a decision's marker opens), where one sentence ends and the next begins,
 * and a sentence that states two outcomes parted into two votes. Apart because it only splits the text; which of
 * the sentences are votes is read after (vote-outcomes.ts).
 */
import { COUNCILLOR_SOURCE, COUNCILLORS_SOURCE } from '../../../src/model/honorifics.ts';
import { isDecision, SHORT_STOP_WITHIN } from './decision-clerk-forms.ts';
import { opensBlock } from './decision-markers.ts';
import { endsOnWordOrComma, joinsOn } from './runs-on.ts';
import { LISTED_APPLICATION } from './application-reference.ts';
import { COUNTS_ONLY, VOTING_FIELD } from '../decision-end-lines.ts';
import { OUTCOME } from './vote-words.ts';
import { opensSideList } from './vote-names.ts';
import { opensDivisionSide } from './vote-division.ts';
import { COUNT } from './vote-counts.ts';
import { BULLET_LINE } from '../list-marks.ts';

/** True when a line ends with a tally in brackets and nothing else in them: "… (4 for, 1 abstention)". */
const endsWithTally = (line: string): boolean => COUNTS_ONLY.test(/\([^()]*\)\.?$/.exec(line)?.[0] ?? '');

/** A piece's last line with words: the blank line kept for a paragraph break is none. */
const lastLine = (piece: string[] | undefined): string | undefined => piece?.filter((line) => line !== '').at(-1);

/**
 * The text in pieces no sentence crosses: a side's line of a recorded vote printed on a line of its own
 * ("For: Councillors A and B", with the lines it wraps onto) is a piece, ended by a blank line (not
 * one after the label's colon), the next side's line or a line that states an outcome or a decision, even with no full stop;
 * a planning list's line that opens its next application; and a line a decision's marker opens (decisionStartsAt).
 */
export function sideLinePieces(text: string): string[] {
  const pieces: string[][] = [[]];
  let inSide = false;
  for (const line of text.split('\n').map((each) => each.trim())) {
    if (line === '') {
      // A label that ends in a colon has its names after the blank line ("There voted for …:", "", "Councillors …").
      if (inSide && !/:$/.test(lastLine(pieces.at(-1)) ?? '')) {
        pieces.push([]);
        inSide = false;
      }
      // The paragraph break is kept, once: a mover's name never runs on across it (vote-movers.ts).
      const piece = pieces.at(-1);
      if (piece !== undefined && piece.length > 0 && piece.at(-1) !== '') piece.push('');
      continue;
    }
    // "Voting: For 7, Against 0" under a labelled decision: a piece of its own, no sentence of the fields after it.
    if (VOTING_FIELD.test(line)) {
      pieces.push([line], []);
      inSide = false;
      continue;
    }
    const opens = opensSideList(line) || opensDivisionSide(line);
    // A side's line printed with no stop ends before the outcome or the decision on the next line.
    const ends: boolean = inSide && (OUTCOME.test(line) || isDecision(line));
    // A planning list's next application ("(2) 24/00112/HOU – …") starts afresh: a tally printed with no stop
    // ("(Voting: 4 for, 1 against)") is the application's above, never the next one's decision.
    if (
      opens ||
      ends ||
      LISTED_APPLICATION.test(line) ||
      decisionStartsAt(line, lastLine(pieces.at(-1))) ||
      nextPoint(line, inSide, pieces.at(-1))
    )
      pieces.push([]);
    pieces.at(-1)?.push(line);
    inSide = opens || (inSide && !ends);
    // "PENDERFYNWYD … (4 o blaid, 1 yn ymatal)": a tally in brackets ends its line's sentence, stop or none, so a
    // bilingual record's Welsh vote never runs on into the English paragraph after it.
    if (endsWithTally(line)) {
      pieces.push([]);
      inSide = false;
    }
  }
  return pieces.filter((piece) => piece.length > 0).map((piece) => piece.join('\n').trimEnd());
}

/**
 * True when a line opens the next bulleted point ("- Internal audit report received …") after a point whose sentence ended
 * ("… Prop Whitlock, sec Mahoney, all agreed."), itself a bulleted point: the vote at a point's end never runs on into the next point. Never in a
 * side's list of names, nor after a lead-in whose points the decision is ("RESOLVED that:" over "- …;").
 */
function nextPoint(line: string, inSide: boolean, piece: string[] | undefined): boolean {
  // Only a point that opens as a sentence does, among points: a dash before a movers' line ("- moved by Councillor Ash, …")
  // opens no point.
  const point = BULLET_LINE.exec(line)?.[1];
  const amongPoints = (piece ?? []).some((above) => BULLET_LINE.test(above));
  return !inSide && amongPoints && point !== undefined && /^[\p{Lu}\d]/u.test(point) && /[.!?)]["”’]?$/.test(lastLine(piece) ?? '');
}

/** A field's line, its label first ("Speakers: Mr A Lane (objector) and the ward councillor"): whole, however it ends. */
const LABELLED_LINE = /^\p{Lu}[\p{L}'’ ]{0,30}:\s+\S/u;

/**
 * True when a decision's marker opens the line ("RESOLVED that …", "Decision:") and the line above ends what it says,
 * as the decision reader starts the decision there: a vote's text is the decision it carried, never the lines printed
 * over it with no stop ("Speakers: Mr A (objector), Cllr B (ward member)", an application's line). A line above that
 * runs on leads into the marker ("It was unanimously" over "Resolved: …"), unless it is an application's line or a
 * labelled field's that ends with no word joining it on ("Speakers: … and the ward councillor").
 */
function decisionStartsAt(line: string, above: string | undefined): boolean {
  if (above === undefined || !opensBlock(line)) return false;
  const fieldEnds = LABELLED_LINE.test(above) && !joinsOn(above);
  return !endsOnWordOrComma(above) || LISTED_APPLICATION.test(above) || fieldEnds;
}

/**
 * Where one sentence ends and the next begins: after a full stop (not a short word's, decision-clerk-forms.ts: "Proposed
 * by Cllr. K Butler", "Cllr. D. Hopkins") or a semicolon, before a capital or a numbered paragraph ("(1) An amendment …",
 * "c) …", "2. Secondary members …"), so no vote's text ends with the next entry's number; so too before a paragraph's
 * number alone at a piece's end ("… CARRIED unanimously." over "1.", the decision's line a piece of its own: decisionStartsAt),
 * before a sub-item's number ("4.2", "4.2."), as a ModernGov page prints one between two decisions, and before a bracket
 * that opens with a councillor ("… be approved. (Councillor Pickles abstained.)"), members' own votes on the decision.
 */
/** A councillor's title, or a group's ("Councillor", "Cllrs"), opening a bracket after a stop: "(Councillor Pickles abstained.)". */
const COUNCILLOR_TITLED = String.raw`\s*(?:${COUNCILLORS_SOURCE}|${COUNCILLOR_SOURCE})\s`;

const sentenceBreak = (semicolon: boolean): RegExp =>
  new RegExp(
    String.raw`(?<=(?<!${SHORT_STOP_WITHIN})\.["”’]?${semicolon ? '|;["”’]?' : ''})\s+(?=["“]?[A-Z]|\(?\w{1,3}\)\s|\((?=${COUNCILLOR_TITLED})|\d{1,2}(?:\.\d{1,2})?\.(?:\s|$)|\d{1,2}\.\d{1,2}(?:\s|$))`,
    'u',
  );
/** Where one sentence ends and the next begins (sentenceBreak), at a full stop or a semicolon. */
export const SENTENCE_BREAK = sentenceBreak(true);
/**
 * Where a side's line of a recorded vote ends a sentence: at a full stop only. Its semicolons part the members' groups by
 * title ("FOR (9) Aldermen Ash and Elm; Councillors Fir, Oak …", as Northern Irish councils print them), one list.
 */
export const SIDE_LIST_BREAK = sentenceBreak(false);

/**
 * Where a clause begins: "… CARRIED and became …", "… LOST, and the original motion …", "… CARRIED; the
 * motion …", or a sentence after a bracket that ends the last with no stop: "… CARRIED (7 for, 0 against)
 * The recommendation as amended was then put …".
 */
const CLAUSE_BREAK = /,?\s+and\s+|,\s+|;\s+|(?<=\))\s+(?=[A-Z])/g;
/** A count of a side in a clause: "with 9 voting for", "(7 for, 2 against)", "by 6 votes to 2". */
const CLAUSE_COUNT = new RegExp(
  String.raw`${COUNT}\s+(?:members?\s+)?(?:voting\s+|voted\s+|votes?\b|for\b|against\b|in\s+favou?r|abstentions?|abstain)`,
  'i',
);

/**
 * A sentence that states two outcomes is two votes, as full councils minute an amendment and then the
 * motion it became: "The amendment was CARRIED and became the substantive motion, which on being put to
 * the vote was CARRIED unanimously." It parts at the first clause break after the first outcome whose
 * words up to the second outcome count no votes, so each vote keeps its own counts ("CARRIED, with 9
 * voting for and 5 against, and …" parts only before "and …"). A sentence with one outcome is kept whole.
 */
export function twoOutcomesApart(sentence: string): string[] {
  const first = OUTCOME.exec(sentence);
  if (first === null) return [sentence];
  const end = first.index + first[0].length;
  const second = OUTCOME.exec(sentence.slice(end));
  if (second === null) return [sentence];
  const secondAt = end + second.index;
  for (const clause of sentence.slice(end, secondAt).matchAll(CLAUSE_BREAK)) {
    const at = end + clause.index;
    const rest = sentence.slice(at + clause[0].length);
    if (CLAUSE_COUNT.test(sentence.slice(at, secondAt))) continue;
    return [sentence.slice(0, at), ...twoOutcomesApart(rest)];
  }
  return [sentence];
}
