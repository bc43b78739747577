/**
 * Decisions in an item's minutes, in the forms clerks write them: RESOLVED (that ...), It was
 * RESOLVED, UNANIMOUSLY RESOLVED, (The Committee) AGREED, APPROVED, DECIDED, "Decision:",
 * "Resolved:", "The Committee resolved:-", "Decision" over a list, Welsh PENDERFYNWYD,
 * recommendations CARRIED, and the lower-case forms of parish minutes ("agreed as a correct
 * record", "approved and signed", "It was agreed that", "Councillors agreed to"). An item that only
 * notes has none. What an earlier meeting agreed is not a decision. The general reader, ModernGov
 * pages (moderngov-items.ts) and the minutes in a PDF agenda pack (pdf-pack/minutes.ts) all read
 * decisions here.
 */
import { WELSH_MINUTES_CONFIRMED } from '../../../src/model/welsh-words.ts';
import { languageOf } from '../formats/text-columns.ts';
import { PRINTED_BULLET_MARK } from '../list-marks.ts';
import {
  ACTION_LABEL,
  COUNTS_ONLY,
  endsLastPoint,
  letterBulletEntry,
  resolutionBlocks,
  tidy,
  type ResolutionBlock,
} from '../resolutions.ts';
import { squash } from '../text.ts';
import { TITLE } from '../attendance-text.ts';
import { SHORT_WORD, SHORT_WORD_WITHIN } from './attendance-person.ts';
import { APPROVAL_MOVERS_ONLY, MOVER_SHORT_WORD, MOVERS_ONLY, SECONDER_ONLY, withMoversStopped } from './vote-movers.ts';
import { opensSideList, recordsOwnVote } from './vote-names.ts';
import { SCORE, UNANIMITY } from './vote-words.ts';
import {
  BLOCK_WORDS,
  DECIDING_WORDS,
  DECISION_LABEL,
  ENTRY_DECIDING_WORDS,
  NOTING_WORDS,
  OUTCOME_WORDS,
  RULING_WORDS,
  oneOf,
} from './decision-words.ts';
import { REASON_HEADING, REASON_LABEL, withoutReasons } from './reasons.ts';
import { LISTED_APPLICATION } from './application-reference.ts';
import { isPlanningTitle, planningComments } from './decisions-planning.ts';
import { isTableRow } from './table-cells.ts';
import { isCandidateLine } from './ballots.ts';
import { isProcedureSentence } from './procedure.ts';
import { inPrintedOrder, runsOutside, type Placed } from './decisions-outside.ts';

/** Words that name the body deciding in the minutes' own sentences ("the Sub-Committee decided", "The Forum agreed"). */
const DECIDING_BODY = String.raw`(?:committee|council|board|panel|sub-committee|cabinet|forum|group)`;
/** What leads into a capitals marker: "It was", "The Committee", "Members", with "therefore", "then" or "duly". */
export const DECISION_LEAD = /^(?:It\s+was|The\s+\w+(?:\s+\w+)?|Members?|Councillors?)(?:\s+(?:therefore|then|duly))?$/;
/** Capitals markers that open a decision block, with what leads into them ("The Board ACCEPTED both recommendations", as trust ports minute it). */
const BLOCK = new RegExp(
  String.raw`^\s*(?:${DECISION_LEAD.source.slice(1, -1)}\s+)?(?:UNANIMOUSLY\s+)?(${oneOf(BLOCK_WORDS)}|PENDERFYNWYD|Penderfynwyd)\b(?:\s+UNANIMOUSLY|\s*\((?:UNANIMOUSLY|[Uu]nanimously)\))?(?:\s*\/\s*RESOLVED\b)?[\s:;.,\-–—]*(.*)$`,
);
/** The deciding body as a minute names itself, each word capitalised: "The Panel", "The Housing Scrutiny Sub-Committee". */
const BODY_NAMED = String.raw`The\s+(?:\p{Lu}[\w-]*\s+){0,3}?${DECIDING_BODY.replace(/\b[a-z]/g, (letter) => letter.toUpperCase())}`;
/**
 * "RECOMMENDED - THAT …": what a committee decided to put to the Cabinet or Council, at the start of
 * a line, after "It was" or after the body's name ("The Panel RECOMMENDED to the Executive Councillor:",
 * as scrutiny panels minute their own recommendations, each entry of the list under it one), never
 * "The report RECOMMENDED", which is what an officer asked for.
 */
const RECOMMENDED = new RegExp(
  String.raw`^\s*(?:It\s+was\s+(?:\w+\s+)?|${BODY_NAMED}\s+)?(RECOMMENDED)\b(?:\s+(?:TO|to)\s+(?:the\s+)?(?:\p{Lu}\w*\s*)+?(?=[:\-–—]|THAT|That|that))?[\s:;.,\-–—]*(.*)$`,
  'u',
);
/**
 * A lettered, numbered or bulleted entry at the start of a line: "a) ", "(ii) ", "ii. ", "3. ", "• ". Not
 * Word's private-use bullets: an entry here runs on over the lines after it, and a Word export's bulleted
 * points of discussion would take in the decision printed below them (resolutions.ts reads those bullets
 * once a marker has opened the list).
 */
const LIST_ENTRY = new RegExp(String.raw`^\s*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[ivx]{1,4}|\d{1,2})\.|${PRINTED_BULLET_MARK})\s+`);
/**
 * "ii. AGREED that …": a capitals marker opening a list entry, as Scottish minutes list what "The Committee:"
 * did; or after the entry's short heading and its colon, as parish minutes letter the business of an item
 * ("c) Precept 2026/27: RESOLVED that a precept of £14,500 be requested.").
 */
const ENTRY_MARKER = new RegExp(
  String.raw`${LIST_ENTRY.source}(?:[^.:;]{1,60}:\s+)?(?:UNANIMOUSLY\s+)?(${oneOf(ENTRY_DECIDING_WORDS)})\b[\s:;.,\-–—]*(.*)$`,
);
/**
 * "The Committee NOTED the report.": Scottish minutes record what a body noted as its decision, the body
 * the subject and NOTED in capitals (checked apart from the pattern, which reads the body's words in any case).
 */
const BODY_NOTED = new RegExp(String.raw`^\s*The\s+(?:[\w-]+\s+){0,3}?${DECIDING_BODY}\s+(${oneOf(NOTING_WORDS)}\b.*)$`, 'i');
/** "i. NOTED the uptake …; and": an entry of a list that a sibling's capitals marker ("ii. AGREED to …") shows is the body's decisions. */
const NOTED_ENTRY = new RegExp(String.raw`${LIST_ENTRY.source}(${oneOf(NOTING_WORDS)}\b.*)$`);
/** A noting word in capitals at the start, as BODY_NOTED (which reads any case) counts it a decision. */
const NOTED_IN_CAPITALS = new RegExp(String.raw`^${oneOf(NOTING_WORDS)}`);

/** What a body noted, the word kept as APPROVED's is ("NOTED the report."); null when the line records no such decision. */
function notedBy(lines: string[], at: number): string | null {
  const line = lines[at] ?? '';
  const noted = BODY_NOTED.exec(line)?.[1];
  if (noted !== undefined && NOTED_IN_CAPITALS.test(noted)) return noted;
  const entry = NOTED_ENTRY.exec(line)?.[1];
  if (entry === undefined) return null;
  let [top, bottom] = [at, at];
  while (top > 0 && (lines[top - 1] ?? '').trim() !== '') top -= 1;
  while (bottom + 1 < lines.length && (lines[bottom + 1] ?? '').trim() !== '') bottom += 1;
  return lines.slice(top, bottom + 1).some((sibling) => ENTRY_MARKER.test(sibling)) ? entry : null;
}

/**
 * "There had been circulated Report No 12/25 by the Clerk", "There was submitted a report by …": how a
 * Scottish minute says what paper was before the meeting (with how it was circulated: "for confirmation",
 * "to Members only"). What the meeting decided on it follows; the lead stays in the minutes' text only.
 */
export const CIRCULATED =
  /^\s*There\s+(?:had\s+been|has\s+been|was|were)\s+(?:circulated|submitted)\b(?!\s+and\s+(?:approved|noted)\b)(?:\s+(?:for\s+(?:confirmation|information|approval|noting)|to\s+(?:all\s+)?Members(?:\s+only)?))?\s*/i;
