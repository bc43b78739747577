/**
 * A document's own title decides its kind before words in its body: a report to Cabinet that names its forward plan
 * entry, a planning committee's update sheet, a note of a site visit and a verbatim transcript, each in two wordings
 * (the golden fixtures `update-sheet-addendum`, `site-visit-note`, `report-key-decision-forward-plan-ref` and
 * `transcript-of-proceedings` hold a third layout of each).
 */
import { describe, expect, it } from 'vitest';
import { parserFor } from '../parsers.ts';
import type { ImportRecord } from '../records.ts';
import { titledKind } from './document-title.ts';

const context = { file: 'paper.txt', meta: {} };

/** The records the importer makes of a text, by the parser it chooses. */
function recordsOf(text: string): ImportRecord[] {
  const parser = parserFor(text);
  if (parser === null) throw new Error('no parser');
  return parser.parse(text, context).records;
}

function meetingOf(text: string) {
  const meeting = recordsOf(text).find((record) => record.collection === 'meetings');
  if (meeting?.collection !== 'meetings') throw new Error('no meeting');
  return meeting;
}

const lateSheet = [
  'Eastvale Borough Council',
  'Development Management Committee',
  'Wednesday 8 July 2026',
  'LATE REPRESENTATIONS SHEET',
  '',
  'Agenda item 7 — 26/0456/OUT — Former Depot, Mill Lane',
  'Further comments: The drainage officer asks for a further condition on surface water.',
  'Amended recommendation: Approve, adding a condition on surface water.',
  '',
  'Agenda item 8 — 26/0477/FUL — 3 Orchard Close',
  'Further comments: None received since the report was written.',
].join('\n');

const inspectionNotes = [
  'Eastvale Borough Council',
  'Development Management Committee',
  'SITE INSPECTION NOTES',
  'Tuesday 7 July 2026 at 9.30 am',
  '',
  'Present: Councillors F Garrow (Chair), H Isley and K Jagger',
  '',
  '1. Former Depot, Mill Lane (26/0456/OUT)',
  'Members walked the boundary with the officer and looked at the junction with Mill Lane. The merits were not discussed.',
].join('\n');

const verbatimRecord = [
  'Eastvale Borough Council',
  'Full Council – Verbatim Record of Proceedings – 12 March 2026',
  '',
  'The Mayor: Order, order. Let us begin with the first item.',
  'Councillor Price: I rise to move the motion standing in my name.',
  'The Mayor: Is there a seconder?',
].join('\n');

const reportToCabinet = [
  'Eastvale Borough Council',
  'Report of the Head of Finance to the Cabinet',
  'Meeting date: 9 March 2026',
  'Subject: Council Tax Support Scheme 2027/28',
  'Key decision: Yes – included in the Forward Plan of Key Decisions (ref KD 2026/17)',
  '',
  '1. Purpose of report',
  'To ask Cabinet to approve the scheme.',
  '',
  '2. Recommendations',
  'That Cabinet approves the Council Tax Support Scheme for 2027/28.',
].join('\n');

describe('the kind a document’s title names', () => {
  it('reads an update sheet, a site visit’s note, a transcript and a report by their titles', () => {
    expect(titledKind(['Marlcombe District Council', 'PLANNING COMMITTEE – 3 DECEMBER 2026 – UPDATE SHEET / ADDENDUM'])).toBe(
      'update-sheet',
    );
    expect(titledKind(lateSheet.split('\n'))).toBe('update-sheet');
    expect(titledKind(['NOTE OF SITE VISIT – Planning Committee – held on Monday 30 November 2026 at 10.00 am'])).toBe('site-visit');
    expect(titledKind(inspectionNotes.split('\n'))).toBe('site-visit');
    expect(titledKind(['Marlcombe District Council', 'TRANSCRIPT OF PROCEEDINGS', 'Licensing Committee'])).toBe('transcript');
    expect(titledKind(verbatimRecord.split('\n'))).toBe('transcript');
    expect(titledKind(['Report to: Cabinet', 'Key decision: Yes (Forward Plan ref FP/2026/041)'])).toBe('report');
    expect(titledKind(reportToCabinet.split('\n'))).toBe('report');
  });

  it('names none for minutes or an agenda that take such a paper as an item, or speak of one', () => {
    expect(titledKind(['Minutes of the Planning Committee held on 3 December 2026', '5. Update sheet', 'Present: Cllr A'])).toBeNull();
    expect(titledKind(['Planning Committee', 'Item 4 – Site visit notes', 'The update sheet was circulated at the meeting.'])).toBeNull();
    expect(titledKind(['Agenda', 'Cabinet', 'Report of the Director of Place'])).toBeNull();
    expect(titledKind(['Planning Committee', 'Site visits: Members will meet at the depot at 9.30 am'])).toBeNull();
  });
});

describe('what each is read as', () => {
  it('an update sheet: the items it updates, their text as agenda text, never minutes', () => {
    const meeting = meetingOf(lateSheet);
    expect(meeting.data.status).toBe('agenda');
    expect(meeting.data.committee).toBe('eastvale-borough-council/development-management-committee');
    const items = meeting.data.items ?? [];
    expect(items.map((item) => item.number)).toEqual(['7', '8']);
    expect(items[0]?.agendaText).toContain('Amended recommendation: Approve');
    expect(items.every((item) => item.minutes == null && (item.resolutions ?? []).length === 0)).toBe(true);
    expect(meeting.data.warnings).toContainEqual(expect.stringMatching(/^an update sheet/));
  });

  it('a note of a site visit: minutes of a visit filed apart from the meeting of that day, with no decisions', () => {
    const meeting = meetingOf(inspectionNotes);
    expect(meeting.data.status).toBe('minutes');
    expect(meeting.id).toBe('eastvale-borough-council/development-management-committee/2026-07-07-site-visit');
    expect(meeting.data.attendance?.present).toEqual(['F Garrow', 'H Isley', 'K Jagger']);
    expect((meeting.data.items ?? []).flatMap((item) => item.resolutions ?? [])).toEqual([]);
    expect(meeting.data.warnings).toContainEqual(expect.stringMatching(/^a note of a site visit: no decisions/));
  });

  it('a verbatim transcript: refused, naming what to import instead', () => {
    for (const text of [verbatimRecord, ['Marlcombe District Council', 'TRANSCRIPT OF PROCEEDINGS', 'THE CHAIR: Welcome.'].join('\n')]) {
      expect(() => recordsOf(text)).toThrow(/a verbatim transcript of a meeting: not read.*import the meeting's minutes/);
    }
  });

  it('a report to Cabinet that names its forward plan entry: a report, never a plan', () => {
    const records = recordsOf(reportToCabinet);
    const report = records.find((record) => record.collection === 'reports');
    expect(report?.data).toMatchObject({ title: 'Council Tax Support Scheme 2027/28', kind: 'report' });
    expect(report?.data.warnings).toContainEqual(expect.stringContaining('KD 2026/17'));
  });
});
