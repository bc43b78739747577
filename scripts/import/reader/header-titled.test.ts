import { describe, expect, it } from 'vitest';
import { readHeader } from './header.ts';

describe('readHeader: a document opened by "Record of", "Notes of" or "Decisions taken" names no body', () => {
  it('takes the heading in capitals above "Record of the meeting held on …", as "Minutes of" is read', () => {
    const panel = readHeader([
      'ASHBRIDGE COUNTY COUNCIL',
      '',
      'STREET WORKS APPEALS PANEL',
      '',
      'Record of the meeting held on 6 May 2025 at 10.00 am in Room 2, County Offices,',
      'Ashbridge',
    ]);
    expect(panel).toMatchObject({ council: 'Ashbridge County Council', committee: 'Street Works Appeals Panel', date: '2025-05-06' });
    const forum = readHeader([
      'Dunholme Borough Council',
      'Tenants Liaison Forum',
      'Notes of the meeting held on Thursday 12 June 2025 at 6 pm at the Civic Hall',
    ]);
    expect(forum).toMatchObject({ council: 'Dunholme Borough Council', committee: 'Tenants Liaison Forum', date: '2025-06-12' });
  });
  it('reads "Record of a meeting of X" as "Minutes of a meeting of X"', () => {
    expect(readHeader(['Record of a meeting of the Harbour Users Group held on 2 April 2025 at 4 pm'])).toMatchObject({
      committee: 'Harbour Users Group',
      date: '2025-04-02',
    });
  });
  it('names no body from "NOTES OF AN INQUORATE MEETING": the council met', () => {
    const parish = readHeader([
      'WILLOWMERE PARISH COUNCIL',
      '',
      'NOTES OF AN INQUORATE MEETING',
      '',
      'Date: Tuesday 8 April 2025',
      'Time: 7.00pm',
    ]);
    expect(parish).toMatchObject({ council: 'Willowmere Parish Council', committee: 'Council', inquorate: true });
    const town = readHeader(['Brackley Fen Town Council', 'Record of an inquorate meeting held on 3 March 2025 at 7.15 pm']);
    expect(town).toMatchObject({ council: 'Brackley Fen Town Council', committee: 'Council', inquorate: true });
  });
  it('never names a body that ends "of the" or is only a meeting\'s kind', () => {
    // No heading above: the body is not stated (null), never the opening's first words.
    expect(readHeader(['Record of the meeting held on 6 May 2025 at 10.00 am']).committee).toBeNull();
    expect(readHeader(['Summary of the special meeting held on 6 May 2025']).committee).toBeNull();
  });
  it('reads "DECISIONS TAKEN BY WRITTEN PROCEDURE" under a joint board\'s name as the document, and names no constituent council', () => {
    const board = readHeader([
      'NORTH LARRICK ASSESSMENT JOINT BOARD',
      '',
      'DECISIONS TAKEN BY WRITTEN PROCEDURE',
      '',
      'Procedure opened: 10 March 2025',
      'Responses received from:',
      'Councillor Ewan Tosh (Convener) – Larrick Council',
      'Councillors Isla Baird and Rory Cain – Kilbrae Council',
      'Councillor Mhairi Dunn – Larrick Council',
    ]);
    expect(board).toMatchObject({ council: null, committee: 'North Larrick Assessment Joint Board' });
    const second = readHeader([
      'Westfirth Licensing Joint Board',
      'Decisions made under the urgency procedure',
      'Procedure closed: 4 April 2025',
      'Councillors Fergus Hay and Ailsa Muir – Westfirth Council',
      'Councillor Colin Reid – Dunard Council',
    ]);
    expect(second).toMatchObject({ council: null, committee: 'Westfirth Licensing Joint Board' });
  });
  it('reads "<Body> minutes: <date>", a web page\'s heading, as the body\'s name', () => {
    expect(readHeader(['Planning Committee minutes: 4 March 2025', 'Date: Tuesday 4 March 2025'])).toMatchObject({
      committee: 'Planning Committee',
      date: '2025-03-04',
    });
    expect(readHeader(['Audit and Standards Panel agenda: 9 June 2025', 'Time: 10am'])).toMatchObject({
      committee: 'Audit and Standards Panel',
      date: '2025-06-09',
    });
  });
});
