import { describe, expect, it } from 'vitest';
import { readHeader } from './header.ts';
import { readMeeting } from './meeting.ts';

describe('readHeader: labelled facts run together on one line', () => {
  // Own words: a parish working party's title block, its labels' cells run together by a Word export.
  const title = ['THORNBURY MAGNA PARISH COUNCIL', 'Village Design Statement Working Party'];
  it('parts the facts at each label, with no space between them', () => {
    const header = readHeader([...title, 'Date: 14th May 2025Time: 6:30pmVenue: Scout Hut, Mill Road, Thornbury Magna']);
    expect(header).toMatchObject({ date: '2025-05-14', startTime: '18:30', venue: 'Scout Hut, Mill Road, Thornbury Magna' });
  });
  it('parts them where spaces stand between, and reads a place under another label', () => {
    // Own words: a town council's committee, its labels set out across one line.
    const header = readHeader([
      'EASTLEIGH ROW TOWN COUNCIL',
      'Allotments and Open Spaces Committee',
      'Date: Monday 3 March 2025   Time: 7.15pm   Location: The Pavilion, Recreation Ground',
    ]);
    expect(header).toMatchObject({ date: '2025-03-03', startTime: '19:15', venue: 'The Pavilion, Recreation Ground' });
  });
  it("leaves a label's words inside a value alone", () => {
    const header = readHeader([...title, 'Venue: The Old Date Store, Time Lane']);
    expect(header.venue).toBe('The Old Date Store, Time Lane');
  });
});

describe("readHeader: the title block's date before a date below the attendance", () => {
  it('takes the title\'s date, not a later line\'s "held on" (the minutes approved), when no item was found to end the header', () => {
    const title = [
      'THORNBURY MAGNA PARISH COUNCIL',
      'Village Design Statement Working Party',
      'Confirmed notes of the Working Party meeting - 14th May 2025',
    ];
    const lines = [...title, 'Present: A Pellow (Chair), G Nuttall', 'Notes of the meeting held on Wednesday 9th April 2025', 'Agreed.'];
    expect(readHeader(lines, title).date).toBe('2025-05-14');
  });
  it('reads a date below the attendance when the title block states none', () => {
    const title = ['EASTLEIGH ROW TOWN COUNCIL', 'Allotments and Open Spaces Committee'];
    const lines = [...title, 'Present: Cllrs Mabey and Oduya', 'Meeting held on Monday 3 March 2025'];
    expect(readHeader(lines, title).date).toBe('2025-03-03');
  });
});

describe('readMeeting: labelled facts run together in a record of numbered items', () => {
  it('reads the date, the start and the venue, and warns of no header line left unread', () => {
    const meeting = readMeeting(
      [
        'THORNBURY MAGNA PARISH COUNCIL',
        'Village Design Statement Working Party',
        'Date: 14th May 2025Time: 6:30pmVenue: Scout Hut, Mill Road, Thornbury Magna',
        'Present: A Pellow (Chair), G Nuttall, F Okafor',
        '',
        '1. Apologies',
        'Apologies were received from H Brandt.',
        '',
        '2. Notes of the meeting held on 9th April 2025',
        'RESOLVED: To approve the notes of the meeting held on 9th April 2025.',
      ],
      {},
      '',
    );
    expect(meeting).toMatchObject({ date: '2025-05-14', venue: 'Scout Hut, Mill Road, Thornbury Magna', startTime: '18:30' });
    expect((meeting.warnings ?? []).filter((warning) => warning.includes('Scout Hut'))).toEqual([]);
  });
});
