import { describe, expect, it } from 'vitest';
import { sliceItems } from './items.ts';
import { blankFurniture } from './furniture.ts';
import { afterCloseWarning, footerWarnings, takeAfterClose } from './last-item-foot.ts';

describe("the record's foot under the last item", () => {
  const sliced = (last: string) => sliceItems(['1. Apologies', 'None.', '2. Grit bins', 'Two were filled.', '', last]);

  it('takes a publication date printed under the last item out of its text, read as the day it was published, never warned of', () => {
    for (const line of [
      'Published: 9 March 2026',
      'Date of publication: Monday, 9 March 2026',
      'Publication date – 9/3/2026',
      'Date published: 9 March 2026',
    ]) {
      const { items, footer } = sliced(line);
      expect(items.at(-1)?.lines).toEqual(['', 'Two were filled.', '']);
      expect(footer).toEqual([line]);
    }
    expect(footerWarnings(['Published: 9 March 2026', 'This agenda is available in Welsh.'])).toEqual([
      'a line below the last item was not read: "This agenda is available in Welsh."; nothing of it is imported',
    ]);
  });

  it("takes ModernGov's trailer section out of the last item's text, its lines to be warned of as lines not read", () => {
    const lines = [
      '1. Apologies',
      'None.',
      '2. Grit bins',
      'Two were filled.',
      '',
      '<TRAILER_SECTION>',
      '',
      'R Pike',
      '',
      'Clerk to the Board',
      '',
      '</TRAILER_SECTION>',
    ];
    const { items, footer } = sliceItems(lines);
    expect(items.at(-1)?.lines.join(' ').trim()).toBe('Two were filled.');
    expect(footer).toEqual(['R Pike', 'Clerk to the Board']);
  });

  it("leaves a sentence that starts with the word in the item's text", () => {
    const { items, footer } = sliced('Published figures showed 14 reports in 2025.');
    expect(items.at(-1)?.lines.at(-1)).toBe('Published figures showed 14 reports in 2025.');
    expect(footer).toEqual([]);
  });
});

describe("text below the meeting's close", () => {
  const record = (...after: string[]) => [
    '1. Apologies',
    'None.',
    '',
    '2. Skate park',
    'RESOLVED: That the repairs be approved.',
    '',
    'The meeting closed at 8.05pm.',
    '',
    ...after,
  ];

  it('is taken out of the last item, to be warned of with its lines quoted: an actions table is no part of its minutes', () => {
    const { items } = sliceItems(record('ACTIONS', '| Minute | Action | Owner |', '| 2 | Order the surface | B Kettle |'));
    expect(takeAfterClose(items)).toEqual(['ACTIONS', '| Minute | Action | Owner |', '| 2 | Order the surface | B Kettle |']);
    expect(items.at(-1)?.lines.filter((line) => line.trim() !== '')).toEqual([
      'RESOLVED: That the repairs be approved.',
      'The meeting closed at 8.05pm.',
    ]);
    expect(afterCloseWarning(['ACTIONS', '| 2 | Order the surface | B Kettle |'])).toEqual([
      'text below the meeting\'s close is no item\'s and was not read: "ACTIONS" / "| 2 | Order the surface | B Kettle |"; nothing of it is imported, so add what it records (actions, notes) by hand',
    ]);
  });

  it("takes a page's footer out with it, and warns of none: it is furniture", () => {
    const { items } = sliceItems(record('Minutes – Page 2 of 2'));
    expect(takeAfterClose(items)).toEqual([]);
    expect(afterCloseWarning([])).toEqual([]);
  });

  it('warns of no signature block under the close, whose blank is a rule of dashes, and takes it out of the item', () => {
    // The lines as the reader has them: furniture.ts blanks the rule with the signer's word under it.
    const { items } = sliceItems(blankFurniture(record('--------------------', 'Chairman', '', 'ACTIONS: none.')));
    expect(takeAfterClose(items)).toEqual(['ACTIONS: none.']);
    expect(items.at(-1)?.lines.at(-1)).toBe('The meeting closed at 8.05pm.');
  });

  it('warns of no rule to sign on left alone under the close, but of a short one among the text', () => {
    expect(takeAfterClose(sliceItems(record('- - - - - - - -', '', 'Notes: none.')).items)).toEqual(['Notes: none.']);
    expect(takeAfterClose(sliceItems(record('---', 'Notes: none.')).items)).toEqual(['---', 'Notes: none.']);
  });

  it("warns of no signer's words alone and no last page's number under the close, but of anything else", () => {
    expect(takeAfterClose(sliceItems(record('Chairman/Mayor', '', '14')).items)).toEqual([]);
    expect(takeAfterClose(sliceItems(record('Chair / Date', '', '7')).items)).toEqual([]);
    expect(takeAfterClose(sliceItems(record('Chair / Date', 'Notes: 3 residents spoke.', '14')).items)).toEqual([
      'Notes: 3 residents spoke.',
    ]);
    // A number is the page's only as the record's last line: above text it may be a count or an item's.
    expect(takeAfterClose(sliceItems(record('12', 'Notes: none.')).items)).toEqual(['12', 'Notes: none.']);
  });

  it('takes nothing when the close is wrapped onto the next line, or stands in an item above the last', () => {
    const wrapped = sliceItems([
      '1. Apologies',
      'None.',
      '2. Close',
      'The meeting closed at 8.05pm, the Chair thanking',
      'all for coming.',
    ]);
    expect(takeAfterClose(wrapped.items)).toEqual([]);
    const above = sliceItems(['1. Close', 'The meeting closed at 8.05pm.', '2. Notes', 'The hall was booked.']);
    expect(takeAfterClose(above.items)).toEqual([]);
    expect(above.items.at(-1)?.lines).toEqual(['', 'The hall was booked.']);
  });
});

describe("the record's availability at its foot", () => {
  it('takes "This agenda is available in Welsh." out of the last item, to be warned of as a line not read', () => {
    const { items, footer } = sliceItems([
      '1. Apologies',
      '',
      '2. Grit bins',
      '   Report attached.',
      '',
      'This agenda is available in Welsh.',
    ]);
    expect(items.at(-1)?.lines.join(' ')).not.toContain('Welsh');
    expect(footer).toEqual(['This agenda is available in Welsh.']);
  });
});
