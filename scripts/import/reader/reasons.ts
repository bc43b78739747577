/**
 * The reasons a record gives for a decision, and the options it says were considered and rejected, as
 * cabinet minutes, decision sessions' sheets and decision notices print them under each decision:
 * "Reason for decision:", "Reasons for the decision:", "Reason:", "REASONS:", "Reasons for
 * recommendations" (only where the item decided something), "Alternative options considered (and
 * rejected):", "Options considered:", "Other options considered:". The value is on the label's line
 * (that paragraph alone) or in the paragraphs and list entries under it, up to the next label, decision,
 * numbered paragraph, heading or the meeting's close. Prose that speaks of reasons ("for the reasons
 * set out in the report") is no label. The labels live here: the decision reader (decisions.ts) uses
 * them to find the decision above them, the decision notice (kinds/decision-notice.ts) to read its fields.
 */
import { BULLET_MARK, isWrappedFigure } from '../list-marks.ts';
import { MEETING_CLOSED } from '../meeting-close.ts';
import { isResolutionStart } from '../resolution-markers.ts';
import { squash } from '../text.ts';

/** " for the decision", " for decisions": what a decision's reasons label says they are for. Regex source. */
const FOR_DECISION = String.raw`\s+for\s+(?:the\s+)?decisions?`;
/** " for the recommendations": the reasons a committee gives for what it recommends. Regex source. */
const FOR_RECOMMENDATION = String.raw`\s+for\s+(?:the\s+)?recommendations?`;
/** "Reason", "Reasons", "Reason(s)". Regex source. */
const REASON_WORD = String.raw`Reasons?(?:\(s\))?`;
/** What ends a label before its value: a colon (":-" too) or a dash set apart; never a hyphen inside a word. Regex source. */
const LABEL_END = String.raw`(?::-?|\s[-–—]|[–—])`;

/**
 * "Reason:", "Reasons for the decision:": the label a decision sheet prints under each decision, so the
 * "That …" list above it is the decision even where its "Resolved:" heading is missing (decisions.ts).
 */
export const REASON_LABEL = new RegExp(String.raw`^\s*${REASON_WORD}(?:${FOR_DECISION})?\s*[:\-–—]`, 'i');
/** "RESOLVED | Reason for Decision:": a decision table's second column heading, run onto the marker's line (decisions.ts). */
export const REASON_HEADING = new RegExp(String.raw`^${REASON_WORD}${FOR_DECISION}\s*:\s*`, 'i');
/**
 * A decision notice's reasons field: "Reasons for decision", "Reason for the decision:", or "Reason:" with its colon (a
 * weekly notice of officers' decisions labels it so), with its value after it, if any.
 */
export const REASONS_FIELD = new RegExp(String.raw`^${REASON_WORD}(?:${FOR_DECISION}\s*:?|\s*:)\s*(.*)$`, 'i');
/**
 * The words of a label of options rejected: "Alternative options (considered)", "Alternatives considered", "(Other) options
 * considered". Regex source, for the notice's field and the minutes' label alike.
 */
const ALTERNATIVE_WORDS = String.raw`(?:alternative\s+options(?:\s+considered)?|alternatives?\s+considered|(?:other\s+)?options\s+considered)`;
/** A decision notice's field of options rejected: "Alternative options", "… considered and rejected:", "… rejected:", with its value after it. */
export const ALTERNATIVES_FIELD = new RegExp(String.raw`^${ALTERNATIVE_WORDS}(?:\s+\(?(?:and\s+)?rejected\)?)?\s*:?\s*(.*)$`, 'i');

/**
 * A reasons label in minutes: "Reason:", "Reasons –", "Reasons for the decision:" (its value after it, group 2),
 * or "Reason for decision" alone on its line; group 1 says whether they are reasons for recommendations.
 */
