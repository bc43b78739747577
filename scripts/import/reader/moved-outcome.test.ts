/**
 * A motion moved in a member's own sentence ("Cllr Ash moved that …", "Councillor A, seconded by Councillor B, moved that …",
 * "Cllr A proposed, Cllr B seconded that …"): decided only when the text says what came of it, in the same sentence
 * ("… and the motion was put and carried") or right after ("This was agreed."); with nothing said, no resolution, and a
 * warning names the sentence. The clerk's record form "It was proposed by A and seconded by B that …" stays decided as put.
 */
import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';
import { readItemText } from './item-text.ts';
import { findVotesAndMotions } from './votes.ts';

/** An item's reading: its resolutions, votes and warnings. */
const read = (text: string) =>
  readItemText({ number: '6', title: 'Playing Field', lines: text.split('\n'), line: 0 }, true, new Set(), null, null);

describe('an outcome said in the sentence that moves the motion', () => {
  it("makes the carried motion's own words the resolution, its mover the vote's", () => {
    const text = 'Three quotes had been obtained. Cllr Marsh moved that Quote B be accepted and the motion was put and carried.';
    expect(findDecisions(text)).toEqual(['that Quote B be accepted']);
    expect(findVotesAndMotions(text).votes.map(({ outcome, movedBy }) => ({ outcome, movedBy }))).toEqual([
      { outcome: 'carried', movedBy: 'Marsh' },
    ]);
  });

  it('reads other wordings of the outcome joined to the motion', () => {
    expect(
      findDecisions(
        'Councillor Pask proposed that a grant of £240 be made to the Scouts, and on being put to the vote the proposal was carried.',
      ),
    ).toEqual(['that a grant of £240 be made to the Scouts']);
    expect(findDecisions('Cllr Ollerton moved that the precept be set at £13,600, which was carried unanimously.')).toEqual([
      'that the precept be set at £13,600',
    ]);
    expect(findDecisions('Cllr Ollerton moved that the precept be set at £13,600; the motion was put and carried.')).toEqual([
      'that the precept be set at £13,600',
    ]);
  });

  it('makes no resolution of a motion lost', () => {
    for (const text of [
      'Cllr Howe moved that the hall fees be raised by 5% and the motion was put and lost.',
      'Cllr Howe moved that the hall fees be raised by 5%, which on being put to the meeting was defeated.',
    ]) {
      expect(findDecisions(text)).toEqual([]);
      expect(read(text).item.resolutions).toEqual([]);
    }
  });
});

describe('a motion moved with nothing said of it after', () => {
  const scottish = 'Councillor Dalgetty, seconded by Councillor Scobie, moved that the Delivery Plan be approved.';
  const parish = 'Cllr Hobbs proposed, Cllr Lyle seconded that the allotment rents be approved for 2026.';

  it('is no resolution, its "be approved" being what was put, and a warning names it', () => {
    for (const text of [scottish, parish, 'Cllr Hobbs proposed, Cllr Lyle seconded that the new bench be placed by the pond.']) {
      const { item, warnings } = read(text);
      expect(item.resolutions).toEqual([]);
      expect(warnings.join('\n')).toContain(`"${text}"`);
    }
  });

  it('is decided when the next sentence says it was agreed', () => {
    expect(findDecisions(`${scottish} This was agreed.`)).toEqual(['that the Delivery Plan be approved']);
    expect(findDecisions(`${parish}\nThis was agreed unanimously.`)).toEqual(['that the allotment rents be approved for 2026']);
  });

  it('stays decided as put in the clerk\'s record form, "It was proposed by … that …", with no warning', () => {
    const { item, warnings } = read(
      'It was proposed by Cllr Hobbs and seconded by Cllr Lyle that the allotment rents be approved for 2026.',
    );
    expect(item.resolutions).toEqual(['that the allotment rents be approved for 2026.']);
    expect(warnings).toEqual([]);
  });
});
