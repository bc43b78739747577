/**
 * A single report's header: what the report's own cover and fields state, and nothing from its
 * summary.
 */
import { describe, expect, it } from 'vitest';
import { closingContact, readHeader } from './report-header.ts';

const header = (text: string) => readHeader(text.split('\n'));

describe('report header', () => {
  it('"Report by X to Y Committee on <date>", wrapped over three lines, names the author, the committee and the date', () => {
    expect(
      header(
        ['Report by Chief Finance Officer', 'to the Audit and Risk Committee', 'on 12 March 2026', '', 'TREASURY MANAGEMENT UPDATE'].join(
          '\n',
        ),
      ),
    ).toMatchObject({
      author: 'Chief Finance Officer',
      body: 'Audit and Risk Committee',
      date: '2026-03-12',
      title: 'TREASURY MANAGEMENT UPDATE',
    });
  });

  it('"Report by <post>" alone names only the author', () => {
    expect(header('Report by Head of Planning (Development Management)\n\nLocal Plan Timetable')).toMatchObject({
      author: 'Head of Planning (Development Management)',
      body: null,
      date: null,
      title: 'Local Plan Timetable',
    });
  });

  it("the council's name heading a cover is not the title; a body in capitals is named in words", () => {
    expect(
      header(['FELLSIDE COUNCIL', '', 'PLACES AND ENVIRONMENT COMMITTEE', '4 June 2026', '', 'Street Lighting Upgrade'].join('\n')),
    ).toMatchObject({
      body: 'Places and Environment Committee',
      date: '2026-06-04',
      title: 'Street Lighting Upgrade',
    });
  });

  it("a task and finish group's title is not the body the report went to", () => {
    expect(header(['Dunmere Borough Council', '', 'Final Report of the Play Areas Task and Finish Panel'].join('\n'))).toMatchObject({
      body: null,
      date: null,
      title: 'Final Report of the Play Areas Task and Finish Panel',
      maker: 'Play Areas Task and Finish Panel',
    });
  });

  it('"Report of the X Scrutiny Committee" names the body that made it, not the body it goes to, nor the title', () => {
    const cover = [
      'Ashcombe City Council',
      '',
      'Report of the Housing Scrutiny Panel',
      '',
      'Empty Homes: What We Found',
      '',
      'Cabinet – 4 May 2026',
    ];
    expect(header(cover.join('\n'))).toMatchObject({
      maker: 'Housing Scrutiny Panel',
      body: 'Cabinet',
      date: '2026-05-04',
      title: 'Empty Homes: What We Found',
    });
    // Its own line is the title only when no other line is.
    expect(header('Report of the Housing Scrutiny Panel')).toMatchObject({
      maker: 'Housing Scrutiny Panel',
      title: 'Report of the Housing Scrutiny Panel',
    });
    // A chair is a person, not the body.
    expect(header('Report of the Chair of the Audit Committee').maker).toBeNull();
  });

  it('a "Label: value" line is never the body, even when the value ends in "Committee"', () => {
    const lines = [
      'Report of the Housing Scrutiny Panel',
      '',
      'Empty Homes',
      '',
      'Lead Member: Councillor Ann Tolley, Chair of Housing Scrutiny Committee',
    ];
    expect(header(lines.join('\n'))).toMatchObject({ body: null, title: 'Empty Homes' });
  });

  it('a title holding a colon after "Budget" is no "Budget and policy framework:" field', () => {
    expect(header(['Budget Review 2026/27: Our Findings', '', 'Budget and policy framework: Yes'].join('\n')).title).toBe(
      'Budget Review 2026/27: Our Findings',
    );
  });

  it('"Report No:" is the reference; a contact field is kept apart from the post the report is of', () => {
    expect(
      header(
        [
          'Report to: Cabinet',
          'Report of: Director of Place',
          'Report No: PL/07/26',
          'Subject: Bus Shelters',
          'Contact officer: Nia Rowe, Transport Planner',
        ].join('\n'),
      ),
    ).toMatchObject({ reference: 'PL/07/26', author: 'Director of Place', contact: 'Nia Rowe, Transport Planner', title: 'Bus Shelters' });
  });

  it("reads the author's field that closes a report, and none from the text above the closing lines", () => {
    const lines = [
      '1. Purpose',
      ...Array.from({ length: 20 }, (_, index) => `Line ${index} of the report.`),
      'Author: Cal Moore, Policy Officer',
      'Background papers: None',
    ];
    expect(closingContact(lines)).toBe('Cal Moore, Policy Officer');
    expect(closingContact(['Contact: the Clerk', ...Array.from({ length: 20 }, (_, index) => `Line ${index}.`)])).toBeNull();
  });

  it('reads a "Subject:" wrapped where no title ends onto its next line, and a complete one alone', () => {
    const wrapped = ['Report to: Cabinet', 'Subject: Charges for Garden Waste in the', 'Rural Parishes', 'Report of: Director of Place'];
    expect(readHeader(wrapped).title).toBe('Charges for Garden Waste in the Rural Parishes');
    const whole = ['Report to: Cabinet', 'Subject: Charges for Garden Waste', 'Rural Parishes', 'Date: 2 March 2026'];
    expect(readHeader(whole).title).toBe('Charges for Garden Waste');
  });

  it('carries a "Subject:" on after a long dash, but not after a letter of an appendix ("Plan A")', () => {
    const dashed = ['Report to: Cabinet', 'Subject: Charges for Garden Waste —', 'Rural Parishes', 'Report of: Director of Place'];
    expect(readHeader(dashed).title).toBe('Charges for Garden Waste — Rural Parishes');
    const lettered = ['Report to: Cabinet', 'Subject: Local Transport Plan A', 'Rural Parishes', 'Date: 2 March 2026'];
    expect(readHeader(lettered).title).toBe('Local Transport Plan A');
  });
});