const REASONS_LABEL = new RegExp(String.raw`^\s*${REASON_WORD}(${FOR_DECISION}|${FOR_RECOMMENDATION})?\s*(?:${LABEL_END}\s*(.*)|$)`, 'i');
/** "Alternative options considered and rejected:", "Options considered:", "Other options considered" alone: group 1 its value. */
const ALTERNATIVES_LABEL = new RegExp(
  String.raw`^\s*${ALTERNATIVE_WORDS}(?:\s*\(?\s*and\s+rejected\s*\)?)?\s*(?:${LABEL_END}\s*(.*)|$)`,
  'i',
);
/** A field's label at a line's start: a few words and a colon ("Decision:", "Declarations of interest:"). */
const FIELD_LABEL = /^\s*\p{Lu}[\p{L}'’()/-]*(?:\s+[\p{L}'’()/-]+){0,4}\s*:(?:\s|$)/u;
/** A paragraph's number before its text ("4.3 The Cabinet …"): the next paragraph of the minutes, not a reason. */
const PARAGRAPH_NUMBER = /^\s*\d{1,3}\.\d{1,2}\s/;
/** A field letter alone on its line, "(h)", as a decision form letters its fields. */
const FIELD_LETTER = /^\s*\(?[a-z]\)\s*$/;
/** A list entry's mark: "(1)", "a)", "ii.", "3.", "•", "-". */
const LIST_MARK = new RegExp(String.raw`^\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|${BULLET_MARK})\s+`);
/** "REASONS", "REASON(S)" in capitals alone on its line, as a hearing's decision prints the heading over its reasons. */
const CAPITALS_HEADING = /^\s*REASONS?(?:\(S\))?\s*$/;
/**
 * "All parties have the right of appeal to the magistrates' court within 21 days …": a hearing's note under its
 * reasons of what the parties may do next, no reason for the decision; it stays in the item's text.
 */
const APPEAL_NOTE = /\b(?:rights?\s+(?:of|to)\s+(?:an\s+)?appeal|may\s+appeal)\b/i;
/** A heading is one short line standing alone, with no stop at its end. */
const MAX_HEADING_WORDS = 8;
/** The longest line taken for a section's heading in capitals. */
const MAX_SECTION_HEADING = 120;

/**
 * A section's heading in capitals, of two words or more, with no stop at its end: "ALTERNATIVE OPTIONS
 * CONSIDERED AND REJECTED", "CONFLICTS OF INTEREST DECLARED BY THE DECISION MAKER …". A record that heads its
 * sections so starts a new one at each, whatever the heading says, so it ends the field above it. A value in
 * capitals ("NONE DECLARED") is no heading where it is the field's first line (decision-notice.ts).
 */
export function isSectionHeading(line: string): boolean {
  const text = squash(line);
  return (
    text.length <= MAX_SECTION_HEADING &&
    !/\p{Ll}/u.test(text) &&
    /\p{Lu}{3}/u.test(text) &&
    /\p{L}\s+\S*\p{L}/u.test(text) &&
    !/[.:;,]$/.test(text) &&
    !LIST_MARK.test(text)
  );
}

/** What an item's text says of why it decided: the reasons, the options rejected, and the text without them. */
export interface ItemReasons {
  reasons: string[];
  alternatives: string[];
  rest: string;
}

type Kind = 'reasons' | 'alternatives';

/** The label a line opens with, its kind and its value on the line ('' when none); null when it opens with none. */
function labelOf(line: string, decided: boolean): { kind: Kind; value: string } | null {
  const reasons = REASONS_LABEL.exec(line);
  // "Reasons" alone on its line names nothing, unless in capitals where the item decided: a hearing's heading over
  // its reasons ("REASONS"); "Reasons for recommendations" are a decision's only where the item decided.
  const bare = reasons !== null && reasons[1] === undefined && reasons[2] === undefined && !(decided && CAPITALS_HEADING.test(line));
  const recommending = reasons !== null && /recommend/i.test(reasons[1] ?? '');
  if (reasons && !bare && (decided || !recommending)) return { kind: 'reasons', value: squash(reasons[2] ?? '') };
  const alternatives = ALTERNATIVES_LABEL.exec(line);
  return alternatives ? { kind: 'alternatives', value: squash(alternatives[1] ?? '') } : null;
}

/**
 * True when a line ends the value above it: another label or field, a decision, a numbered paragraph (no figure
 * wrapped onto the line's start, "after" / "10.00 pm"), a section's heading, the meeting's close.
 */
function endsValue(lines: string[], at: number): boolean {
  const line = lines[at] ?? '';
  return (
    REASONS_LABEL.test(line) ||
    ALTERNATIVES_LABEL.test(line) ||
    FIELD_LABEL.test(line) ||
    FIELD_LETTER.test(line) ||
    isResolutionStart(line) ||
    (PARAGRAPH_NUMBER.test(line) && !isWrappedFigure(lines, at)) ||
    MEETING_CLOSED.test(line) ||
    isSectionHeading(line)
  );
}

