/**
 * A motion moved in a sentence of prose, as Scottish minutes print it ("Councillor A, seconded by Councillor B, moved that
 * …", "It was moved by A and seconded by B that …"): what was put, no decision until the text says it was carried or the
 * body's own decision follows.
 */
import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';
import { findVotesAndMotions } from './votes.ts';

/** The motions kept, each with its movers. */
const movers = (text: string) => findVotesAndMotions(text).motions.map(({ movedBy, secondedBy }) => ({ movedBy, secondedBy }));

describe('a motion moved in prose, then decided by the body', () => {
  const movedBySeconder = 'Councillor Rattray, seconded by Councillor Oag, moved that the Active Travel Plan be approved.';
  const movedByAndSeconded = 'It was moved by Councillor Rattray and seconded by Councillor Oag that the Active Travel Plan be approved.';

  it('reads the body\'s decision after it, never the motion\'s "be approved", as the resolution; the motion keeps its movers', () => {
    for (const moved of [movedBySeconder, movedByAndSeconded]) {
      const text = `${moved}\n\nThe Joint Board agreed to approve the Active Travel Plan 2026-2029.`;
      expect(findDecisions(text)).toEqual(['The Joint Board agreed to approve the Active Travel Plan 2026-2029.']);
      expect(movers(text)).toEqual([{ movedBy: 'Rattray', secondedBy: 'Oag' }]);
    }
  });

  it('reads the decision under a "Decision" heading after the motion', () => {
    const text = `${movedBySeconder}\n\nDecision\n\nThe Joint Board approved the Active Travel Plan.`;
    expect(findDecisions(text)).toEqual(['The Joint Board approved the Active Travel Plan.']);
  });

  it("reads the motion's words as the resolution when the text says it was carried", () => {
    for (const moved of [movedBySeconder, movedByAndSeconded])
      expect(findDecisions(`${moved}\n\nThe motion was carried.`)).toEqual(['that the Active Travel Plan be approved']);
  });

  it('reads no resolution from a motion followed by its amendment and a division, the carried outcome the decision', () => {
    const text = [
      movedBySeconder,
      '',
      'As an amendment, Councillor Pow, seconded by Mr Yeaman, moved that the plan be continued to the next meeting.',
      '',
      'On a division, there voted:-',
      'for the motion (4) - Councillors Rattray, Oag, Lennie and Mr Scrimgeour.',
      'for the amendment (2) - Councillor Pow and Mr Yeaman.',
      '',
      'The motion was accordingly carried and the Joint Board approved the Active Travel Plan.',
    ].join('\n');
    expect(findDecisions(text)).toEqual(['The motion was accordingly carried and the Joint Board approved the Active Travel Plan.']);
    expect(findVotesAndMotions(text).votes.map(({ movedBy, secondedBy, outcome }) => ({ movedBy, secondedBy, outcome }))).toEqual([
      { movedBy: 'Pow', secondedBy: 'Mr Yeaman', outcome: 'lost' },
      { movedBy: 'Rattray', secondedBy: 'Oag', outcome: 'carried' },
    ]);
  });

  it('keeps a parish proposal to approve decided as put when only a bare outcome or nothing of its fate follows', () => {
    const carried = 'Proposed KD, seconded OW, that the payments listed be approved. Carried unanimously.';
    expect(findDecisions(carried)).toEqual(['Proposed KD, seconded OW, that the payments listed be approved.']);
    const signed = 'Proposed (KD) & Seconded (OW) that the minutes be approved as correct. Agreed and signed by the Chair.';
    expect(findDecisions(signed)).toEqual([
      'Proposed (KD) & Seconded (OW) that the minutes be approved as correct.',
      'Agreed and signed by the Chair.',
    ]);
  });
});
