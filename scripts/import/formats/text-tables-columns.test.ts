import { describe, expect, it } from 'vitest';
import { spaceTables } from './text-tables.ts';

/** Each line's cells parted by tabs, as spaceTables leaves a table's rows. */
const parted = (text: string): string[][] =>
  spaceTables(text.trim())
    .split('\n')
    .map((line) => line.split('\t'));

describe('spaceTables: headings of several words, cells off their heading, figures in columns', () => {
  it('takes a numbered series of headings ("Stage 1  Stage 2") as a header, its cells words and a figure', () => {
    const reviews = `
Scheme                        Rating          Stage 1   Stage 2
Riverside flood wall          Amber           4         1
Town hall roof                Green           0         2
Market square paving          Red             6         3
`;
    expect(parted(reviews)).toEqual([
      ['Scheme', 'Rating', 'Stage 1', 'Stage 2'],
      ['Riverside flood wall', 'Amber', '4', '1'],
      ['Town hall roof', 'Green', '0', '2'],
      ['Market square paving', 'Red', '6', '3'],
    ]);
    const years = `
Grant               Year 1     Year 2     Year 3
Youth club          £4,000     £4,500     £5,000
Lunch club          £1,200     £1,200     £1,300
`;
    expect(parted(years)[0]).toEqual(['Grant', 'Year 1', 'Year 2', 'Year 3']);
    expect(parted(years)[2]).toEqual(['Lunch club', '£1,200', '£1,200', '£1,300']);
  });

  it('leaves rows with a numbered word that is no series as they are: no header over them', () => {
    const rooms = `
Library             Band 2          Open
Museum              Band 3          Closed
Leisure centre      Band 1          Open
`.trim();
    expect(spaceTables(rooms)).toBe(rooms);
  });

  it('reads a cell one space from the next, or running a character past its heading, in the column where it starts', () => {
    const cases = `
Case       Opened     Ward              Result                   Weeks
HC-31      03/02/25   Kelby North       Closed, no breach        6
HC-32      11/02/25   Upper Thornleigh Referred to a hearing panel  12
HC-33      24/02/25   Kelby South       Withdrawn                2
`;
    expect(parted(cases)).toEqual([
      ['Case', 'Opened', 'Ward', 'Result', 'Weeks'],
      ['HC-31', '03/02/25', 'Kelby North', 'Closed, no breach', '6'],
      ['HC-32', '11/02/25', 'Upper Thornleigh', 'Referred to a hearing panel', '12'],
      ['HC-33', '24/02/25', 'Kelby South', 'Withdrawn', '2'],
    ]);
    const log = `
No.   Task                        Lead           Due date
7     Renew play area fencing     Parks Officer   30/04/25
8     Publish walking map         Tourism Lead 31/05/25
9     Survey bus shelters         Clerk           15/06/25
`;
    expect(parted(log)).toEqual([
      ['No.', 'Task', 'Lead', 'Due date'],
      ['7', 'Renew play area fencing', 'Parks Officer', '30/04/25'],
      ['8', 'Publish walking map', 'Tourism Lead', '31/05/25'],
      ['9', 'Survey bus shelters', 'Clerk', '15/06/25'],
    ]);
  });

  it('leaves prose under a header-like line as it is, whose words run far across the columns', () => {
    const prose = `
Ward       Opened     Result
The panel considered the complaint from Kelby North in full and
decided that no further action was needed at this stage of it.
`.trim();
    expect(spaceTables(prose)).toBe(prose);
  });

  it('reads figures and percentages under word headings, the first column one word a row', () => {
    const depots = `
Depot          Tonnage     Share     Change
Ashworth       1,204       38.5%     +2.1%
Bellhaven      980         31.3%     -0.4%
Corrick        946         30.2%     -1.7%
`;
    expect(parted(depots)[1]).toEqual(['Ashworth', '1,204', '38.5%', '+2.1%']);
    const funds = `
Fund               Opening £     Closing £
General            52,310.00     48,115.40
Earmarked          9,800.00      11,250.00
Capital            3,000.00      3,000.00
`;
    expect(parted(funds)).toEqual([
      ['Fund', 'Opening £', 'Closing £'],
      ['General', '52,310.00', '48,115.40'],
      ['Earmarked', '9,800.00', '11,250.00'],
      ['Capital', '3,000.00', '3,000.00'],
    ]);
  });

  it('leaves one-word names in columns under a one-word first line as a list', () => {
    const services = `
Allotments     Cemetery      Footpaths
Bowls          Library       Playground
Cricket        Markets       Toilets
`.trim();
    expect(spaceTables(services)).toBe(services);
  });
});
