/**
 * Resolutions that only point back at a motion ("RESOLVED accordingly.", "RESOLVED that the motion be adopted."): the
 * motion's own words, quoted or after "Moved:", else the pointer as printed with a warning.
 */
import { describe, expect, it } from 'vitest';
import { readMeeting } from './meeting.ts';
import { pointedResolutions, pointsBack } from './resolution-pointers.ts';
import { findVotesAndMotions } from './votes.ts';

const meeting = (item: string[]) => {
  const lines = [
    'CRANMOOR TOWN COUNCIL',
    'Minutes of the Extraordinary Meeting of the Town Council held at the Corn Exchange on 9 May 2025 at 6.30pm',
    '',
    'Present: Cllr Ann Pryor (Mayor), Cllr B Quill, Cllr C Rowe, Cllr D Steed',
    '',
    '1. Twinning charter',
    ...item,
    '',
    '2. Close',
    'The meeting closed at 7.10pm.',
  ];
  return readMeeting(lines, {}, lines.join('\n'));
};

describe('a resolution that only points back at the motion', () => {
  it('"RESOLVED accordingly." under a quoted motion is the motion', () => {
    const read = meeting([
      'It was moved by the Mayor, seconded by Cllr Quill and supported by',
      'Cllr Rowe:',
      '',
      '"That the Council enter into a twinning charter with the commune of',
      'Saint-Aubin-les-Prés and ask the Clerk to arrange the signing."',
      '',
      'The motion was put to the meeting and CARRIED, and it was',
      '',
      'RESOLVED accordingly.',
    ]);
    expect(read.items?.[0]?.resolutions).toEqual([
      'That the Council enter into a twinning charter with the commune of Saint-Aubin-les-Prés and ask the Clerk to arrange the signing.',
    ]);
  });

  it('"Resolved that the motion be adopted." under a "Moved:" line is the motion', () => {
    const read = meeting([
      'Moved: That the Town Council fund a plaque for the charter at a cost',
      'not exceeding £350.',
      'Seconded: Cllr Steed',
      '',
      'Resolved unanimously that the motion be adopted.',
    ]);
    expect(read.items?.[0]?.resolutions).toEqual(['That the Town Council fund a plaque for the charter at a cost not exceeding £350.']);
  });

  it('stays as printed, with a warning, when the item words no motion', () => {
    const read = meeting(['The Mayor explained the charter. A vote was taken.', '', 'RESOLVED in the terms of the motion.']);
    expect(read.items?.[0]?.resolutions).toEqual(['in the terms of the motion.']);
    expect(read.warnings?.join('\n')).toMatch(/Item 1.*"in the terms of the motion\."/);
  });

  it('is told from a resolution with words of its own', () => {
    expect(
      ['accordingly.', 'The committee resolved accordingly.', 'that the motion as set out above be approved', 'as set out above.'].map(
        pointsBack,
      ),
    ).toEqual([true, true, true, true]);
    expect(['that the motion to close the car park be adopted.', 'to act accordingly with the county.'].map(pointsBack)).toEqual([
      false,
      false,
    ]);
  });
});

const SCOTTISH = [
  'Councillor Ferguson, seconded by Councillor Imrie, moved that the committee adopt the cycle',
  'lane design in appendix 1 and remit the scheme to the Council.',
  '',
  'Councillor Abbott, seconded by Councillor Yule, moved as an amendment that the committee',
  'hold a further consultation with the traders of the area.',
  '',
  'On a vote being taken by a show of hands, 7 members voted for the motion and 4',
  'for the amendment, and the motion was declared carried.',
  '',
  'The committee resolved accordingly.',
].join('\n');

describe('"The committee resolved accordingly."', () => {
  it("reads as the carried motion's own words, never the sentence itself", () => {
    const { votes } = findVotesAndMotions(SCOTTISH);
    expect(pointedResolutions(['The committee resolved accordingly.'], SCOTTISH, votes).resolutions).toEqual([
      'That the committee adopt the cycle lane design in appendix 1 and remit the scheme to the Council.',
    ]);
  });

  it("reads as the amendment's words when the amendment carried", () => {
    const text = SCOTTISH.replace('7 members voted for the motion and 4', '4 members voted for the motion and 7').replace(
      'the motion was declared carried',
      'the amendment was declared carried',
    );
    const { votes } = findVotesAndMotions(text);
    expect(pointedResolutions(['The committee resolved accordingly.'], text, votes).resolutions).toEqual([
      'That the committee hold a further consultation with the traders of the area.',
    ]);
  });

  it('stays as printed when no carried proposal is worded: nothing is made up', () => {
    const text = 'The recommendation was put to the vote and declared carried.\n\nThe committee resolved accordingly.';
    const { votes } = findVotesAndMotions(text);
    expect(pointedResolutions(['The committee resolved accordingly.'], text, votes).resolutions).toEqual([
      'The committee resolved accordingly.',
    ]);
  });
});
