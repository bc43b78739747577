import { describe, expect, it } from 'vitest';
import { meetingSchema } from '../../../src/model/schema.ts';
import { parseSource } from '../import-sources.ts';

/** A ModernGov "Decision details" page as a saved page's text gives it, in invented words. */
const page = [
  'Decision details',
  '',
  'Library Opening Hours',
  '',
  'Decision Maker: Cabinet',
  '',
  'Decision status: Implemented',
  '',
  'Purpose:',
  'To agree new opening hours for the libraries.',
  '',
  'Decision:',
  '1. That the new opening hours be agreed.',
  '2. That the hours be reviewed in a year.',
  '',
  'Reasons for the decision:',
  'To match the hours to use.',
  '',
  'Alternative options considered and rejected:',
  'To keep the present hours.',
  '',
  'To close on Mondays.',
  '',
  'Interests and Nature of Interests Declared:',
  'None.',
  '',
  'Publication date: 02/05/2024',
  '',
  'Date of decision: 01/05/2024',
  '',
  'Accompanying Documents:',
  'Opening hours report PDF 120 KB',
].join('\n');

describe('decision notice: a ModernGov "Decision details" page', () => {
  const records = parseSource(page, 'decision.txt', { council: 'Ashby Borough Council' });
  const meeting = meetingSchema.parse(records.find((record) => record.collection === 'meetings')?.data);

  it('reads the decision maker as the body and the date of decision, not the date published', () => {
    expect(meeting.committee).toBe('ashby-borough-council/cabinet');
    expect(meeting.date).toBe('2024-05-01');
  });

  it('reads the one decision under its title: purpose, entries, reasons and documents, each field apart', () => {
    const item = meeting.items[0];
    expect(meeting.items).toHaveLength(1);
    expect(item?.title).toBe('Library Opening Hours');
    expect(item?.agendaText).toBe('To agree new opening hours for the libraries.');
    expect(item?.resolutions).toEqual(['That the new opening hours be agreed.', 'That the hours be reviewed in a year.']);
    // The reasons are the item's field, out of the minutes' text.
    expect(item?.reasons).toEqual(['To match the hours to use.']);
    expect(item?.minutes).not.toContain('To match the hours');
    expect(item?.alternatives).toEqual(['To keep the present hours.', 'To close on Mondays.']);
    expect(item?.minutes).toContain('**Declarations of interest:** None.');
    expect(item?.minutes).not.toContain('Publication date');
    expect(item?.documents).toEqual([{ name: 'Opening hours report', kind: 'report', size: '120 KB', url: null, report: null }]);
  });

  it('warns of each field the record has no place for, by its label, and keeps the key decision and call-in asked as questions', () => {
    const asked = page.replace('Purpose:', 'Is Key decision?: No\n\nIs subject to call in?: Yes\n\nPurpose:');
    const records = parseSource(asked, 'asked.txt', { council: 'Ashby Borough Council' });
    const read = meetingSchema.parse(records.find((record) => record.collection === 'meetings')?.data);
    expect(read.items[0]?.minutes).toContain('**Key decision:** No');
    expect(read.items[0]?.minutes).toContain('**Call-in:** Yes');
    const unread = read.warnings.find((warning) => warning.includes('not read'));
    expect(unread).toContain('"Decision status: Implemented";');
    expect(unread).not.toContain('Key decision');
    // The date published is kept in the item's text, with the fields of a record of decision.
    expect(unread).not.toContain('Publication date');
    expect(read.items[0]?.minutes).toContain('**Published:** 02/05/2024');
  });
});

