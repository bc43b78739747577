/**
 * A report known by its sections: an officer's report with no "Report of …" line and no agenda item mark is a report
 * when its numbered sections are a report's, and minutes or an agenda whose items carry such words are not.
 */
import { describe, expect, it } from 'vitest';
import { parserFor } from '../parsers.ts';
import { reportParser } from './report.ts';

/** An officer's report in capitals: no "Report of" line, no item number, a planning committee's cover. */
const capitals = [
  'FENWICK BOROUGH COUNCIL',
  '',
  'DEVELOPMENT CONTROL COMMITTEE - 14 MAY 2026',
  '',
  'TREE PRESERVATION ORDERS CONFIRMED IN 2025/26',
  '',
  '1. PURPOSE',
  '',
  '1.1 To tell the Committee which provisional orders were confirmed during the year.',
  '',
  '2. RECOMMENDATION',
  '',
  '2.1 That the report be noted.',
  '',
  '3. ORDERS CONFIRMED',
  '',
  '3.1 Eleven orders were confirmed, four with changes to the plan.',
  '',
  '4. FINANCIAL IMPLICATIONS',
  '',
  '4.1 None.',
  '',
  '5. BACKGROUND PAPERS',
  '',
  'The order files held by the Tree Officer.',
].join('\n');

/** A cabinet report in sentence case, its author in an "Author:" field, closed by a contact officer. */
const sentenceCase = [
  'Haddon Vale District Council',
  '',
  'Cabinet',
  '8 June 2026',
  '',
  'Car Park Tariffs 2026/27',
  '',
  'Portfolio: Councillor Joan Pryce, Transport',
  'Author: Omar Lyle, Parking Manager',
  '',
  '1. Purpose of Report',
  '',
  '1.1 To set the tariffs for the council-run car parks.',
  '',
  '2. Recommendations',
  '',
  '2.1 That Cabinet approves the tariffs in Appendix A from 1 July 2026.',
  '',
  '3. Legal Implications',
  '',
  '3.1 A notice of variation must be published 21 days ahead.',
  '',
  'Contact officer: Omar Lyle, 01632 960700',
].join('\n');

describe('a report known by its sections', () => {
  it('an officer report with a purpose, a recommendation and an implications or background papers section is a report', () => {
    expect(reportParser.detect(capitals)).toBe(true);
    expect(parserFor(capitals)).toBe(reportParser);
    expect(reportParser.detect(sentenceCase)).toBe(true);
    expect(parserFor(sentenceCase)).toBe(reportParser);
  });

  it('its recommendation is read as a report recommendation, its title from the cover', () => {
    const records = reportParser.parse(capitals, { file: 'tpo.txt', meta: {} }).records;
    const report = records.find((record) => record.collection === 'reports');
    expect(report?.data).toMatchObject({ title: 'TREE PRESERVATION ORDERS CONFIRMED IN 2025/26', date: '2026-05-14' });
    const recommendations = records.filter((record) => record.collection === 'recommendations');
    expect(recommendations.map((record) => record.data)).toMatchObject([{ reference: '2.1', subject: 'That the report be noted.' }]);
  });

  it('a report with a purpose and sections but no recommendation is not claimed by its sections', () => {
    expect(reportParser.detect(capitals.replace('2. RECOMMENDATION', '2. BACKGROUND'))).toBe(false);
  });

  it("minutes whose first item is no report section are not claimed, though an item holds a report's headings", () => {
    const minutes = [
      'Fenwick Borough Council',
      'Development Control Committee, 14 May 2026',
      '',
      '1. Apologies for absence',
      'None.',
      '',
      '2. Tree preservation orders',
      'Purpose of report',
      'The Committee received a report on the orders confirmed.',
      'Recommendations',
      'That the report be noted.',
      'Financial implications',
      'None.',
      'RESOLVED: that the report be noted.',
    ].join('\n');
    expect(reportParser.detect(minutes)).toBe(false);
  });

  it("an agenda whose first item is a report's purpose but which lists no implications or papers is not claimed", () => {
    const agenda = [
      'Fenwick Borough Council',
      'Cabinet, 8 June 2026',
      '',
      '1. Purpose of the meeting',
      '',
      '2. Recommendations of the Scrutiny Panel',
      '',
      '3. Any other business',
    ].join('\n');
    expect(reportParser.detect(agenda)).toBe(false);
  });
});
