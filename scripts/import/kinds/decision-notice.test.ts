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
    expect(long.attendance.present).toEqual(['Alderman Tully', 'Breslin', 'Gourley', 'Maginn', 'Quigg']);
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
