/**
 * Recommendations that reports list with their outcomes, and the lifecycle fields of the
 * recommendations other parsers made from reports and trackers.
 *
 * - "Recommendations and outcome": entries `- I. …` (roman, numbered or lettered), each followed by
 *   the paragraphs saying what became of it (seed 001, PAF/01/15, the Leaving Care Review): one
 *   record each, the outcome as an update at the meeting the report went to.
 * - "Areas for improvement" (an inspection's numbered recommendations: seed 001's Ofsted report,
 *   for the local authority and for the LSCB): one record each; no response is stated.
 */
import { implementationFromWords, responseDueFrom } from '../../../src/model/recommendation-lifecycle.ts';
import { slugify } from '../../../src/model/slug.ts';
import { addresseeNamed } from '../kinds/report-recommendations.ts';
import { squash } from '../text.ts';
import { addresseeKindOf, blankRecommendation, subjectOf, type RecommendationRecord, type ReportRecord } from './common.ts';

const OUTCOMES_HEADING = /^(?:\d{1,2}\.\s+)?recommendations\s+and\s+(?:their\s+)?outcomes?\s*:?$/i;
const ENTRY = /^(?:[-*]\s+)?\(?((?:[IVXLC]{1,6})|\d{1,2}|[a-z])[.)]\s+(.+)$/;
const AREAS_HEADING = /^areas\s+for\s+improvement\s*:?$/i;
const NUMBERED_PARAGRAPH = /^(\d{1,3})\.\s+(.+)$/;
/** Where an outcomes list stops: a signature (hard line break), a heading, a numbered section. */
const LIST_END = /\\$|^#{1,6}\s|^\d{1,2}\.\s+[A-Z][\w ]{0,40}$/;

function report(rec: ReportRecord, madeBy: string | null) {
  return {
    council: rec.data.council,
    committee: rec.data.committee,
    report: rec.id,
    meeting: rec.data.meeting ?? null,
    item: rec.data.item ?? null,
    madeBy,
    provenance: rec.data.provenance,
  };
}

/** "Update on the implementation of recommendations from the Leaving Care Review" → "Leaving Care Review". */
function reviewNamed(lines: string[]): string | null {
  for (const line of lines) {
    const match = /\brecommendations\s+(?:from|of)\s+the\s+(.+?)\s*$/i.exec(line);
    if (match?.[1] && /^[A-Z]/.test(match[1]) && match[1].split(/\s+/).length <= 8) return match[1];
  }
  return null;
}

/** Entries of a "Recommendations and outcome" list with the paragraphs that follow each. */
function outcomeEntries(lines: string[], start: number): { reference: string; text: string; outcome: string }[] {
  const entries: { reference: string; text: string[]; outcome: string[] }[] = [];
  for (const raw of lines.slice(start + 1)) {
    const line = raw.trim();
    if (line === '') continue;
    if (LIST_END.test(line)) break;
    const entry = /^[-*]\s+/.test(line) ? ENTRY.exec(line) : null;
    if (entry) entries.push({ reference: entry[1] ?? '', text: [entry[2] ?? ''], outcome: [] });
    else entries.at(-1)?.outcome.push(line);
  }
  return entries.map((entry) => ({ reference: entry.reference, text: entry.text.join('\n'), outcome: entry.outcome.join('\n\n') }));
}

/** Who an inspection's list is for: the nearest "Section N: …" heading above, else the local authority. */
function inspectionAddressee(lines: string[], at: number): string {
  for (let index = at; index >= 0; index -= 1) {
    const section = /^Section\s+\d+:\s*(.+)$/i.exec(lines[index] ?? '');
    if (section)
      return /safeguarding\s+children\s+board|lscb/i.test(section[1] ?? '') ? 'Local Safeguarding Children Board' : 'the local authority';
  }
  return 'the local authority';
}

function inspectionBy(body: string): string | null {
  if (!/\bOfsted\b/.test(body)) return null;
  const dates = /^Inspection\s+dates?:\s*(.+)$/im.exec(body)?.[1];
  return dates ? `Ofsted inspection (${squash(dates)})` : 'Ofsted inspection';
}

