import { describe, expect, it } from 'vitest';
import { meetingSchema, type Meeting } from '../../../src/model/schema.ts';
import { parseSource } from '../import-sources.ts';

/** The meetings a notice is read as, in the file's order. */
function meetingsOf(text: string): Meeting[] {
  return parseSource(text, 'notice.txt', {})
    .filter((record) => record.collection === 'meetings')
    .map((record) => meetingSchema.parse(record.data));
}

/** A weekly notice of officers' decisions, each block opened by "Ref:", its foot the day it was published and the office to ask. */
const weekly = [
  'Pellowby Borough Council',
  '',
  'Notice of Decisions Taken by Officers',
  '',
  'Week ending 9 May 2025',
  '',
  'Ref: OD/25/101',
  'Decision taker: Head of Parks (Imran Volk)',
  'Date of decision: 6 May 2025',
  'Subject: Closure of the Marram Road toilets for repairs',
  'Decision: To close the toilets from 12 to 16 May 2025.',
  'Reason: The roof is unsafe.',
  '',
  'Ref: OD/25/102',
  'Decision taker: Head of Parks (Imran Volk)',
  'Date of decision: 7 May 2025',
  'Subject: Bowling green charges',
  'Decision: To keep the charges at the 2024 level.',
  'Reason: Bookings have fallen.',
  'Call-in: This decision may be called in until 5.00 pm on 16 May 2025.',
  '',
  'Published: 9 May 2025',
  'Democratic Services, Pellowby Borough Council, Civic Offices, Pellowby',
].join('\n');

/** A cabinet's notice of several decisions under one header that gives when it was published and when call-in ends. */
const cabinet = [
  'Dunstow District Council',
  'Cabinet',
  'Decision Notice',
  '',
  'Date of publication: 20 February 2025',
  'Call-in expiry: 5.00 pm, 27 February 2025',
  '',
  'Decisions taken at the Cabinet meeting held on 18 February 2025',
  '',
  'Subject: Leisure centre roof',
  'Decision: To replace the roof of the Dunstow leisure centre.',
  'Reasons: The roof leaks.',
  '',
  'Subject: Town centre car park charges',
  'Decision: To hold the charges for a year.',
  'Reasons: To support the town centre.',
].join('\n');

/** The same notice in other words: the call-in's end given as the day the decisions come into force, in a sentence wrapped over lines. */
const inForce = [
  'Harwell Moor Council',
  '',
  'Record of Executive Decisions',
  '',
  'Published: Monday 24 February 2025',
  '',
  'These decisions will come into force and may be implemented on 3 March',
  '2025 unless they are called in.',
  '',
  'Decisions taken at the Executive meeting held on 21 February 2025',
  '',
  'Subject: Grants to village halls',
  'Decision: To award the grants in the schedule.',
  '',
  'Subject: Flood wardens scheme',
  'Decision: To start the scheme in April.',
].join('\n');

describe('a decision notice: the day it was published and the day call-in ends', () => {
  it('reads both from the labels above the decisions, and warns of neither line', () => {
    const [meeting] = meetingsOf(cabinet);
    expect(meeting).toMatchObject({ publicationDate: '2025-02-20', callInExpiry: '2025-02-27' });
    expect((meeting?.warnings ?? []).filter((warning) => /publication|call-in expiry/i.test(warning))).toEqual([]);
  });

  it('reads the call-in as the day the decisions come into force unless called in, in a sentence over two lines', () => {
    const [meeting] = meetingsOf(inForce);
    expect(meeting).toMatchObject({ publicationDate: '2025-02-24', callInExpiry: '2025-03-03' });
  });

  it('gives every meeting of a notice its publication, and a decision its own call-in', () => {
    const meetings = meetingsOf(weekly);
    expect(meetings.map((meeting) => meeting.publicationDate)).toEqual(['2025-05-09', '2025-05-09']);
    expect(meetings.map((meeting) => meeting.callInExpiry ?? null)).toEqual([null, '2025-05-16']);
  });

  it('leaves both out when the notice states neither', () => {
    const [meeting] = meetingsOf(cabinet.replace(/^(?:Date of publication|Call-in expiry):.*$/gm, ''));
    expect(meeting?.publicationDate ?? null).toBeNull();
    expect(meeting?.callInExpiry ?? null).toBeNull();
  });
});

describe("a decision notice's foot", () => {
  it("is cut from the last decision's text: the publication read, the office's line the contact", () => {
    const meetings = meetingsOf(weekly);
    const last = meetings.at(-1)?.items.at(-1);
    expect(last?.minutes).not.toMatch(/Published|Democratic Services/);
    expect(meetings.map((meeting) => meeting.contact?.text)).toEqual([
      'Democratic Services, Pellowby Borough Council, Civic Offices, Pellowby',
      'Democratic Services, Pellowby Borough Council, Civic Offices, Pellowby',
    ]);
  });

  it('warns of a line at the foot that nothing reads, on every meeting of the notice', () => {
    const meetings = meetingsOf(`${weekly}\nPrinted on recycled paper`);
    expect(meetings.at(-1)?.items.at(-1)?.minutes).not.toMatch(/recycled/);
    for (const meeting of meetings) expect(meeting.warnings.some((warning) => warning.includes('"Printed on recycled paper"'))).toBe(true);
  });
});

describe('a notice of several meetings: its own warnings', () => {
  it("go on every meeting of the notice, as its header's lines are each meeting's", () => {
    const meetings = meetingsOf(weekly.replace('Week ending 9 May 2025', 'Week ending 9 May 2025\nBudget holder: Parks and Open Spaces'));
    expect(meetings).toHaveLength(2);
    for (const meeting of meetings)
      expect(meeting.warnings.some((warning) => warning.includes('"Budget holder: Parks and Open Spaces"'))).toBe(true);
  });

  it("keep a decision's own unread line on its meeting alone", () => {
    const meetings = meetingsOf(weekly.replace('Date of decision: 7 May 2025', 'Date of decision: 7 May 2025\nCost centre: PK-220'));
    expect(meetings.map((meeting) => meeting.warnings.some((warning) => warning.includes('Cost centre: PK-220')))).toEqual([false, true]);
  });
});
