/**
 * A single report to a committee, a cabinet or a cabinet member, published on its own (not in
 * an agenda pack): a header (decision maker or meeting, date, agenda item, title, author), then
 * numbered sections, one of them "Recommendations" with numbered (2.1), lettered (a)) or roman
 * entries.
 *
 * The header is read by report-header.ts, the recommendations by report-recommendations.ts.
 *
 * Output: the report (`reports`), the meeting it went to (status `agenda`, one item), and one
 * `recommendations` record per recommendation, status `not-stated`: a report says what is
 * recommended, not what was decided.
 */
import { shortSlug, slugify } from '../../../src/model/slug.ts';
import { committeeIdFor, committeeTypeFor, meetingRecords, NOT_STATED, type MeetingDraft } from '../assemble.ts';
import { toMarkdown } from '../minutes-markdown.ts';
import { ImportError, type ImportRecord, type ParseContext, type Parser } from '../records.ts';
import { squash } from '../text.ts';
import { councilFor, councilsNamed, dateFor, headLines, isPageMark } from './common.ts';
import { closingContact, ITEM_MARK, readHeader } from './report-header.ts';
import { hasReportSections } from './report-kind.ts';
import { groupMembers, makerIn } from './report-maker.ts';
import { addresseeNamed, readRecommendations, RECOMMENDATION_WORD, RECOMMENDATIONS } from './report-recommendations.ts';
import { madeAtMeeting } from './review-made.ts';
import { REPORT_HEAD } from '../reader/document-title.ts';

const REPORT_MARK =
  /^(?:(?:final\s+|interim\s+)?report\s+(?:by|of|author|from|to)|decision\s+maker|purpose\s+of\s+(?:the\s+)?report|author)\b/i;
/**
 * "Key decision: Yes (Forward Plan ref FP/2026/041)", "included in the Forward Plan of Key Decisions (ref KD 2026/17)":
 * the decision's entry in the plan, which no report field holds (`reference` is the report's own).
 */
const PLAN_REFERENCE = /\bforward\s+plan\b.*?\bref(?:erence)?\b\.?\s*(?:no\.?\s*)?:?\s*([A-Z]{1,5}[\s/-]*\d[\w/.-]*\d)/i;

/** Where the header ends: the first numbered section or a report's opening heading. */
const FIRST_SECTION = new RegExp(
  String.raw`^(?:\d{1,2}\.\s+[A-Z]|(?:purpose(?:\s+of\s+(?:the\s+)?report)?|executive\s+summary|summary|introduction|${RECOMMENDATION_WORD})\s*:?$)`,
  'i',
);

/** The report's text as Markdown, page numbers dropped. */
function reportBody(lines: string[]): string {
  return toMarkdown(lines.filter((line) => !isPageMark(line)).join('\n'));
}

/**
 * The committee record of the scrutiny body whose report it is, when that is not the body the report
 * goes to: a scrutiny committee's report to Cabinet was made by the committee, and Cabinet only receives it.
 */
function makerRecord(maker: string | null, goesTo: string | null, councilId: string | null, lines: string[]): ImportRecord | null {
  if (!maker || (goesTo && slugify(goesTo) === slugify(maker))) return null;
  const type = committeeTypeFor(maker);
  // A task and finish group's report lists its members; a committee's report may list anyone's.
  const members = type === 'task-and-finish' ? groupMembers(lines) : [];
  return {
    collection: 'committees',
    id: committeeIdFor(councilId ?? NOT_STATED, maker),
    data: { name: maker, council: councilId, type, ...(members.length > 0 ? { members } : {}) },
    body: '',
  };
}

/** The warning for a forward plan reference in the report's header, which no field holds; none when it names none. */
function planReferenceWarning(headerLines: string[]): string[] {
  const found = headerLines.map((line) => PLAN_REFERENCE.exec(squash(line))?.[1]).find((reference) => reference !== undefined);
  return found === undefined ? [] : [`a key decision entered in the forward plan as "${found}": no field holds the plan's reference`];
}

