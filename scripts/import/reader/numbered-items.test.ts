import { describe, expect, it } from 'vitest';
import { sliceItems } from './items.ts';

describe("a time stamp before each item's number", () => {
  it("keeps the stamp apart from the number and the title, on the slice, where the item's text will carry it", () => {
    const lines = ['19:00 – 19:05   HW/25/12  APOLOGIES', 'None.', '', '19:05 – 19:40   HW/25/13  FOOTPATH REPAIRS', 'Agreed.'];
    expect(sliceItems(lines).items.map((item) => [item.number, item.title, item.stamp])).toEqual([
      ['HW/25/12', 'APOLOGIES', '19:00 – 19:05'],
      ['HW/25/13', 'FOOTPATH REPAIRS', '19:05 – 19:40'],
    ]);
  });

  it('takes the time printed in brackets after the title as the stamp, out of the title', () => {
    const lines = [
      '1. Apologies (6.30 pm – 6.32 pm)',
      'None.',
      '',
      '2. Tree Works at Holm Green (6.32 – 7.10pm)',
      'Agreed.',
      '3. Budget (2026-27)',
      'Noted.',
    ];
    expect(sliceItems(lines).items.map((item) => [item.title, item.stamp])).toEqual([
      ['Apologies', '6.30 pm – 6.32 pm'],
      ['Tree Works at Holm Green', '6.32 – 7.10pm'],
      ['Budget (2026-27)', undefined],
    ]);
  });
});

describe('a short heading closed by a stop over each numbered minute (a Scottish city council)', () => {
  const lines = [
    'Minutes approved.',
    '',
    '1     The minutes of 3rd March 2025 were submitted and approved.',
    '',
    '',
    'Declarations of interest.',
    '',
    '2     Councillor Brodie declared an interest in item 4 (Glenview Trust Grant',
    '      2025/26) as a trustee of the Trust.',
    '',
    '',
    'Bus lanes on Dunmore Road - Consultation outcome approved.',
    '',
    '3 C   There was submitted a report by the Executive Director of Roads advising of the',
    '      outcome of the consultation.',
    '',
    '',
    'Glenview Trust Grant 2025/26 - Award approved.',
    '',
    '4     There was submitted a report by the Executive Director of Finance recommending',
    '      an award of £12,000.',
  ];

  it('gives each item the heading above its number, "Minutes approved." the first, and leaves the mark "C" out of the text', () => {
    const { items } = sliceItems(lines);
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Minutes approved'],
      ['2', 'Declarations of interest'],
      ['3', 'Bus lanes on Dunmore Road - Consultation outcome approved'],
      ['4', 'Glenview Trust Grant 2025/26 - Award approved'],
    ]);
    expect(items[0]?.lines.join(' ')).not.toContain('Declarations');
    expect(items[2]?.lines.join(' ')).toMatch(/^\s*There was submitted/);
  });

  it("gives a webcast's time stamp on a line of its own over an item's number to that item, not the item above", () => {
    const lines = [
      'Minutes of the meeting held on 2 March 2031.',
      '',
      '[00:00:35]',
      'EN/41  APOLOGIES',
      'None.',
      '',
      '[00:02:10]',
      'EN/42  TREE PLANTING',
      'The officer presented the report.',
      '',
      '(01:14:05)',
      'EN/43  ANY OTHER BUSINESS',
      'None.',
    ];
    const sliced = sliceItems(lines);
    expect(sliced.items.map((item) => [item.number, item.stamp, item.lines.filter((line) => line.trim() !== '')])).toEqual([
      ['EN/41', '[00:00:35]', ['None.']],
      ['EN/42', '[00:02:10]', ['The officer presented the report.']],
      ['EN/43', '(01:14:05)', ['None.']],
    ]);
    // The first item's stamp is its own, no line of the title block above it.
    expect(sliced.start).toBe(2);
    // Before the number on its line, as a timed agenda's clock time is.
    const inline = ['[00:05:12] 5. Budget', 'Agreed.', '', '[00:20:40] 6. Parking', 'Noted.'];
    expect(sliceItems(inline).items.map((item) => [item.number, item.title, item.stamp])).toEqual([
      ['5', 'Budget', '[00:05:12]'],
      ['6', 'Parking', '[00:20:40]'],
    ]);
  });
});