describe('decision notice: fields below the decision that nothing reads', () => {
  const notice = (fields: string[]) => {
    const text = ['Decision Notice', '', 'Title: Playground Resurfacing', 'Decision maker: Cabinet', 'Date of decision: 3 June 2025'];
    const records = parseSource([...text, 'Decision:', 'To resurface the playground.', ...fields].join('\n'), 'n.txt', {
      council: 'Ashby Borough Council',
    });
    return meetingSchema.parse(records.find((record) => record.collection === 'meetings')?.data);
  };

  it("quotes them in a warning, and takes a document listed below as the decision's", () => {
    const meeting = notice(['Effective from: 17 June 2025', 'Implementation: Parks team', 'Surfacing report (PDF, 90KB)']);
    expect(meeting.warnings).toContain(
      'decision notice: fields of "Playground Resurfacing" not read: "Implementation: Parks team"; the record has no field for them and nothing of them is imported, so add what matters by hand',
    );
    // The date the decision takes effect is kept, as the call-in deadline is.
    expect(meeting.items[0]?.minutes).toContain('**Implementation date:** 17 June 2025');
    expect(meeting.items[0]?.documents).toEqual([{ name: 'Surfacing report', kind: 'report', size: '90KB', url: null, report: null }]);
  });

  it('says nothing of a field that holds nothing: "None", "N/A" beside or under its label, or no value at all', () => {
    const meeting = notice(['Dispensations: Not applicable', 'Ward:', 'N/A', 'Background papers:', '(c)', 'Implementation:']);
    expect(meeting.warnings.filter((warning) => warning.includes('not read'))).toEqual([]);
  });
});

describe('decision notice: a header line of names and a title with its agenda item', () => {
  const notice = (present: string, subject: string) =>
    [
      'Record of Decisions',
      'Corrowmore Borough Council',
      'Licensing and Regulation Committee',
      'Meeting held on Monday 2 March 2026',
      '',
      present,
      '',
      subject,
      'Decision:',
      'To grant the licence.',
    ].join('\n');
  const meetingOf = (text: string) =>
    meetingSchema.parse(parseSource(text, 'notice.txt', {}).find((record) => record.collection === 'meetings')?.data);

  it('reads a "Present:" line of any length with the attendance reader, and no sentence that opens with the word', () => {
    const long = meetingOf(
      notice('Present: Alderman Tully (Chair); Councillors Breslin, Gourley, Maginn and Quigg', 'Subject: Taxi licence fees'),
    );
    expect(long.attendance.present).toEqual(['Tully', 'Breslin', 'Gourley', 'Maginn', 'Quigg']);
    const prose = meetingOf(notice('Presentation by the Licensing Manager on the new fee scale', 'Subject: Taxi licence fees'));
    expect(prose.attendance.present).toEqual([]);
  });

  it('takes "(agenda item 4)" off a title on the label\'s line as the item\'s number; a title that only ends in "item N" keeps it', () => {
    const numbered = meetingOf(notice('', 'Subject: Taxi licence fees (agenda item 4)'));
    expect(numbered.items[0]).toMatchObject({ number: '4', title: 'Taxi licence fees' });
    const plain = meetingOf(notice('', 'Subject: Street trading consent for item 2'));
    expect(plain.items[0]).toMatchObject({ number: null, title: 'Street trading consent for item 2' });
  });
});

describe('decision notice: a decision taken in private', () => {
  const form = (...fields: string[]) =>
    [
      'Record of Decisions',
      'Corrowmore Borough Council',
      'Licensing and Regulation Committee',
      'Meeting held on Monday 2 March 2026',
      '',
      'Subject: Depot land disposal',
      'Decision:',
      'To sell the land.',
      '',
      ...fields,
    ].join('\n');
  const exemptOf = (text: string) =>
    meetingSchema.parse(parseSource(text, 'notice.txt', {}).find((record) => record.collection === 'meetings')?.data).items[0]?.exempt ??
    null;

  it('marks the decision when its exempt field closes it, or its session field says yes', () => {
    expect(exemptOf(form('Exempt Information?', 'Exempt - paragraph 3'))).toEqual({ text: 'Exempt - paragraph 3', paragraphs: ['3'] });
    expect(exemptOf(form('Exempt Information?', 'Open', '', 'Decision made in exempt session?', 'Yes'))).toEqual({
      text: 'Decision made in exempt session? Yes',
      paragraphs: [],
    });
  });

  it('marks nothing when the fields say open and no', () => {
    expect(exemptOf(form('Exempt Information?', 'Open', '', 'Decision made in exempt session?', 'No'))).toBeNull();
    expect(exemptOf(form('Exempt Information?', 'Part exempt'))).toBeNull();
  });
});

