/**
 * A single report to a committee, a cabinet or a cabinet member, published on its own (not in
 * an agenda pack): a header (decision maker or meeting, date, agenda item, title, author), then
 * numbered sections, one of them "Recommendations" (read by report-recommendations.ts).
 *
 * The header is often a two-column form that PDF text conversion prints as all the labels first
 * and all the values after ("Agenda item:", "Decision maker:", ... then "5", "Cabinet Member
 * for ...", ...), so a value is known by its shape (a date, a lone number, a body's name, an
 * officer's title) when it does not stand beside its label.
 *
 * Output: the report (`reports`), the meeting it went to (status `agenda`, one item), and one
 * `recommendations` record per recommendation, status `not-stated`: a report says what is
 * recommended, not what was decided.
 */
import { parseDate, WRITTEN_DATE } from '../../../src/model/dates.ts';
import { shortSlug, slugify } from '../../../src/model/slug.ts';
import { meetingRecords, type MeetingDraft } from '../assemble.ts';
import { toMarkdown } from '../minutes-markdown.ts';
import { ImportError, type ImportRecord, type ParseContext, type Parser } from '../records.ts';
import { squash } from '../text.ts';
import { councilFor, councilsNamed, dateFor, headLines, isPageMark } from './common.ts';
import { addresseeNamed, readRecommendations, RECOMMENDATIONS } from './report-recommendations.ts';

const ITEM_MARK = /^(?:agenda\s+)?item\s*(?:no\.?|number)?\s*[:.]?\s*(\d{1,4}[a-z]?(?:\.\d{1,3})*)?\s*:?$/i;
const REPORT_MARK = /^(?:report\s+(?:by|of|author|from|to)|decision\s+maker|purpose\s+of\s+(?:the\s+)?report|author)\b/i;
/** Labels of the header form; a line ending in ":" that is not one of these is text (a title may end in ":"). */
const HEADER_LABEL =
  /^(agenda\s+item|item(?:\s+no\.?)?|decision\s+maker|decision\s+taker|meeting|committee|report\s+to|date(?:\s+of\s+(?:meeting|decision|report))?|report\s+(?:by|of|author|from)|author|lead\s+officer|contact(?:\s+officer)?|subject|title|report\s+title|wards?(?:\s+affected)?|key\s+decision\b[^:]*|budget\b[^:]*|classification|exempt\b[^:]*|forward\s+plan\b[^:]*)\s*:\s*(.*)$/i;
const DECISION_MAKER =
  /^(?:(?:the\s+)?cabinet(?:\s+member\s+for\s+.+)?|(?:full\s+)?council|(?:executive|lead)\s+member\s+for\s+.+|portfolio\s+holder\s+for\s+.+|leader\s+of\s+the\s+council|.+\s(?:committee|sub-committee|panel|board|cabinet))$/i;
const OFFICER =
  /^(?:(?:head|director|chief|assistant|deputy|strategic|corporate|interim|acting|executive\s+director)\b.*|.*\b(?:officer|manager|clerk|director|solicitor|treasurer))$/i;
/** Where the header ends: the first numbered section or a report's opening heading. */
const FIRST_SECTION =
  /^(?:\d{1,2}\.\s+[A-Z]|(?:purpose(?:\s+of\s+(?:the\s+)?report)?|executive\s+summary|summary|introduction|recommendations?)\s*:?$)/i;
interface Header {
  body: string | null;
  date: string | null;
  item: string | null;
  title: string | null;
  author: string | null;
}

/** "Eastbrook Town Council Meeting 14 March 2023", "Meeting of the Cabinet, 3 May 2019". */
function bodyAndDate(line: string): { body: string; date: string } | null {
  const match = new RegExp(
    `^(?:meeting\\s+of\\s+(?:the\\s+)?)?(.+?)\\s*(?:meeting)?\\s*[-–,:]?\\s*(?:held\\s+on\\s+)?(?<!\\d)(${WRITTEN_DATE.source})`,
    'i',
  ).exec(line);
  const date = match ? parseDate(match[2] ?? '') : null;
  const body = squash((match?.[1] ?? '').replace(/\s+meeting$/i, ''));
  return match && date && body && !HEADER_LABEL.test(line) ? { body, date } : null;
}

function readHeader(lines: string[]): Header {
  const header: Header = { body: null, date: null, item: null, title: null, author: null };
  const runs: string[][] = [[]];
  // "Agenda item:" printed without its value: the value is the lone number printed later.
  let itemLabelAlone = false;
  for (const raw of lines) {
    const line = squash(raw);
    const labelled = HEADER_LABEL.exec(line);
    const item = ITEM_MARK.exec(line);
    const dated = bodyAndDate(line);
    if (line === '' || /^(?:yes|no|n\/a)$/i.test(line) || /^\d{1,2}\.$/.test(line)) {
      runs.push([]);
    } else if (item) {
      if (item[1]) header.item ??= item[1];
      else itemLabelAlone = true;
      runs.push([]);
    } else if (labelled) {
      const label = (labelled[1] ?? '').toLowerCase();
      const value = squash(labelled[2] ?? '');
      if (value && /^(?:subject|title|report title)$/.test(label)) header.title ??= value;
      else if (value && /^(?:decision|meeting|committee|report to)/.test(label)) header.body ??= value;
      else if (value && label.startsWith('date')) header.date ??= parseDate(value);
      else if (value && /^(?:report|author|lead|contact)/.test(label)) header.author ??= value;
      runs.push([]);
    } else if (dated && !header.date) {
      header.date = dated.date;
      header.body ??= dated.body;
      runs.push([]);
    } else if (!header.date && parseDate(line) && line.split(/\s+/).length <= 6) {
      header.date = parseDate(line);
      runs.push([]);
    } else if (itemLabelAlone && /^\d{1,4}[a-z]?$/.test(line)) {
      header.item ??= line;
      runs.push([]);
    } else if (DECISION_MAKER.test(line) && line.split(/\s+/).length <= 12) {
      header.body ??= line;
      runs.push([]);
    } else if (OFFICER.test(line) && line.split(/\s+/).length <= 10) {
      header.author ??= line;
      runs.push([]);
    } else {
      runs.at(-1)?.push(line);
    }
  }
  // The title: the first run of text in the header that is not a sentence of the summary.
  const first = runs.find((run) => run.length > 0 && run.length <= 4 && !/\.\s*$/.test(run.at(-1) ?? ''));
  header.title ??= first ? squash(first.join(' ')) : null;
  return header;
}

/** The report's text as Markdown, page numbers dropped. */
function reportBody(lines: string[]): string {
  return toMarkdown(lines.filter((line) => !isPageMark(line)).join('\n'));
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
      reference: null,
      council: councilId,
      committee: committeeId,
      meeting: meeting.id,
      item: header.item,
      date: dates.date,
      contact: header.author,
      kind: 'report',
      warnings: [
        ...(header.item ? [] : ['agenda item number not stated']),
        ...(dates.date ? [] : ['report date not stated']),
        ...(header.author ? [] : ['report author not stated']),
      ],
      provenance,
    },
    body: reportBody(lines),
  });
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
        committee: committeeId,
        meetingDates: dates.date ? [dates.date] : [],
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
    const recommends = lines.some((line) => RECOMMENDATIONS.test(line));
    const reportMarked = lines.some((line) => REPORT_MARK.test(line));
    const minutes = lines.some((line) => /^minutes\s*:?$/i.test(line)) || head.some((line) => /^(?:members\s+)?present\s*:/i.test(line));
    return itemMarked && recommends && reportMarked && !minutes;
  },
  parse(text, context) {
    return { records: parseReport(text, context) };
  },
};
