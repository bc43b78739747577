/**
 * The recommendation pass, run once after every file of an import is parsed and merged
 * (`importSources`): it derives recommendations from minutes and reports, links responses to the
 * recommendations they answer across files, and fills the lifecycle fields the text states.
 * Nothing is invented: a field the records do not state stays null, with a warning.
 */
import { isTrackerPaper } from '../pdf-pack/tracker.ts';
import { recordsIn, type ImportRecord } from '../records.ts';
import type { RecommendationRecord, ReportRecord } from './common.ts';
import { attachResponse, fromPanelReports, fromResolutions, panelCommittee, responsesIn } from './from-meetings.ts';
import { fromReportLists, reportLifecycle, trackerLifecycle } from './from-reports.ts';

/** Records in, records out: the same records, lifecycle fields filled, and the recommendations derived. */
export function linkRecommendations(input: readonly ImportRecord[]): ImportRecord[] {
  const records = [...input];
  const have = new Set(records.map((record) => `${record.collection}/${record.id}`));
  const add = (record: ImportRecord): void => {
    const key = `${record.collection}/${record.id}`;
    if (have.has(key)) return;
    have.add(key);
    records.push(record);
  };
  const meetings = recordsIn(records, 'meetings');
  const reports = new Map(recordsIn(records, 'reports').map((report) => [report.id, report]));
  const councils = new Map(recordsIn(records, 'councils').map((council) => [council.id, council.data.name]));
  const committees = new Map(recordsIn(records, 'committees').map((committee) => [committee.id, committee.data.name]));

  // Lifecycle of the recommendations the parsers made (tracker rows, a report's Recommendations).
  for (const rec of recordsIn(records, 'recommendations')) {
    const source = rec.data.report ? reports.get(rec.data.report) : undefined;
    if (!source) continue;
    // A pack's report that is no tracker gives its own recommendations, made as a single report's are.
    const format = rec.data.provenance.format;
    if (format === 'tracker' || (format === 'pdf-pack' && isTrackerPaper(source.data.title))) trackerLifecycle(rec, source);
    else reportLifecycle(rec, source, source.data.committee ? (committees.get(source.data.committee) ?? null) : null);
  }
  // Reports that list recommendations with their outcomes, or an inspection's.
  for (const report of reports.values()) {
    const councilName = report.data.council ? (councils.get(report.data.council) ?? null) : null;
    fromReportLists(report as ReportRecord, councilName).forEach(add);
  }
  // Minutes: resolutions to the executive, a panel's report agreed.
  for (const meeting of meetings) {
    fromResolutions(meeting).forEach(add);
    const { recommendations, panel } = fromPanelReports(meeting);
    recommendations.forEach(add);
    const committee = panel && recommendations.length > 0 ? panelCommittee(meeting, panel) : null;
    if (committee) add(committee);
  }
  // Responses last, so they can find what every file made.
  const titles = new Map([...reports.values()].map((report) => [report.id, report.data.title]));
  for (const meeting of meetings) {
    for (const found of responsesIn(meeting)) {
      const all: RecommendationRecord[] = recordsIn(records, 'recommendations');
      const own = attachResponse(found, all, titles);
      if (own) add(own);
      const committee = found.panel ? panelCommittee(meeting, found.panel) : null;
      if (committee) add(committee);
    }
  }
  return records;
}