describe('decision notice: urgent and officer decision records', () => {
  const record = (title: string) =>
    [
      'Oxwell Borough Council',
      '',
      title,
      '',
      'Decision reference: OD/26/12',
      'Title: Closure of the Tanner Street toilets for repair',
      'Decision maker: Head of Property (Mr Idris Calloway)',
      'Date of decision: 9 March 2026',
      '',
      'Consultation:',
      'Cabinet Member for Assets – Councillor Bea Lomax – consulted on 6 March 2026, agreed',
      '',
      'Decision:',
      'To close the toilets for up to four weeks while the roof is replaced.',
      '',
      'Reasons for urgency:',
      'The roof failed in the storm and the building is unsafe.',
    ].join('\n');
  const read = (title: string) => {
    const records = parseSource(record(title), 'record.txt', {});
    const meeting = meetingSchema.parse(records.find((found) => found.collection === 'meetings')?.data);
    return { meeting, format: meeting.provenance.format };
  };

  it.each([
    'RECORD OF URGENT DECISION TAKEN BY AN OFFICER',
    'URGENT DECISION NOTICE',
    'OFFICER URGENT DECISION RECORD',
    'RECORD OF OFFICER DECISION',
    'Record of an Urgent Decision',
    "Chief Executive's Urgent Decision Record",
  ])('reads "%s" as a decision notice: the decision maker, the date of decision (not the consultation\'s)', (title) => {
    const { meeting, format } = read(title);
    expect(format).toBe('decision-notice');
    expect(meeting.committee).toBe('oxwell-borough-council/head-of-property-mr-idris-calloway');
    expect(meeting.date).toBe('2026-03-09');
    expect(meeting.items[0]?.resolutions).toEqual(['To close the toilets for up to four weeks while the roof is replaced.']);
  });

  it("keeps the consultees and the reasons for urgency in the item's text", () => {
    const minutes = read('URGENT DECISION NOTICE').meeting.items[0]?.minutes ?? '';
    expect(minutes).toContain('**Consultation:** Cabinet Member for Assets – Councillor Bea Lomax – consulted on 6 March 2026');
    expect(minutes).toContain('**Reasons for urgency:** The roof failed in the storm and the building is unsafe.');
  });

  it('takes no decision maker from the title\'s "Taken by an Officer" running on into the fields below', () => {
    const { meeting } = read('RECORD OF DECISION TAKEN BY AN OFFICER');
    expect(meeting.committee).toBe('oxwell-borough-council/head-of-property-mr-idris-calloway');
    expect(meeting.date).toBe('2026-03-09');
  });
});

describe('decision notice: an executive member decision titled by itself alone', () => {
  const notice = (title: string) =>
    [
      'Fenmarsh District Council',
      '',
      title,
      '',
      'Decision Maker: Councillor Priya Oakes, Cabinet Member for Leisure',
      'Date of Decision: 2 April 2026',
      'Subject: Free swimming for under-elevens in the summer holidays',
      '',
      'Decision:',
      '1. To offer free swimming to children under eleven at both pools in August 2026.',
      '',
      'Reasons for the Decision:',
      'Fewer children in the district can swim than ten years ago.',
      '',
      'Alternative Options Considered:',
      'Discounted lessons only – rejected as reaching fewer families.',
    ].join('\n');

  it.each([
    'INDIVIDUAL CABINET MEMBER DECISION',
    'Cabinet Member Decision',
    'Executive Member Decision',
    'Portfolio Holder Decision',
    "Leader's Decision",
  ])('reads "%s" as a decision notice with its decision, reasons and options rejected, not an agenda', (title) => {
    const records = parseSource(notice(title), 'notice.txt', {});
    const meeting = meetingSchema.parse(records.find((found) => found.collection === 'meetings')?.data);
    expect(meeting.provenance.format).toBe('decision-notice');
    expect(meeting.committee).not.toMatch(/decision/);
    expect(meeting.date).toBe('2026-04-02');
    const item = meeting.items[0];
    expect(item?.resolutions).toEqual(['To offer free swimming to children under eleven at both pools in August 2026.']);
    expect(item?.reasons).toEqual(['Fewer children in the district can swim than ten years ago.']);
    expect(item?.alternatives).toEqual(['Discounted lessons only – rejected as reaching fewer families.']);
  });
});

