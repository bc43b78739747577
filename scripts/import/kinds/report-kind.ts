/**
 * A report known by its sections: an officer's report with no "Report of …" line and no agenda item mark ("Cabinet",
 * the date, the title, "Author: …", then "1. Purpose of Report") is a report when its numbered sections are a
 * report's. report.ts's detector asks here besides its header marks.
 */
import { parseDate } from '../../../src/model/dates.ts';
import { squash } from '../text.ts';
import { CLOSING_CONTACT } from './report-header.ts';
import { RECOMMENDATIONS } from './report-recommendations.ts';
import { REPORT_CLOSING, REPORT_OPENING } from './report-sections.ts';

/** A numbered heading of a record's first level: "1. PURPOSE", "3 Apologies for absence" (not "1.1 To report …", nor a date). */
const NUMBERED_HEADING = /^\d{1,2}\.?\s+[A-Za-z]/;
const isNumberedHeading = (line: string): boolean => NUMBERED_HEADING.test(line) && line.split(/\s+/).length <= 8 && !parseDate(line);

/**
 * True when a record's sections are an officer report's: its first numbered heading opens a report (purpose or
 * summary), it has a recommendation(s) section, and a section a report closes with (implications, background papers,
 * appendices) or a closing contact field. Minutes and agendas open with other items ("1. Apologies"), so a report's
 * headings inside one of their items never make them a report.
 */
export function hasReportSections(lines: readonly string[]): boolean {
  const squashed = lines.map(squash).filter((line) => line !== '');
  const first = squashed.find(isNumberedHeading);
  if (!first || !REPORT_OPENING.test(first)) return false;
  const recommends = squashed.some((line) => RECOMMENDATIONS.test(line));
  const closes = squashed.some((line) => REPORT_CLOSING.test(line) || CLOSING_CONTACT.test(line));
  return recommends && closes;
}
