/**
 * The executive's response to a scrutiny review (s.9FE Local Government Act 2000), published as a
 * report to Cabinet or as the Executive's own paper: a title that says whose response it is
 * ("Cabinet response to the Surface Water Flooding Task and Finish Group", "Executive Response to
 * Overview and Scrutiny Recommendations", "Appendix A - Cabinet Member's Response"), then, often in
 * an appendix, one block per recommendation: "Recommendation 1", its words, and labelled fields,
 * "Response: Accepted", "Action:", "Lead Officer:", "Cabinet Member:", "Timescale:". A response set
 * out as a table is a tracker's layout, read by tracker.ts (which takes the title's words from here).
 *
 * Output: the report as the report reader reads it (report.ts: the meeting it went to, the report
 * and its own recommendations), and one `recommendations` record per block with its response: who
 * responded (the title's word), when (the report's date), the outcome in the lifecycle's words, and
 * the response's and action's words. The review that made the recommendations is `madeBy`, the
 * scrutiny committee the text names is `committee`. `report` is this paper, so its page lists them;
 * the recommendation came from the review's report, not from this one, so the recommendation pass
 * takes no date or meeting from it (a recommendation that carries its response is not dated by the
 * paper that gives the response: recommendations/from-reports.ts).
 */
import { MEMBER_WORDS, NO_DATE, OFFICER_WORDS, statusWords, TARGET_WORDS } from '../pdf-pack/tracker.ts';
import { slugify } from '../../../src/model/slug.ts';
import { blankRecommendation, panelNamed, subjectOf } from '../recommendations/common.ts';
import { bodyRecords } from '../assemble.ts';
import { toMarkdown } from '../minutes-markdown.ts';
import type { ImportRecord, ParseContext, Parser, RecordOf } from '../records.ts';
import { responseDueFrom } from '../../../src/model/recommendation-lifecycle.ts';
import { squash } from '../text.ts';
import { headLines, isPageMark, scrutinyBodyFor } from './common.ts';
import { reportParser } from './report.ts';

/** Who gives a response: the executive as a body, or one of its members. */
const RESPONDER = String.raw`(cabinet\s+member|cabinet|executive\s+member|executive|portfolio\s+holder|leader|mayor)`;
/**
 * A response's title or heading, with the responder in group 1 or 2 and what it answers in group 3:
 * "Cabinet response to the …", "Executive Response", "Appendix A - Cabinet Member's Response",
 * "Subject: Response of the Executive to …".
 */
