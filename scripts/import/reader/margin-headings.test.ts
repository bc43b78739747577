import { describe, expect, it } from 'vitest';
import { sliceItems } from './items.ts';
import { marginItems } from './margin-headings.ts';

const items = (lines: string[]) => marginItems(lines, 0)?.items.map(({ number, title, lines }) => [number, title, lines]) ?? null;

describe('minutes typed in two columns: headings in a left margin, the text beside them', () => {
  it('opens an item at each heading in the margin, its text the column beside it, the foot on the last item', () => {
    const lines = [
      'Present: Councillors A. Pybus (Chairman), D. Quayle, M. Rennison',
      '',
      'APOLOGIES         Apologies were received from Councillor F. Salkeld.',
      '',
      'MINUTES           RESOLVED that the minutes of 3 March be signed.',
      '                  Proposed Cllr Quayle, seconded Cllr Rennison.',
      '',
      'FINANCE           RESOLVED that these payments be made:',
      '                    Wendale Hall – hire      £18.00',
      '',
      'The meeting closed at 8.05 pm.',
    ];
    expect(marginItems(lines, 0)?.start).toBe(2);
    expect(items(lines)).toEqual([
      [null, 'APOLOGIES', ['Apologies were received from Councillor F. Salkeld.', '']],
      [null, 'MINUTES', ['RESOLVED that the minutes of 3 March be signed.', 'Proposed Cllr Quayle, seconded Cllr Rennison.', '']],
      [
        null,
        'FINANCE',
        ['RESOLVED that these payments be made:', '  Wendale Hall – hire      £18.00', '', '', 'The meeting closed at 8.05 pm.'],
      ],
    ]);
  });

  it("joins a heading's next line in the margin to its title, and reads a number and a subject there as the item's", () => {
    const lines = [
      '1. Apologies        None were received.',
      '2. Village green    The mowing contract was renewed.',
      '3. Open spaces      The Clerk reported on the play area',
      '   and play area    inspection.',
    ];
    expect(items(lines)).toEqual([
      ['1', 'Apologies', ['None were received.']],
      ['2', 'Village green', ['The mowing contract was renewed.']],
      ['3', 'Open spaces and play area', ['The Clerk reported on the play area', 'inspection.']],
    ]);
  });

  it('keeps "RESOLVED" in the margin as the lead of the decision beside it, no heading', () => {
    const lines = [
      'HIGHWAYS          The pothole in Moor Lane was reported.',
      'RESOLVED          to write to the County Council.',
      'PLANNING          No applications were received.',
      'TREES             The oak on the green was surveyed.',
    ];
    expect(items(lines)?.[0]).toEqual([
      null,
      'HIGHWAYS',
      ['The pothole in Moor Lane was reported.', 'RESOLVED to write to the County Council.'],
    ]);
  });

  it('reads no margin in ordinary minutes: text indented under numbered headings, or fewer than three headings beside text', () => {
    const indented = [
      '1.    APOLOGIES',
      '      Apologies were received from Councillor Ash.',
      '2.    MINUTES',
      '      RESOLVED that the minutes be signed.',
      '3.    PLANNING',
      '      No applications.',
    ];
    expect(marginItems(indented, 0)).toBeNull();
    const labels = ['FOR               Councillors Ash, Bell', 'AGAINST           Councillor Cole', '', 'The motion was carried.'];
    expect(marginItems(labels, 0)).toBeNull();
  });

  it('reads no margin where a minute number stands alone before its title, the text indented under the title', () => {
    // Own words: a parish committee's references, two spaces or more before each title, wide as a margin.
    const lines = [
      'HGC26/07  Apologies for absence',
      '          Cllr Penny (holiday) - apologies accepted.',
      '',
      'HGC26/08  Declarations of interest',
      '          None.',
      '',
      'HGC26/09  Grass cutting contract',
      '          RESOLVED to renew the contract for a year.',
    ];
    expect(marginItems(lines, 0)).toBeNull();
    expect(sliceItems(lines).items.map((item) => [item.number, item.title])).toEqual([
      ['HGC26/07', 'Apologies for absence'],
      ['HGC26/08', 'Declarations of interest'],
      ['HGC26/09', 'Grass cutting contract'],
    ]);
  });

  it('reads no margin when most lines below the first heading stand outside the two columns', () => {
    const lines = [
      'APOLOGIES         None.',
      'MINUTES           Signed.',
      'PLANNING          None.',
      'The Chairman then reported at length on the work of the council over the year and the',
      'plans for the next, thanking the Clerk and the volunteers who had kept the hall open and',
      'the footpaths clear through the winter, and the members who had given their time.',
      'He hoped that the new year would bring as much, and asked members to think on it.',
    ];
    expect(marginItems(lines, 0)).toBeNull();
  });
});
