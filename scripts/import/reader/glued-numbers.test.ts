import { describe, expect, it } from 'vitest';
import { spacedItemNumbers } from './glued-numbers.ts';
import { sliceItems } from './items.ts';

const itemsOf = (lines: string[]) => sliceItems(spacedItemNumbers(lines)).items.map((item) => [item.number, item.title]);

describe('spacedItemNumbers: an item number run into its text, as a PDF export that lost the tab prints it', () => {
  // Own words: a parish working party's minutes, its minute references with the parish's letters.
  const workingParty = [
    'THORNBURY MAGNA PARISH COUNCIL',
    'Village Design Statement Working Party',
    '',
    'Present: A Pellow (Chair), G Nuttall, F Okafor',
    'VD/12/25Apologies were received from H Brandt.',
    'VD/13/25No interests were declared.',
    'VD/14/25Notes of the last meeting',
    'The notes of 9th April 2025 were agreed.',
    'VD/15/25Photographic survey',
    'Mr Nuttall said that 40 photographs had been taken. Application LA09/2024/0733/F was noted.',
    '£1,250.00 was set aside for printing.',
    'VD/16/25Next meeting - 11th June 2025.',
  ];
  it('reads each number and its text as an item when the record numbers its items so on several lines', () => {
    expect(itemsOf(workingParty)).toEqual([
      ['VD/12/25', 'Apologies were received from H Brandt'],
      ['VD/13/25', 'No interests were declared'],
      ['VD/14/25', 'Notes of the last meeting'],
      ['VD/15/25', 'Photographic survey'],
      ['VD/16/25', 'Next meeting'],
    ]);
  });
  // Own words: a town council's committee whose minutes number by the minute and the year, with no letters before.
  const committee = [
    'EASTLEIGH ROW TOWN COUNCIL',
    'Allotments and Open Spaces Committee',
    '',
    '31/24Apologies for absence',
    'Councillor Mabey sent apologies.',
    '',
    '32/24Declarations of interest',
    'None.',
    '',
    '33/24Water supply at Orchard Field',
    'The Clerk reported a leak. It was RESOLVED to repair it.',
    '',
    '34/24Any other business',
    'None.',
  ];
  it('reads a number with no letters before it the same way', () => {
    expect(itemsOf(committee).map(([number]) => number)).toEqual(['31/24', '32/24', '33/24', '34/24']);
  });
  it('spaces only the numbers of the run, and leaves the other lines as printed', () => {
    const spaced = spacedItemNumbers(workingParty);
    expect(spaced[4]).toBe('VD/12/25 Apologies were received from H Brandt.');
    expect(spaced[9]).toBe(workingParty[9]);
    expect(spaced[10]).toBe(workingParty[10]);
  });
  it.each([
    ['one such line alone in prose', ['MINUTES OF THE MEETING', 'The Clerk read the letter.', '2024Budget figures were noted.', 'None.']],
    [
      "references and sums at a line's start, though they rise",
      ['Applications received:', '25/101Mill House - extension', '25/102Orchard Cottage - porch', 'Payments: £1,200Groundworks'],
    ],
  ])('leaves %s as printed', (_what, lines) => {
    expect(spacedItemNumbers(lines)).toEqual(lines);
  });
});