const RESPONSE_TITLE = new RegExp(
  String.raw`^(?:(?:subject|title|report\s+title)\s*:\s*)?(?:(?:appendix|annex)\s+[\w.]{1,4}\s*[-–—:]?\s*)?(?:the\s+)?(?:(?:draft|formal|final)\s+)?` +
    String.raw`(?:${RESPONDER}(?:['’]s)?\s+responses?|responses?\s+of\s+the\s+${RESPONDER})\b(?:\s+to\s+(?:the\s+)?(.+?))?\s*$`,
  'i',
);
/** A recommendation's block: "Recommendation 3", "Recommendation 3: That …", "Rec. 3 - That …", "Recommendation 2.1". */
const BLOCK_START = /^(?:scrutiny\s+)?(rec(?:ommendation)?\.?\s*(\d{1,2}(?:\.\d{1,2})?[a-z]?))\b\s*[:.–—-]?\s*(.*)$/i;
/** A block numbered alone: "1. That the …", "2." (read only where every such block carries its response, readBlocks). */
const NUMBERED_START = /^((\d{1,2})[.)])(?:\s+(.*))?$/;
/** Where the blocks stop: the next appendix, the papers or the contact under them. */
const BLOCKS_END = /^(?:appendix|annex|background\s+papers|contact\s+officer|report\s+author)\b/i;
/** "Label: value" on one line; the label short. */
const FIELD = /^(\p{Lu}[\p{L}'’/&(),\s-]{0,45}?)\s*[:?]\s*(.*)$/u;

/** "Action", "Proposed action", "Actions required": what will be done, said beside the response. */
const ACTION_LABEL = /^(?:(?:proposed|agreed|planned|further)\s+)?actions?(?:\s+(?:proposed|planned|required|to\s+be\s+taken))?$/i;

type FieldKind = 'response' | 'officer' | 'member' | 'target' | 'other';

/** A block's field labels by what they hold; any other short label is kept with the response's words. */
const FIELD_KINDS: [RegExp, FieldKind][] = [
  [
    /^(?:(?:cabinet(?:\s+member)?|executive(?:\s+member)?|portfolio\s+holder|leader|mayor)(?:['’]s)?\s+)?responses?$|^(?:accepted|agreed|accept|agree)\b.*$/i,
    'response',
  ],
  [new RegExp(String.raw`^(?:${OFFICER_WORDS}|officer)$`, 'i'), 'officer'],
  [new RegExp(String.raw`^(?:${MEMBER_WORDS})$`, 'i'), 'member'],
  [new RegExp(String.raw`^(?:${TARGET_WORDS})$`, 'i'), 'target'],
  [ACTION_LABEL, 'other'],
];

/** True for the label of the action a response agrees ("Action", "Proposed action"), a field or a table's column. */
export function isActionLabel(label: string): boolean {
  return ACTION_LABEL.test(label);
}

interface Field {
  label: string;
  kind: FieldKind;
  lines: string[];
}

interface Block {
  /** The block's label as printed: "Recommendation 3". */
  label: string;
  number: string;
  text: string[];
  fields: Field[];
}

export interface ResponseTitle {
  /** The responder as the title names them: "Cabinet", "Executive", "Cabinet Member". */
  by: string;
  /** What the title says it answers, without "to the": "Surface Water Flooding Task and Finish Group"; null when it says nothing. */
  answers: string | null;
}

/** "CABINET MEMBER'S" → "Cabinet Member". */
function responderName(words: string): string {
  return squash(words)
    .toLowerCase()
    .replace(/(^|\s)(\p{L})/gu, (_match, space: string, letter: string) => `${space}${letter.toUpperCase()}`);
}

/** The response's title when the line is one. */
export function responseTitleOf(line: string): ResponseTitle | null {
  const match = RESPONSE_TITLE.exec(squash(line));
  if (!match) return null;
  return { by: responderName(match[1] ?? match[2] ?? ''), answers: match[3] ? squash(match[3]) : null };
}

/** The first response title among the lines. */
export function responseTitleIn(lines: string[]): ResponseTitle | null {
  for (const line of lines) {
    const title = responseTitleOf(line);
    if (title) return title;
  }
  return null;
}

/** Words naming a review as councils name one, as against "Overview and Scrutiny Recommendations". */
const REVIEW_WORDS = /\b(?:task\s*(?:and|&)\s*finish|review|inquiry|investigation|working\s+group|panel|group|commission)\b/i;

/**
 * The review that made the recommendations: what the title says it answers when that names a
 * review ("the Surface Water Flooding Task and Finish Group"), else the task and finish group the
 * text names (recommendations/common.ts); null when neither does.
 */
export function reviewNamed(title: ResponseTitle | null, text: string): string | null {
  const answers = (title?.answers ?? '').replace(/^(?:the\s+)?(?:scrutiny\s+)?recommendations?\s+(?:of|from|made\s+by)\s+(?:the\s+)?/i, '');
  if (answers !== '' && REVIEW_WORDS.test(answers) && /^\p{Lu}/u.test(answers)) return answers;
  return panelNamed(text);
}

function kindOf(label: string): FieldKind | null {
  return FIELD_KINDS.find(([pattern]) => pattern.test(label))?.[1] ?? null;
}

/**
 * The blocks and their fields. A block's words run from its label to its first known field; after
 * that, a line "Label: value" opens a field, and other lines carry on the field above. Blocks
 * labelled "Recommendation N" are read where the paper has them; else blocks numbered "1.", "2."
 * alone, only when from the first that carries a response they run 1, 2, 3 … each with its own
 * "Response:" field: a numbered list inside a response, or the paper's numbered sections, are no blocks.
 */
function readBlocks(lines: string[]): Block[] {
  const named = blocksOf(lines, BLOCK_START).filter(responds);
  if (named.length > 0) return named;
  const numbered = blocksOf(lines, NUMBERED_START);
  const first = numbered.findIndex(responds);
  const run = first < 0 ? [] : numbered.slice(first);
  const inOrder = run.every((block, index) => responds(block) && block.number === String(index + 1));
  return inOrder ? run.map((block) => ({ ...block, label: `Recommendation ${block.number}` })) : [];
}

function responds(block: Block): boolean {
  return block.fields.some((field) => field.kind === 'response');
}

/** The blocks whose first line the pattern opens (label in group 1, number in 2, words in 3). */
function blocksOf(lines: string[], startPattern: RegExp): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  for (const raw of lines) {
    const line = squash(raw);
    if (isPageMark(line)) continue;
    const start = startPattern.exec(line);
    if (start) {
      open = { label: squash(start[1] ?? ''), number: start[2] ?? '', text: start[3] ? [start[3]] : [], fields: [] };
      blocks.push(open);
      continue;
    }
    if (!open) continue;
    if (BLOCKS_END.test(line)) {
      open = null;
      continue;
    }
    const field = FIELD.exec(line);
    const label = squash(field?.[1] ?? '');
    const kind = field ? (kindOf(label) ?? (open.fields.length > 0 && label.split(' ').length <= 5 ? 'other' : null)) : null;
    if (field && kind) open.fields.push({ label, kind, lines: [field[2] ?? ''] });
    else if (open.fields.length > 0) open.fields.at(-1)?.lines.push(line);
    else open.text.push(line);
  }
  return blocks;
}

function valueOf(field: Field | undefined): string | null {
  const text = field ? field.lines.join('\n').trim() : '';
  return text === '' ? null : text;
}

/** What a review and its response share: who responded and when, the review and the scrutiny committee. */
export interface ResponseContext {
  /** The response paper's report record. */
  report: string;
  /** Who responded, as the paper's title names them; null when it names no one. */
  by: string | null;
  date: string | null;
  meeting: string | null;
  item: string | null;
  reportTitle: string;
  council: string | null;
  committee: string | null;
  madeBy: string | null;
  warnings: string[];
}

/** The response's words: the response itself, then each other field under its label ("**Action:** …"). */
function responseText(fields: Field[]): string {
  return fields
    .filter((field) => field.kind === 'response' || field.kind === 'other')
    .flatMap((field) => {
      const value = valueOf(field);
      if (value === null) return [];
      const plain = field.kind === 'response' && /responses?$/i.test(field.label);
      return [plain ? toMarkdown(value) : `**${field.label}:** ${toMarkdown(value)}`];
    })
    .join('\n\n');
}

function recommendationOf(block: Block, at: ResponseContext, id: string, context: ParseContext): RecordOf<'recommendations'> {
  const field = (kind: FieldKind) => block.fields.find((candidate) => candidate.kind === kind);
  const responseFields = block.fields.filter((candidate) => candidate.kind === 'response');
  const words = responseFields.map((candidate) => statusWords(valueOf(candidate))).find((said) => said.outcome !== null);
  const text = responseText(block.fields);
  const body = block.text.join('\n').trim();
  const target = valueOf(field('target'));
  const warnings = [
    ...at.warnings,
    ...(body === '' ? ['recommendation text not stated'] : []),
    ...(text === '' ? ['the response field is empty'] : []),
    ...(words ? [] : text === '' ? [] : ['the response does not say whether it was accepted']),
    ...block.fields
      .filter((candidate) => valueOf(candidate) === null && candidate.kind !== 'response')
      .map((candidate) => `${candidate.label} not stated`),
    'date made not stated',
  ];
  return {
    collection: 'recommendations',
    id,
    data: {
      ...blankRecommendation(),
      reference: block.label,
      subject: subjectOf(body) || block.label,
      council: at.council,
      committee: at.committee,
      madeBy: at.madeBy,
      // The paper that answers it: the recommendation pass links it without taking its date as when it was made.
      report: at.report,
      leadOfficer: valueOf(field('officer')),
      responsibleMember: valueOf(field('member')),
      targetDate: target === null || NO_DATE.test(target) ? null : target,
      status: words?.status ?? 'not-stated',
      ...responseDueFrom(null, ''),
      response:
        text === ''
          ? null
          : {
              date: at.date,
              meeting: at.meeting,
              item: at.item,
              by: at.by,
              outcome: words?.outcome ?? null,
              text,
              note: at.by ? `as the ${at.by}'s response ("${at.reportTitle}") gives it` : `as "${at.reportTitle}" gives it`,
            },
      warnings,
      provenance: { file: context.file, format: 'report', url: context.meta.url ?? null },
    },
    body: toMarkdown(body),
  };
}

/**
 * The report reader's records, without a meeting it could not name: a response paper that states
 * no body it went to is a report alone, not an item of an unknown meeting.
 */
function reportRecords(text: string, context: ParseContext): ImportRecord[] {
  const records = reportParser.parse(text, context).records;
  const meeting = records.find((record) => record.collection === 'meetings');
  if (!meeting || meeting.collection !== 'meetings' || meeting.data.committee !== null) return records;
  return records
    .filter((record) => record !== meeting)
    .map((record) => (record.collection === 'reports' ? { ...record, data: { ...record.data, meeting: null } } : record));
}

function parseResponse(text: string, context: ParseContext): ImportRecord[] {
  const lines = text.split('\n');
  const records = reportRecords(text, context);
  const report = records.find((record) => record.collection === 'reports');
  if (!report || report.collection !== 'reports') return records;
  // detect() found the title; the fallback only satisfies the type.
  const title = responseTitleIn(lines) ?? { by: 'Cabinet', answers: null };
  const review = reviewNamed(title, text);
  const scrutiny = scrutinyBodyFor(text, 'the scrutiny committee that made or received the review');
  const council = report.data.council;
  const councilRecord = records.find((record) => record.collection === 'councils' && record.id === council);
  const councilName = councilRecord?.collection === 'councils' ? councilRecord.data.name : null;
  // The scrutiny committee's record, not typed or parented by the source header's words, which are the report's body's.
  const scrutinyBody = bodyRecords(councilName, scrutiny.value, { ...context, meta: {} });
  records.push(...scrutinyBody.records.filter((record) => record.collection === 'committees'));
  const date = typeof report.data.date === 'string' ? report.data.date : null;
  const at: ResponseContext = {
    report: report.id,
    by: title.by,
    date,
    meeting: report.data.meeting ?? null,
    item: report.data.item === null || report.data.item === undefined ? null : String(report.data.item),
    reportTitle: report.data.title,
    council,
    committee: scrutinyBody.committee,
    madeBy: review,
    warnings: [
      ...scrutiny.warnings,
      ...(review ? [] : ['the review that made it is not named']),
      ...(date ? [] : ['date of the response not stated']),
    ],
  };
  records.push(...responseBlockRecords(lines, at, context));
  return records;
}

/**
 * One recommendation record per response block of the lines ("Recommendation 1" … "Response:"),
 * under the paper's report id; also read where an annual report sets its responses out so.
 */
export function responseBlockRecords(lines: string[], at: ResponseContext, context: ParseContext): RecordOf<'recommendations'>[] {
  // Two blocks of one number (the responses to two reviews in one paper): each kept, the second's id numbered on.
  const used = new Set<string>();
  return readBlocks(lines).map((block) => {
    const own = `${at.report}/recommendation-${slugify(block.number)}`;
    let id = own;
    for (let suffix = 2; used.has(id); suffix += 1) id = `${own}-${suffix}`;
    used.add(id);
    const again = id === own ? [] : [`another block of this paper is numbered ${block.number} too`];
    return recommendationOf(block, { ...at, warnings: [...at.warnings, ...again] }, id, context);
  });
}

/** Marks of minutes (shared with annual-report.ts), whose item may be "Cabinet response to the … review" with the responses minuted. */
export const MINUTES_MARK = /^(?:minutes|present|members\s+present|apologies(?:\s+for\s+absence)?)\s*:?$|^(?:members\s+)?present\s*:/i;

export const cabinetResponseParser: Parser = {
  format: 'report',
  label: "executive's response to a scrutiny review",
  detect(text) {
    const lines = text.split('\n');
    // The title near the top, or an appendix's heading over the blocks.
    const titled =
      headLines(text, 15).some((line) => responseTitleOf(line) !== null) ||
      lines.some((line) => /^(?:appendix|annex)\b/i.test(line.trimStart()) && responseTitleOf(line) !== null);
    if (!titled || lines.some((line) => MINUTES_MARK.test(squash(line)))) return false;
    return readBlocks(lines).length > 0;
  },
  parse(text, context) {
    return { records: parseResponse(text, context) };
  },
};