describe('decision notice: sections headed in capitals', () => {
  const notice = [
    'RECORD OF DECISION TAKEN BY AN INDIVIDUAL CABINET MEMBER',
    '',
    'Decision Maker:        Councillor Mina Calloway, Cabinet Member for Parks',
    'Date of Decision:      3 March 2026',
    'Subject:               Tree planting on Ferris Common',
    '',
    'DECISION',
    '1. To plant 120 oaks on Ferris Common this winter.',
    '',
    'REASONS FOR THE DECISION',
    'The common lost most of its trees to disease.',
    '',
    'ALTERNATIVE OPTIONS CONSIDERED AND REJECTED',
    '(a) Planting birch - rejected, as it would not last.',
    '',
    'DISPENSATIONS GRANTED BY THE MONITORING OFFICER TO ANY MEMBER CONSULTED',
    'None.',
  ].join('\n');

  it('ends each field at the next heading in capitals, whatever the heading says', () => {
    const records = parseSource(notice, 'notice.txt', {});
    const meeting = meetingSchema.parse(records.find((found) => found.collection === 'meetings')?.data);
    const item = meeting.items[0];
    expect(item?.reasons).toEqual(['The common lost most of its trees to disease.']);
    expect(item?.alternatives).toEqual(['Planting birch - rejected, as it would not last.']);
  });
});

describe('decision notice: an officer record with numbered sections', () => {
  const notice = [
    'RECORD OF A DECISION TAKEN BY AN OFFICER',
    '',
    'Key decision:          No',
    'Title:                 Bus shelter repainting',
    'Decision maker:        Head of Transport (Mr Idris Pell)',
    'Date of decision:      4 May 2026',
    '',
    '1. Decision',
    '',
    '1. To repaint the twelve bus shelters on Quarry Road.',
    '2. To do so before the end of June.',
    '',
    '2. Reasons for the decision',
    '',
    'The paint is flaking.',
    '',
    '3. Conflicts of interest declared by any member consulted',
    '',
    'None.',
  ].join('\n');

  it('reads "1. Decision" as the decision field, its own numbered entries as resolutions, and keeps the fields above the title', () => {
    const records = parseSource(notice, 'notice.txt', {});
    const meeting = meetingSchema.parse(records.find((found) => found.collection === 'meetings')?.data);
    const item = meeting.items[0];
    expect(item?.resolutions).toEqual(['To repaint the twelve bus shelters on Quarry Road.', 'To do so before the end of June.']);
    expect(item?.reasons).toEqual(['The paint is flaking.']);
    expect(item?.minutes).toContain('**Key decision:** No');
    expect(item?.minutes).toContain('**Declarations of interest:** None.');
    expect(item?.minutes).not.toContain('by any member consulted');
  });
});

