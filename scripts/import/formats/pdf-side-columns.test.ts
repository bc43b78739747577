import { describe, expect, it } from 'vitest';
import { pdfToText } from './pdf-text.ts';
import { importedMeeting } from './test-import.ts';
import { textToPdf } from './test-pdf.ts';

/**
 * A made-up parish's minutes in our own words, drawn by test-pdf.ts in two columns (a line's two cells, tab-separated,
 * drawn lined up): the header across the page, the business in a left and a right column side by side.
 */
const HEADER = [
  'ORRINGTON PARISH COUNCIL',
  'Minutes of the meeting of the Parish Council held on Monday 9 February 2026 at 7.15pm in the Pavilion, Orrington',
  '',
  'Present: Cllrs J Penhale (Chair), W Treloar, A Chegwidden and N Rowse',
  'In attendance: Mrs K Tonkin (Clerk)',
  '',
];

const PAIRS: [string, string][] = [
  ['14. Apologies', '18. Highways'],
  ['Apologies were received from Cllr P', 'The Clerk reported that the drain on'],
  ['Soames, who was on holiday.', 'Fore Street was blocked again and that'],
  ['', 'the County Council had been asked to'],
  ['15. Declarations of interest', 'clear it. RESOLVED to ask the County'],
  ['There were no declarations of interest', 'Council for a date for the work.'],
  ['', ''],
  ['16. Minutes', '19. Allotments'],
  ['RESOLVED that the minutes of the meeting', 'The rent for each plot was reviewed.'],
  ['held on 9 January 2026 be approved as', 'RESOLVED that the rent stay at £25 for'],
  ['a true record and signed by the Chair.', 'the year from October.'],
  ['', ''],
  ['17. Open forum', '20. Next meeting'],
  ['A resident asked when the bus shelter', 'The next meeting will be on Monday 9'],
  ['on the green would be repaired; the', 'March 2026 at 7.15pm in the Pavilion.'],
  ['Clerk will chase the contractor.', 'The meeting closed at 8.05pm.'],
];

const minutes = (): string => [...HEADER, ...PAIRS.map(([left, right]) => (left + right === '' ? '' : `${left}\t${right}`))].join('\n');

const column = (side: 0 | 1): string[] => PAIRS.map((pair) => pair[side]).filter((text) => text !== '');

describe('readSideBySidePdf (through pdfToText)', () => {
  it('reads a page printed in two columns of English as its left column, then its right, with a warning', async () => {
    const read = await pdfToText(await textToPdf(minutes(), { size: 9 }), 'minutes.pdf');
    const lines = read.text.split('\n').filter((line) => line.trim() !== '');
    expect(lines.slice(HEADER.filter((line) => line !== '').length)).toEqual([...column(0), ...column(1)]);
    expect(read.text).toContain('Clerk will chase the contractor.\n\n18. Highways');
    expect(read.warnings).toEqual([expect.stringMatching(/two columns side by side \(page 1\): they are read as the left column/)]);
  });

  it('gives the records every item of both columns in order, each resolution whole', async () => {
    const meeting = await importedMeeting('minutes.pdf', await textToPdf(minutes(), { size: 9 }));
    const items = meeting.data.items ?? [];
    expect(items.map((item) => `${item.number} ${item.title}`)).toEqual([
      '14 Apologies',
      '15 Declarations of interest',
      '16 Minutes',
      '17 Open forum',
      '18 Highways',
      '19 Allotments',
      '20 Next meeting',
    ]);
    expect(items.flatMap((item) => item.resolutions ?? [])).toEqual([
      'that the minutes of the meeting held on 9 January 2026 be approved as a true record and signed by the Chair.',
      'to ask the County Council for a date for the work.',
      'that the rent stay at £25 for the year from October.',
    ]);
    expect(meeting.data.attendance?.apologies).toEqual(['P Soames']);
    expect(meeting.data.warnings?.filter((warning) => warning.includes('two columns side by side'))).toHaveLength(1);
  });
});