describe('report header: "Report of X to Y, <date>"', () => {
  it('names Y, whom the report is to, as the body, and X as its author', () => {
    expect(
      header(
        'Response to the review of library hours\n\nReport of the Cabinet Member for Culture to Cabinet, 3 June 2025. Cabinet is asked to agree it.',
      ),
    ).toMatchObject({ body: 'Cabinet', author: 'Cabinet Member for Culture', date: '2025-06-03' });
  });
});

describe('report header: labels are not part of their values', () => {
  it('"To: <body>, <date>" names the body and the date, never a body called "To: …"', () => {
    expect(header(['Report of the Standards Panel', 'Hedge Allowances 2026', '', 'To: Council, 3 March 2026'].join('\n'))).toMatchObject({
      body: 'Council',
      date: '2026-03-03',
      title: 'Hedge Allowances 2026',
    });
    expect(header(['Playing Pitch Strategy', '', 'To: Leisure and Culture Committee', 'Date: 11 June 2026'].join('\n'))).toMatchObject({
      body: 'Leisure and Culture Committee',
      date: '2026-06-11',
      title: 'Playing Pitch Strategy',
    });
  });

  it('"Title of report:" is a label: its value is the title', () => {
    expect(
      header(
        ['CABINET', '', 'Date of meeting: 2 April 2026', 'Title of report: Fleet Replacement Plan', 'Report of: Head of Fleet'].join('\n'),
      ),
    ).toMatchObject({ body: 'Cabinet', title: 'Fleet Replacement Plan', author: 'Head of Fleet' });
    expect(header(['Title of the report: Ferry Timetable Review', 'Meeting: Transport Board'].join('\n')).title).toBe(
      'Ferry Timetable Review',
    );
  });

  it('a value wrapped onto a line set under its own column is joined, whatever the word it was cut after', () => {
    const subject = [
      'Meeting:          Cabinet',
      'Subject:          Annual report of the Housing Ombudsman on complaints about the',
      '                  Council - determination of case 24 118 (Flat 3, Tern Court)',
      'Report of:        Director of Housing',
    ];
    expect(header(subject.join('\n')).title).toBe(
      'Annual report of the Housing Ombudsman on complaints about the Council - determination of case 24 118 (Flat 3, Tern Court)',
    );
    const titled = [
      'Date of meeting: 9 July 2026',
      'Title of report: Review of the Pest Control Service and Charges',
      '                 Following Consultation',
      'Key decision:    Yes',
    ];
    expect(header(titled.join('\n'))).toMatchObject({
      title: 'Review of the Pest Control Service and Charges Following Consultation',
      date: '2026-07-09',
    });
    // A line not set under the value's column is not part of it.
    const apart = ['Subject:   Town Centre Toilets', '', 'Summary of the proposal'];
    expect(header(apart.join('\n')).title).toBe('Town Centre Toilets');
  });

  it('"Report of <post>" on a line of its own is the author, never the title: the title is the line after it', () => {
    const cover = [
      'MARSHFORD BOROUGH COUNCIL',
      '',
      'LICENSING COMMITTEE - 4 MAY 2026',
      '',
      'REPORT OF THE HEAD OF REGULATORY SERVICES',
      '',
      'TAXI FARES REVIEW 2026',
    ];
    expect(header(cover.join('\n'))).toMatchObject({
      author: 'HEAD OF REGULATORY SERVICES',
      title: 'TAXI FARES REVIEW 2026',
      body: 'Licensing Committee',
    });
    const other = ['Report of the Chief Finance Officer', 'Council Tax Base 2026/27', '', 'Cabinet', '12 January 2026'];
    expect(header(other.join('\n'))).toMatchObject({ author: 'Chief Finance Officer', title: 'Council Tax Base 2026/27' });
  });
});
