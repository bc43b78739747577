import { describe, expect, it } from 'vitest';
import { readHeader } from './header.ts';

describe('readHeader: a numbered meeting of the body named above ("the 58th Quarterly Meeting of the Authority")', () => {
  it("reads the meeting's number and kind as the meeting's, and the body back from the heading above", () => {
    const authority = readHeader([
      'NORTH MARLOW COASTAL CONSERVATION AUTHORITY',
      '',
      'Minutes of the 61st Quarterly Meeting of the Authority held at the Harbour Office,',
      'Pellsands, on Thursday 4 December 2025 at 10.00 am',
    ]);
    expect(authority.committee).toBe('North Marlow Coastal Conservation Authority');
    const board = readHeader([
      'Ravensholme and Dunley Joint Burial Board',
      'MINUTES OF THE 212TH ORDINARY MEETING OF THE BOARD held on Monday 12 January 2026 at 6.00 pm in Dunley Chapel',
    ]);
    expect(board.committee).toBe('Ravensholme and Dunley Joint Burial Board');
  });
});

describe('readHeader: the opening names the body by the last word of the heading above ("the PARTNERSHIP BOARD")', () => {
  it("joins the heading's name and the body's own words after the repeated word", () => {
    const partnership = readHeader([
      'GLENCARRA REGIONAL TRANSPORT PARTNERSHIP',
      '',
      'MINUTE of MEETING of the PARTNERSHIP BOARD held in Carra House, Inverdoon on Friday 7 November 2025 at 11.00 am.',
    ]);
    expect(partnership.committee).toBe('Glencarra Regional Transport Partnership Board');
    const care = readHeader([
      'South Denholm Health and Care Partnership',
      'Minutes of a meeting of the Partnership Executive Group held on Wednesday 14 January 2026 at 2.00 pm',
    ]);
    expect(care.committee).toBe('South Denholm Health and Care Partnership Executive Group');
    // A combined authority is the council itself: its "Authority Overview and Scrutiny Committee" is its own committee's name.
    const authority = readHeader([
      'Kellmoor Combined Authority',
      'Minutes of a meeting of the Authority Overview and Scrutiny Committee held on Wednesday 14 January 2026 at 2.00 pm',
    ]);
    expect(authority).toMatchObject({ council: 'Kellmoor Combined Authority', committee: 'Authority Overview and Scrutiny Committee' });
  });
  it("never joins a council's name to a body whose name opens with its last word", () => {
    const header = readHeader([
      'ASHBURY BOROUGH COUNCIL',
      'Minutes of the Council Tax Support Panel held on Monday 2 March 2026 at 10.00 am',
    ]);
    expect(header.committee).toBe('Council Tax Support Panel');
  });
});

describe('readHeader: a company\'s or trust\'s board under its name ("HALWYN HOMES LIMITED" / "MINUTES OF THE BOARD MEETING")', () => {
  it("names the organisation's board, past a description of the organisation under its name", () => {
    const company = readHeader([
      'BRACKENFORD HOMES LIMITED',
      '(a housing company owned by Brackenford Borough Council; registered in England No. 07654321)',
      'MINUTES OF THE BOARD MEETING',
      'Date:    Tuesday 18 November 2025',
      'Time:    6.00 pm - 8.10 pm',
    ]);
    expect(company.committee).toBe('Brackenford Homes Limited Board');
    const trust = readHeader([
      'Ashgrove Leisure Trust',
      'Minutes of the meeting of the Board held at Ashgrove Lido on Wednesday 10 December 2025 at 5.30 pm',
    ]);
    expect(trust.committee).toBe('Ashgrove Leisure Trust Board');
  });
  it('leaves a bare "Board" under a line that names no organisation to the title block as before', () => {
    const header = readHeader([
      'EASTLING TOWN COUNCIL',
      'COMMUNITY ASSETS BOARD',
      'Minutes of the meeting of the Board held on Tuesday 3 February 2026',
    ]);
    expect(header.committee).toBe('Community Assets Board');
  });
});

describe('readHeader: the capacity a council sat in, its charity named on the next line', () => {
  it('reads the charity\'s name across the line break after "Trustee of"', () => {
    const hall = readHeader([
      'BRACKLEY VALE PARISH COUNCIL',
      'Minutes of a meeting of the Parish Council acting as sole Trustee of',
      'THE BRACKLEY VALE VILLAGE HALL (Charity No. 512345)',
      'held on Tuesday 4 November 2025 at 8.00 pm in the Village Hall',
    ]);
    expect(hall.committee).toBe('Council');
    expect(hall.sittingAs).toBe('sole Trustee of The Brackley Vale Village Hall (Charity No. 512345)');
    const fields = readHeader([
      'Fernhill Town Council',
      'Minutes of the Town Council sitting as Corporate Trustee of the',
      'Fernhill Memorial Playing Fields Trust',
      'Held on Monday 8 December 2025 at 7.45 pm',
    ]);
    expect(fields.committee).toBe('Council');
    expect(fields.sittingAs).toBe('Corporate Trustee of the Fernhill Memorial Playing Fields Trust');
  });
});
