/**
 * Pack pieces to ImportRecords: reports and tracker rows (meetings go through
 * meetingRecords() in assemble.ts, so ids match the other parsers').
 */
import type { Provenance } from '../../../src/model/schema.ts';
import type { ImportRecord, ParseContext, RecordOf } from '../records.ts';
import { shortSlug, slugify } from '../../../src/model/slug.ts';
import type { ReportDraft } from './report.ts';
import { ownRecommendations } from './own-recommendations.ts';
import { isTrackerPaper, readTracker, type TrackerRow } from './tracker.ts';

export interface PackIds {
  council: string | null;
  committee: string | null;
  /** Id of the meeting the pack is for. */
  meeting: string;
  /** Date of that meeting, for ids of reports that have no reference. */
  day: string;
}

export function provenanceOf(context: ParseContext): Provenance {
  return { file: context.file, format: 'pdf-pack', url: context.meta.url ?? null };
}

/** An agenda item's number: a PDF pack's agenda table gives it as a number, a meeting record as printed ("4", "4a"). */
export type PackItem = number | string | null;

export function reportId(ids: PackIds, reference: string | null, item: PackItem): string {
  const own = reference ? slugify(reference) : `${ids.day}-item-${item ?? 'unnumbered'}`;
  return `${ids.council ?? 'not-stated'}/${own}`;
}

/** What a report says of its own agenda item when the agenda lists it under another. */
export function statedItemWarnings(report: ReportDraft, listed: PackItem): string[] {
  const stated = report.statedItem;
  return stated !== null && listed !== null && String(stated) !== String(listed)
    ? [`the report says agenda item ${stated}, the agenda lists it under item ${listed}`]
    : [];
}

/** A report of a pack as read: its draft, the agenda item that lists it, its title, and what its reader warns of. */
export interface PackPaper {
  draft: ReportDraft;
  item: PackItem;
  title: string;
  warnings: string[];
}

function reportRecord({ draft: report, item, title, warnings }: PackPaper, ids: PackIds, context: ParseContext): ImportRecord {
  const missing = [...(report.date ? [] : ['report date not stated']), ...(report.contact ? [] : ['report contact not stated'])];
  return {
    collection: 'reports',
    id: reportId(ids, report.reference, item),
    data: {
      title,
      reference: report.reference,
      council: ids.council,
      committee: ids.committee,
      meeting: ids.meeting,
      item,
      date: report.date,
      contact: report.contact,
      kind: 'report',
      warnings: [...warnings, ...missing],
      provenance: provenanceOf(context),
    },
    body: report.body,
  };
}

/**
 * A report's record and, when the report is a recommendations tracker, one record for each of its rows;
 * else one for each of its own recommendations that asks a body to act (own-recommendations.ts).
 */
export function paperRecords(paper: PackPaper, ids: PackIds, context: ParseContext): ImportRecord[] {
  if (isTrackerPaper(paper.title)) {
    const record = reportRecord(paper, ids, context);
    return [record, ...readTracker(paper.draft.bodyLines).map((row, index) => recommendationRecord(row, index, record.id, ids, context))];
  }
  const own = ownRecommendations(paper.draft, paper.title, ids.day === 'undated' ? null : ids.day);
  const record = reportRecord({ ...paper, warnings: [...paper.warnings, ...own.warnings] }, ids, context);
  const recommendations = own.rows.map(({ row, addressee }, index) => {
    const written = recommendationRecord(row, index, record.id, ids, context, 'report');
    return addressee === null ? written : { ...written, data: { ...written.data, addressee } };
  });
  return [record, ...recommendations];
}

const JOINING = new Set(['and', 'of', 'the', 'for']);

/**
 * True when a row's committee cell names the committee the tracker is for: its name or the start
 * of it ("People & Families" for the People and Families Scrutiny Committee), or its initials
 * ("CSC" for the Corporate Scrutiny Committee; "PFSC" or "PAFSC" for the People and Families one),
 * as trackers shared by committees print them.
 */
function sameCommittee(cell: string, committeeId: string): boolean {
  const own = (committeeId.split('/').at(-1) ?? '').split('-');
  const letters = cell.toLowerCase().replace(/[^a-z]/g, '');
  const initials = (words: string[]) => words.map((word) => word.charAt(0)).join('');
  const words = slugify(cell)
    .split('-')
    .filter((word) => word !== '' && !JOINING.has(word));
  const start = own.filter((word) => !JOINING.has(word)).slice(0, words.length);
  const named = words.length > 0 && words.join('-') === start.join('-');
  return named || letters === initials(own) || letters === initials(own.filter((word) => !JOINING.has(word)));
}

/** A row's record; `paper` names what the row was read from, in its warnings (a tracker, or a report's own recommendations). */
export function recommendationRecord(
  row: TrackerRow,
  index: number,
  report: string,
  ids: PackIds,
  context: ParseContext,
  paper: 'tracker' | 'report' = 'tracker',
): RecordOf<'recommendations'> {
  const number = String(index + 1).padStart(2, '0');
  const name = shortSlug(row.subject, 48);
  // A row made by another committee than the tracker's ("PSC" in a tracker for the Corporate Scrutiny Committee), or a
  // scrutiny committee's report in a Cabinet pack: its committee is not known.
  const otherCommittee = row.committee !== null && ids.committee !== null && !sameCommittee(row.committee, ids.committee);
  const warnings = [
    ...row.warnings,
    ...(row.body.trim() === '' ? [`recommendation text not stated in the ${paper}`] : []),
    ...(otherCommittee ? [`made by "${row.committee}" as the ${paper} says, not matched to a committee by name`] : []),
  ];
  return {
    collection: 'recommendations',
    id: `${report}/${number}-${name}`,
    data: {
      reference: row.reference,
      subject: row.subject,
      council: ids.council,
      committee: otherCommittee ? null : ids.committee,
      approach: row.approach,
      leadOfficer: row.leadOfficer,
      responsibleMember: row.responsibleMember,
      meetingDates: row.meetingDates,
      reviewDate: row.reviewDate,
      status: row.status,
      statusText: row.statusText,
      // Only what the tracker has a column or words for, so records of other trackers stay as they were.
      ...(row.targetDate === undefined ? {} : { targetDate: row.targetDate }),
      ...(row.item === undefined ? {} : { item: row.item }),
      ...(row.implementation === 'not-stated' ? {} : { implementation: row.implementation }),
      ...(row.rag === undefined ? {} : { rag: row.rag }),
      ...(row.response === null ? {} : { response: row.response }),
      report,
      warnings,
      provenance: provenanceOf(context),
    },
    body: row.body,
  };
}
