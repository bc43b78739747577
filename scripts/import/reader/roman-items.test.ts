import { describe, expect, it } from 'vitest';
import { sliceItems } from './items.ts';

/** Numbers and titles of the items read from the lines. */
const items = (lines: string[]) => sliceItems(lines).items.map((item) => [item.number, item.title]);

/** A town committee's minutes numbered "(i)", "(ii)" …, an item's lettered points under it, numbered with `mark`. */
function minutes(mark: (numeral: string) => string): string[] {
  return [
    'Present: Cllr Ruth Albery (Chair), Cllr Tom Baxendale, Cllr Una Corrigan',
    '',
    `${mark('i')} Apologies for absence`,
    'Cllr Vera Dunstan (holiday).',
    '',
    `${mark('ii')} Declarations of interest`,
    'None were made.',
    '',
    `${mark('iii')} Cemetery fees`,
    '(a) Burial fees: RESOLVED that the fee rise to £420 from 1 April.',
    '(b) Memorial fees: the Committee noted the report.',
    '',
    `${mark('iv')} Date of next meeting`,
    'Tuesday 3 June 2025.',
  ];
}

describe('items numbered in lower-case Roman numerals', () => {
  it('reads "(i) Apologies for absence", "i. …" and "i) …" as items i, ii, iii, iv, lettered points staying in their item', () => {
    for (const mark of [(n: string) => `(${n})`, (n: string) => `${n}.`, (n: string) => `${n})`]) {
      const read = sliceItems(minutes(mark)).items;
      expect(read.map((item) => [item.number, item.title])).toEqual([
        ['i', 'Apologies for absence'],
        ['ii', 'Declarations of interest'],
        ['iii', 'Cemetery fees'],
        ['iv', 'Date of next meeting'],
      ]);
      expect(read[2]?.lines.filter((line) => line.trim() !== '')).toHaveLength(2);
    }
  });

  it('keeps a resolution’s points (i), (ii), (iii) in their item when the items are numbered 1, 2, 3', () => {
    const lines = [
      '1. Apologies',
      'None.',
      '',
      '2. Play area',
      'RESOLVED:',
      '',
      '(i) The Clerk obtain three quotations',
      '',
      '(ii) The swing be taken down',
      '',
      '(iii) Members inspect the site in May',
      '',
      '3. Close',
      'The meeting ended.',
    ];
    expect(items(lines)).toEqual([
      ['1', 'Apologies'],
      ['2', 'Play area'],
      ['3', 'Close'],
    ]);
  });

  it('opens no items from the points of a resolution in minutes whose items are not numbered', () => {
    const lines = [
      'Present: Cllr Ruth Albery (Chair), Cllr Tom Baxendale',
      '',
      'ALLOTMENTS',
      'The Committee resolved that',
      '',
      '(i) Plot rents rise to £45',
      'from the next rent year',
      '',
      '(ii) The waiting list be reviewed',
      'each spring',
      '',
      'FOOTPATHS',
      'It was RESOLVED:',
      '(i) To write to the landowner',
      '(ii) To report the stile',
    ];
    expect(items(lines).map(([number]) => number)).not.toContain('i');
  });

  it('keeps a point (iii) that runs on from points (i) and (ii) inside item ii in that item', () => {
    const lines = [
      '(i) Apologies',
      'None.',
      '',
      '(ii) Allotments',
      'The Committee noted the plot holders’ letter. RESOLVED:',
      '(i) Rents be frozen',
      '(ii) The Clerk reply to the letter',
      '(iii) Water troughs be repaired',
      '',
      '(iii) Footpaths',
      'The Clerk reported the stile.',
      '',
      '(iv) Close',
      'The meeting ended.',
    ];
    expect(items(lines)).toEqual([
      ['i', 'Apologies'],
      ['ii', 'Allotments'],
      ['iii', 'Footpaths'],
      ['iv', 'Close'],
    ]);
  });

  it('reads the items i, ii, iii when a numbered list stands inside one of them', () => {
    const lines = [
      '(i) Apologies',
      'None.',
      '',
      '(ii) Budget',
      'The Clerk listed the pressures:',
      '',
      '1. Insurance',
      'Up by £400.',
      '',
      '2. Audit',
      'Up by £150.',
      '',
      '3. Energy',
      'Down by £90.',
      '',
      '(iii) Close',
      'The meeting ended.',
    ];
    expect(items(lines).map(([number]) => number)).toEqual(['i', 'ii', 'iii']);
  });
});