/** Where the deciding body's clause starts in a sentence that opens with the paper: "…, and the Committee APPROVED …". */
const BODY_DECIDES = new RegExp(
  String.raw`[,;]?\s+(?:and\s+)?(?=the\s+(?:[\w-]+\s+){0,3}?${DECIDING_BODY}\s+(?:(?:then|therefore|duly|also|unanimously)\s+)*(?:agreed|approved|resolved|decided|noted)\b)`,
  'i',
);

/**
 * A decided sentence without the paper it opens with: "There had been circulated the minute of 16 September,
 * which was APPROVED." → "the minute of 16 September, which was APPROVED."; "There had been circulated a report
 * …, and the Committee APPROVED the recommendations." → "the Committee APPROVED the recommendations.".
 */
function withoutCirculated(sentence: string): string {
  if (!CIRCULATED.test(sentence)) return sentence;
  const body = BODY_DECIDES.exec(sentence);
  return body ? sentence.slice(body.index + body[0].length) : sentence.replace(CIRCULATED, '');
}

/**
 * A line that opens with the paper circulated, each of its sentences on a line of its own: a decision run on
 * after it ("… sought approval for the plan. Decision: The Committee APPROVED …", "… After discussion, the
 * Committee agreed:- (1) …") then opens its line, as the marked forms read it.
 */
function circulatedApart(line: string): string {
  return CIRCULATED.test(line) ? line.split(SENTENCE_END).join('\n') : line;
}

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

/** "Following discussion the Board RESOLVED:": a sentence that ends in a capitals marker and a colon, its list below. */
const MARKER_ENDS_LEAD = new RegExp(
  String.raw`^\s*\p{Lu}[^:]*?\s(?:UNANIMOUSLY\s+)?(${oneOf(DECIDING_WORDS)})\s*(?::-?|[–—])\s*(.*)$`,
  'u',
);
/**
 * A capitals word that records what the meeting did with an item, so the line is no title: the
 * decision markers above and NOTED. The item reader (items.ts) keeps such lines out of titles.
 */