/** True when a paragraph is a heading: one short line, no list entry, no stop or comma at its end. */
function isHeading(paragraph: string[]): boolean {
  const line = squash(paragraph[0] ?? '');
  return paragraph.length === 1 && line.split(' ').length <= MAX_HEADING_WORDS && !LIST_MARK.test(line) && !/[.,;:!?)]$/.test(line);
}

/**
 * The entries of a value's lines: one a paragraph, or one a list entry (its mark off, the lines under
 * it that open with none wrapping it), each as plain text on one line.
 */
export function reasonEntries(text: string): string[] {
  const entries: string[][] = [];
  let open = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      open = false;
      continue;
    }
    if (LIST_MARK.test(line)) entries.push([line.replace(LIST_MARK, '')]);
    else if (open) entries.at(-1)?.push(line);
    else entries.push([line]);
    open = true;
  }
  return entries.map((lines) => squash(lines.join(' '))).filter((entry) => entry !== '');
}

/**
 * Where a label's value ends (the index of its last line): with the value on the label's line, at the
 * end of that paragraph; under a label alone, after the paragraphs under it up to one that ends it or is
 * a heading. -1 past the label when nothing is under it.
 */
function valueEnd(lines: string[], label: number, inline: boolean): number {
  let last = label;
  let at = label + 1;
  while (at < lines.length) {
    const line = lines[at] ?? '';
    if (line.trim() === '') {
      if (inline) break;
      at += 1;
      continue;
    }
    let end = at;
    while (end + 1 < lines.length && (lines[end + 1] ?? '').trim() !== '' && !endsValue(lines, end + 1)) end += 1;
    const paragraph = lines.slice(at, end + 1);
    // A label's own paragraph runs on from its line; under a label alone a paragraph that ends the value, heads what
    // follows or tells the parties of their right of appeal stops it.
    if (!inline && (endsValue(lines, at) || isHeading(paragraph) || APPEAL_NOTE.test(paragraph.join(' ')))) break;
    if (inline && endsValue(lines, at)) break;
    last = end;
    at = end + 1;
    if (inline && end + 1 < lines.length && (lines[end + 1] ?? '').trim() !== '') break;
  }
  return last;
}

/** A label and the lines of its value: from the label's line to `end`, both in. */
interface Span {
  kind: Kind;
  start: number;
  end: number;
  entries: string[];
}

/** Each label with a value under or after it, in order; a label with nothing under it is none. */
function spansOf(lines: string[], decided: boolean): Span[] {
  const spans: Span[] = [];
  for (let at = 0; at < lines.length; at += 1) {
    const label = labelOf(lines[at] ?? '', decided);
    if (label === null) continue;
    const end = valueEnd(lines, at, label.value !== '');
    if (end === at && label.value === '') continue;
    const under = lines.slice(at + 1, end + 1).join('\n');
    spans.push({ kind: label.kind, start: at, end, entries: reasonEntries(label.value === '' ? under : `${label.value}\n${under}`) });
    at = end;
  }
  return spans;
}

/**
 * The reasons and options rejected an item's text gives under their labels, and the text without them.
 * `decided`: the item records a decision, so "Reasons for recommendations" are its reasons. A label with
 * nothing under it stays in the text, as does all else.
 */
export function readReasons(text: string, decided: boolean): ItemReasons {
  const lines = text.split('\n');
  const spans = spansOf(lines, decided);
  const taken = (at: number) => spans.some((span) => at >= span.start && at <= span.end);
  const rest = lines.filter((_line, at) => !taken(at)).join('\n');
  const of = (kind: Kind) => spans.filter((span) => span.kind === kind).flatMap((span) => span.entries);
  return { reasons: of('reasons'), alternatives: of('alternatives'), rest: rest.replace(/\n{3,}/g, '\n\n').trim() };
}

/**
 * The lines with each label and its value blank, so that a decision printed above its reasons ends
 * there ("RESOLVED – That the report be noted." then "Reasons for the decision: …" on the next line).
 */
export function withoutReasons(lines: string[]): string[] {
  const spans = spansOf(lines, true);
  return lines.map((line, at) => (spans.some((span) => at >= span.start && at <= span.end) ? '' : line));
}
