/**
 * Overview and scrutiny's annual report to Council ("Overview and Scrutiny Annual Report 2024/25",
 * "Annual Report of the Scrutiny Committee 2025"): a foreword signed by the chair of the body that
 * made it, then sections on the year, one per review completed with the recommendations it made
 * ("R1 That …", each with the executive's answer in brackets: "(Accepted)", "(Partially accepted –
 * …)") or set out as response blocks ("Recommendation 1" … "Response: Accepted").
 *
 * Output: one report (kind report, of the body that made it, at no meeting: the sections are the
 * year's work, not a meeting's items), and one `recommendations` record per recommendation it
 * lists, with the response it prints. The report's own closing recommendation ("That Council notes
 * the report") stays in its text. Nothing else is read as a decision: what the report says a body
 * agreed ("The Board agreed its work programme on …") happened at another meeting.
 *
 * Another body's annual report ("Audit Committee Annual Report 2025", a joint committee's "ANNUAL
 * REPORT 2023/24" under its name) is the same kind of document: one report of that body at no
 * meeting. Its sections on members, meetings, attendance and decisions stay in its text, named in a
 * warning (no record here holds a year's attendance or a list of past decisions).
 */
import { parseDate, parseMonthYear } from '../../../src/model/dates.ts';
import { responseDueFrom } from '../../../src/model/recommendation-lifecycle.ts';
import { shortSlug } from '../../../src/model/slug.ts';
import { bodyRecords } from '../assemble.ts';
import { toMarkdown } from '../minutes-markdown.ts';
import { statusWords } from '../pdf-pack/tracker-status.ts';
import { addresseeKindOf, blankRecommendation, subjectOf } from '../recommendations/common.ts';
import type { ImportRecord, ParseContext, Parser, RecordOf } from '../records.ts';
import { isCouncilName } from '../reader/council-name.ts';
import { wordCase } from '../reader/heading-case.ts';
import { squash } from '../text.ts';
import { MINUTES_MARK } from './cabinet-response.ts';
import { councilFor, headLines, isPageMark, scrutinyBodiesNamed } from './common.ts';
import { closingContact, DECISION_MAKER } from './report-header.ts';
import { readEntries } from './report-recommendations.ts';
import { responseBlockRecords, type ResponseContext } from './response-answers.ts';

/** The year a title ends with: "2024/25", "- 2025", "for 2023-24". */
const YEARS = String.raw`(?:\s*[-–:,]?\s*(?:for\s+)?(?:\d{4}(?:\s*[/–-]\s*\d{2,4})?))?$`;
/** The title: "(Overview and) Scrutiny (Committee's) Annual Report 2024/25", "Annual Report of the Scrutiny Board 2025". */
const TITLE = new RegExp(
  String.raw`^(?:(?:the\s+)?(?:overview\s+(?:and|&)\s+)?scrutiny(?:\s+[\p{L}'’&]+){0,3}?\s+annual\s+report|annual\s+report\s+of\s+(?:the\s+)?(?:overview\s+(?:and|&)\s+)?scrutiny\b[\p{L}'’&\s]{0,60}?)${YEARS}`,
  'iu',
);
/** Another body's annual report, its name before the words: "Audit Committee Annual Report 2025", "Joint Waste Committee's Annual Report". */
const BODY_TITLE = new RegExp(String.raw`^(\p{Lu}.+?)(?:['’]s)?\s+annual\s+report${YEARS}`, 'iu');
/** "ANNUAL REPORT 2023/24" alone, under the name of the body whose report it is. */
const TITLE_ALONE = new RegExp(String.raw`^annual\s+report${YEARS}`, 'i');
/** Sections on a body's members, meetings and decisions: no record is made of them here, so a warning names them. */
const RECORD_SECTION = /\b(?:membership|members|meetings|attendance|decisions)\b/i;
/** The chair's signature or the foreword's heading naming the body: "Chair, Scrutiny Management Board", "Foreword by the Chair of the …". */
const CHAIR_OF = /^(?:foreword\s+(?:by|from)\s+the\s+)?(?:vice[-\s])?chair(?:man|person)?(?:\s+of\s+the|\s*,)\s+(.+)$/i;
/** A numbered heading: "3.1 Rural bus services (Place and Economy Scrutiny Committee)", "4. Call-ins". */
const NUMBERED_HEADING = /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u;
/** A listed recommendation's own number: "R1", "Recommendation 3", "Rec 2". */
const LISTED = /^(?:R\d{1,3}[a-z]?|(?:Recommendation|Rec\.?)\s?\d{1,3})\b/;
/** The executive's answer printed after it: "(Accepted)", "(Partially accepted – reviewed twice a year)". */
const BRACKETED_ANSWER = /\s*\(((?:(?:partially|partly|not)\s+)?(?:accepted|agreed|rejected|noted|declined)\b[^()]*)\)\s*\.?$/i;
/** "which Cabinet considered on 11 February 2025", "Cabinet responded on 18 March 2025". */
const RESPONDED =
  /\b(Cabinet|(?:the\s+)?Executive|Mayor)\s+(?:considered|responded(?:\s+to\s+(?:them|it|the\s+\w+))?|accepted|agreed|replied)\s+(?:\w+\s+){0,3}?on\s+(\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4})/iu;