function parseReport(text: string, context: ParseContext): ImportRecord[] {
  const lines = text.split('\n');
  const end = lines.findIndex((line, index) => index > 0 && FIRST_SECTION.test(squash(line)));
  const headerLines = lines.slice(0, end < 0 ? Math.min(lines.length, 30) : end);
  const header = readHeader(headerLines);
  if (!header.title) {
    throw new ImportError(
      context.file,
      1,
      'a report with no title in its header',
      'Check the file is complete: the title stands near the top, or after "Subject:"',
    );
  }
  const council = councilFor(headerLines, text, context.meta);
  // A meeting of the council itself ("X Town Council Meeting 21 February 2017") is the full council.
  const wholeCouncil = header.body !== null && councilsNamed(header.body).some((name) => header.body?.endsWith(name));
  const committeeName = wholeCouncil ? 'Council' : (header.body ?? context.meta.committee ?? null);
  const councilName = council.value ?? (wholeCouncil ? header.body : null);
  const dates = dateFor(header.date, context.meta);
  const contact = header.contact ?? closingContact(lines) ?? header.author;
  const anchor = `item-${slugify(header.item ?? header.title).slice(0, 40) || 'report'}`;
  const draft: MeetingDraft = {
    councilName,
    committeeName,
    ...dates,
    status: 'agenda',
    items: [{ number: header.item, title: header.title, anchor }],
    warnings: [...council.warnings, "from a single report: the meeting's other items are not held"],
  };
  const records = meetingRecords(draft, context, text, 'report');
  const meeting = records.find((record) => record.collection === 'meetings');
  if (!meeting || meeting.collection !== 'meetings') return records;
  const councilId = meeting.data.council;
  const committeeId = meeting.data.committee;
  const reportId = `${councilId ?? 'not-stated'}/${dates.date ?? 'undated'}-item-${slugify(header.item ?? shortSlug(header.title, 40))}`;
  meeting.data.items = [{ number: header.item, title: header.title, anchor, reports: [reportId] }];
  const provenance = { file: context.file, format: 'report' as const, url: context.meta.url ?? null };
  records.push({
    collection: 'reports',
    id: reportId,
    data: {
      title: header.title,
      reference: header.reference,
      council: councilId,
      committee: committeeId,
      meeting: meeting.id,
      item: header.item,
      date: dates.date,
      contact,
      kind: 'report',
      warnings: [
        ...(header.item ? [] : ['agenda item number not stated']),
        ...(committeeId ? [] : ['committee or decision maker the report went to not stated']),
        ...(dates.date ? [] : ['report date not stated']),
        ...(contact ? [] : ['report author not stated']),
        ...planReferenceWarning(headerLines),
      ],
      provenance,
    },
    body: reportBody(lines),
  });
  const maker = header.maker ?? makerIn(header.title, header.author);
  const madeBy = makerRecord(maker, committeeName, councilId, lines);
  if (madeBy) records.push(madeBy);
  // Another body's recommendations were made at its own meeting, which the report may date ("At its meeting on …").
  const madeDate = madeBy && maker ? madeAtMeeting(text, maker) : null;
  readRecommendations(lines).forEach((recommendation, index) => {
    const subject = recommendation.subject;
    records.push({
      collection: 'recommendations',
      id: `${reportId}/${String(index + 1).padStart(2, '0')}-${shortSlug(subject, 48)}`,
      data: {
        reference: recommendation.reference,
        subject,
        addressee: recommendation.addressee && addresseeNamed(recommendation.addressee, committeeName),
        council: councilId,
        committee: madeBy?.id ?? committeeId,
        meetingDates: dates.date ? [dates.date] : [],
        ...(madeDate ? { madeDate } : {}),
        status: 'not-stated',
        report: reportId,
        warnings: ['a recommendation of the report: whether it was agreed is not stated'],
        provenance,
      },
      body: toMarkdown(recommendation.text),
    });
  });
  return records;
}

export const reportParser: Parser = {
  format: 'report',
  label: 'report to a committee or cabinet member',
  detect(text) {
    const head = headLines(text, 15);
    const lines = text.split('\n').map(squash);
    const itemMarked = head.some((line) => ITEM_MARK.test(line) && /item/i.test(line));
    const headed = head.some((line) => REPORT_HEAD.test(line)) && !head.some((line) => /^agenda\s*$/i.test(line));
    const recommends = lines.some((line) => RECOMMENDATIONS.test(line));
    const reportMarked = lines.some((line) => REPORT_MARK.test(line));
    const minutes = lines.some((line) => /^minutes\s*:?$/i.test(line)) || head.some((line) => /^(?:members\s+)?present\s*:/i.test(line));
    return (((itemMarked || headed) && recommends && reportMarked) || hasReportSections(lines)) && !minutes;
  },
  parse(text, context) {
    return { records: parseReport(text, context) };
  },
};
