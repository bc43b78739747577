import { describe, expect, it } from 'vitest';
import { blankFurniture } from './furniture.ts';
import { readHeader } from './header.ts';

const far = (text: string) => `${' '.repeat(50)}${text}`;

describe("a minute book's page head seen once: the page's number over the body and date", () => {
  it('blanks the number set far in and the dated lines under it, up to the blank line', () => {
    const lines = [
      '        RESOLVED - That the report be approved.',
      '',
      far('212'),
      '              LICENSING AND GENERAL PURPOSES COMMITTEE',
      '                        4th June, 1984',
      '',
      '  7.    TAXI FARES',
    ];
    expect(blankFurniture(lines)).toEqual([lines[0], '', '', '', '', '', lines[6]]);
    const oneLine = ['The report was noted.', '', far('57'), '    Parks Committee - 3 May 1991', '', '12. Allotments', 'Rents were set.'];
    expect(blankFurniture(oneLine)).toEqual(['The report was noted.', '', '', '', '', '12. Allotments', 'Rents were set.']);
  });

  it("keeps a figure set far in over lines that name no date, and a head's lines that run on into text", () => {
    const table = ['Spending was:', '', far('250'), '    Total spend on verges', '', 'Noted.'];
    expect(blankFurniture(table)).toEqual(table);
    const text = ['Noted.', '', far('88'), '    Grants Committee - 5 May 1992', '    The Clerk reported on the fund.', '', '4. Grants'];
    expect(blankFurniture(text)).toEqual(text);
  });
});

describe("a minute book's page head of two lines: the body with its page, over the meeting and its date", () => {
  const head = (page: number) => [
    `Thornbury St Ives Parish Council${' '.repeat(24)}Minute Book Page ${page}`,
    'Ordinary Meeting - 2 March 1999',
  ];
  const lines = [
    ...head(41),
    '',
    '41/99 Apologies. None were received.',
    'Proposed Mrs Dunn, seconded Mr Hale, and agreed.',
    '',
    '-'.repeat(70),
    ...head(42),
    '',
    '42/99 Playground. The swings are to be repainted.',
  ];

  it('blanks the head on the later page, with the rule over it, and keeps it in the title block', () => {
    const blanked = blankFurniture(lines, new Set([0, 1]));
    expect(blanked.slice(0, 5)).toEqual(lines.slice(0, 5));
    expect(blanked.slice(5, 9)).toEqual(['', '', '', '']);
    expect(blanked[10]).toBe(lines[10]);
  });

  it("reads the body from the title block without the page's number", () => {
    const other = ['Hollowmere Town Council          Minute Book Page 7', 'Planning Committee - 14 April 2003'];
    expect(readHeader(head(41)).committee).not.toMatch(/Minute Book|Page/);
    expect(readHeader(other).committee).toBe('Planning Committee');
  });
});
