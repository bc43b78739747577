/**
 * The executive's response to a scrutiny review (s.9FE Local Government Act 2000), published as a
 * report to Cabinet or as the Executive's own paper: a title that says whose response it is
 * ("Cabinet response to the Surface Water Flooding Task and Finish Group", "Executive Response to
 * Overview and Scrutiny Recommendations", "Appendix A - Cabinet Member's Response"), then, often in
 * an appendix, one block per recommendation: "Recommendation 1", its words, and labelled fields,
 * "Response: Accepted", "Action:", "Lead Officer:", "Cabinet Member:", "Timescale:". A report whose
 * appendix sets the responses out as a table with a response or an "Accepted?" column (cells parted by
 * tabs, or one a line: pdf-pack/tracker-stacked.ts) is read here too, a record a row by the tracker's
 * reader; such a table under the response's own title alone is a tracker's layout (tracker.ts, which
 * takes the title's words from here).
 *
 * Output: the report as the report reader reads it (report.ts: the meeting it went to, the report
 * and its own recommendations), and one `recommendations` record per block with its response: who
 * responded (the title's word), when (the report's date), the outcome in the lifecycle's words, and
 * the response's and action's words. The review that made the recommendations is `madeBy`, the
 * scrutiny committee the text names is `committee`. `report` is this paper, so its page lists them;
 * the recommendation came from the review's report, not from this one, so the recommendation pass
 * takes no date or meeting from it (a recommendation that carries its response is not dated by the
 * paper that gives the response: recommendations/from-reports.ts).
 *
 * A scrutiny report on the progress of past reviews' recommendations sets the same blocks out under
 * each review's heading, with "Progress:" and "Status:" fields (parseProgress): read as the report,
 * with its own recommendations, and a record a block, `madeBy` the heading's review.
 */
import { htmlToPlain } from '../pdf-pack/html-fragments.ts';
import {
  hasResponseColumn,
  MEMBER_WORDS,
  NO_DATE,
  OFFICER_WORDS,
  readTracker,
  RESPONDER,
  responseDateIn,
  statusTurnedDown,
  statusWords,
  TARGET_WORDS,
  type TrackerRow,
} from '../pdf-pack/tracker.ts';
import { trackerLines } from '../pdf-pack/tracker-stacked.ts';
import { parseDate } from '../../../src/model/dates.ts';
import { slugify } from '../../../src/model/slug.ts';
import { blankRecommendation, panelNamed, subjectOf } from '../recommendations/common.ts';
import { bodyRecords } from '../assemble.ts';
import { toMarkdown } from '../minutes-markdown.ts';
import type { ImportRecord, ParseContext, Parser, RecordOf } from '../records.ts';
import type { Recommendation, ResponseOutcome } from '../../../src/model/schema.ts';
import { responseDueFrom } from '../../../src/model/recommendation-lifecycle.ts';
import { squash, uniqueAnchor } from '../text.ts';
import { headLines, isPageMark, scrutinyBodyFor } from './common.ts';
import { reportParser } from './report.ts';
import { reviewMadeOn } from './review-made.ts';

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

type FieldKind = 'response' | 'officer' | 'member' | 'target' | 'status' | 'progress' | 'other';