interface AnnualHead {
  title: string;
  /** The body a title of another body's report names; null for scrutiny's, whose chair signs for it (bodyOf). */
  body: string | null;
}

/** A body's name, not a council's: "Vale and Downs Joint Waste Committee", "Audit Committee". */
function isBodyName(line: string): boolean {
  return DECISION_MAKER.test(line) && !isCouncilName(wordCase(line)) && line.split(/\s+/).length <= 12;
}

/** The annual report's title heading the file, and the body it names when that is not a scrutiny body. */
export function annualHeadIn(text: string): AnnualHead | null {
  const head = headLines(text, 6);
  const scrutiny = head.find((line) => TITLE.test(line));
  if (scrutiny) return { title: scrutiny, body: null };
  for (const [index, line] of head.entries()) {
    const named = BODY_TITLE.exec(line)?.[1] ?? '';
    if (isBodyName(named)) return { title: line, body: wordCase(named) };
    const above = head[index - 1] ?? '';
    if (TITLE_ALONE.test(line) && isBodyName(above)) return { title: line, body: wordCase(above) };
  }
  return null;
}

/** The headings of the sections on members, meetings, attendance and decisions, which stay in the report's text. */
function unreadSections(lines: string[]): string[] {
  return sections(lines)
    .map((section) => section.heading)
    .filter((heading) => RECORD_SECTION.test(heading));
}

/** The body that made the report, as its chair signs for it; else the scrutiny body the title names. */
function bodyOf(lines: string[], title: string): string | null {
  for (const line of lines) {
    const named = scrutinyBodiesNamed(CHAIR_OF.exec(line)?.[1] ?? '')[0];
    if (named) return named;
  }
  return scrutinyBodiesNamed(title)[0] ?? null;
}

/** The report's date: a full date on a line of its own near the top or under the signature; else the month it prints, for a warning. */
function dateOf(lines: string[]): { date: string | null; printed: string | null } {
  const alone = lines.slice(0, 30).filter((line) => line.split(/\s+/).length <= 4);
  const date = alone.map((line) => parseDate(line)).find((found) => found !== null) ?? null;
  const month = alone.find((line) => parseMonthYear(line) !== null) ?? null;
  return { date, printed: date ? null : month };
}

interface Review {
  heading: string;
  lines: string[];
}

/** Each numbered section or sub-section with the lines under it. */
function sections(lines: string[]): Review[] {
  const found: Review[] = [];
  for (const line of lines) {
    if (NUMBERED_HEADING.test(line) && line.split(/\s+/).length <= 20 && !/[.:]$/.test(line)) found.push({ heading: line, lines: [] });
    else found.at(-1)?.lines.push(line);
  }
  return found;
}

/** The listed recommendations of a section: from the first "R1" to the first paragraph after a blank line that lists none. */
function listedLines(lines: string[]): string[] {
  const start = lines.findIndex((line) => LISTED.test(line));
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && line !== '' && lines[index - 1] === '' && !LISTED.test(line));
  return lines.slice(start, end < 0 ? undefined : end);
}

interface Made {
  report: string;
  council: string | null;
  committee: string | null;
  context: ParseContext;
}

