import { describe, expect, it } from 'vitest';
import { parseSource } from '../import-sources.ts';
import { annualReportParser } from './annual-report.ts';

const ANNUAL = [
  'Dunholm City Council',
  'Annual Report of the Overview and Scrutiny Committee 2025',
  '',
  'Chair, Overview and Scrutiny Committee',
  'March 2026',
  '',
  '1. Libraries review',
  '',
  'Cabinet responded on 12 January 2026.',
  '',
  'R1 That opening hours are published online. (Accepted)',
  'R2 That a mobile library serves the villages.',
  '',
  '2. Looking ahead',
  '',
  'The Committee agreed its work programme on 2 March 2026.',
].join('\n');

const JOINT = [
  'TARNSIDE JOINT ARCHIVES COMMITTEE',
  'ANNUAL REPORT 2024/25',
  'Report to: Orbury District Council and Penmarsh Borough Council',
  'Prepared by: Lena Pike, Archives Manager',
  'Date: 14 May 2025',
  '',
  '1. Introduction',
  'The Committee runs the shared record office.',
  '',
  '2. Members',
  'Cllr Ada Vine (Chair)          Cllr Rob Oakes',
  '',
  '3. Decisions',
  '9 July 2024      Agreed the opening hours.',
  '',
  '4. Recommendation',
  '4.1 That each partner council notes this report.',
].join('\n');

describe("overview and scrutiny's annual report", () => {
  it('is claimed by its title heading the file, never by minutes or a text that mentions one', () => {
    expect(annualReportParser.detect(ANNUAL)).toBe(true);
    expect(annualReportParser.detect(`Minutes\nPresent: Councillor A Ash\n${ANNUAL}`)).toBe(false);
    expect(annualReportParser.detect('Cabinet\n5 May 2026\n\n1. Overview and Scrutiny Annual Report 2025\nNoted.')).toBe(false);
    expect(annualReportParser.detect('Cabinet\n5 May 2026\n\n4. Audit Committee Annual Report 2025\nNoted.')).toBe(false);
    expect(annualReportParser.detect('Orbury District Council\nAnnual Report 2025\n\nThe council met five times.')).toBe(false);
  });

  it("claims another body's annual report, its name in the title or on the line above", () => {
    expect(annualReportParser.detect('Audit Committee Annual Report 2025\n\nThe committee met five times.')).toBe(true);
    expect(annualReportParser.detect(JOINT)).toBe(true);
  });

  it('of a joint body: no council of its own, no meeting, and its members, meetings and decisions named as not read', () => {
    const records = parseSource(JOINT, 'joint.txt', {});
    expect(records.some((record) => record.collection === 'meetings' || record.collection === 'recommendations')).toBe(false);
    const report = records.find((record) => record.collection === 'reports');
    expect(report?.collection === 'reports' && report.data).toMatchObject({
      title: 'ANNUAL REPORT 2024/25',
      council: null,
      committee: 'not-stated/tarnside-joint-archives-committee',
      date: '2025-05-14',
      meeting: null,
      contact: 'Lena Pike, Archives Manager',
    });
    expect(report?.data.warnings).toEqual([
      'council not stated: the report goes to 2 councils (Orbury District Council; Penmarsh Borough Council) and names none its own',
      'an annual report: the meeting it goes to is not stated',
      'members, meetings, attendance and decisions the report lists are not read, only kept in its text: "2. Members"; "3. Decisions"',
    ]);
  });

  it('is one report of the body that made it, its recommendations with the answers printed, and no decision or meeting', () => {
    const records = parseSource(ANNUAL, 'annual.txt', {});
    expect(records.some((record) => record.collection === 'meetings')).toBe(false);
    const report = records.find((record) => record.collection === 'reports');
    expect(report?.collection === 'reports' && report.data).toMatchObject({
      title: 'Annual Report of the Overview and Scrutiny Committee 2025',
      committee: 'dunholm-city-council/overview-and-scrutiny-committee',
      date: null,
      meeting: null,
    });
    expect(report?.data.warnings).toContain('report dated "March 2026" only: no day, so no date is set');
    const recs = records.flatMap((record) => (record.collection === 'recommendations' ? [record.data] : []));
    expect(
      recs.map((rec) => [rec.reference, rec.subject, rec.addressee, rec.response?.outcome ?? null, rec.response?.date ?? null]),
    ).toEqual([
      ['R1', 'That opening hours are published online', 'Cabinet', 'accepted', '2026-01-12'],
      ['R2', 'That a mobile library serves the villages', 'Cabinet', null, null],
    ]);
    expect(recs[1]?.warnings).toContain('no response is printed with it');
  });

  it('gives each committee once, though two sections name the one that made the report', () => {
    const twice = ANNUAL.replace('1. Libraries review', '1. Libraries review (Overview and Scrutiny Committee)');
    const ids = parseSource(twice, 'annual.txt', {}).flatMap((record) => (record.collection === 'committees' ? [record.id] : []));
    expect(ids).toEqual(['dunholm-city-council/overview-and-scrutiny-committee']);
  });
});
