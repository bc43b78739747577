import { describe, expect, it } from 'vitest';
import { readHeader } from './header.ts';
import { readMeeting } from './meeting.ts';
import { splitSections } from './sections.ts';

describe('readHeader: date, time and venue on one line, parted by commas or dashes', () => {
  const title = ['BRAMLEY FORD PARISH COUNCIL', 'Minutes of the Amenities Committee'];
  it('reads the place after the time, whatever its words, with or without "at"', () => {
    const comma = readHeader([...title, 'Tuesday 4 March 2025, 7.30pm, Clerk’s Office, Bramley Ford']);
    expect(comma).toMatchObject({ date: '2025-03-04', startTime: '19:30', venue: 'Clerk’s Office, Bramley Ford' });
    const dashed = readHeader([...title, 'Tuesday 4 March 2025 – 7.30pm – at the Old Forge, Mill Lane']);
    expect(dashed).toMatchObject({ date: '2025-03-04', startTime: '19:30', venue: 'Old Forge, Mill Lane' });
  });
  it('takes no body named after the time for a place', () => {
    expect(readHeader(['Tuesday 4 March 2025, 7.30pm, Amenities Committee']).venue).toBeNull();
  });
});

describe('readHeader: an e-mail subject is the last resort for the body, never over a title below it', () => {
  it('reads the body from the minutes under the e-mail, not from the subject', () => {
    const header = readHeader([
      'From: Clerk <clerk@fallowby.example.org.uk>',
      'Sent: 12 June 2025 08:40',
      'Subject: Minutes - Parish Council meeting 10 June 2025',
      'FALLOWBY PARISH COUNCIL',
      'ALLOTMENTS COMMITTEE',
      'Tuesday 10 June 2025 at 6.30pm',
    ]);
    expect(header).toMatchObject({ council: 'Fallowby Parish Council', committee: 'Allotments Committee', startTime: '18:30' });
  });
});

describe("an e-mail's subject is no title block of the minutes it carries", () => {
  const mailed = [
    'From: Clerk, Kestle Down Parish Council',
    'Sent: 5 May 2025',
    'Subject: Draft minutes - Parish Council meeting 2 May 2025',
    '',
    'KESTLE DOWN PARISH COUNCIL',
    '',
    'Draft Minutes of the Parish Council Meeting',
    'held on Friday 2 May 2025 at 7pm',
    'at the Reading Room, Kestle Down',
    '',
    'Present: Cllr H Moyle (Chair), Cllr P Treloar',
    '',
    '1. Apologies',
    'None.',
  ];
  it('keeps the title block under the e-mail: the start time and the venue are read', () => {
    expect(splitSections(mailed)[0]?.repeats).toEqual([]);
    const meeting = readMeeting(mailed, {}, mailed.join('\n'));
    expect(meeting).toMatchObject({ committeeName: 'Council', startTime: '19:00', venue: 'Reading Room, Kestle Down' });
  });
});

describe('readHeader: "City of X Council" over a body whose name never repeats it', () => {
  it('reads the council as printed and the body without it', () => {
    const header = readHeader([
      'City of Dunmarsh Council',
      'Decision Session - Executive Member for Housing',
      'Date: Monday, 3 March 2025',
    ]);
    expect(header).toMatchObject({ council: 'City of Dunmarsh Council', committee: 'Decision Session - Executive Member for Housing' });
    const capitals = readHeader(['CITY OF DUNMARSH COUNCIL', 'LICENSING COMMITTEE', 'Monday, 3 March 2025']);
    expect(capitals).toMatchObject({ council: 'City of Dunmarsh Council', committee: 'Licensing Committee' });
  });
});
