import { describe, expect, it } from 'vitest';
import { meetingSchema, type Meeting } from '../../../src/model/schema.ts';
import { parseSource } from '../import-sources.ts';

/** The one meeting a notice is read as. */
const meetingOf = (text: string): Meeting =>
  meetingSchema.parse(parseSource(text, 'notice.txt', {}).find((record) => record.collection === 'meetings')?.data);

/** A standards committee's notice of one decision on a complaint, in invented words, with the lines given above its subject. */
const standards = (...above: string[]) =>
  [
    'Wexcombe District Council',
    'Standards Committee',
    'Decision Notice',
    '',
    ...above,
    'Date of decision: 14 April 2025',
    '',
    'Subject: Complaint about Councillor Rhoda Hollis, Ashby Parva Parish Council',
    'Decision: That no further action be taken on the complaint.',
    'Reasons: The conduct complained of took place in a private capacity.',
  ].join('\n');

/** A licensing notice of one decision on a case, in other words. */
const licensing = (...above: string[]) =>
  [
    'Bramcote Borough Council',
    'Licensing Sub-Committee',
    'Notice of Decision',
    '',
    ...above,
    'Date of meeting: 2 June 2025',
    'Title: Review of the premises licence of the Drover Inn, Kelsey Street',
    'Decision: To suspend the licence for four weeks.',
  ].join('\n');

const warnedOf = (meeting: Meeting, label: string) => meeting.warnings.some((warning) => warning.includes(label));

describe("decision notice: the complaint's or case's reference above a decision with none of its own", () => {
  it("is the decision's reference (its item's number), no line left unread", () => {
    const complaint = meetingOf(standards('Complaint reference: SC/2025/004'));
    expect(complaint.items[0]?.number).toBe('SC/2025/004');
    expect(warnedOf(complaint, 'Complaint reference')).toBe(false);
    const caseRef = meetingOf(licensing('Case number: LIC/25/0113'));
    expect(caseRef.items[0]?.number).toBe('LIC/25/0113');
    expect(warnedOf(caseRef, 'Case number')).toBe(false);
  });

  it('stays warned of when the decision has a reference of its own, which it never replaces', () => {
    const both = meetingOf(standards('Decision reference: DN/25/17', 'Complaint reference: SC/2025/004'));
    expect(both.items[0]?.number).toBe('DN/25/17');
    expect(warnedOf(both, '"Complaint reference: SC/2025/004"')).toBe(true);
  });
});
