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
 * takes the title's words from response-title.ts).
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
 * each review's heading, with "Progress:" and "Status:" fields (review-progress.ts): read as the report,
 * with its own recommendations, and a record a block, `madeBy` the heading's review.
 */
import { RESPONDER } from '../pdf-pack/tracker-columns.ts';
import { parseDate } from '../../../src/model/dates.ts';
import { bodyRecords } from '../assemble.ts';
import type { ImportRecord, ParseContext, Parser } from '../records.ts';
import { squash } from '../text.ts';
import { headLines, scrutinyBodyFor } from './common.ts';
import { reportParser } from './report.ts';
import { answerRecords, responseBlockRecords, tableAnswers, type ResponseContext } from './response-answers.ts';
import { readBlocks } from './response-blocks.ts';
import { REPORTED_TO, REVIEW_WORDS, responseTitleIn, responseTitleOf, reviewNamed } from './response-title.ts';
import { reviewMadeOn } from './review-made.ts';
import { parseProgress, reviewSections } from './review-progress.ts';

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
