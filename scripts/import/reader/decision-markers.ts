/**
 * The marks that open a decision in an item's minutes: a capitals marker (RESOLVED, It was AGREED, The Board
 * ACCEPTED, RECOMMENDED, Welsh PENDERFYNWYD), a list entry's marker ("ii. AGREED that …"), a body's capitals
 * NOTED, a label ("Decision:", "Outcome:", "Resolution 26/002:") and a lead-in in lower case over its list ("The
 * Committee resolved:-"). Apart from the decision reader (decisions.ts) because the item reader (items.ts,
 * title-wrap.ts, margin-headings.ts) and the vote reader (votes.ts) ask whether a line opens a decision without
 * reading one.
 */
import { WELSH_RESOLVED } from '../../../src/model/welsh-words.ts';
import { LIST_COLON, PRINTED_BULLET_MARK } from '../list-marks.ts';
import { MOTION_OF } from './motion-of.ts';
import {
  BLOCK_WORDS,
  PRINTED_BODY_NAME,
  DECIDING_WORDS,
  DECISION_LABEL,
  ENTRY_DECIDING_WORDS,
  NOTING_WORDS,
  oneOf,
  OUTCOME_WORDS,
} from './decision-words.ts';

/** Words that name the body deciding in the minutes' own sentences ("the Sub-Committee decided", "The Forum agreed"). */
export const DECIDING_BODY = String.raw`(?:committee|council|board|panel|sub-committee|cabinet|forum|group|sacre)`;
/**
 * "The CC", "The PC", "JCC", "LRB": a body named by its initials, as community, parish and joint committees' minutes name
 * themselves, the last for Council, Committee or Board, so an officer's ("The RFO", "The PCSO") is none; never the Police
 * and Crime Commissioner ("The PCC"), a person answering to a panel. Capitals: a regex source for a case-keeping pattern.
 */
export const BODY_INITIALS = String.raw`(?!PCC\b)[A-Z]{1,4}[BC]`;
/** The members deciding as the body, a capitals marker after them: "Members AGREED …", "Councillors NOTED …". Regex source. */
const MEMBERS_DECIDING = String.raw`(?:Members?|Councillors?)`;
/** What leads into a capitals marker: "It was", "The Committee", "Members", with "therefore", "then" or "duly". */
export const DECISION_LEAD = new RegExp(String.raw`^(?:It\s+was|The\s+\w+(?:\s+\w+)?|${MEMBERS_DECIDING})(?:\s+(?:therefore|then|duly))?$`);
/** Capitals markers that open a decision block, with what leads into them ("The Board ACCEPTED both recommendations", as trust ports minute it). */
export const BLOCK = new RegExp(
  String.raw`^\s*(?:${DECISION_LEAD.source.slice(1, -1)}\s+)?(?:UNANIMOUSLY\s+)?(${oneOf(BLOCK_WORDS)}|${WELSH_RESOLVED}|Penderfynwyd)\b(?:\s+UNANIMOUSLY|\s*\((?:UNANIMOUSLY|[Uu]nanimously)\))?(?:\s*\/\s*RESOLVED\b)?[\s:;.,\-–—]*(.*)$`,
);
/** The deciding body as a minute names itself, each word capitalised: "The Panel", "The Housing Scrutiny Sub-Committee". */
export const BODY_NAMED = String.raw`The\s+(?:\p{Lu}[\w-]*\s+){0,3}?${DECIDING_BODY.replace(/\b[a-z]/g, (letter) => letter.toUpperCase())}`;
/**
 * "RECOMMENDED - THAT …": what a committee decided to put to the Cabinet or Council, at the start of
 * a line, after "It was" or after the body's name ("The Panel RECOMMENDED to the Executive Councillor:",
 * as scrutiny panels minute their own recommendations, each entry of the list under it one), never
 * "The report RECOMMENDED", which is what an officer asked for. The body it names ("to the Audit and Governance
 * Committee that") is left off, read from the minutes by the recommendation pass (recommendations/addressed.ts).
 */
export const RECOMMENDED = new RegExp(
  String.raw`^\s*(?:It\s+was\s+(?:\w+\s+)?|${BODY_NAMED}\s+)?(RECOMMENDED)\b(?:\s+(?:TO|to)\s+(?:the\s+)?${PRINTED_BODY_NAME}(?=\s*(?:[:\-–—,]|THAT|That|that)))?[\s:;.,\-–—]*(.*)$`,
  'u',
);
/**
 * A lettered, numbered or bulleted entry at the start of a line: "a) ", "(ii) ", "ii. ", "3. ", "• ". Not
 * Word's private-use bullets: an entry here runs on over the lines after it, and a Word export's bulleted
 * points of discussion would take in the decision printed below them (resolution-block-lines.ts reads those bullets
 * once a marker has opened the list).
 */
