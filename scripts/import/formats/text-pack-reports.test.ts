import { describe, expect, it } from 'vitest';
import { parseSource } from '../import-sources.ts';
import { recordsIn } from '../records.ts';
import { frontSheet } from './text-pack.ts';
import { withPackReports } from './text-pack-reports.ts';

/** A front sheet: the council, the committee and date, then the agenda, one item reference-named. */
const FRONT = `ASHCOMBE DISTRICT COUNCIL
Housing Review Panel, Tuesday 17 March 2026 at 6.30 pm

1. Apologies for absence
2. Empty Homes Update (Pages 3 - 8)
3. Tenant Survey Results - report HSG/07/26 (Pages 9 - 12)
4. Garage Sites (Pages 13 - 16)
`.split('\n');

/** A report as a pack prints it: the council's name, the header block, then numbered sections (`body`). */
const report = (fields: string[], body = ['1. Purpose of Report', '1.1 To inform the Panel.']): string[] => [
  'ASHCOMBE DISTRICT COUNCIL',
  '',
  'REPORT TO: Housing Review Panel',
  ...fields,
  '',
  ...body,
  '',
];

const EMPTY_HOMES = report(['DATE: 17 March 2026', 'REPORT OF: Head of Housing', 'SUBJECT: Empty Homes Update']);

const read = (lines: string[]) => parseSource(lines.join('\n'), 'pack.txt', {});
const meetingOf = (lines: string[]) => recordsIn(read(lines), 'meetings')[0]!;
const reportsOf = (lines: string[]) => recordsIn(read(lines), 'reports');
const recommendationsOf = (lines: string[]) => recordsIn(read(lines), 'recommendations');