/** A block's field labels by what they hold; any other short label is kept with the response's words. */
const FIELD_KINDS: [RegExp, FieldKind][] = [
  [
    /^(?:(?:cabinet(?:\s+member)?|executive(?:\s+member)?|portfolio\s+holder|leader|mayor)(?:['’]s)?\s+)?responses?$|^(?:accepted|agreed|accept|agree)\b.*$/i,
    'response',
  ],
  [new RegExp(String.raw`^(?:${OFFICER_WORDS}|officer)$`, 'i'), 'officer'],
  [new RegExp(String.raw`^(?:${MEMBER_WORDS})$`, 'i'), 'member'],
  [new RegExp(String.raw`^(?:${TARGET_WORDS})$`, 'i'), 'target'],
  // Where it stands and what has been done since, as a scrutiny progress report adds them under the response.
  [/^(?:current\s+|implementation\s+)?status$/i, 'status'],
  [/^(?:progress(?:\s+(?:to\s+date|made|update))?|latest\s+update|update)$/i, 'progress'],
  [ACTION_LABEL, 'other'],
];
/**
 * A field whose label a copy ran on after the last field's sentence ("… went live in May. Lead
 * officer: Head of Transport"): only the labels of a person or a date, after a full stop.
 */
const RUN_ON_FIELD = new RegExp(String.raw`(?<=[.;])\s+(?=(?:${OFFICER_WORDS}|officer|${MEMBER_WORDS}|${TARGET_WORDS})\s*:)`, 'i');

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
/** "reported to Cabinet on 9 April 2025", "presented to the Executive 3 March 2025": whom a review went to (a group) and when (the next). */
const REPORTED_TO = String.raw`(?:reported|presented|submitted|referred)\s+to\s+(?:the\s+)?(\p{Lu}[\p{L}'’ ]{1,40}?)\s+(?:on\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4})`;
/** "scrutiny review of home adaptations", "review into school transport": a review named by its subject. */
const REVIEW_OF = /^(?:the\s+)?(?:scrutiny\s+)?review\s+(?:of|into)\s+\p{L}/iu;
const REVIEW_WORDS = /\b(?:task\s*(?:and|&)\s*finish|review|inquiry|investigation|working\s+group|panel|group|commission)\b/i;

/**
 * The review that made the recommendations: what the title says it answers when that names a
 * review ("the Surface Water Flooding Task and Finish Group"), else the task and finish group the
 * text names (recommendations/common.ts); null when neither does.
 */
export function reviewNamed(title: ResponseTitle | null, text: string): string | null {
  const answers = (title?.answers ?? '').replace(/^(?:the\s+)?(?:scrutiny\s+)?recommendations?\s+(?:of|from|made\s+by)\s+(?:the\s+)?/i, '');
  if (answers !== '' && REVIEW_WORDS.test(answers) && /^\p{Lu}/u.test(answers)) return answers;
  // "the scrutiny review of home adaptations": a review named by what it looked into, in lower case.
  if (REVIEW_OF.test(answers)) return answers.replace(/^the\s+/i, '').replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
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
    const parts = open.fields.length > 0 ? line.split(RUN_ON_FIELD) : [line];
    for (const part of parts) addLine(open, part);
  }
  return blocks;
}

/** A block's line: a field it opens, else more words for the field above or for the recommendation. */
function addLine(open: Block, line: string): void {
  const field = FIELD.exec(line);
  const label = squash(field?.[1] ?? '');
  const kind = field ? (kindOf(label) ?? (open.fields.length > 0 && label.split(' ').length <= 5 ? 'other' : null)) : null;
  if (field && kind) open.fields.push({ label, kind, lines: [field[2] ?? ''] });
  else if (open.fields.length > 0) open.fields.at(-1)?.lines.push(line);
  else open.text.push(line);
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
  /** Whom the review reported to and when, where the paper says ("reported to Cabinet on 9 April 2025"). */
  addressee?: string | null;
  receivedDate?: string | null;
  /** The day the paper says the review made its recommendations ("reported its review on 4 February 2025"). */
  madeDate?: string | null;
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

/** A person's or a date's field without the full stop that ends its sentence: "31 May 2026." → "31 May 2026". */
function shortValue(field: Field | undefined): string | null {
  return valueOf(field)?.replace(/\.$/, '') ?? null;
}

/** A field's label naming the responder: "Cabinet response", "Cabinet Member's response". */
const RESPONDER_LABEL = new RegExp(String.raw`^${RESPONDER}(?:['’]s)?\s+responses?$`, 'i');

/** "Cabinet response" → "Cabinet": the responder a field's label names, else null. */
function responderOf(label: string): string | null {
  const words = RESPONDER_LABEL.exec(squash(label))?.[1];
  return words ? responderName(words) : null;
}

/**
 * Where it stands: the "Status:" field's words, else the response's; a recommendation the response
 * turned down is `rejected` unless its status says it was carried out all the same ("Closed" after
 * "Not accepted" closes it for that reason), as pdf-pack/tracker.ts reads a tracker's row.
 */
function statusOf(stands: ReturnType<typeof statusWords>, response: ReturnType<typeof statusWords> | undefined): Recommendation['status'] {
  const status = stands.status !== 'not-stated' ? stands.status : (response?.status ?? 'not-stated');
  return statusTurnedDown(status, response?.outcome ?? null, stands.implementation);
}

/** What one recommendation's response says, from a block of fields or a table's row, before it is a record. */
interface Answer {
  /** The recommendation's label as printed: "Recommendation 3". */
  label: string;
  /** Its words as printed, for its subject. */
  words: string;
  /** Its words as Markdown. */
  body: string;
  leadOfficer: string | null;
  responsibleMember: string | null;
  /** The target date as printed; null when none or "N/A". */
  targetDate: string | null;
  status: Recommendation['status'];
  statusText: string | null;
  implementation: Recommendation['implementation'];
  outcome: ResponseOutcome | null;
  /** The response's words as Markdown; empty when it gives none. */
  text: string;
  /** Who responded, as a field's label or a column's heading names them. */
  by: string | null;
  /** The day the response's own words give it ("Agreed (Cabinet, 12 March 2025)"); null when they give none. */
  date: string | null;
  warnings: string[];
}

function blockAnswer(block: Block): Answer {
  const field = (kind: FieldKind) => block.fields.find((candidate) => candidate.kind === kind);
  const responseFields = block.fields.filter((candidate) => candidate.kind === 'response');
  const said = responseFields.map((candidate) => statusWords(valueOf(candidate))).find((found) => found.outcome !== null);
  const stands = statusWords(valueOf(field('status')));
  const target = shortValue(field('target'));
  const words = block.text.join('\n').trim();
  return {
    label: block.label,
    words,
    body: toMarkdown(words),
    leadOfficer: shortValue(field('officer')),
    responsibleMember: shortValue(field('member')),
    targetDate: target === null || NO_DATE.test(target) ? null : target,
    status: statusOf(stands, said),
    statusText: valueOf(field('progress')),
    implementation: stands.implementation,
    outcome: said?.outcome ?? null,
    text: responseText(block.fields),
    by: responderOf(responseFields[0]?.label ?? ''),
    date: responseDateIn(responseFields.map((candidate) => valueOf(candidate) ?? '').join(' ')),
    warnings: block.fields
      .filter((candidate) => valueOf(candidate) === null && candidate.kind !== 'response')
      .map((candidate) => `${candidate.label} not stated`),
  };
}

/** A response table's row (read by the tracker reader): its number as a block's label ("Recommendation 3"). */
function rowAnswer(row: TrackerRow, index: number): Answer {
  const reference = row.reference ?? String(index + 1);
  return {
    label: /^\d/.test(reference) ? `Recommendation ${reference.replace(/[.)]$/, '')}` : reference,
    words: htmlToPlain(row.body),
    body: row.body,
    leadOfficer: row.leadOfficer,
    responsibleMember: row.responsibleMember,
    targetDate: row.targetDate ?? null,
    status: row.status,
    statusText: row.statusText,
    implementation: row.implementation,
    outcome: row.response?.outcome ?? null,
    text: row.response?.text ? toMarkdown(row.response.text) : '',
    by: row.response?.by ?? null,
    date: typeof row.response?.date === 'string' ? row.response.date : null,
    warnings: row.warnings,
  };
}

function recommendationOf(answer: Answer, at: ResponseContext, id: string, context: ParseContext): RecordOf<'recommendations'> {
  const { body, text } = answer;
  const by = at.by ?? answer.by;
  const received = at.receivedDate ?? null;
  // A response its own words date needs no date from the paper.
  const dateless = answer.date === null ? [] : ['date of the response not stated'];
  const warnings = [
    ...at.warnings.filter((warning) => !dateless.includes(warning)),
    ...(body === '' ? ['recommendation text not stated'] : []),
    ...(text === '' ? ['the response field is empty'] : []),
    ...(answer.outcome ? [] : text === '' ? [] : ['the response does not say whether it was accepted']),
    ...answer.warnings,
    ...(at.madeDate ? [] : ['date made not stated']),
  ];
  return {
    collection: 'recommendations',
    id,
    data: {
      ...blankRecommendation(),
      reference: answer.label,
      subject: subjectOf(answer.words) || answer.label,
      council: at.council,
      committee: at.committee,
      madeBy: at.madeBy,
      madeDate: at.madeDate ?? null,
      // The paper that answers it: the recommendation pass links it without taking its date as when it was made.
      report: at.report,
      leadOfficer: answer.leadOfficer,
      responsibleMember: answer.responsibleMember,
      targetDate: answer.targetDate,
      status: answer.status,
      statusText: answer.statusText,
      implementation: answer.implementation,
      addressee: at.addressee ?? null,
      receivedDate: received,
      ...responseDueFrom(
        received,
        `the day the review was reported to the ${at.addressee ?? 'executive'}, as "${at.reportTitle}" states it`,
      ),
      response:
        text === ''
          ? null
          : {
              date: answer.date ?? at.date,
              meeting: at.meeting,
              item: at.item,
              by,
              outcome: answer.outcome,
              text,
              note: at.by ? `as the ${at.by}'s response ("${at.reportTitle}") gives it` : `as "${at.reportTitle}" gives it`,
            },
      warnings,
      provenance: { file: context.file, format: 'report', url: context.meta.url ?? null },
    },
    body,
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

/** The scrutiny committee the paper names, its record added to the paper's records; null (with a warning) when it names none or several. */
function scrutinyCommittee(records: ImportRecord[], council: string | null, text: string, context: ParseContext) {
  const scrutiny = scrutinyBodyFor(text, 'the scrutiny committee that made or received the review');
  const councilRecord = records.find((record) => record.collection === 'councils' && record.id === council);
  const councilName = councilRecord?.collection === 'councils' ? councilRecord.data.name : null;
  // The scrutiny committee's record, not typed or parented by the source header's words, which are the report's body's.
  const scrutinyBody = bodyRecords(councilName, scrutiny.value, { ...context, meta: {} });
  records.push(...scrutinyBody.records.filter((record) => record.collection === 'committees'));
  return { committee: scrutinyBody.committee, warnings: scrutiny.warnings };
}

function parseResponse(text: string, context: ParseContext): ImportRecord[] {
  const lines = text.split('\n');
  const records = reportRecords(text, context);
  const report = records.find((record) => record.collection === 'reports');
  if (!report || report.collection !== 'reports') return records;
  // detect() found the title; the fallback only satisfies the type.
  const title = responseTitleIn(lines) ?? { by: 'Cabinet', answers: null };
  // "Response to the Scrutiny Review of …" as the paper's title, when the response's heading names no review.
  const answers = /\bresponses?\s+to\s+(?:the\s+)?(.+)$/i.exec(report.data.title)?.[1] ?? null;
  const review = reviewNamed(title, text) ?? reviewNamed({ by: title.by, answers }, '');
  const council = report.data.council;
  const scrutiny = scrutinyCommittee(records, council, text, context);
  const date = typeof report.data.date === 'string' ? report.data.date : null;
  const reported = reviewReported(text, date);
  const made = reviewMadeOn(text, date);
  const at: ResponseContext = {
    report: report.id,
    by: title.by,
    addressee: reported.addressee,
    receivedDate: reported.received,
    madeDate: made.made,
    date,
    meeting: report.data.meeting ?? null,
    item: report.data.item === null || report.data.item === undefined ? null : String(report.data.item),
    reportTitle: report.data.title,
    council,
    committee: scrutiny.committee,
    madeBy: review,
    warnings: [
      ...scrutiny.warnings,
      ...(review ? [] : ['the review that made it is not named']),
      ...(date ? [] : ['date of the response not stated']),
      ...reported.warnings,
      ...made.warnings,
    ],
  };
  const blocks = responseBlockRecords(lines, at, context);
  records.push(...(blocks.length > 0 ? blocks : answerRecords(tableAnswers(lines), at, context, null)));
  return records;
}

/** A review's report going to the executive, as a response paper's prose says it. */
interface Reported {
  addressee: string | null;
  received: string | null;
  warnings: string[];
}

/**
 * Whom the review was reported to and when, from a sentence of the paper about the review or its
 * recommendations ("made six recommendations, reported to Cabinet on 28 January 2025"): the day the
 * executive received them, so a response is due two months on. Only a responder (Cabinet, the
 * Executive, a Cabinet Member) counts; none when the paper gives two different days, or a day after
 * the response itself, each warned.
 */
function reviewReported(text: string, responded: string | null): Reported {
  const found = new Map<string, { addressee: string; received: string }>();
  const executive = new RegExp(String.raw`^${RESPONDER}\b`, 'i');
  for (const sentence of text.replace(/\s+/g, ' ').split(/(?<=[.;])\s+/)) {
    if (!REVIEW_WORDS.test(sentence) && !/\brecommendations?\b/i.test(sentence)) continue;
    for (const match of sentence.matchAll(new RegExp(REPORTED_TO, 'gu'))) {
      const addressee = squash(match[1] ?? '');
      const received = parseDate(match[2] ?? '');
      if (received && executive.test(addressee)) found.set(`${addressee} ${received}`, { addressee, received });
    }
  }
  const [only, ...others] = [...found.values()];
  const none = { addressee: null, received: null };
  if (!only) return { ...none, warnings: [] };
  if (others.length > 0) {
    const days = [only, ...others].map((one) => `${one.addressee} ${one.received}`).join('; ');
    return {
      ...none,
      warnings: [`the paper says the review was reported on more than one day (${days}): when it was received is not taken`],
    };
  }
  if (responded !== null && only.received > responded) {
    return {
      ...none,
      warnings: [
        `"reported to ${only.addressee}" on ${only.received} is after the response (${responded}): not taken as when it was received`,
      ],
    };
  }
  return { ...only, warnings: [] };
}

/**
 * A review's heading in a scrutiny report on the progress of past reviews' recommendations, each
 * review's blocks under it: "2. Review of Community Transport (reported to Cabinet on 9 April
 * 2025)", "Highway Verges Task and Finish Group - reported to Cabinet 3 March 2025". The name in
 * group 1 (it must name a review: REVIEW_WORDS), whom it reported to and when in groups 2 and 3.
 */
const REVIEW_HEADING = new RegExp(String.raw`^(?:\d{1,2}\.?\s+)?(\p{Lu}[^:.;]{2,120}?)\s*(?:[(–—-]\s*${REPORTED_TO}\s*\)?)?$`, 'u');
/** The report's next numbered section ("4. Recommendation"), which ends the review above it. */
const SECTION_HEADING = /^\d{1,2}\.?\s+\p{Lu}[^.:;]{0,80}$/u;

interface ReviewSection {
  name: string;
  addressee: string | null;
  received: string | null;
  lines: string[];
}

function reviewHeading(line: string): Omit<ReviewSection, 'lines'> | null {
  if (BLOCK_START.test(line) || FIELD.test(line)) return null;
  const match = REVIEW_HEADING.exec(line);
  const name = match?.[1] ?? '';
  if (!match || !REVIEW_WORDS.test(name)) return null;
  return { name: squash(name), addressee: match[2] ? squash(match[2]) : null, received: match[3] ? parseDate(match[3]) : null };
}

/** Each review's heading and the lines under it, for the reviews with response blocks. */
function reviewSections(lines: string[]): ReviewSection[] {
  const sections: ReviewSection[] = [];
  let open: ReviewSection | null = null;
  for (const raw of lines) {
    const line = squash(raw);
    const heading = reviewHeading(line);
    if (heading) {
      open = { ...heading, lines: [] };
      sections.push(open);
    } else if (SECTION_HEADING.test(line)) open = null;
    else open?.lines.push(raw);
  }
  return sections.filter((section) => readBlocks(section.lines).length > 0);
}

/**
 * A scrutiny report tracking past reviews' recommendations, review by review, as blocks
 * ("Recommendation 1: …", "Cabinet response: Accepted.", "Progress: …", "Status: Implemented."):
 * the report as the report reader reads it, with its own recommendations, and one record per
 * block. Each is `madeBy` its review, addressed to and received by the body and on the day the
 * review's heading says it was reported to; the response's date is not stated (the report gives
 * where it stands now, not when the response was made).
 */
function parseProgress(text: string, context: ParseContext): ImportRecord[] {
  const records = reportParser.parse(text, context).records;
  const report = records.find((record) => record.collection === 'reports');
  if (!report || report.collection !== 'reports') return records;
  const scopes = new Set<string>();
  for (const section of reviewSections(text.split('\n'))) {
    // A review headed twice (its blocks printed again further on): each kept, the second's ids numbered on.
    const named = slugify(section.name);
    const scope = uniqueAnchor(named, (taken) => scopes.has(taken));
    scopes.add(scope);
    const at: ResponseContext = {
      report: report.id,
      by: null,
      date: null,
      meeting: null,
      item: null,
      reportTitle: report.data.title,
      council: report.data.council,
      // The committee tracking them, as a tracker's rows are its committee's (tracker.ts).
      committee: report.data.committee,
      madeBy: section.name,
      addressee: section.addressee,
      receivedDate: section.received,
      warnings: [
        'date of the response not stated',
        ...(section.received ? [] : ['to whom and when the review reported is not stated in its heading']),
        ...(scope === named ? [] : ['another review of this report has the same heading']),
      ],
    };
    for (const record of responseBlockRecords(section.lines, at, context, scope)) {
      // The progress is as this report gives it on its date, as a tracker's latest words are (from-reports.ts).
      const progress = record.data.statusText;
      if (progress) record.data.updates = [{ date: report.data.date ?? null, meeting: report.data.meeting ?? null, text: progress }];
      records.push(record);
    }
  }
  return records;
}

/**
 * One recommendation record per response block of the lines ("Recommendation 1" … "Response:"),
 * under the paper's report id; also read where an annual report sets its responses out so.
 */
export function responseBlockRecords(
  lines: string[],
  at: ResponseContext,
  context: ParseContext,
  scope: string | null = null,
): RecordOf<'recommendations'>[] {
  return answerRecords(
    readBlocks(lines).map((block) => ({ number: block.number, answer: blockAnswer(block) })),
    at,
    context,
    scope,
  );
}

/**
 * The rows of a response set out as a table with a response or an "Accepted?" column, its cells parted
 * by tabs or one a line (pdf-pack/tracker-stacked.ts); none when the lines hold no such table.
 */
function tableAnswers(lines: string[]): { number: string; answer: Answer }[] {
  const table = trackerLines(lines);
  if (!hasResponseColumn(table.lines)) return [];
  return readTracker(table.lines, table.notes).map((row, index) => {
    const answer = rowAnswer(row, index);
    return { number: /\d+(?:\.\d+)?[a-z]?/i.exec(answer.label)?.[0] ?? String(index + 1), answer };
  });
}

/** A record per answer, its id the paper's report id and the answer's number (a number given twice numbered on). */
function answerRecords(
  answers: { number: string; answer: Answer }[],
  at: ResponseContext,
  context: ParseContext,
  scope: string | null,
): RecordOf<'recommendations'>[] {
  // Two blocks of one number (the responses to two reviews in one paper): each kept, the second's id numbered on.
  const used = new Set<string>();
  return answers.map(({ number, answer }) => {
    const own = `${at.report}/${scope ? `${scope}-` : ''}recommendation-${slugify(number)}`;
    const id = uniqueAnchor(own, (taken) => used.has(taken));
    used.add(id);
    const again = id === own ? [] : [`another block of this paper is numbered ${number} too`];
    return recommendationOf(answer, { ...at, warnings: [...at.warnings, ...again] }, id, context);
  });
}

/** Marks of minutes (shared with annual-report.ts), whose item may be "Cabinet response to the … review" with the responses minuted. */
export const MINUTES_MARK = /^(?:minutes|present|members\s+present|apologies(?:\s+for\s+absence)?)\s*:?$|^(?:members\s+)?present\s*:/i;

/** The response's title near the top, or an appendix's heading over the blocks. */
function isTitled(text: string): boolean {
  const appendix = (line: string) => /^(?:appendix|annex)\b/i.test(line.trimStart()) && responseTitleOf(line) !== null;
  return headLines(text, 15).some((line) => responseTitleOf(line) !== null) || text.split('\n').some(appendix);
}

export const cabinetResponseParser: Parser = {
  format: 'report',
  label: "executive's response to a scrutiny review",
  detect(text) {
    const lines = text.split('\n');
    const titled = isTitled(text);
    if (lines.some((line) => MINUTES_MARK.test(squash(line)))) return false;
    if (!titled) return reportParser.detect(text) && reviewSections(lines).length > 0;
    // A report whose appendix sets the responses out as a table; a table under the response's own title is a tracker's layout (tracker.ts).
    return readBlocks(lines).length > 0 || (reportParser.detect(text) && tableAnswers(lines).length > 0);
  },
  parse(text, context) {
    return { records: isTitled(text) ? parseResponse(text, context) : parseProgress(text, context) };
  },
};