export const LIST_ENTRY = new RegExp(
  String.raw`^\s*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[ivx]{1,4}|\d{1,2})\.|${PRINTED_BULLET_MARK})\s+`,
);
/**
 * "ii. AGREED that …": a capitals marker opening a list entry, as Scottish minutes list what "The Committee:"
 * did; or after the entry's short heading and its colon, as parish minutes letter the business of an item
 * ("c) Precept 2026/27: RESOLVED that a precept of £14,500 be requested.").
 */
export const ENTRY_MARKER = new RegExp(
  String.raw`${LIST_ENTRY.source}(?:[^.:;]{1,60}:\s+)?(?:UNANIMOUSLY\s+)?(${oneOf(ENTRY_DECIDING_WORDS)})\b[\s:;.,\-–—]*(.*)$`,
);
/**
 * "The Committee NOTED the report.", "Members NOTED the report.": Scottish and joint-body minutes record what a body noted as
 * its decision, the body (or its members, as a capitals marker's lead names them) the subject and NOTED in capitals (checked
 * apart from the pattern, which reads the body's words in any case).
 */
const BODY_NOTED = new RegExp(
  String.raw`^\s*(?:The\s+(?:[\w-]+\s+){0,3}?${DECIDING_BODY}|(?-i:${MEMBERS_DECIDING}))\s+(${oneOf(NOTING_WORDS)}\b.*)$`,
  'i',
);
/** "i. NOTED the uptake …; and": an entry of a list that a sibling's capitals marker ("ii. AGREED to …") shows is the body's decisions. */
export const NOTED_ENTRY = new RegExp(String.raw`${LIST_ENTRY.source}(${oneOf(NOTING_WORDS)}\b.*)$`);
/** A noting word in capitals at the start, as BODY_NOTED (which reads any case) counts it a decision. */
const NOTED_IN_CAPITALS = new RegExp(String.raw`^${oneOf(NOTING_WORDS)}`);

