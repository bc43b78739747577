/**
 * Decisions in blocks a marker or a label opens ("RESOLVED that …", "Decision:", "The Committee agreed:-" over its
 * list): the lines that lead into a list as its marker ("After consideration, the committee" over "(a) noted …"), a
 * "That …" list a "Reason:" label closes, a marker that says only how the decision above it was carried, and the
 * decisions said in the body's own sentences beside the blocks. Apart because an item with a marked block is read
 * this way whole (decisions.ts); only one with none is read in prose (decisions-in-prose.ts).
 */
import { LIST_COLON, withoutListColon } from '../list-marks.ts';
import { type ResolutionBlock, resolutionBlocks } from '../resolutions.ts';
import { UNANIMITY } from './vote-words.ts';
import { APPROVING_WORDS, DECIDING_WORDS, oneOf } from './decision-words.ts';
import { REASON_HEADING, REASON_LABEL, withoutReasons } from './reasons.ts';
import { inPrintedOrder, type Placed, runsOutside } from './decisions-outside.ts';
import { isClerkDecision } from './decision-clerk-forms.ts';
import {
  BEFORE_RECOMMENDED,
  BLOCK,
  BODY_NAMED,
  DECIDING_BODY,
  ENTRY_MARKER,
  HOW_DECIDED,
  labelled,
  leadIn,
  LIST_ENTRY,
  MARKER_ENDS_LEAD,
  NOTED_ENTRY,
  notedBy,
  opensBlock,
  RECOMMENDED,
} from './decision-markers.ts';
import { INLINE_LABEL, INLINE_LIST_OPENS, pieces, pieceSentences, RESOLVED_OPENS_LINE } from './decision-pieces.ts';
import { OUTCOME_ONLY, UNANIMOUS_WORD, withoutRunOn } from './decision-run-on.ts';
import { applicationAbove, circulatedApart, withApplication } from './decision-subject.ts';
import { decisionOf, saysWhat } from './decisions-in-prose.ts';

/**
 * A list run on after a lead-in, each entry on a line of its own: "(1) to approve the plan; (2) to review it."
 * read as the same list printed one entry to a line under it. Else the text as it stands.
 */
function inlineListApart(text: string): string {
  const opens = INLINE_LIST_OPENS.exec(text);
  if (opens === null || opens[1] !== undefined) return text;
  // The first entry on a line of its own too, so the list opens under its lead-in.
  return `\n${text.replace(new RegExp(INLINE_LABEL.source, 'g'), (label) => `\n${label.trim().replace(/^and\s+/, '')} `)}`;
}

/** A list entry that reads as a resolution: "i. That no further action be taken". */
const THAT_ENTRY = new RegExp(String.raw`${LIST_ENTRY.source}(?:That|THAT)\b`);
/**
 * "After consideration, the committee" over a lettered or numbered list of what it did ("(a) noted the
 * report; and", "(b) approved the bid."), as Scottish city councils minute an item: the line leads into
 * each entry. Only with the list under it: the same words over prose are the start of a sentence.
 */
const BODY_LEAD_IN = new RegExp(
  String.raw`^\s*(?:After|Following|Having\s+heard|On\s+conclusion\s+of)\s+(?:\w+\s+){0,3}?(?:consideration|discussion|debate|questions)\b[^.;:]{0,60}?,\s*the\s+(?:\w+\s+){0,3}?${DECIDING_BODY}\s*:?-?\s*$`,
  'i',
);
/**
 * "The Integration Joint Board:", "The Licensing Sub-Committee:-" alone on its line over a lettered or numbered list of
 * what it did ("(i) noted the forecast; (ii) approved the plan"), as Scottish boards minute an item (bodyColonList).
 */
const BODY_COLON = new RegExp(String.raw`^\s*The\s+(?:[\w-]+\s+){0,3}?${DECIDING_BODY}\s*${LIST_COLON}\s*$`, 'i');

/**
 * True when a BODY_COLON line leads into the list under it, each entry then one decision, a point that only notes
 * kept: as a list whose capitals NOTED stands beside an AGREED (notedBy), only when another point decides in lower
 * case ("approved …", "agreed to …"), every point carrying on the line's sentence; a list that only notes decides
 * nothing, and one marked in capitals is read by its marks.
 */
