import { describe, expect, it } from 'vitest';
import { findVotes } from './votes.ts';

const movers = (text: string) => findVotes(text).map((vote) => [vote.motion, vote.movedBy ?? null, vote.secondedBy ?? null]);

describe('who moved and seconded what was put', () => {
  it('reads "moved by … and seconded by …" before the vote, councillor titles off', () => {
    const text =
      'It was moved by Councillor Hale and seconded by Cllr Kerr that the recommendation be agreed. Put to the vote, the recommendation was CARRIED unanimously.';
    expect(movers(text)).toEqual([['recommendation', 'Hale', 'Kerr']]);
  });

  it("gives an amendment its own movers, and the motion's back to it after the amendment's vote", () => {
    const text = [
      'Recommendation 3 was moved by Councillor Hale and seconded by Councillor Kerr.',
      'Councillor Marsh moved an amendment, to phase the scheme in over two years;',
      'the amendment was seconded by Councillor',
      'Noble',
      'When put to the vote the amendment was CARRIED (6 for, 2 against).',
      'The recommendation as amended was then put to the vote and CARRIED unanimously.',
    ].join('\n');
    expect(movers(text)).toEqual([
      ['amendment', 'Marsh', 'Noble'],
      ['recommendation', 'Hale', 'Kerr'],
    ]);
  });

  it('reads the labels of parish minutes and a quoted motion before an amendment', () => {
    expect(movers('Proposed: Cllr Smith; Seconded: Cllr Jones. The proposal was put to the vote and CARRIED.')).toEqual([
      ['proposal', 'Smith', 'Jones'],
    ]);
    const quoted =
      'Moved by Councillor Oak and seconded by Councillor Yew: "The Council resolves to act." An amendment was moved by Councillor Ash. The amendment was put to the vote and LOST. The motion was put to the vote and CARRIED.';
    expect(movers(quoted)).toEqual([
      ['amendment', 'Ash', null],
      ['motion', 'Oak', 'Yew'],
    ]);
  });

  it('spends movers on their vote, and reads none from prose that only proposes', () => {
    const text = [
      'The first recommendation was moved by Councillor Ash and seconded by Councillor Elm.',
      'On being put to the vote the recommendation was CARRIED unanimously.',
      'It was proposed that the task group be chaired by Councillor Fir.',
      'On being put to the vote the second recommendation was LOST (2 for, 5 against).',
    ].join(' ');
    expect(movers(text)).toEqual([
      ['recommendation', 'Ash', 'Elm'],
      ['recommendation', null, null],
    ]);
  });

  it('ends a name where the next line starts another sentence', () => {
    expect(
      movers('The amendment was seconded by Councillor Noble\nCouncillor Marsh spoke to it. The amendment was put to the vote and LOST.'),
    ).toEqual([['amendment', null, 'Noble']]);
  });

  it('reads a proposal moved, seconded and carried with no outcome in capitals as a vote, as parish minutes record one', () => {
    const votes = (text: string) =>
      findVotes(text).map((vote) => [vote.outcome, vote.unanimous, vote.movedBy ?? null, vote.secondedBy ?? null]);
    expect(votes('Proposed as a true record by Cllr Smith seconded by Cllr Lyle and unanimously approved.')).toEqual([
      ['carried', true, 'Smith', 'Lyle'],
    ]);
    expect(votes('Proposed by Cllr Ash, seconded by Cllr Elm; all in favour.')).toEqual([['carried', true, 'Ash', 'Elm']]);
    // The outcome in the sentence after the movers', and a misprinted "second by".
    expect(
      votes('The recommendations were moved by Cllr Sharp and second by Cllr Tate. It was unanimously Resolved: to endorse the terms.'),
    ).toEqual([['carried', true, 'Sharp', 'Tate']]);
    // Movers with a decision but no word of how it went, and a carrying out, record no vote.
    expect(votes('The recommendations were moved by Cllr Guy and seconded by Cllr Fir. Resolved: to note the report.')).toEqual([]);
    expect(votes('Proposed by Cllr Ash that the work was carried out well.')).toEqual([]);
  });
});