describe('the reports of a reports pack in one text', () => {
  it('are report records read from their header block and text, listed under the item that holds their title', () => {
    const lines = [...FRONT, ...EMPTY_HOMES];
    const [only, ...others] = reportsOf(lines);
    expect(others).toEqual([]);
    expect(only?.id).toBe('ashcombe-district-council/2026-03-17-item-2');
    expect(only?.data).toMatchObject({
      title: 'Empty Homes Update',
      reference: null,
      committee: 'ashcombe-district-council/housing-review-panel',
      meeting: 'ashcombe-district-council/housing-review-panel/2026-03-17',
      item: '2',
      date: '2026-03-17',
      contact: 'Head of Housing',
      warnings: [],
    });
    expect(only?.body).toMatch(/^1\. Purpose of Report\S*\n1\.1 To inform the Panel\.$/);
    const item = meetingOf(lines).data.items?.find((candidate) => candidate.number === '2');
    expect(item?.reports).toEqual([only?.id]);
    expect(item?.documents).toEqual([{ name: 'Empty Homes Update', kind: 'report', report: only?.id }]);
    expect(meetingOf(lines).data.warnings?.join(' ')).not.toMatch(/not read/);
  });

  it('are listed under the item that names their reference, and what they do not state is null with a warning', () => {
    const survey = report(['Report No: HSG/07/26', 'REPORT OF: Head of Housing', 'SUBJECT: Tenant Satisfaction 2025/26']);
    const [first, second] = reportsOf([...FRONT, ...EMPTY_HOMES, ...survey]);
    expect(first?.data.title).toBe('Empty Homes Update');
    expect(second?.id).toBe('ashcombe-district-council/hsg-07-26');
    expect(second?.data).toMatchObject({ reference: 'HSG/07/26', item: '3', date: null, warnings: ['report date not stated'] });
  });

  it('are listed under the item they say they are when the agenda does not name them', () => {
    const fields = ['DATE: 17 March 2026', 'REPORT OF: Head of Assets', 'SUBJECT: Disposal of Garage Blocks'];
    const garages = report(fields, ['1. Purpose of Report', '1.1 This report is Agenda Item 4 of the Panel.']);
    const [, second] = reportsOf([...FRONT, ...EMPTY_HOMES, ...garages]);
    expect(second?.data).toMatchObject({ title: 'Disposal of Garage Blocks', item: '4' });
  });

  it('name in the meeting a report with no text, and minutes after the reports, neither of which is read', () => {
    const blank = report(['DATE: 17 March 2026', 'REPORT OF: Head of Housing', 'SUBJECT: Garage Sites'], []);
    const minutes = ['MINUTES OF A MEETING OF THE HOUSING REVIEW PANEL', '', '1. Apologies', 'None were received.'];
    const lines = [...FRONT, ...EMPTY_HOMES, ...blank, ...minutes];
    expect(reportsOf(lines).map((record) => record.data.title)).toEqual(['Empty Homes Update']);
    expect(meetingOf(lines).data.warnings).toEqual(
      expect.arrayContaining([
        'the report "Garage Sites" in the same text has no text: nothing of it is imported',
        'the minutes after the reports in the same text ("MINUTES OF A MEETING OF THE HOUSING REVIEW PANEL") were not read: nothing of them is imported',
      ]),
    );
  });

  it('that no item lists and that state none are read with a warning, and a second of the same id is named', () => {
    const fields = (subject: string) => ['DATE: 17 March 2026', 'REPORT OF: Head of Housing', `SUBJECT: ${subject}`];
    const lines = [...FRONT, ...EMPTY_HOMES, ...report(fields('Rent Arrears')), ...report(fields('Void Repairs'))];
    const [, unlisted, ...others] = reportsOf(lines);
    expect(others).toEqual([]);
    expect(unlisted?.id).toBe('ashcombe-district-council/2026-03-17-item-unnumbered');
    expect(unlisted?.data).toMatchObject({ title: 'Rent Arrears', item: null, warnings: ['agenda item not stated'] });
    expect(meetingOf(lines).data.warnings).toContain(
      'the report "Void Repairs" in the same text has the id of an earlier report (ashcombe-district-council/2026-03-17-item-unnumbered), neither stating a reference: nothing of it is imported',
    );
  });

  it('are not read, and say so, when no meeting was read to list them under', () => {
    const documents = frontSheet([...FRONT, ...EMPTY_HOMES].join('\n')).documents;
    if (documents === null) throw new Error('the text is a pack');
    const { records, warnings } = withPackReports([], documents, { file: 'pack.txt', meta: {} });
    expect(records).toEqual([]);
    expect(warnings).toEqual(['the reports that follow the agenda in the same text were not read: no meeting was read to link them to']);
  });

  it('give a recommendation record for each of their own recommendations that asks a body to act, and name those that only note', () => {
    const fields = ['DATE: 17 March 2026', 'REPORT OF: Chair of the Housing Review Panel', 'SUBJECT: Empty Homes Update'];
    const recommendations = ['1. Recommendations to Cabinet', 'i) That the empty homes premium be doubled from April 2027.'];
    const more = ['ii) That two empty homes officers be funded for a further year.', '', '2. Background', '2.1 The Panel met four times.'];
    const own = report(fields, [...recommendations, ...more]);
    const noting = ['Recommendation', 'That the Panel notes the report.', '', 'Background', 'The survey ran in January.'];
    const survey = report(['Report No: HSG/07/26', 'REPORT OF: Head of Housing', 'SUBJECT: Tenant Satisfaction 2025/26'], noting);
    const lines = [...FRONT, ...own, ...survey];
    const [first, second, ...others] = recommendationsOf(lines);
    expect(others).toEqual([]);
    expect(first?.id).toBe('ashcombe-district-council/2026-03-17-item-2/01-that-the-empty-homes-premium-be-doubled-from');
    expect(first?.data).toMatchObject({
      reference: 'i)',
      subject: 'That the empty homes premium be doubled from April 2027.',
      addressee: 'Cabinet',
      committee: 'ashcombe-district-council/housing-review-panel',
      report: 'ashcombe-district-council/2026-03-17-item-2',
      meetingDates: ['2026-03-17'],
      status: 'not-stated',
      statusText: null,
      leadOfficer: null,
      responsibleMember: null,
      warnings: ['a recommendation of the report: whether it was agreed is not stated'],
    });
    expect(first?.data).not.toHaveProperty('response');
    expect(second?.data).toMatchObject({ reference: 'ii)', subject: 'That two empty homes officers be funded for a further year.' });
    expect(reportsOf(lines)[1]?.data.warnings).toEqual([
      'a recommendation of the report ("That the Panel notes the report.") only asks to note or consider: no recommendation record',
      'report date not stated',
    ]);
  });
});
