/**
 * A plain text's words broken over two lines with a hyphen, as justified or typed minutes print them: the text reader puts
 * each word back whole before reading, as the PDF reader does, and keeps the hyphen of a word that has one.
 */
import { describe, expect, it } from 'vitest';
import { parseSource } from './import-sources.ts';

/** The meeting record parsed from a minutes text. */
function meetingOf(text: string) {
  const meeting = parseSource(text, 'minutes.txt', {}).find((record) => record.collection === 'meetings');
  if (meeting?.collection !== 'meetings') throw new Error('no meeting record');
  return meeting.data;
}

const head = (committee: string) =>
  `Minutes of the ${committee} of Fallowfield Borough Council held on Wednesday 12 March 2025 at 6.30 pm at the Guildhall, Fallowfield.\n`;

describe('words broken at a line end in a text', () => {
  it("joins them in what was resolved and in an officer's post, in two wordings", () => {
    // Own words: a housing committee, then a planning committee whose decision word itself is broken.
    const housing = [
      head('Housing Committee'),
      'Present: Councillors P Dunne (Chair), R Osei and T Varga.',
      '',
      'Officers: Borough Treas-',
      'urer (Mr L Fenwick).',
      '',
      '1. Repairs programme',
      '',
      'RESOLVED - That the repairs programme be approved, sub-',
      'ject to the roof works at Kestrel Court being brought for-',
      'ward to the summer.',
      '',
      'The meeting closed at 7.45 pm.',
    ].join('\n');
    const meeting = meetingOf(housing);
    expect(meeting.items?.[0]?.resolutions).toEqual([
      'That the repairs programme be approved, subject to the roof works at Kestrel Court being brought forward to the summer.',
    ]);
    expect(JSON.stringify(meeting.attendance)).toContain('Borough Treasurer');
    const planning = [
      head('Planning Committee'),
      'Present: Councillors P Dunne (Chair), R Osei and T Varga.',
      '',
      '4. Minutes',
      '',
      'The minutes of the meeting held on 12 February 2025 were con-',
      'firmed as a correct record and signed by the Chair.',
      '',
      '5. Tree works at Holm Lane',
      '',
      'It was agreed that the appli-',
      'cation be refused on the advice of the Council\u00ad’s arboricul\u00adturist.',
      '',
      'The meeting closed at 7.45 pm.',
    ].join('\n');
    const items = meetingOf(planning).items ?? [];
    expect(items[0]?.resolutions?.[0]).toMatch(/^The minutes of the meeting held on 12 February 2025 were confirmed as a correct record/);
    expect(items[1]?.resolutions?.[0]).toBe(
      'It was agreed that the application be refused on the advice of the Council’s arboriculturist.',
    );
  });

  it('keeps the hyphen of a word that has one, and never joins across a list mark or a blank line', () => {
    const text = [
      head('Regeneration Committee'),
      'Present: Councillors P Dunne (Chair), R Osei and T Varga.',
      '',
      '2. Town centre',
      '',
      'RESOLVED that the Council work in co-',
      'operation with the Stoke-',
      'on-Trent partnership on the re-',
      'development of the market, as follows:',
      '',
      '(a) a bid to the well-',
      'being fund;',
      '(b) a survey of traders-',
      '',
      'The meeting closed at 7.45 pm.',
    ].join('\n');
    const resolutions = meetingOf(text).items?.[0]?.resolutions ?? [];
    expect(resolutions[0]).toBe(
      'that the Council work in co-operation with the Stoke-on-Trent partnership on the redevelopment of the market, as follows: a bid to the well-being fund',
    );
  });
});