function listedRecords(review: Review, made: Made, used: Set<string>): RecordOf<'recommendations'>[] {
  const prose = squash(review.lines.join(' '));
  const responded = RESPONDED.exec(prose);
  const by = responded ? squash((responded[1] ?? '').replace(/^the\s+/i, '')) : null;
  const date = responded ? parseDate(responded[2] ?? '') : null;
  return readEntries(listedLines(review.lines)).flatMap((entry) => {
    const answer = BRACKETED_ANSWER.exec(entry.text);
    const text = answer ? entry.text.slice(0, answer.index) : entry.text;
    const words = answer ? statusWords(answer[1] ?? null) : null;
    const reference = entry.reference ?? String(used.size + 1);
    const id = `${made.report}/${shortSlug(reference, 12)}`;
    if (used.has(id)) return [];
    used.add(id);
    return [
      {
        collection: 'recommendations' as const,
        id,
        data: {
          ...blankRecommendation(),
          reference,
          subject: subjectOf(text),
          council: made.council,
          committee: made.committee,
          report: made.report,
          addressee: by,
          addresseeKind: by ? addresseeKindOf(by, made.council) : null,
          status: words?.status ?? 'not-stated',
          ...responseDueFrom(null, ''),
          response: answer
            ? {
                date,
                meeting: null,
                item: null,
                by,
                outcome: words?.outcome ?? null,
                text: squash(answer[1] ?? ''),
                note: `as the annual report gives it, in brackets after the recommendation ("${review.heading}")`,
              }
            : null,
          warnings: [
            'date made not stated',
            ...(by ? [] : ['to whom it is addressed is not stated']),
            ...(answer ? [] : ['no response is printed with it']),
            ...(answer && !date ? ['date of the response not stated'] : []),
          ],
          provenance: { file: made.context.file, format: 'report' as const, url: made.context.meta.url ?? null },
        },
        body: toMarkdown(text.trim()),
      },
    ];
  });
}

function parseAnnualReport(text: string, context: ParseContext): ImportRecord[] {
  const lines = text.split('\n').map(squash);
  const head = annualHeadIn(text);
  const title = head?.title ?? 'Annual report';
  const council = councilFor(headLines(text, 6), text, context.meta);
  const bodyName = head?.body ?? bodyOf(lines, title) ?? context.meta.committee ?? null;
  const unread = unreadSections(lines);
  const bodies = bodyRecords(council.value, bodyName, context);
  const records: ImportRecord[] = [...bodies.records];
  const { date, printed } = dateOf(lines);
  const reportId = `${bodies.council ?? 'not-stated'}/${shortSlug(title, 60)}`;
  // Signed at the end, or "Prepared by:" under the title.
  const contact = closingContact(lines) ?? closingContact(headLines(text, 8));
  records.push({
    collection: 'reports',
    id: reportId,
    data: {
      title,
      reference: null,
      council: bodies.council,
      committee: bodies.committee,
      meeting: null,
      item: null,
      date,
      contact,
      kind: 'report',
      warnings: [
        ...council.warnings,
        ...(bodyName ? [] : ['the body that made the report is not stated']),
        ...(date ? [] : [printed ? `report dated "${printed}" only: no day, so no date is set` : 'report date not stated']),
        ...(contact ? [] : ['report author not stated']),
        'an annual report: the meeting it goes to is not stated',
        ...(unread.length > 0
          ? [
              `members, meetings, attendance and decisions the report lists are not read, only kept in its text: ${unread.map((heading) => `"${heading}"`).join('; ')}`,
            ]
          : []),
      ],
      provenance: { file: context.file, format: 'report', url: context.meta.url ?? null },
    },
    body: toMarkdown(lines.filter((line) => !isPageMark(line)).join('\n')),
  });
  const used = new Set<string>();
  for (const review of sections(lines)) {
    // The review's committee, as its heading names it; else the body that made the report.
    const named = scrutinyBodiesNamed(review.heading)[0] ?? null;
    const committee = named ? bodyRecords(council.value, named, { ...context, meta: {} }) : bodies;
    const listed = listedRecords(review, { report: reportId, council: bodies.council, committee: committee.committee, context }, used);
    // Each committee once: two sections (or the report itself) may name the same one.
    const held = new Set(records.map((record) => `${record.collection}/${record.id}`));
    const own = committee.records.filter((record) => record.collection === 'committees' && !held.has(`committees/${record.id}`));
    if (listed.length > 0) records.push(...own, ...listed);
  }
  const at: ResponseContext = {
    report: reportId,
    by: null,
    date: null,
    meeting: null,
    item: null,
    reportTitle: title,
    council: bodies.council,
    committee: bodies.committee,
    madeBy: null,
    warnings: ['who responded is not stated', 'date of the response not stated'],
  };
  records.push(...responseBlockRecords(lines, at, context).filter((record) => !used.has(record.id)));
  return records;
}

export const annualReportParser: Parser = {
  format: 'report',
  label: "overview and scrutiny's annual report",
  detect(text) {
    return annualHeadIn(text) !== null && !text.split('\n').some((line) => MINUTES_MARK.test(squash(line)));
  },
  parse(text, context) {
    return { records: parseAnnualReport(text, context) };
  },
};