export const OUTCOME_MARK = new RegExp(String.raw`^(?:${oneOf(OUTCOME_WORDS)}|PENDERFYNWYD)\b`);
/** A paragraph's number before its text ("4.3 RESOLVED: That …"), as some councils number every paragraph. */
const PARAGRAPH_NUMBER = /^(\s*)\d{1,3}\.\d{1,2}\s+(?=[\p{Lu}(])/u;
/** "Resolution 26/002:", "Resolution No. 14:": a resolution numbered as a parish council numbers its resolutions; the number stays in the minutes. */
const RESOLUTION_NUMBER = String.raw`(?:\s+(?:No\.?\s*)?\d{1,4}(?:[/.-]\d{1,4})*)?`;
/**
 * "Decision:", "Resolved –", "Decision - …", and a combined authority's "MAYORAL DECISION -" or "Mayor's decision:" (what the
 * mayor decided alone): a label; never a word's own hyphen ("decision-maker would respond").
 */
const LABELLED_WORD = new RegExp(
  String.raw`^\s*(?:(?:Mayoral|Mayor['’]s)\s+)?(?:${DECISION_LABEL}|Resolution${RESOLUTION_NUMBER}|Penderfyniad)\s*(?:[:–—]|-(?![a-z]))\s*(.*)$`,
  'i',
);
/**
 * "Outcome: Agreed as a correct record.": the label some district panels and task groups print where others
 * print RESOLVED, closing each item. Only capitalised as a label is and with its colon, at the line's start:
 * "the outcome of the review" in prose, or "Outcome sought:" in a report's fields, is no decision.
 */
const OUTCOME_LABEL = /^\s*(?:Outcome|OUTCOME)\s*:\s*(.*)$/;

/** A labelled decision's line ("Decision: GRANTED", "Outcome: Noted."), group 1 what was decided; null when none. */
function labelled(line: string): RegExpExecArray | null {
  return LABELLED_WORD.exec(line) ?? OUTCOME_LABEL.exec(line);
}

/** "The motion was accordingly carried and ": the vote's outcome before the body resolved, the vote's (votes.ts), no decision's words. */
const OUTCOME_AND = String.raw`The\s+(?:substantive\s+|amended\s+)?(?:motion|amendment|recommendations?|proposal)\s+(?:was|were)\s+(?:(?:accordingly|therefore|duly|then)\s+)?(?:carried|agreed|approved)\s*,?\s+and\s+`;
/**
 * "After discussion, ", "Following questions and answers ", "Thereafter, ", "On a vote of the Councillors, 3
 * for and 2 against, ", Scottish minutes' "On the motion of Mr Ash, seconded by Ms Elm, ": how the meeting came to a
 * decision, said before who took it (the movers read by the vote reader); no part of what was
 * decided (the vote reader reads the counts from the minutes' text).
 */
const HOW_DECIDED = String.raw`(?:(?:After|Following|Having\s+(?:heard|considered)|On\s+conclusion\s+of|(?:On|Upon)\s+(?:(?:a|being\s+put\s+to\s+the)\s+vote|the\s+motion\s+of))\s+[^.;]{1,100}?,?\s+|Thereafter,?\s+|${OUTCOME_AND})`;
/** "The Clerk reported. After discussion it was RECOMMENDED that …": the prose and how the meeting came to it, left off so RECOMMENDED reads the rest. */
const BEFORE_RECOMMENDED = new RegExp(String.raw`^\s*(?:\S.*?[.!?]\s+)?${HOW_DECIDED}?[Ii]t\s+was\s+(?:\w+\s+)?(?=RECOMMENDED\b)`);
/**
 * Lead-ins in lower case, every form that takes the list under it: Scottish minutes' "The Committee resolved:-"
 * (its list on the lines after, or run on after it), how the meeting came to it before ("After discussion,
 * the Committee agreed:-"), "It was agreed that:" or "The Board agreed to:" alone on its line over a lettered
 * list, as parish minutes and advisory councils write it (the "that:" kept, as "RESOLVED that:" keeps it), and
 * "Decision" or "Resolved" alone on a line above a numbered list, as a decision sheet heads one.
 */
const LEAD_VERB = String.raw`${oneOf(DECIDING_WORDS)}(?:\s*:-?|\s+(?=(?:that|to)\s*:-?\s*$))`;
/** "It was agreed that:" may end a line of prose ("The Clerk reported on the inspection. It was agreed that:"). */
const LEAD_IN = new RegExp(
  String.raw`^\s*(?:${HOW_DECIDED}?The\s+(?:[\w-]+\s+){0,3}?${LEAD_VERB}|(?:\S.*?[.!?]\s+)?${HOW_DECIDED}?It\s+was\s+(?:(?:therefore|then|duly|unanimously)\s+)*${LEAD_VERB}|${DECISION_LABEL})\s*(.*)$`,
  'i',
);
/** A heading word of LEAD_IN's that is a lead-in only alone on its line: "Resolved that …" is a sentence. */
const HEADING_WORD = new RegExp(String.raw`^\s*${DECISION_LABEL}\b`, 'i');
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
const BODY_COLON = new RegExp(String.raw`^\s*The\s+(?:[\w-]+\s+){0,3}?${DECIDING_BODY}\s*:-?\s*$`, 'i');

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
/** "Application No: 25/00187/FUL": a planning application's field in a labelled block, its reference group 1. */
const APPLICATION_FIELD = /^\s*(?:Planning\s+)?Application\s+(?:No\.?|Number|Ref(?:erence)?\.?)\s*:\s*(\S+)\s*$/i;

/** The application a line names as a labelled field ("Application No: …") or as a planning list's line; null when none. */
function applicationNamed(line: string): string | null {
  const found = APPLICATION_FIELD.exec(line) ?? LISTED_APPLICATION.exec(line);
  return found ? (found[1] ?? found[2] ?? null) : null;
}

/**
 * The application named above a decision's line, as a planning committee prints one block of fields per
 * application ("Application No:", "Site:", …, "Decision: GRANTED") and a parish lists each application on a
 * line over its decision ("F/25/0812 – 12 Chapel Drove" over "RESOLVED: no objection"), so the decision says
 * what it decided: "25/00187/FUL: GRANTED …". Null when no line names one before the blank line.
 */
function applicationAbove(lines: string[], at: number): string | null {
  for (let back = at - 1; back >= 0 && (lines[back] ?? '').trim() !== ''; back -= 1) {
    const named = applicationNamed(lines[back] ?? '');
    if (named !== null) return named;
  }
  return null;
}

/** A decision with the application it decided before it ("0921/25/HHO: to support."), unless it names it itself. */
function withApplication(decision: string, application: string | null): string {
  return application === null || decision.includes(application) ? decision : `${application}: ${decision}`;
}

/**
 * The labelled decision a sentence ends with, from its label on ("… Officer recommendation: Approve
 * Decision: GRANTED subject to conditions."), as a block of fields runs into one sentence; null when none.
 * The vote reader (votes.ts) takes the vote printed under it as the one that carried it.
 */
export function labelledDecisionIn(sentence: string): string | null {
  const labels = [...sentence.matchAll(/(?:^|\s)(?:Decision|Resolved|Resolution)\s*:\s*\S/g)];
  const last = labels.at(-1);
  return last === undefined ? null : sentence.slice(last.index).trim();
}

/**
 * "Proposed by Councillor Ash" / "Seconded by Councillor Bell" / "- that the Committee approve Option 2."
 * (or the motion quoted, "“That this Council …”", over as many lines as it takes): what was moved, under
 * its movers' lines, as Northern Irish minutes print it; it is a decision only when the text then says the
 * proposal was carried ("The Mayor declared the motion CARRIED.").
 */
const DASHED_THAT = /^\s*[-–—]\s*(that\b.*)$/i;
/** A quoted motion's first line: "“That this Council …", or its own words ("“This Council resolves to …"). */
const QUOTED_THAT = /^\s*["“]((?:that\b|\p{Lu}).*)$/iu;
/** A quoted motion's last line: its closing quote, a stop before or after it. */
const CLOSING_QUOTE = /["”]\.?\s*$/;
const DECLARED_CARRIED =
  /\b(?:declared\s+the\s+(?:motion|proposal)\s+(?:to\s+be\s+)?carried|(?:motion|proposal)\s+was\s+(?:then\s+)?(?:declared\s+|put\s+(?:to\s+the\s+vote\s+)?and\s+)?carried)\b/i;

/**
 * What a line opens as moved, with the lines it ends at: a dashed line alone, a quoted motion to its
 * closing quote (none when no line before a blank one closes it: a motion cut short is no decision).
 */
function movedFrom(lines: string[], at: number): { text: string; end: number } | null {
  const line = lines[at] ?? '';
  const dashed = DASHED_THAT.exec(line);
  if (dashed) return { text: squash(dashed[1] ?? ''), end: at };
  if (!QUOTED_THAT.test(line)) return null;
  for (let end = at; end < lines.length && (lines[end] ?? '').trim() !== ''; end += 1) {
    if (CLOSING_QUOTE.test(lines[end] ?? '')) {
      const quoted = squash(lines.slice(at, end + 1).join(' '));
      return { text: quoted.replace(/^["“]/, '').replace(/["”](\.?)$/, '$1'), end };
    }
  }
  return null;
}

/**
 * "Mrs Lamacraft moved, and Mr Burge seconded, that "this meeting asks …"": a motion quoted in its movers'
 * sentence, group 1 its words.
 */
const MOVED_QUOTED = /\b(?:moved|proposed)\b[^"“.;]{0,80}?\bthat\s+["“]([^"”]{1,800})["”]/g;
/**
 * "It was proposed by Mr Haddow and seconded by Miss Ferraby that the precept be £2,400.": a motion unquoted in its movers'
 * sentence, to the sentence's end; group 1 its words from "that".
 */
const MOVED_UNQUOTED = /\b(?:moved|proposed)\s+by\b[^"“.;]{1,80}?\b(that\s+(?!["“])[^;]{1,400}?)\.(?=\s+[A-Z]|\s*$)/g;

/** What was moved in its movers' sentence (quoted, or as the pattern reads it), and then declared carried before the next motion, in order. */
function quotedAndCarried(text: string, pattern: RegExp = MOVED_QUOTED): string[] {
  const flat = squash(text.replace(/\s*\n\s*/g, ' '));
  const moved = [...flat.matchAll(pattern)];
  return moved.flatMap((match, at) => {
    const after = flat.slice((match.index ?? 0) + match[0].length, moved[at + 1]?.index ?? flat.length);
    return DECLARED_CARRIED.test(after) ? [squash(match[1] ?? '')] : [];
  });
}

/** What was moved under its movers' lines (or quoted in their sentence) and then declared carried, in order; none when nothing was. */
function movedAndCarried(text: string): string[] {
  const lines = text.split('\n');
  const quoted = quotedAndCarried(text);
  if (quoted.length > 0) return quoted;
  const unquoted = quotedAndCarried(text, MOVED_UNQUOTED);
  if (unquoted.length > 0) return unquoted;
  return lines.flatMap((_line, at) => {
    const moved = movedFrom(lines, at);
    const above = lines
      .slice(0, at)
      .reverse()
      .find((before) => before.trim() !== '');
    const undered = above !== undefined && (SECONDER_ONLY.test(above.trim()) || MOVERS_ONLY.test(above.trim()));
    if (moved === null || !undered) return [];
    const rest = lines.slice(moved.end + 1);
    // Carried before the next proposal is moved: a later motion's outcome is no answer for this one.
    const until = rest.findIndex((_after, index) => movedFrom(rest, index) !== null);
    return DECLARED_CARRIED.test((until === -1 ? rest : rest.slice(0, until)).join(' ')) ? [moved.text] : [];
  });
}

/**
 * "The Local Review Body (LRB) overturns the decision of the appointed officer and grants planning permission …", "The
 * Review Body upholds the decision …", "The Panel dismisses the appeal": a review body's decision as its notice words it,
 * in the present tense, the body the subject at the sentence's start (a body's name, or its initials in brackets after it).
 */
const REVIEW_DECIDES = new RegExp(
  String.raw`^The\s+(?:[\w-]+\s+){0,3}?(?:${DECIDING_BODY}|body|LRB)(?:\s*\([A-Z]{2,6}\))?\s+(?:therefore\s+)?(?:(?:overturns|upholds|reverses|varies)\s+the\s+decision|(?:dismisses|allows|upholds)\s+the\s+(?:appeal|review))\b`,
  'i',
);

/** Sentences of lower-case forms. */
const CLERK_FORMS = [
  REVIEW_DECIDES,
  // "were read and approved": what was done with it before it was approved. Never a planning condition's "until (unless)
  // samples have been approved", which waits on an approval to come.
  /(?<!\b(?:until|unless)\b[^.;]{0,160})\b(?:was|were|be|been|is|are)\s+(?:(?:read|received|considered|circulated|submitted)\s+and\s+)?(?:unanimously\s+|duly\s+|formally\s+)?(?:agreed|approved|resolved|adopted|endorsed)\b(?!\s+(?:at|by)\s+(?:the\s+)?(?:last|previous))/i,
  // A Scottish minute's "There were submitted and noted the minutes of …": noted as the meeting's own act on the papers.
  /^\s*There\s+(?:was|were)\s+submitted\s+and\s+noted\b/i,
  // "The appeal was therefore DISMISSED.", "The complaint was UPHELD in part.": a panel's ruling, in capitals only (decision-words.ts).
  new RegExp(String.raw`\b(?:was|were|is|are)\s+(?:(?:therefore|accordingly|unanimously|duly)\s+)?${oneOf(RULING_WORDS)}\b`),
  // "The Sub-Committee, having heard the Independent Person, decided that …": an aside between commas after the body.
  new RegExp(
    String.raw`\b(?:it\s+was|all|they|we|(?:the\s+)?(?:${DECIDING_BODY}|members|councillors|cllrs|meeting)(?:\s*,[^.;,]{1,100},)?)\s+(?:(?:then|therefore|duly|also|unanimously|all)\s+)*(?:${oneOf(DECIDING_WORDS)}|approved)\b`,
    'i',
  ),
  new RegExp(String.raw`\b(?:${DECIDING_BODY}|members|councillors|cllrs)\b[^.;]{0,80}?\band\s+(?:agreed|resolved|approved)\b`, 'i'),
  // "Resolved (4 votes to 2) that …": a bracketed aside between the word and what was resolved.
  /\bresolved\s+(?:\([^()]{1,40}\)\s+)?(?:to|that)\b/i,
  // "The minutes of the meeting held on 14 June, having been previously circulated, were confirmed and signed".
  /\bminutes\b[^.]{0,120}?\b(?:were|was)\s+confirmed\b/i,
  // "The Committee confirmed the minutes of …"; "The Leader was authorised to sign the minutes … as a correct record".
  /\bconfirmed\s+the\s+minutes\b|\bauthori[sz]ed\s+to\s+sign\s+the\s+minutes\b/i,
  // Welsh "Cadarnhawyd cofnodion cyfarfod 12 Chwefror …" (the minutes of the meeting of … were confirmed).
  new RegExp(WELSH_MINUTES_CONFIRMED, 'i'),
  // "The minutes of the meeting of 18th May were taken as read and signed as correct."
  /\btaken\s+as\s+read\s+and\s+(?:signed|approved|adopted)\b/i,
  /\b(?:approved|signed)\s*(?:&|and)\s*(?:signed|approved)\b|\ball\s+approved\b/i,
  /^(?:[•·\-–*]\s*)?(?:agreed|approved|resolved|carried)\b\.?/i,
  /\brecommendations?\b[^.]{0,160}?\b(?:were|was)\s+(?:CARRIED|agreed|approved)\b/,
  // "proposed by A, seconded by B and carried unanimously that …" (an initial's stop, "C. Cuckow", ends no sentence);
  // "Members voted unanimously to support …", "voted in favour of the proposal".
  /\bseconded\b(?:[^.;]|(?<=\b[A-Z])\.){0,80}?\b(?:carried|agreed|approved|resolved)\b/i,
  /\bvoted\s+(?:unanimously\s+)?(?:to|in\s+favou?r\s+of)\b/i,
  // "Cllr Ash was duly elected Chair", "was declared elected Town Mayor" (after a ballot), "was elected unanimously"; a parish's "Resolution passed".
  /\b(?:was|were)\s+(?:(?:duly|unanimously|declared)\s+)+(?:re-?)?(?:elected|appointed)\b|\b(?:elected|appointed)\s+unanimously\b|\bresolution\s+(?:was\s+)?passed\b/i,
  // "… proposed their approval, seconded by … The motion was unanimously carried."
  /\b(?:motion|proposal)\s+was\s+(?:unanimously\s+|duly\s+)?carried\b/i,
];
/**
 * "It was proposed by Cllr. D. Hopkins and seconded by Cllr. S. Tudor that the minutes … be accepted as a
 * correct record.": a proposal as Welsh and parish minutes record a decision taken with no vote, what was
 * decided in group 1 (a short word's stop, "Cllr.", "D.", is no sentence's end).
 */
const PROPOSED_THAT = new RegExp(String.raw`\b(?:proposed|moved)\s+by\s(?:[^.;]|(?<=${SHORT_WORD})\.){1,120}?\s(that\s.+)$`, 'iu');
/** A proposal that did not pass as it was put: lost, amended, or a vote against it recorded. */
const NOT_AS_PUT = /\b(?:amendment|amended|lost|fell|defeated|not\s+carried|withdrawn|against)\b/i;

/** Things that look like decisions and are not: the future, the past, someone else's. */
const NOT_NOW =
  /\bto\s+be\s+(?:agreed|approved|decided)\b|\bat\s+its\s+meeting\s+(?:on|of|held)\b|\b(?:at|in)\s+(?:the|its)\s+(?:last|previous)\s+(?:\w+\s+)?meeting\b|\bnot\s+(?:agreed|approved)\b/i;

/**
 * A word whose stop, within a sentence, ends no sentence: a title or an initial ("C. Cuckow", "Cllr. Ash"),
 * an initial after a title ("Cllr. D. Hopkins"), and a mover's shorthand ("Prop. Cllr Ash, sec. Cllr Elm"). A lookbehind's body: the vote reader (votes.ts) splits
 * an item's sentences by it too, so both read the same sentences.
 */
export const SHORT_STOP_WITHIN = String.raw`(?:${SHORT_WORD_WITHIN}|${TITLE}\p{Lu}|${MOVER_SHORT_WORD})`;

/** Where a sentence ends: a stop (not a short word's), before a capital or a bullet. */
const SENTENCE_END = new RegExp(String.raw`(?<=(?<!${SHORT_STOP_WITHIN})\.|[!?])\s+(?=[A-Z•])|\s+(?=•)`, 'u');

function sentences(text: string): string[] {
  return squash(text.replace(/\n+/g, ' '))
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** A lead-in of LEAD_IN's: "Decision" only alone on its line, so prose that starts with the word stays prose. */
function leadIn(line: string): RegExpExecArray | null {
  const found = LEAD_IN.exec(line);
  if (!found || (HEADING_WORD.test(line) && (found[1] ?? '') !== '')) return null;
  return found;
}

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

/** "unanimously", "all in favour", "nem con": the vote's words (vote-words.ts) that say how an outcome was carried. */
const UNANIMOUS_WORD = new RegExp(String.raw`\b(?:${UNANIMITY})`, 'i');
/** "unanimously that …", "nem con: to …": how it was carried, opening what a marker decided, before its words. */
const HOW_CARRIED_FIRST = new RegExp(String.raw`^(?:${UNANIMITY})\s*[:,;–—-]?\s*(?=\S)`, 'i');

/**
 * "AGREED: unanimously.", "RESOLVED nem con.": a marker that says only how what was said above it was carried,
 * as parish and community council minutes print one under a decided line. A marker alone ("RESOLVED") or
 * over its list ("RESOLVED UNANIMOUSLY:") is no such line.
 */
const carriedOnly = (line: string): boolean => OUTCOME_ONLY.test(line.trim()) && UNANIMOUS_WORD.test(line) && /\.$/.test(line.trim());

/** "Carried 6-1, 1 abstention.", "Agreed unanimously", "Carried by 4 votes to 1": an outcome with how it was carried, nothing decided. */
const outcomeCounted = (sentence: string): boolean => OUTCOME_ONLY.test(sentence) && (UNANIMOUS_WORD.test(sentence) || /\d/.test(sentence));

/**
 * The decision a carried-only marker carried: the line above it when that records one ("(a) Payments for
 * November were approved."), its list label off; else nothing, so "unanimously." is never a decision.
 */
function decidedAbove(all: string[], at: number): string {
  const above = (all[at - 1] ?? '').replace(LIST_ENTRY, '').trim();
  return above !== '' && isClerkDecision(above) ? `RESOLVED ${above}` : '';
}

/** "by 4 votes to 1", "5 votes to 2": a vote's score in votes, those for and then those against (a regex source). */
const VOTES_TO_SCORE = String.raw`(?:by\s+)?\d{1,3}\s+votes?,?\s+to\s+\d{1,3}`;
/** "Unanimous.", "All in favour.", "(Nem con)", "(5 votes to 2)", "Carried.": how a decision was carried, said alone after it and its movers. */
const CARRIED_ALONE = new RegExp(String.raw`^\(?(?:${UNANIMITY}|${VOTES_TO_SCORE}|[Cc]arried|CARRIED)\)?\.?$`, 'i');

/** How a vote went and nothing else: its counts ("For 5, Against 1."), "Unanimous.", "Carried 6-1, 1 abstention.". */
const talliesOnly = (sentence: string): boolean => COUNTS_ONLY.test(sentence) || CARRIED_ALONE.test(sentence) || outcomeCounted(sentence);

/**
 * A tally in brackets that ends a decision, before its stop: "to accept the recommendations (4 for, 1 against).",
 * "… (unanimous)", "… (carried 6-1, 1 abstention)". Group 1 what the brackets hold, read as a tally only when
 * it is one and nothing else (talliesOnly): "(2 for the green)" is the decision's own words.
 */
const LAST_BRACKET = /\s*\(([^()]{1,80})\)(?=[\s.;]*$)/;

/**
 * A tally in brackets that opens a decision, after its marker: "RESOLVED (5 votes to 2) that …", "RESOLVED (nem con) that …",
 * or before the marker's colon: "RESOLVED (4 for, 1 against):" over "That …".
 */
const FIRST_BRACKET = /^\(([^()]{1,160})\)(?:\s*[:\-–—]-?\s*|\s+)(?=\S)/;
/**
 * ", being more than two-thirds of the members voting": the majority the law asks for, said after a tally's counts.
 * It is no count, so the tally is read without it; its words stay in the minutes (the vote keeps no note).
 */
const MAJORITY_SAID =
  /,\s*being\s+(?:more\s+than\s+|at\s+least\s+|not\s+less\s+than\s+)?(?:two[-\s]thirds|three[-\s]quarters|a\s+majority)\b[^()]*$/i;

/**
 * A decision without the tally in brackets at its end or at its start, which the vote reader (votes.ts) reads as its
 * vote: the decision starts at its own words ("that …").
 */
function withoutTally(decision: string): string {
  const first = FIRST_BRACKET.exec(decision);
  const decided =
    first !== null && talliesOnly(squash(first[1] ?? '').replace(MAJORITY_SAID, '')) ? decision.slice(first[0].length) : decision;
  const bracket = LAST_BRACKET.exec(decided);
  if (bracket === null || bracket.index === 0 || !talliesOnly(squash(bracket[1] ?? ''))) return decided;
  return decided.slice(0, bracket.index) + decided.slice(bracket.index + bracket[0].length);
}

/**
 * A decision without what the marker's line runs on with after it: the movers ("AGREED: that the minutes be
 * approved. Proposed Cllr Ash, seconded Cllr Elm. Unanimous.") and the counts ("For 5, Against 1.") or how it
 * was carried ("Carried unanimously.") are the vote reader's, a sentence of procedure and all after it the minutes' (procedure.ts)
 * (motions.ts, votes.ts); an "Action: Clerk" label and all after it say who acts on the decision (resolutions.ts).
 */
function withoutRunOn(decided: string): string {
  // A count opens no sentence (SENTENCE_END wants a capital), yet "… be requested. 4 for, 1 against." ends the decision at its stop.
  const all = sentences(withMoversStopped(decided)).flatMap((sentence) => sentence.split(/(?<=[.!?])\s+(?=\(?\d)/));
  const action = all.findIndex((sentence, at) => at > 0 && ACTION_LABEL.test(sentence));
  // "The Chair moved to the next item.", "The meeting adjourned at 8.15 pm …": the meeting's procedure after the decision, no part of it.
  const procedure = all.findIndex((sentence, at) => at > 0 && isProcedureSentence(sentence));
  let end = Math.min(action > 0 ? action : all.length, procedure > 0 ? procedure : all.length);
  // "Carried 4 votes to 1.", "Carried: 8 for, 2 abstentions.": the outcome with its counts, as the counts alone are.
  const runOn = (sentence: string) =>
    [MOVERS_ONLY, SECONDER_ONLY, MOVERS_THEN_OUTCOME].some((form) => form.test(sentence)) || talliesOnly(sentence);
  while (end > 1 && runOn(all[end - 1] ?? '')) end -= 1;
  return end === all.length ? decided : all.slice(0, end).join(' ');
}

/** Blocks opened by a capitals marker or a "Decision:" label, split into entries, with the lines they were read from. */
function markedDecisions(text: string): { lines: string[]; blocks: ResolutionBlock[] } {
  // The reasons under a decision are no part of it: blank, after they have marked the list above them as one.
  const circulated = text.split('\n').map(circulatedApart).join('\n');
  const lines = withoutReasons(withReasonedLists(circulated.split('\n'))).map((line, at, all) => {
    const leadsList = BODY_LEAD_IN.test(line) || BODY_RECOMMENDS.test(line) || bodyColonList(all, at);
    if (leadsList && LIST_ENTRY.test(all[at + 1] ?? '')) return `RESOLVED ${line.trim().replace(/\s*:-?$/, '')}`;
    const noted = notedBy(all, at);
    if (noted !== null) return `RESOLVED ${noted}`;
    const block =
      BLOCK.exec(line) ?? RECOMMENDED.exec(line.replace(BEFORE_RECOMMENDED, '')) ?? ENTRY_MARKER.exec(line) ?? MARKER_ENDS_LEAD.exec(line);
    if (block && carriedOnly(line)) return decidedAbove(all, at);
    if (block) {
      // "APPROVED for signature by the Chair", "ACCEPTED both recommendations": the word is the decision, so it stays; "RESOLVED that …" reads without it.
      // So does "RECOMMENDED to the Executive Councillor for Housing:": without it the entries would say only to whom.
      const approved = /^(?:approved|accepted)$/i.test(block[1] ?? '') && (block[2] ?? '').trim() !== '';
      const recommended = block[1] === 'RECOMMENDED' && /^to\s/i.test(block[2] ?? '');
      // "RESOLVED unanimously that …": how it was carried is the vote's (votes.ts), never the decision's words.
      const rest = (block[2] ?? '').replace(HOW_CARRIED_FIRST, '');
      const decided = `${approved || recommended ? `${block[1]} ` : ''}${withoutRunOn(rest.replace(REASON_HEADING, ''))}`;
      return `RESOLVED ${decided.trim() === '' ? decided : withApplication(decided, applicationAbove(all, at))}`;
    }
    const label = labelled(line);
    const lead = label ?? leadIn(line);
    if (!lead) return line;
    const application = label !== null ? applicationAbove(all, at) : null;
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
 * (BODY_DECIDED_OPENS): prose beside a block that says something "had been approved" reports, it decides nothing.
 */
function ownSentencesOutside(lines: string[], blocks: ResolutionBlock[]): Placed[] {
  // A heading with no stop ("PE/24/04 - Bins at Eastfield Park") ends at its blank line, so the sentence under it opens.
  return runsOutside(lines, blocks).flatMap((run) =>
    pieces(run.text)
      .filter((piece) => !piece.entry)
      .flatMap((piece) => piece.text.split(/\n[ \t]*\n/))
      .flatMap((paragraph) => {
        const all = pieceSentences(paragraph);
        return all.flatMap((sentence, at) =>
          BODY_DECIDED_OPENS.test(sentence) && isClerkDecision(sentence) && saysWhat(all, at)
            ? [{ at: run.at, decision: decisionOf(all, at) }]
            : [],
        );
      }),
  );
}

/**
 * The marked blocks' decisions, each at its block's line, and the decisions said in their own sentences outside
 * them, in the order printed.
 */
function markedAndOwn(text: string): string[] {
  const { lines, blocks } = markedDecisions(text);
  // A decision wrapped onto the next line may end there with its movers and vote ("… Band D" over "property). Prop: GO Sec: AM 4 for").
  const marked = blocks.flatMap((block) =>
    block.resolutions
      .map((resolution) => ({ at: block.start, decision: withoutRunOn(resolution) }))
      .filter((placed) => placed.decision !== ''),
  );
  if (marked.length === 0) return [];
  return inPrintedOrder([...marked, ...ownSentencesOutside(lines, blocks)]);
}

const isClerkDecision = (sentence: string) => CLERK_FORMS.some((form) => form.test(sentence)) && !NOT_NOW.test(sentence);

/**
 * True when a sentence proposes "that X be Y" and nothing after it says the proposal did not pass as put
 * ("An amendment was moved …", "The proposal was lost."). isDecision does not take it: the vote reader
 * waits for a decision after a proposal's own words, unless the proposal is the last thing said (motions.ts).
 */
export const passedAsProposed = (all: string[], at: number): boolean =>
  PROPOSED_THAT.test(all[at] ?? '') && !NOT_NOW.test(all[at] ?? '') && !all.slice(at).some((sentence) => NOT_AS_PUT.test(sentence));

/** A list entry's mark that is a bullet alone, no letter or number. */
const BULLET_ONLY = new RegExp(String.raw`^${PRINTED_BULLET_MARK}$`);

/**
 * True when the line is prose after a list's last point, no part of it (resolutions.ts's endsLastPoint), or a
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

/** The text in pieces: each list entry whole (its lines joined), the prose between as it stands. */
function pieces(text: string): Piece[] {
  const found: Piece[] = [];
  const lines = text.split('\n');
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
    else if (last?.entry && line.trim() !== '' && !lastPointEnded(found, line) && !outdentedSentence(last, line)) last.text += `\n${line}`;
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
const RESOLVED_OPENS_LINE = /^\s*(?:It\s+was\s+)?Resolved\s+(?:\([^()]{1,40}\)\s+)?(?:that|to)\b/;

/**
 * A piece's sentences, each mover's or side's line with no stop a sentence of its own, each line that opens
 * with "Resolved that" the start of one (RESOLVED_OPENS_LINE), and each line of a
 * planning list that opens with its application's reference ("0954/25/FUL – Land at Mill Leat …") the start
 * of one: a sentence ends only before a capital, and the decision on the line above ends there.
 */
function pieceSentences(text: string): string[] {
  const lines = text.split('\n');
  const runs: string[][] = [[]];
  lines.forEach((line, at) => {
    // A line of a vote's counts alone ("4 in favour, 1 against.") is the vote reader's, never the decision's above it.
    // A table's row (a planning list's header over its rows: "Application | Site | Response") runs on no sentence, nor one on it.
    // So is a candidate's line of a ballot ("Councillor Delahaye   5 votes"): the election's decision starts after it (ballots.ts).
    const row = isTableRow(line) || isCandidateLine(line);
    const opens = row || LISTED_APPLICATION.test(line) || opensGrant(lines, at) || RESOLVED_OPENS_LINE.test(line) || COUNTS_ONLY.test(line);
    if (opens && (runs.at(-1) ?? []).length > 0) runs.push([]);
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
 * "RESOLVED to support.", "It was RESOLVED that …": a sentence that opens with the marker, group 1 what was resolved.
 * "Resolved that …" opening a sentence (RESOLVED_OPENS_LINE's form) is the same marker in a town council's case,
 * so a record's decisions read one way, without the word, whichever case it prints.
 */
const MARKER_OPENS =
  /^(?:It\s+was\s+)?(?:UNANIMOUSLY\s+)?(?:RESOLVED\b[\s:;,\-–—]*|Resolved\s+(?=(?:\([^()]{1,40}\)\s+)?(?:that|to)\b))(\S.*)$/;

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
const INLINE_LIST_OPENS = /^(?:(.*?[:.]-?)\s+)?\(?(?:a|1)\)\s+(?=\S)/;
/** A later label of a list run on in a paragraph, after the clause before it ends: "…; b) ", "…, and (c) ". */
const INLINE_LABEL = /(?<=[;,.])\s+(?:and\s+)?\(?(?:[b-z]|\d{1,2})\)\s+(?=\S)/;

/** A piece of an item's text; a grants list's entry knows whether it named its sum. */
interface Piece {
  entry: boolean;
  text: string;
  /** A list entry's letter or number as printed ("(a)", "2."); none for a bullet's mark. */
  label?: string;
  /** How far a list entry's mark is set in (outdentedSentence). */
  indent?: number;
  grant?: { sum: boolean };
}

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
function grantEntries(piece: Piece): Piece[] {
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
function withGrant(all: string[], at: number, sentence: string): string {
  const before = all[at - 1] ?? '';
  return OUTCOME_ONLY.test(sentence) && GRANT_LINE.test(before) ? `${before} ${sentence}` : sentence;
}

/**
 * "Following questions and answers the Board agreed to …", "After discussion, it was resolved that …",
 * "Thereafter, the Board AGREED to …": how the meeting came to its decision, and who took it, before what
 * it decided; the decision is what follows ("to approve the Winter Plan …"), as a capitals marker's is.
 */
const PREAMBLE = new RegExp(
  String.raw`^${HOW_DECIDED}(?:it\s+was|(?:the\s+)?(?:[\w-]+\s+){0,3}?${DECIDING_BODY})\s+(?:(?:then|therefore|duly|also|unanimously)\s+)*${oneOf(DECIDING_WORDS)}\s+(?=(?:to|that)\s)`,
  'i',
);

/**
 * "Cllr Hobbs proposed and Cllr Lyle seconded that Cllr Madge take the chair", "It was moved by … that …": a proposal
 * put in any form that names who put it, what was proposed in group 1.
 */
const PROPOSAL_PUT = new RegExp(String.raw`\b(?:proposed|moved|seconded)\b(?:[^.;]|(?<=${SHORT_WORD})\.){0,160}?\s(that\s.+)$`, 'iu');

/**
 * What an outcome alone ("Agreed unanimously.", "Carried.") decided when the sentence before it proposed something, as
 * parish minutes record a proposal and then its outcome: the proposal's "that …"; none ('') when the proposal is read as
 * a decision already (passedAsProposed). Null when the sentence is no outcome alone or the one before proposes nothing,
 * or is a decision or a proposal not passed as put: the outcome then stands as printed.
 */
function proposalCarried(all: string[], at: number): string | null {
  const before = all[at - 1] ?? '';
  const put = OUTCOME_ONLY.test(all[at] ?? '') ? PROPOSAL_PUT.exec(before) : null;
  if (put === null || isClerkDecision(before) || NOT_AS_PUT.test(before) || NOT_NOW.test(before)) return null;
  return passedAsProposed(all, at - 1) ? '' : (put[1] ?? null);
}

/**
 * A decided sentence as the decision: from its words after the marker when it opens with one ("RESOLVED to
 * support." → "to support."), with the application the sentence before names when a planning list prints
 * the decision after it ("0921/25/HHO – 4 Ropewalk – rear extension. RESOLVED to support.").
 */
function decisionOf(all: string[], at: number): string {
  // "Councillor Gault asked that thanks be recorded. This was AGREED.": what was agreed is the sentence before, said with it;
  // none when there is none, or when that one is a decision already (the item's warnings say a decision was not worded).
  if (THIS_DECIDED.test(all[at] ?? '')) {
    const before = all[at - 1];
    return before === undefined || isClerkDecision(before) ? '' : `${before} ${all[at] ?? ''}`;
  }
  const carried = proposalCarried(all, at);
  if (carried !== null) return carried;
  const sentence = thatAfter(all[at] ?? '', all[at + 1]);
  // A proposal the clerk's forms do not read as decided ("… be accepted"): its "that X be Y" is the decision.
  const proposed = isClerkDecision(sentence) ? null : PROPOSED_THAT.exec(sentence);
  if (proposed) return proposed[1] ?? sentence;
  const marked = MARKER_OPENS.exec(sentence);
  if (!marked) return withGrant(all, at, withoutCirculated(sentence).replace(PREAMBLE, ''));
  const before = at > 0 && !isClerkDecision(all[at - 1] ?? '') ? applicationNamed(all[at - 1] ?? '') : null;
  return withApplication(marked[1] ?? '', before);
}

/**
 * "Proposed Cllr Ash, seconded Cllr Elm, all agreed.", "Proposed by Cllr Ash and seconded by Cllr Elm; carried
 * unanimously.": who moved and seconded, then only the outcome, as parish minutes record the vote on what
 * the sentence before said. The vote reader reads it as that vote; it says nothing that was decided.
 */
const MOVERS_THEN_OUTCOME = new RegExp(
  // Only a name (or "the Chair") after "Proposed (by)": "Proposed as a true record by …", "… that …" say what was decided.
  String.raw`^\(?\s*(?:Proposed|PROPOSED|Moved|MOVED|Prop)(?:\s+(?:by|BY)|\s*:)?\s+(?:the\s+)?\p{Lu}(?:(?!\b(?:that|to|as|for)\s)[^;])*?(?:,\s*|\s+and\s+)(?:[Ss]econded|SECONDED|Sec)\b[^;,]*?(?:[,;]\s*|\s+and\s+)(?:(?:[Aa]ll|[Uu]nanimously|[Dd]uly)\s+)?(?:[Aa]greed|[Aa]pproved|[Cc]arried|[Rr]esolved|AGREED|APPROVED|CARRIED|RESOLVED|in\s+favou?r)(?:\s+(?:unanimously|by\s+all))?\s*[.)]*$`,
  'u',
);

/**
 * False for a decided sentence that says nothing of its own: an approval's movers ("Approved: Ruaridh Mack
 * Seconded: Isla Pettigrew", the vote reader's motion; what was approved is a decision only where the text
 * says it), and an outcome after a decision and its movers ("… agreed to object. Proposed: Gordon Quarrie.
 * Seconded: Ewan Orr. Agreed unanimously.", or with no movers between), which the vote reader reads as its vote.
 */
function saysWhat(all: string[], at: number): boolean {
  const sentence = all[at] ?? '';
  if (APPROVAL_MOVERS_ONLY.test(sentence) || MOVERS_THEN_OUTCOME.test(sentence)) return false;
  // Only an outcome that says how it was carried ("Agreed unanimously.", "Carried 6 for."): a bare "Approved." after a decision is a list's next one.
  if (!outcomeCounted(sentence) || thatAfter(sentence, all[at + 1]) !== sentence) return true;
  let back = at - 1;
  while (back >= 0 && (MOVERS_ONLY.test(all[back] ?? '') || SECONDER_ONLY.test(all[back] ?? ''))) back -= 1;
  const earlier = all[back] ?? '';
  // "Approved. Approved.": two grants' outcomes in a list, each its own.
  return back < 0 || !isClerkDecision(earlier) || OUTCOME_ONLY.test(earlier);
}

/** "The Council resolved to object …", "It was agreed that …": a decision that says what was decided in its own words. */
const DECIDED_IN_OWN_WORDS = new RegExp(
  String.raw`\b${oneOf(DECIDING_WORDS)}\s+(?:\([^()]{1,40}\)\s+)?(?:unanimously\s+)?(?:to|that)\s`,
  'i',
);

/**
 * Sentences in the lower-case forms of parish and committee minutes. A list entry that holds one
 * is the decision whole ("a) Scouts – £500. Approved."), so the decision says what was approved, its
 * lines read as one; unless the decision opens with RESOLVED, which says where it starts ("b) The
 * auditor's certificate has been received. RESOLVED to publish the notice."), or says what was decided
 * in its own words ("… Cllr Hale left the room. The Council resolved to object on grounds of access."):
 * then the entry's other sentences are no part of it, the application its first line names kept before it.
 */
function clerkDecisions(text: string): string[] {
  const found = pieces(text).flatMap(grantEntries);
  // A grant that names no sum is one only beside grants that name theirs.
  const grantsList = found.some((piece) => piece.grant?.sum === true);
  const decided: string[][] = [];
  found.forEach((piece, index) => {
    const own = withListAfterLeadIn(decisionsOfPiece(piece, grantsList), found, index);
    // A point carried on from the one above reads as one line, as a decided entry does (decisionsOfPiece).
    const carried = () => tidy(withoutRunOn(squash(piece.text.replace(/\s*\n\s*/g, ' '))));
    decided.push(own.length > 0 || !joinedToDecided(found, decided, index) ? own : [carried()]);
  });
  return decided.flat();
}

/**
 * True when a list entry is a point of the decided list above it: the entry before (blank lines apart) was
 * decided and ends with "; and" or ";", so this one carries its sentence on ("(b) approved a concession; and"
 * over "(c) delegated to the Head of Service the setting of charges."), whatever verb it opens with.
 */
function joinedToDecided(found: Piece[], decided: string[][], index: number): boolean {
  if (found[index]?.entry !== true) return false;
  let before = index - 1;
  while (before >= 0 && found[before]?.entry === false && found[before]?.text.trim() === '') before -= 1;
  const previous = found[before];
  return previous?.entry === true && (decided[before]?.length ?? 0) > 0 && /;\s*(?:and|or)?\s*$/i.test(previous.text);
}

/** The decisions one piece of clerkDecisions' records, in order. */
function decisionsOfPiece(piece: Piece, grantsList: boolean): string[] {
  if (piece.grant !== undefined && grantsList) return [tidy(piece.text)];
  const all = pieceSentences(piece.text);
  const decided = all.flatMap((sentence, at) => {
    return (isClerkDecision(sentence) || passedAsProposed(all, at)) && saysWhat(all, at) ? [at] : [];
  });
  const ownWords = decided.some((at) => MARKER_OPENS.test(all[at] ?? '') || DECIDED_IN_OWN_WORDS.test(all[at] ?? ''));
  // Its movers and how it was carried after it ("… were approved. Proposed CD, seconded FE. Unanimous.") are the vote's.
  // A list's joiners ("; and") are no words of the decision, as a marked list's are not (resolutions.ts).
  if (piece.entry && decided.length > 0 && !ownWords) return [tidy(withoutRunOn(squash(piece.text.replace(/\s*\n\s*/g, ' '))))];
  // An entry's first line may name the planning application its decision is on ("(b) 25/0190/FUL, Mill Farm – …").
  const application = piece.entry ? applicationNamed(all[0] ?? '') : null;
  return decided
    .map((at) => (at > 0 ? withApplication(decisionOf(all, at), application) : decisionOf(all, at)))
    .filter((decision) => decision !== '');
}

/** A lead-in that ends at its marker: "… and RESOLVED that:", "It was agreed:": nothing decided in its own words. */
const BARE_LEAD_IN = new RegExp(String.raw`\b${oneOf(DECIDING_WORDS)}(?:\s+(?:that|to))?\s*:-?\s*$`, 'i');

/**
 * A piece's decisions, the last with the points of the list printed under it when it ends with a colon as a
 * lead-in does ("The panel agreed three recommendations to send to the Scrutiny Committee:" over "- more
 * drop-in sessions" / "- a text support line"): what was agreed is the points, so the decision is the lead-in
 * with them, one decision, as "RECOMMENDED: (i) …; (ii) …" run on after its lead-in reads. The list is the
 * entries straight after the piece (dashed, bulleted, lettered or numbered); none when one is a decision of its own.
 * Each point keeps its label (resolutions.ts's entriesWithPointsRunOn, over a block's nested points, drops them).
 */
function withListAfterLeadIn(decisions: string[], found: Piece[], index: number): string[] {
  const last = decisions.at(-1);
  const piece = found[index];
  if (last === undefined || piece === undefined || piece.entry || !/:\s*$/.test(last) || !/:\s*$/.test(piece.text)) return decisions;
  const entries: Piece[] = [];
  for (let at = index + 1; found[at]?.entry === true && found[at]?.grant === undefined; at += 1) entries.push(found[at] as Piece);
  if (entries.length === 0) return decisions;
  // "It was proposed by …, seconded by … and RESOLVED that:" decides nothing itself: its points decide, and its movers are the vote's.
  if (entries.some((entry) => pieceSentences(entry.text).some(isClerkDecision)))
    return BARE_LEAD_IN.test(last) ? decisions.slice(0, -1) : decisions;
  // Each point as printed, its letter or number kept ("(a) …; (b) …"), a bullet's mark not; a stop only after the last.
  const points = entries.map((entry, at) => {
    const point = [entry.label, tidy(entry.text)].filter(Boolean).join(' ');
    return at < entries.length - 1 ? point.replace(/\.$/, '') : point;
  });
  return [...decisions.slice(0, -1), `${last.trim()} ${points.join('; ')}`];
}

/**
 * "CARRIED: 8 for, 2 abstentions.", "Carried by 4 votes to 1.", "Carried 3–1, 1 abstention.", "Agreed unanimously.": an
 * outcome that says nothing of what was decided.
 */
const OUTCOME_ONLY = new RegExp(
  String.raw`^(?:carried|agreed|approved|resolved)\b(?:\s*[:,\-–—]?\s*(?:${UNANIMITY}|(?:(?:by\s+)?\d+\s+for\b|${VOTES_TO_SCORE}|${SCORE})[^.]*))?\s*\.?$`,
  'i',
);

/**
 * What an outcome decided: "Proposed by …. CARRIED: 8 for 2 abstentions. THAT THE MINUTES … BE SIGNED."
 * (a town council's resolution record) decided the "THAT" sentence after its outcome; else the sentence itself.
 */
function thatAfter(sentence: string, next: string | undefined): string {
  return OUTCOME_ONLY.test(sentence) && next !== undefined && /^(?:THAT|That)\b/.test(next) ? next : sentence;
}

/**
 * True when some of the text records a decision: a line a marked block opens with ("RESOLVED that …",
 * "Resolved:", "The Committee resolved:-") or a sentence in a clerk's lower-case form ("it was agreed").
 * The vote reader (votes.ts) asks it whether a proposal moved with no vote recorded was then decided.
 */
export function isDecision(text: string): boolean {
  return text.split('\n').some(opensBlock) || sentences(text).some(isClerkDecision);
}

/**
 * True when a line opens a marked block: "RESOLVED that …", "Resolved:", "The Committee resolved:-". The vote
 * reader (votes.ts) starts a sentence there, as the decision starts there.
 */
export function opensBlock(line: string): boolean {
  const forms = [BLOCK, RECOMMENDED, ENTRY_MARKER, MARKER_ENDS_LEAD];
  return forms.some((form) => form.test(line)) || labelled(line) !== null || leadIn(line) !== null || notedBy([line], 0) !== null;
}

/**
 * The minutes in paragraphs, each numbered paragraph ("5.2 …", "5.3 …") one of its own without its
 * number: a paragraph number opening a line starts a new paragraph, so no decision runs on into the
 * next one ("… RESOLVED to award £1,000." then "5.3 Ashcombe in Bloom – £800 requested."). Minutes
 * that number no paragraph are one. Under a lead-in that ends with a colon ("RESOLVED that:"), the numbers
 * label its points ("7.1 The tariffs …"): they stay, each a list entry of the paragraph (resolutions.ts).
 */
function numberedParagraphs(minutes: string): string[] {
  const paragraphs: string[][] = [[]];
  let point: string | null = null;
  for (const line of minutes.split('\n')) {
    const current = paragraphs.at(-1) ?? [];
    point = pointOf(line, point, current);
    if (point === null && PARAGRAPH_NUMBER.test(line) && current.some((before) => before.trim() !== '')) paragraphs.push([]);
    paragraphs.at(-1)?.push(point === null ? line.replace(PARAGRAPH_NUMBER, '$1') : line);
  }
  return paragraphs.map((lines) => lines.join('\n'));
}

/**
 * The number of the lead-in's point a line is or goes on with ("7.2" for "7.2 The fees …" after "7.1 …", or a
 * line it wraps onto), given the point before (null when none) and the paragraph's lines so far: a numbered
 * line is a point under a line that ends with a colon, or right after the point before it ("7.2" after "7.1");
 * a blank goes on with the points, prose after a blank ends them. Null when the line is no point's.
 */
function pointOf(line: string, previous: string | null, paragraph: string[]): string | null {
  const number = PARAGRAPH_NUMBER.test(line) ? (/\d{1,3}\.\d{1,2}/.exec(line)?.[0] ?? null) : null;
  if (number === null) return line.trim() !== '' && (paragraph.at(-1) ?? '').trim() === '' ? null : previous;
  const [major, minor] = number.split('.');
  const next = previous !== null && previous === `${major}.${Number(minor) - 1}`;
  const leadIn = /:-?\s*$/.test(paragraph.filter((before) => before.trim() !== '').at(-1) ?? '');
  return next || leadIn ? number : null;
}

/**
 * Each decision of an item, in order: marked blocks first, else the clerk's sentences; a Welsh one printed beside
 * its English twin once. Given the item's title, a planning item's comments on its applications too (decisions-planning.ts).
 */
export function findDecisions(minutes: string, title?: string): string[] {
  const found = withoutWelshTwins(decisionsIn(numberedParagraphs(minutes)).map((decision) => withoutTally(unspaced(decision))));
  if (title === undefined || !isPlanningTitle(title)) return found;
  // An application's line may end with its vote ("… – no objection. Proposed AB, seconded CD. 3 for, 1 abstention."): the comment ends before it.
  return [...found, ...planningComments(minutes.split('\n').map(withoutRunOn).join('\n'), found)];
}

/** The figures a decision names ("£250", "8 July 2025" as "250", "8 2025"): a decision and its translation name the same. */
const figuresOf = (decision: string): string => (decision.match(/\d+(?:[.,]\d+)*/g) ?? []).join(' ');

/**
 * Bilingual minutes print each paragraph in Welsh, then in English (or the other way round), so a decision twice:
 * "PENDERFYNWYD rhoi £250 i …" beside "RESOLVED to give £250 to …". A run of Welsh decisions just before or after
 * a run of English ones as long, each pair naming the same figures, is one set of decisions: the English is kept,
 * as a record printed in two columns is read in English (formats/text-columns.ts, whose language test this is).
 * A Welsh decision with no English twin stays; the minutes' text keeps both languages.
 */
function withoutWelshTwins(decisions: string[]): string[] {
  const language = decisions.map((decision) => languageOf(decision));
  const twinned = new Set<number>();
  const used = new Set<number>();
  const pairs = (welsh: number, english: number, length: number): boolean =>
    english >= 0 &&
    Array.from({ length }, (_, step) => step).every((step) => {
      const twin = english + step;
      return (
        language[twin] === 'english' && !used.has(twin) && figuresOf(decisions[welsh + step] ?? '') === figuresOf(decisions[twin] ?? '')
      );
    });
  for (let start = 0; start < decisions.length; start += 1) {
    if (language[start] !== 'welsh') continue;
    let end = start;
    while (language[end + 1] === 'welsh') end += 1;
    const length = end - start + 1;
    const english = [end + 1, start - length].find((from) => pairs(start, from, length));
    for (let step = 0; english !== undefined && step < length; step += 1) {
      twinned.add(start + step);
      used.add(english + step);
    }
    start = end;
  }
  return decisions.filter((_, at) => !twinned.has(at));
}

/** "T H A T", spaced out for weight after RESOLVED, as one word. */
const unspaced = (decision: string) => decision.replace(/\bT H A T\b/g, 'THAT');

/**
 * "The motion was put and CARRIED.": a vote's outcome alone, the motion not worded, so no decision's text (the vote
 * reader keeps the outcome); the motion's words are the decision when the record quotes them (movedAndCarried).
 */
const MOTION_OUTCOME_ONLY =
  /^(?:(?:On|Upon|After|Following)\s+a\s+(?:show\s+of\s+hands|(?:recorded\s+)?vote)(?:\s+being\s+taken)?,?\s+)?(?:[Tt]he\s+)?(?:substantive\s+|original\s+)?(?:motion|amendment|proposal)\s+was\s+(?:then\s+)?(?:put\s+(?:to\s+the\s+(?:vote|meeting)\s+)?and\s+)?(?:declared\s+)?CARRIED(?:\s*\([^()]{1,80}\))?\.?$/i;

/** "This was AGREED.", "It was approved unanimously.": a decision that names what it decided only by a pronoun. */
const THIS_DECIDED =
  /^(?:This|That|It)\s+was\s+(?:(?:unanimously|duly|then)\s+)*(?:AGREED|agreed|APPROVED|approved|RESOLVED|resolved|accepted)(?:\s+unanimously)?\s*\.?$/;

/**
 * True when an item's text says a motion was carried but only that ("The motion was put and CARRIED."), or opens with a
 * decision that only points back ("This was AGREED."): its words are not stated.
 */
export const carriedUnworded = (text: string): boolean => {
  const all = sentences(text);
  return all.some((sentence) => MOTION_OUTCOME_ONLY.test(sentence)) || THIS_DECIDED.test(all[0] ?? '');
};

function decisionsIn(paragraphs: string[]): string[] {
  // A blank line between numbered paragraphs ends a marked block at the next one, as a blank line before prose does.
  const text = paragraphs.join('\n\n');
  const marked = markedAndOwn(text);
  if (marked.length > 0) return marked;
  const moved = movedAndCarried(text);
  if (moved.length > 0) return moved;
  const carried = /\b(?:motion|recommendations?|proposal)\b[^.]*\bCARRIED\b/.test(text);
  const clerk = paragraphs.flatMap(clerkDecisions).filter((decision) => !MOTION_OUTCOME_ONLY.test(decision));
  if (clerk.length > 0) return clerk;
  return carried ? sentences(text).filter((sentence) => /\bCARRIED\b/.test(sentence) && !MOTION_OUTCOME_ONLY.test(sentence)) : [];
}