/** What a body noted, the word kept as APPROVED's is ("NOTED the report."); null when the line records no such decision. */
export function notedBy(lines: string[], at: number): string | null {
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

/** "Following discussion the Board RESOLVED:": a sentence that ends in a capitals marker and a colon, its list below. */
export const MARKER_ENDS_LEAD = new RegExp(
  String.raw`^\s*\p{Lu}[^:]*?\s(?:UNANIMOUSLY\s+)?(${oneOf(DECIDING_WORDS)})\s*(?:${LIST_COLON}|[–—])\s*(.*)$`,
  'u',
);
/**
 * A capitals word that records what the meeting did with an item, so the line is no title: the
 * decision markers above and NOTED. The item reader (items.ts) keeps such lines out of titles.
 */
export const OUTCOME_MARK = new RegExp(String.raw`^(?:${oneOf(OUTCOME_WORDS)}|${WELSH_RESOLVED})\b`);

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

/**
 * "Recommendation to the Standards and Governance Committee: that …": the label a working group's notes print over what
 * it recommends, opening a line, with the body it names. The label stays in the decision (group 1 the whole line), so it
 * says it is a recommendation and to whom (recommendations/addressed.ts reads it); "the report's recommendation to the
 * Cabinet:" in prose, or "Recommendation to approve …", is none.
 */
const RECOMMENDATION_LABEL = new RegExp(
  String.raw`^\s*((?:Recommendations?|RECOMMENDATIONS?)\s+(?:to|TO)\s+(?:the\s+|THE\s+)?${PRINTED_BODY_NAME}\s*:.*)$`,
);

/**
 * "Advice to the authorities: The Forum advises both councils that …": the label a joint forum or partnership prints over
 * the advice it resolves to give its member councils, which is what the meeting decided. The label stays in the decision
 * (group 1 the whole line), so it says it is advice and to whom; "gave advice to the authorities" in prose is none.
 */
const ADVICE_LABEL = new RegExp(
  String.raw`^\s*((?:Advice|ADVICE)\s+(?:to|TO)\s+(?:the\s+|THE\s+)?(?:${PRINTED_BODY_NAME}|(?:member\s+|constituent\s+)?(?:authorities|councils))\s*:.*)$`,
);

/**
 * A labelled decision's line ("Decision: GRANTED", "Outcome: Noted.", "Recommendation to Cabinet: that …", "Advice to the
 * authorities: …"), group 1 what was decided; null when none.
 */
export function labelled(line: string): RegExpExecArray | null {
  return LABELLED_WORD.exec(line) ?? OUTCOME_LABEL.exec(line) ?? RECOMMENDATION_LABEL.exec(line) ?? ADVICE_LABEL.exec(line);
}

/** "The motion was accordingly carried and ": the vote's outcome before the body resolved, the vote's (votes.ts), no decision's words. */
const OUTCOME_AND = String.raw`The\s+(?:substantive\s+|amended\s+)?(?:motion|amendment|recommendations?|proposal)\s+(?:was|were)\s+(?:(?:accordingly|therefore|duly|then)\s+)?(?:carried|agreed|approved)\s*,?\s+and\s+`;
/**
 * "After discussion, ", "Following questions and answers ", "Thereafter, ", "On a vote of the Councillors, 3
 * for and 2 against, ", Scottish minutes' "On the motion of Mr Ash, seconded by Ms Elm, " (or "On a motion from …", motion-of.ts): how the meeting came to a
 * decision, said before who took it (the movers read by the vote reader); no part of what was
 * decided (the vote reader reads the counts from the minutes' text).
 */
export const HOW_DECIDED = String.raw`(?:(?:(?:After|Following|Having\s+(?:heard|considered)|On\s+conclusion\s+of|(?:On|Upon)\s+(?:a|being\s+put\s+to\s+the)\s+vote)\s+|${MOTION_OF})[^.;]{1,100}?,?\s+|Thereafter,?\s+|${OUTCOME_AND})`;
/** "The Clerk reported. After discussion it was RECOMMENDED that …": the prose and how the meeting came to it, left off so RECOMMENDED reads the rest. */
export const BEFORE_RECOMMENDED = new RegExp(String.raw`^\s*(?:\S.*?[.!?]\s+)?${HOW_DECIDED}?[Ii]t\s+was\s+(?:\w+\s+)?(?=RECOMMENDED\b)`);
/**
 * Lead-ins in lower case, every form that takes the list under it: Scottish minutes' "The Committee resolved:-"
 * (its list on the lines after, or run on after it), how the meeting came to it before ("After discussion,
 * the Committee agreed:-"), "It was agreed that:" or "The Board agreed to:" alone on its line over a lettered
 * list, as parish minutes and advisory councils write it (the "that:" kept, as "RESOLVED that:" keeps it), and
 * "Decision" or "Resolved" alone on a line above a numbered list, as a decision sheet heads one.
 */
/**
 * What qualifies a lead-in before its colon, as Scottish and island councils print it: an aside after a comma ("resolved,
 * in terms of delegated powers:"), read as no part of the points under it, or "to recommend to the Council:", which
 * stays, so each point says it is a recommendation and to whom (recommendations/from-meetings.ts reads it).
 */
const QUALIFIED = String.raw`(?:,\s*[^:;.,]{1,60}?\s*${LIST_COLON}\s*$|\s+(?=to\s+recommend\b[^:;.]{1,80}${LIST_COLON}\s*$))`;
const LEAD_VERB = String.raw`${oneOf(DECIDING_WORDS)}(?:\s*${LIST_COLON}|\s+(?=(?:that|to)\s*${LIST_COLON}\s*$)|${QUALIFIED})`;
/** "It was agreed that:" may end a line of prose ("The Clerk reported on the inspection. It was agreed that:"). */
const LEAD_IN = new RegExp(
  String.raw`^\s*(?:${HOW_DECIDED}?The\s+(?:[\w-]+\s+){0,3}?${LEAD_VERB}|(?:\S.*?[.!?]\s+)?${HOW_DECIDED}?It\s+was\s+(?:(?:therefore|then|duly|unanimously)\s+)*${LEAD_VERB}|${DECISION_LABEL}(?:${QUALIFIED})?)\s*(.*)$`,
  'i',
);
/** A heading word of LEAD_IN's that is a lead-in only alone on its line: "Resolved that …" is a sentence. */
const HEADING_WORD = new RegExp(String.raw`^\s*${DECISION_LABEL}\b`, 'i');
/** The heading word qualified before its colon ("Resolved to recommend to the Council:"): a lead-in all the same. */
const QUALIFIED_HEADING = new RegExp(String.raw`^\s*${DECISION_LABEL}${QUALIFIED}`, 'i');

/** A lead-in of LEAD_IN's: "Decision" only alone on its line or qualified before its colon, so prose that starts with the word stays prose. */
export function leadIn(line: string): RegExpExecArray | null {
  const found = LEAD_IN.exec(line);
  if (!found || (HEADING_WORD.test(line) && (found[1] ?? '') !== '' && !QUALIFIED_HEADING.test(line))) return null;
  return found;
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
 * True when a sentence opens a marked block (opensBlock), read by its first line too: the vote reader's sentences keep
 * their line breaks, and a labelled decision that wraps ("Decision: APPROVED subject to …" over "securing …") is read
 * line by line, as printed.
 */
export const sentenceOpensBlock = (sentence: string): boolean => opensBlock(sentence) || opensBlock(sentence.split('\n')[0] ?? '');

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
