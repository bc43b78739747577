import { describe, expect, it } from 'vitest';
import { readHeader } from './header.ts';

describe("committee name: an opening that names the body short, under the body's whole name", () => {
  it('takes the whole name the heading prints over "minutes of the Steering Group meeting"', () => {
    // Own words: a parish's neighbourhood plan group, named in full above and short in the minutes' title.
    const header = readHeader([
      'HOLLINGBURY PARISH COUNCIL',
      'Neighbourhood Plan Steering Group',
      '',
      'Approved minutes of the Steering Group meeting - 2nd July 2025',
    ]);
    expect(header).toMatchObject({ council: 'Hollingbury Parish Council', committee: 'Neighbourhood Plan Steering Group' });
  });
  it('does so for another wording, "Minutes of the Working Party meeting held on …"', () => {
    const header = readHeader([
      'THORNBURY MAGNA PARISH COUNCIL',
      'VILLAGE DESIGN STATEMENT WORKING PARTY',
      'Minutes of the Working Party meeting held on Wednesday 14th May 2025 at 6.30pm',
    ]);
    expect(header.committee).toBe('Village Design Statement Working Party');
  });
  it("never takes the council's own name for the body its meeting is", () => {
    const header = readHeader(['ASHFORD MAGNA PARISH COUNCIL', 'Minutes of the Parish Council meeting held on 5th June 2025']);
    expect(header.committee).toBe('Council');
  });
});

describe('committee name: "Notes and actions" is the document, never the body', () => {
  it('reads the body over "Notes and actions - <date>"', () => {
    // Own words: a borough's member development group, its notes headed by their kind and the date.
    const header = readHeader([
      'WYCHFORD BOROUGH COUNCIL',
      '',
      'MEMBER LEARNING STEERING GROUP',
      '',
      'Notes and actions - Thursday 16 October 2025, 4.00pm, Room 2.07, Wychford Civic Centre',
    ]);
    expect(header).toMatchObject({ committee: 'Member Learning Steering Group', date: '2025-10-16' });
  });
  it('reads the body an opening names after "Notes and actions of the meeting of"', () => {
    const header = readHeader([
      'EASTLEIGH ROW TOWN COUNCIL',
      'Notes and actions of the meeting of the Events Working Group held on Monday 3 March 2025',
    ]);
    expect(header.committee).toBe('Events Working Group');
  });
});