export function fromReportLists(rec: ReportRecord, councilName: string | null): RecommendationRecord[] {
  const lines = rec.body.split('\n');
  const records: RecommendationRecord[] = [];
  const updateDate = rec.data.date ?? null;
  const start = lines.findIndex((line) => OUTCOMES_HEADING.test(squash(line)));
  if (start >= 0) {
    const review = reviewNamed(lines.slice(0, start));
    const context = lines.slice(0, start).join(' ');
    const agreed = /([^.]*\brecommendations\s+(?:were\s+)?agreed\b[^.]*\.)/i.exec(context)?.[1]?.trim() ?? null;
    const target = /\bfor\s+implementation\s+(between\s+\w+\s+\d{4}\s+and\s+\w+\s+\d{4}|by\s+\w+\s+\d{4})/i.exec(context)?.[1] ?? null;
    const group = slugify(review ?? 'recommendations');
    for (const entry of outcomeEntries(lines, start)) {
      records.push({
        collection: 'recommendations',
        id: `${rec.id}/${group}-${entry.reference.toLowerCase()}`,
        data: {
          ...blankRecommendation(),
          ...report(rec, review),
          reference: entry.reference,
          subject: subjectOf(entry.text),
          meetingDates: updateDate ? [updateDate] : [],
          targetDate: target,
          response: agreed
            ? {
                date: null,
                meeting: null,
                item: null,
                by: null,
                outcome: 'accepted',
                text: agreed,
                note: 'the report states that the recommendations were agreed',
              }
            : null,
          implementation: implementationFromWords(entry.outcome),
          updates: entry.outcome ? [{ date: updateDate, meeting: rec.data.meeting ?? null, text: entry.outcome }] : [],
          ...responseDueFrom(null, ''),
          warnings: [
            'date made not stated',
            'to whom it is addressed is not stated',
            ...(agreed ? ['date of the decision to agree it not stated'] : []),
          ],
        },
        body: entry.text,
      });
    }
  }
  const by = inspectionBy(rec.body);
  lines.forEach((line, index) => {
    if (!AREAS_HEADING.test(squash(line))) return;
    const addressee = inspectionAddressee(lines, index);
    const named = addressee === 'the local authority' && councilName ? councilName : addressee;
    for (const raw of lines.slice(index + 1)) {
      const text = raw.trim();
      if (text === '') continue;
      const numbered = NUMBERED_PARAGRAPH.exec(text);
      if (!numbered) break;
      records.push({
        collection: 'recommendations',
        id: `${rec.id}/${slugify(addressee === 'the local authority' ? 'inspection' : addressee)}-${numbered[1] ?? ''}`,
        data: {
          ...blankRecommendation(),
          ...report(rec, by),
          reference: numbered[1] ?? null,
          subject: subjectOf(numbered[2] ?? ''),
          addressee: named,
          addresseeKind: addresseeKindOf(named, rec.data.council),
          ...responseDueFrom(null, ''),
          warnings: ['date made not stated', 'no response is stated in the report'],
        },
        body: numbered[2] ?? '',
      });
    }
  });
  return records;
}

/** The tracker's latest words as a dated update, reported at the meeting the tracker went to. */
export function trackerLifecycle(rec: RecommendationRecord, tracker: ReportRecord): void {
  const data = rec.data;
  data.meeting ??= tracker.data.meeting ?? null;
  if (data.madeDate === undefined || data.madeDate === null) {
    data.madeDate = data.meetingDates?.[0] ?? null;
  }
  const addressed = /\brecommendations?\s+to\s+the\s+(Cabinet(?:\s+Member)?)\b/i.exec(data.subject)?.[1] ?? null;
  if (addressed && !data.addressee) {
    data.addressee = addressed;
    data.addresseeKind = addresseeKindOf(addressed, data.council);
  }
  if (data.statusText && (data.updates ?? []).length === 0) {
    data.updates = [{ date: tracker.data.date ?? null, meeting: tracker.data.meeting ?? null, text: data.statusText }];
  }
  if (!data.responseDueNote) Object.assign(data, responseDueFrom(null, ''));
}

/**
 * A report's own recommendations (scripts/import/kinds/report.ts): made at the meeting the report
 * went to, unless another committee made them (its report to Cabinet); when that meeting is the executive's, it received them that day, so a response is due
 * two months on.
 */
export function reportLifecycle(rec: RecommendationRecord, source: ReportRecord, decisionMaker: string | null): void {
  const data = rec.data;
  // A recommendation read with its response (a response paper, an annual report) links the paper that
  // answers or reports on it: that paper's date, meeting and body are not when, where or to whom it was made.
  if (data.response) {
    // Whom the paper says it went to ("reported to Cabinet on …") is typed as any addressee is.
    if (data.addressee && !data.addresseeKind) data.addresseeKind = addresseeKindOf(data.addressee, data.council);
    if (!data.responseDueNote) Object.assign(data, responseDueFrom(null, ''));
    return;
  }
  data.meeting ??= source.data.meeting ?? null;
  data.item ??= source.data.item ?? null;
  // A report's date is the day its meeting received it: the day its recommendations were made only when
  // that meeting's committee made them, not when a scrutiny committee's report goes to Cabinet.
  data.madeDate ??= data.committee === source.data.committee ? (source.data.date ?? null) : null;
  // The report reader names the addressee a lead-in states ("That Cabinet:"; "the Committee" is the one the report
  // went to, which a pack's report reader does not know by name); else it is the body the report went to.
  if (decisionMaker) data.addressee = data.addressee ? addresseeNamed(data.addressee, decisionMaker) : decisionMaker;
  if (data.addressee && !data.addresseeKind) data.addresseeKind = addresseeKindOf(data.addressee, data.council);
  const unknown = [
    ...(data.madeDate ? [] : ['date made not stated']),
    ...(data.addressee ? [] : ['to whom it is addressed is not stated']),
  ];
  data.warnings = [...(data.warnings ?? []), ...unknown.filter((warning) => !data.warnings?.includes(warning))];
  const executive = (kind: string | undefined | null) => kind === 'cabinet' || kind === 'cabinet-member';
  // Received that day only when the report went to the executive: a committee's report that recommends on to Cabinet
  // (a pack's scrutiny report) reaches Cabinet later, on a day it does not state.
  const toExecutive = decisionMaker !== null && executive(addresseeKindOf(decisionMaker, data.council));
  const received = typeof source.data.date === 'string' ? source.data.date : null;
  if (executive(data.addresseeKind) && toExecutive && received !== null && !data.receivedDate) {
    data.receivedDate = received;
    Object.assign(
      data,
      responseDueFrom(received, `the date of the ${decisionMaker ?? 'executive'} meeting the report went to (report header)`),
    );
  } else if (!data.responseDueNote) {
    Object.assign(data, responseDueFrom(null, ''));
  }
}
