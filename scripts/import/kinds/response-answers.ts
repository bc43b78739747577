/**
 * A response's answers as records: each recommendation's response, from a block of fields
 * (response-blocks.ts) or a response table's row (read by the tracker's reader), made one
 * `recommendations` record with who responded, when, the outcome and the response's words. Apart from
 * the paper's reading (cabinet-response.ts) because an annual report and a scrutiny report on past
 * reviews (review-progress.ts) make their responses' records the same way.
 */
import { htmlToPlain } from '../pdf-pack/html-fragments.ts';
import { NO_DATE, readTracker, responseDateIn, type TrackerRow } from '../pdf-pack/tracker.ts';
import { hasResponseColumn, RESPONDER } from '../pdf-pack/tracker-columns.ts';
import { statusTurnedDown, statusWords } from '../pdf-pack/tracker-status.ts';
import { trackerLines } from '../pdf-pack/tracker-stacked.ts';
import { slugify } from '../../../src/model/slug.ts';
import { blankRecommendation, subjectOf } from '../recommendations/common.ts';
import { toMarkdown } from '../minutes-markdown.ts';
import type { ParseContext, RecordOf } from '../records.ts';
import type { Recommendation, ResponseOutcome } from '../../../src/model/schema.ts';
import { responseDueFrom } from '../../../src/model/recommendation-lifecycle.ts';
import { squash, uniqueAnchor } from '../text.ts';
import { readBlocks, valueOf, type Block, type Field, type FieldKind } from './response-blocks.ts';
import { responderName } from './response-title.ts';

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
 * "Not accepted" closes it for that reason), as a tracker's row is read (pdf-pack/tracker-status.ts).
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
export function tableAnswers(lines: string[]): { number: string; answer: Answer }[] {
  const table = trackerLines(lines);
  if (!hasResponseColumn(table.lines)) return [];
  return readTracker(table.lines, table.notes).map((row, index) => {
    const answer = rowAnswer(row, index);
    return { number: /\d+(?:\.\d+)?[a-z]?/i.exec(answer.label)?.[0] ?? String(index + 1), answer };
  });
}

/** A record per answer, its id the paper's report id and the answer's number (a number given twice numbered on). */
export function answerRecords(
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
