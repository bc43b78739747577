import { describe, expect, it } from 'vitest';
import { readHeader } from './header.ts';
import { bodyOfCouncil, councilsIn } from './council-name.ts';
import { bodyFromOpening } from './title-block-lines.ts';

describe('readHeader: "<body> of <council>" in an opening sentence wrapped inside the council\'s name', () => {
  it("parts the body from its council when the council's name wraps onto the next line", () => {
    const panel = readHeader([
      'Fostering Oversight Panel',
      '',
      'Tuesday, 11 March 2025',
      '',
      'Minutes of the meeting of the Fostering Oversight Panel of Wellbrook Metropolitan Borough',
      "Council held in the Mayor's Parlour, Wellbrook Town Hall at 5.00 pm.",
    ]);
    expect(panel).toMatchObject({ council: 'Wellbrook Metropolitan Borough Council', committee: 'Fostering Oversight Panel' });
    const area = readHeader([
      'NORTH HALLAM AREA COMMITTEE',
      '',
      'Minutes of a meeting of the North Hallam Area Committee of Dunmere Metropolitan',
      'Borough Council held at Hallam Library, Stone Row, on Monday 3 February 2025',
      'at 6.30 pm',
    ]);
    expect(area).toMatchObject({ council: 'Dunmere Metropolitan Borough Council', committee: 'North Hallam Area Committee' });
  });
  it('parts the body from "the Council of the Isles of X", one council, whether its name wraps or not', () => {
    const panel = readHeader([
      'COUNCIL OF THE ISLES OF XANDRA',
      '',
      'Minutes of the meeting of the Licensing Panel of the Council of the Isles of Xandra held on Tuesday 3 March 2026',
      'at 10.00 am in the Town Hall, St Elwyn.',
    ]);
    expect(panel).toMatchObject({ council: 'Council of the Isles of Xandra', committee: 'Licensing Panel' });
    const wrapped = readHeader([
      'Harbours Committee',
      '',
      'Minutes of a meeting of the Harbours Committee of the Council of the',
      'Isle of Brenna held at the Council Offices, Port Mary, on Monday 2 February 2026 at 2.00 pm',
    ]);
    expect(wrapped).toMatchObject({ council: 'Council of the Isle of Brenna', committee: 'Harbours Committee' });
  });
  it('parts nothing that is no body of one council', () => {
    // Two councils: a joint body's, no one council's.
    expect(bodyOfCouncil('Joint Waste Committee of Ashvale District Council and Brenton Borough Council')).toBeNull();
    // "the Whole Council" names no council.
    expect(bodyOfCouncil('Committee of the Whole Council')).toBeNull();
    // "Board of Governors": no council after "of"; "Council of the Isles of Lunna": the council's own name, no body before it.
    expect(bodyOfCouncil('Board of Governors of Eastmere Academy')).toBeNull();
    expect(bodyOfCouncil('Council of the Isles of Lunna')).toBeNull();
    // No body's word before "of": "Friends of Tolley Parish Council" is no body of the council.
    expect(bodyOfCouncil('Friends of Tolley Parish Council')).toBeNull();
    expect(bodyOfCouncil('Licensing Panel of the London Borough of Wexham')).toEqual({
      body: 'Licensing Panel',
      council: 'London Borough of Wexham',
    });
  });
});

describe('the kind of meeting before "Meeting of" is no part of the council\'s name', () => {
  it('reads the council after "Budget Meeting of", "Reconvened Meeting of", "Statutory Annual Meeting of"', () => {
    expect(councilsIn('MINUTES OF THE BUDGET MEETING OF HARLDEN BOROUGH COUNCIL').map(({ name }) => name)).toEqual([
      'Harlden Borough Council',
    ]);
    expect(councilsIn('Minutes of the Reconvened Meeting of Tollbury District Council').map(({ name }) => name)).toEqual([
      'Tollbury District Council',
    ]);
    expect(councilsIn('Minutes of the Statutory Annual Meeting of Pellow Town Council').map(({ name }) => name)).toEqual([
      'Pellow Town Council',
    ]);
  });
  it("reads the budget meeting as the council's own meeting", () => {
    const budget = readHeader([
      'MINUTES OF THE BUDGET MEETING OF HARLDEN BOROUGH COUNCIL',
      'HELD AT THE CIVIC HALL, HARLDEN ON THURSDAY 27 FEBRUARY 2025 AT 6.30 PM',
    ]);
    expect(budget).toMatchObject({ council: 'Harlden Borough Council', committee: 'Council', kind: 'budget' });
  });
});

describe("a body's name never runs over a sentence's end", () => {
  it('reads no body from prose that opens as minutes do', () => {
    expect(bodyFromOpening('minutes of the meeting. The minutes will be published once approved.')).toBeNull();
    expect(bodyFromOpening('Notes of the Licensing Panel. These are not minutes')).toBe('Licensing Panel');
  });
  it('keeps the body named in the title line over the prose', () => {
    const sheet = readHeader([
      'KELBY BOROUGH COUNCIL',
      '',
      'DECISION SHEET',
      '',
      'Planning Committee – Wednesday 19 February 2025',
      '',
      'This sheet records the decisions taken at the meeting. It is not the',
      'minutes of the meeting. The minutes will be published once approved.',
    ]);
    expect(sheet).toMatchObject({ council: 'Kelby Borough Council', committee: 'Planning Committee' });
  });
  it('keeps the body named in the title line over the prose, worded otherwise', () => {
    const notice = readHeader([
      'Licensing Sub-Committee – 3 April 2025',
      'This is a summary of the decisions only, not the',
      'notes of the hearing. Full notes will follow.',
    ]);
    expect(notice.committee).toBe('Licensing Sub-Committee');
  });
});