describe("decision notice: an executive member's notice, its fields in a label block above the subject", () => {
  /** An executive decision notice in invented words: who decided, the call-in deadline and implementation date above the subject. */
  const notice = [
    'HOLLINGFORD BOROUGH COUNCIL',
    '',
    'EXECUTIVE DECISION NOTICE',
    '',
    'Decision maker:        Councillor Priya Rattray, Cabinet Member for',
    '                       Waste and Recycling',
    'Decision type:         Key Decision (Forward Plan ref FP/2026/007)',
    'Date of decision:      9 February 2026',
    'Decision reference:    EDN/26/012',
    'Publication date:      10 February 2026',
    'Call-in deadline:      5.00 pm on Tuesday 17 February 2026',
    'Implementation date:   18 February 2026 (if not called in)',
    '',
    'Subject: New contract for garden waste collection',
    '',
    'Decision:',
    '',
    '1. To award the garden waste contract to Tamblyn Recycling Ltd.',
    '2. To review the service after one year.',
    '',
    'Reasons for the decision:',
    '',
    'Tamblyn Recycling Ltd gave the best value for money.',
    '',
    'Alternative options considered and rejected:',
    '',
    '(a) Collecting garden waste in-house - the Council has no spare vehicles.',
    '(b) Ending the service - residents asked to keep it.',
    '',
    'Conflicts of interest declared by the decision maker: None.',
    '',
    'Dispensations granted: None.',
    '',
    'Officer contact: Tom Beasley, Waste Services Manager,',
    'tom.beasley@hollingford.example.gov.uk',
    '',
    'Report considered: "Garden Waste Contract", report of the Director of',
    'Environment, 2 February 2026.',
    '',
    'This decision may be called in by any five members before the call-in deadline.',
  ];
  /** The same kind of notice worded otherwise: the post first and its holder in brackets, the dates under other labels. */
  const reworded = [
    'RECORD OF DECISION BY AN INDIVIDUAL CABINET MEMBER',
    '',
    'Decision maker: Cabinet Member for Housing (Councillor Dilys Ormond)',
    'Date of decision: 2 June 2026',
    'Key decision: Yes - Forward Plan reference 14/26',
    'Last date for call-in: 9 June 2026',
    'Decision comes into force: 10 June 2026',
    'Reports considered: Empty Homes Grant Scheme, report of the Head of Housing',
    'Budget code: 4410/HS',
    '',
    'Subject: Empty homes grants',
    '',
    'Decision: To open the empty homes grant scheme to landlords.',
    '',
    'Reasons: Forty homes in the borough have stood empty for over a year.',
    '',
    'Alternative options rejected:',
    'To leave the scheme as it is.',
    '',
    'Conflict of interest declared by any Cabinet Member consulted: None',
  ];
  const read = (lines: string[]) => {
    const records = parseSource(lines.join('\n'), 'notice.txt', { council: 'Hollingford Borough Council' });
    return meetingSchema.parse(records.find((found) => found.collection === 'meetings')?.data);
  };

  it("files the decision under the cabinet member's post, keeping who holds it in the item's text", () => {
    const first = read(notice);
    expect(first.committee).toBe('hollingford-borough-council/cabinet-member-for-waste-and-recycling');
    expect(first.items[0]?.minutes).toContain('**Decision maker:** Councillor Priya Rattray, Cabinet Member for Waste and Recycling');
    const second = read(reworded);
    expect(second.committee).toBe('hollingford-borough-council/cabinet-member-for-housing');
    expect(second.items[0]?.minutes).toContain('**Decision maker:** Cabinet Member for Housing (Councillor Dilys Ormond)');
  });

  it('keeps the call-in deadline, the implementation date, the key decision and the report considered under their names', () => {
    const minutes = read(notice).items[0]?.minutes ?? '';
    expect(minutes).toContain('**Call-in deadline:** 5.00 pm on Tuesday 17 February 2026');
    expect(minutes).toContain('**Implementation date:** 18 February 2026 (if not called in)');
    expect(minutes).toContain('**Key decision:** Key Decision (Forward Plan ref FP/2026/007)');
    expect(minutes).toMatch(/\*\*Report considered:\*\* "Garden Waste Contract", report of the Director of\\?\nEnvironment/);
    expect(minutes).toContain('**Contact:** Tom Beasley, Waste Services Manager,');
    expect(minutes).not.toMatch(/\*\*Dispensations:\*\* None\.\s*(?:Officer|Report)/);
    const other = read(reworded).items[0]?.minutes ?? '';
    expect(other).toContain('**Call-in deadline:** 9 June 2026');
    expect(other).toContain('**Implementation date:** 10 June 2026');
    expect(other).toContain('**Key decision:** Yes - Forward Plan reference 14/26');
    expect(other).toContain('**Report considered:** Empty Homes Grant Scheme, report of the Head of Housing');
  });

  it('warns of a label above the subject that no field reads, never dropping it unsaid', () => {
    const warnings = read(reworded).warnings.join('\n');
    expect(warnings).toContain('Budget code: 4410/HS');
    expect(read(notice).warnings.join('\n')).not.toContain('not read');
  });

  it('ends the options rejected at the conflicts of interest, however long their label', () => {
    expect(read(notice).items[0]?.alternatives).toEqual([
      'Collecting garden waste in-house - the Council has no spare vehicles.',
      'Ending the service - residents asked to keep it.',
    ]);
    expect(read(reworded).items[0]?.alternatives).toEqual(['To leave the scheme as it is.']);
    expect(read(notice).items[0]?.minutes).toContain('**Declarations of interest:** None.');
    expect(read(reworded).items[0]?.minutes).toContain('**Declarations of interest:** None');
  });
});
