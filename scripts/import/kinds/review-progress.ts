/**
 * A scrutiny report on the progress of past reviews' recommendations: each review's heading ("2. Review of
 * Community Transport (reported to Cabinet on 9 April 2025)") over its response blocks, with "Progress:" and
 * "Status:" fields. Apart from the response paper's reading (cabinet-response.ts), which it shares only the
 * blocks and their records with.
 */
import { parseDate } from '../../../src/model/dates.ts';
import { slugify } from '../../../src/model/slug.ts';
import type { ImportRecord, ParseContext } from '../records.ts';
import { squash, uniqueAnchor } from '../text.ts';
import { reportParser } from './report.ts';
import { responseBlockRecords, type ResponseContext } from './response-answers.ts';
import { BLOCK_START, FIELD, readBlocks } from './response-blocks.ts';
import { REPORTED_TO, REVIEW_WORDS } from './response-title.ts';

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
export function reviewSections(lines: string[]): ReviewSection[] {
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
export function parseProgress(text: string, context: ParseContext): ImportRecord[] {
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
