/** A tracker's table copied as plain text with one cell a line, rows parted by blank lines. All words are invented. */
import { describe, expect, it } from 'vitest';
import { readTracker } from './tracker.ts';
import { trackerLines, unstackTracker } from './tracker-stacked.ts';

const rowsOf = (lines: string[]) => {
  const table = trackerLines(lines);
  return readTracker(table.lines, table.notes);
};

describe('a tracker with one cell a line', () => {
  const heading = ['No.', 'Recommendation', 'Response', 'Accepted?', 'Lead / timescale'];

  it('reads a row a block, a wrapped line joined to its cell, an answer and a date in their own columns', () => {
    const rows = rowsOf([
      'Appendix B',
      '',
      ...heading,
      '',
      '1',
      'That the lido opening hours be extended on summer evenings until the end of',
      'September.',
      'Lifeguards have been recruited for the extra hours.',
      'Accepted',
      'Leisure Manager / June 2027',
      '',
      '2',
      'That the pool be heated with solar panels.',
      'Not accepted',
      '–',
      '',
      'Background papers',
      'None.',
    ]);
    expect(rows.map((row) => [row.reference, row.body, row.response?.outcome, row.leadOfficer, row.targetDate ?? null])).toEqual([
      [
        '1',
        'That the lido opening hours be extended on summer evenings until the end of September.',
        'accepted',
        'Leisure Manager',
        'June 2027',
      ],
      ['2', 'That the pool be heated with solar panels.', 'not-accepted', null, null],
    ]);
    expect(rows[0]?.response?.text).toBe('Lifeguards have been recruited for the extra hours.');
    expect(rows[0]?.warnings).toEqual([]);
  });

  it('names each guess: a blank cell, and a cell given two paragraphs', () => {
    const rows = rowsOf([
      ...heading,
      '',
      '1',
      'That the pool be heated with solar panels.',
      'The roof cannot bear the panels.',
      'A heat pump will be costed instead.',
      'Not accepted',
      'Leisure Manager / May 2027',
    ]);
    expect(rows[0]?.response?.text).toBe('The roof cannot bear the panels. A heat pump will be costed instead.');
    expect(rows[0]?.warnings).toContain(
      '"Response" is taken to hold 2 paragraphs: the table\'s cells are one a line and this row\'s 6 line(s) are not one for each of its 5 columns, so where each cell ends is a guess',
    );
    const [short] = rowsOf([...heading, '', '3', 'That changing rooms be refurbished.', 'Accepted', 'Leisure Manager / 2028']);
    expect(short).toMatchObject({ body: 'That changing rooms be refurbished.', response: { outcome: 'accepted', text: 'Accepted' } });
    expect(short?.warnings[0]).toMatch(/^"Response" is taken to be blank: /);
  });

  it('sets the table out with tabs on the lines its blocks start on, leaving line numbers as they were', () => {
    const lines = [...heading, '', '1', 'That the pool reopen.', 'It reopened in May.', 'Accepted', 'Leisure Manager / done'];
    const table = unstackTracker(lines);
    expect(table?.lines).toEqual([
      heading.join('\t'),
      '',
      '',
      '',
      '',
      '',
      ['1', 'That the pool reopen.', 'It reopened in May.', 'Accepted', 'Leisure Manager / done'].join('\t'),
      '',
      '',
      '',
      '',
    ]);
  });

  it('leaves a table whose every cell stands in a block of its own, and prose, as they are', () => {
    expect(unstackTracker(['Ref', '', 'Recommendation', '', 'Officer', '', 'Status', '', 'R1', '', 'That the pool reopen.'])).toBeNull();
    expect(unstackTracker(['The committee agreed its recommendations.', 'Officers will report back.', 'The status is open.'])).toBeNull();
  });
});