function bodyColonList(lines: string[], at: number): boolean {
  if (!BODY_COLON.test(lines[at] ?? '')) return false;
  const list: string[] = [];
  for (let below = at + 1; (lines[below] ?? '').trim() !== '' && LIST_ENTRY.test(lines[below] ?? ''); below += 1)
    list.push(lines[below] ?? '');
  const points = list.map((entry) => entry.replace(LIST_ENTRY, ''));
  // Points that open with a capital ("1. Noted the outturn.") are sentences of their own, read as the clerk's.
  const carryOn = points.every((point) => /^\p{Ll}/u.test(point));
  const marked = list.some((entry) => ENTRY_MARKER.test(entry) || NOTED_ENTRY.test(entry));
  return carryOn && !marked && points.some(isClerkDecision);
}
/**
 * "The Sub-Committee recommends to Saltmarsh Parish Council that:" over a lettered list of what it recommends, as a
 * standards hearing minutes the sanctions it settled on: the body's own recommendations, as its RECOMMENDED list is
 * (RECOMMENDED above), each entry one with the line leading into it. Only the deciding body's words ("The report
 * recommends that:" is an officer's) and only over a list: over prose the words open a sentence.
 */
const BODY_RECOMMENDS = new RegExp(String.raw`^\s*${BODY_NAMED}\s+recommend(?:s|ed)(?:\s+to\s+[^:;.]{1,80}?)?\s+that\s*:?-?\s*$`, 'u');

/**
 * Where the "That …" list a "Reason:" label closes begins (the line index of its first entry), or null
 * when the lines above the label are not such a list. The list's entries may stand apart by blank lines
 * and wrap onto lines under them; a run of lines that opens with anything else ends the walk back.
 */
function reasonedListStart(lines: string[], label: number): number | null {
  let start: number | null = null;
  let at = label - 1;
  while (at >= 0) {
    if ((lines[at] ?? '').trim() === '') {
      at -= 1;
      continue;
    }
    let top = at;
    while (top > 0 && (lines[top - 1] ?? '').trim() !== '') top -= 1;
    // The run's first line is an entry; its other lines are entries too or wrap the one above.
    if (!THAT_ENTRY.test(lines[top] ?? '')) break;
    start = top;
    at = top - 1;
  }
  return start;
}

/**
 * The lines with "RESOLVED:" put above each "That …" list a "Reason:" label closes, unless a marker or
 * label heads it already: a decision sheet that leaves out the list's "Resolved:" still says what was decided.
 */
function withReasonedLists(lines: string[]): string[] {
  const starts = new Set(lines.flatMap((line, at) => (REASON_LABEL.test(line) ? [reasonedListStart(lines, at)] : [])));
  return lines.flatMap((line, at) => {
    if (!starts.has(at)) return [line];
    const above = lines
      .slice(0, at)
      .reverse()
      .find((before) => before.trim() !== '');
    return above !== undefined && opensBlock(above) ? [line] : ['RESOLVED:', line];
  });
}

/** "unanimously that …", "nem con: to …": how it was carried, opening what a marker decided, before its words. */
const HOW_CARRIED_FIRST = new RegExp(String.raw`^(?:${UNANIMITY})\s*[:,;–—-]?\s*(?=\S)`, 'i');

/**
 * "AGREED: unanimously.", "RESOLVED nem con.": a marker that says only how what was said above it was carried,
 * as parish and community council minutes print one under a decided line. A marker alone ("RESOLVED") or
 * over its list ("RESOLVED UNANIMOUSLY:") is no such line.
 */
const carriedOnly = (line: string): boolean => OUTCOME_ONLY.test(line.trim()) && UNANIMOUS_WORD.test(line) && /\.$/.test(line.trim());

/**
 * The decision a carried-only marker carried: the line above it when that records one ("(a) Payments for
 * November were approved."), its list label off; else nothing, so "unanimously." is never a decision.
 */
function decidedAbove(all: string[], at: number): string {
  const above = (all[at - 1] ?? '').replace(LIST_ENTRY, '').trim();
  return above !== '' && isClerkDecision(above) ? `RESOLVED ${above}` : '';
}

