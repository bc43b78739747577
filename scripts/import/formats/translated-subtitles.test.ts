import { describe, expect, it } from 'vitest';
import { withoutTranslatedSubtitles } from './translated-subtitles.ts';

/** A licensing board's minute with a Gaelic subtitle under each English heading (names and words invented). */
const BOARD = [
  'Present: Mr A Lindsay (Convener), Mrs B Rattray',
  '',
  '1. Apologies for Absence',
  'Leisgeulan',
  '',
  'Apologies were intimated on behalf of Ms C Oag.',
  '',
  '2. Declarations of Interest',
  'Foillseachaidhean Com-pàirt',
  '',
  'There were none.',
  '',
  '3. Minutes',
  "Dearbhadh a' Ghearr-chunntais",
  '',
  'The minute was APPROVED.',
  '',
  '4. Occasional Licences',
  'Ceadachdan Sealach',
  '',
  '4.1 Application by the Glenbeag Hall Committee',
  'Ref: SLB/OL/0091 - Glenbeag Hall',
  '',
  'The Board AGREED to GRANT the licence.',
];

describe('withoutTranslatedSubtitles', () => {
  it('sets aside the Gaelic subtitle under each English heading, line for line, with a warning', () => {
    const read = withoutTranslatedSubtitles(BOARD.join('\n'));
    const lines = read.text.split('\n');
    expect(lines).toHaveLength(BOARD.length);
    expect([lines[3], lines[8], lines[13], lines[18]]).toEqual(['', '', '', '']);
    // The headings, the prose and a sub-item's "Ref:" line stay.
    expect(lines[2]).toBe('1. Apologies for Absence');
    expect(lines[21]).toBe('Ref: SLB/OL/0091 - Glenbeag Hall');
    expect(read.warning).toContain('"Leisgeulan"');
  });

  it('leaves an English record alone: a wrapped heading, a place under a heading, too few subtitles', () => {
    const english = [
      '1. Review of',
      'Personal Licences',
      '',
      'Text.',
      '',
      '2. Planning Application',
      'Brackley Road Depot',
      '',
      'Text.',
      '',
      '3. Air Quality',
      'Annual Status Report',
      '',
      'Text.',
    ].join('\n');
    expect(withoutTranslatedSubtitles(english)).toEqual({ text: english, warning: null });
    const two = BOARD.slice(0, 11).join('\n');
    expect(withoutTranslatedSubtitles(two)).toEqual({ text: two, warning: null });
  });
});