/** Blocks opened by a capitals marker or a "Decision:" label, split into entries, with the lines they were read from. */
function markedDecisions(text: string, planning: boolean): { lines: string[]; blocks: ResolutionBlock[] } {
  // The reasons under a decision are no part of it: blank, after they have marked the list above them as one.
  const circulated = text.split('\n').map(circulatedApart).join('\n');
  const lines = withoutReasons(withReasonedLists(circulated.split('\n'))).map((line, at, all) => {
    const leadsList = BODY_LEAD_IN.test(line) || BODY_RECOMMENDS.test(line) || bodyColonList(all, at);
    if (leadsList && LIST_ENTRY.test(all[at + 1] ?? '')) return `RESOLVED ${withoutListColon(line.trim())}`;
    const noted = notedBy(all, at);
    if (noted !== null) return `RESOLVED ${noted}`;
    const block =
      BLOCK.exec(line) ?? RECOMMENDED.exec(line.replace(BEFORE_RECOMMENDED, '')) ?? ENTRY_MARKER.exec(line) ?? MARKER_ENDS_LEAD.exec(line);
    if (block && carriedOnly(line)) return decidedAbove(all, at);
    if (block) {
      // "APPROVED for signature by the Chair", "ACCEPTED both recommendations", "HOMOLOGATED the action" (APPROVING_WORDS): the word is the decision, so it stays; "RESOLVED that …" reads without it.
      // So does "RECOMMENDED to the Executive Councillor for Housing:": without it the entries would say only to whom.
      const approved = (APPROVING_WORDS as readonly string[]).includes((block[1] ?? '').toUpperCase()) && (block[2] ?? '').trim() !== '';
      const recommended = block[1] === 'RECOMMENDED' && /^to\s/i.test(block[2] ?? '');
      // "RESOLVED unanimously that …": how it was carried is the vote's (votes.ts), never the decision's words.
      const rest = (block[2] ?? '').replace(HOW_CARRIED_FIRST, '');
      const decided = `${approved || recommended ? `${block[1]} ` : ''}${withoutRunOn(rest.replace(REASON_HEADING, ''))}`;
      return `RESOLVED ${decided.trim() === '' ? decided : withApplication(decided, applicationAbove(all, at, planning))}`;
    }
    const label = labelled(line);
    const lead = label ?? leadIn(line);
    if (!lead) return line;
    const application = label !== null ? applicationAbove(all, at, planning) : null;
    return `RESOLVED ${inlineListApart(withApplication(withoutRunOn(lead[1] ?? ''), application))}`;
  });
  return { lines, blocks: resolutionBlocks(lines.join('\n')) };
}

/**
 * "The Committee agreed to take no further action …", "After discussion, it was agreed that …": a sentence that opens
 * with the deciding body (or "It was") deciding in its own words, the one lower-case form read beside marked blocks.
 */
const BODY_DECIDED_OPENS = new RegExp(
  String.raw`^${HOW_DECIDED}?(?:It\s+was|The\s+(?:[\w-]+\s+){0,3}?${DECIDING_BODY}|Members|Councillors)\s+(?:(?:then|therefore|duly|also|unanimously)\s+)*${oneOf(DECIDING_WORDS)}\s+(?:unanimously\s+)?(?:to|that)\s`,
  'i',
);

/**
 * The decisions said in sentences of their own on the lines no marked block takes, each placed at the first line of
 * its run: an item may close a lettered "The Committee agreed to:" list and then decide again in prose ("The Committee
 * agreed to take no further action …"), and neither is dropped. Only the body deciding in its own words counts
 * (BODY_DECIDED_OPENS), or "Resolved that …" opening a sentence, the marker in a town council's case (RESOLVED_OPENS_LINE:
 * the exclusion of the public above a "Decision:" item): prose beside a block that says something "had been approved"
 * reports, it decides nothing.
 */
function ownSentencesOutside(lines: string[], blocks: ResolutionBlock[], planning: boolean): Placed[] {
  // A heading with no stop ("PE/24/04 - Bins at Eastfield Park") ends at its blank line, so the sentence under it opens.
  return runsOutside(lines, blocks).flatMap((run) =>
    pieces(run.text)
      .filter((piece) => !piece.entry)
      .flatMap((piece) => piece.text.split(/\n[ \t]*\n/))
      .flatMap((paragraph) => {
        const all = pieceSentences(paragraph, planning);
        return all.flatMap((sentence, at) =>
          (BODY_DECIDED_OPENS.test(sentence) || RESOLVED_OPENS_LINE.test(sentence)) && isClerkDecision(sentence) && saysWhat(all, at)
            ? [{ at: run.at, decision: decisionOf(all, at, planning) }]
            : [],
        );
      }),
  );
}

/**
 * The marked blocks' decisions, each at its block's line, and the decisions said in their own sentences outside
 * them, in the order printed; each named by the application above it, a bare reference's too in a planning item (`planning`).
 */
export function markedAndOwn(text: string, planning = false): string[] {
  const { lines, blocks } = markedDecisions(text, planning);
  // A decision wrapped onto the next line may end there with its movers and vote ("… Band D" over "property). Prop: GO Sec: AM 4 for").
  const marked = blocks.flatMap((block) =>
    block.resolutions
      .map((resolution) => ({ at: block.start, decision: withoutRunOn(resolution) }))
      .filter((placed) => placed.decision !== ''),
  );
  if (marked.length === 0) return [];
  return inPrintedOrder([...marked, ...ownSentencesOutside(lines, blocks, planning)]);
}
