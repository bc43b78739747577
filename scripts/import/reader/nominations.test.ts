import { describe, expect, it } from 'vitest';
import { findVotesAndMotions } from './votes.ts';

describe('nominations for an election', () => {
  it('keeps only the elected nomination as a motion, its seconder joined across "Cllr" at a line\'s end', () => {
    const text = [
      'Two nominations were received: Cllr Marwood (proposed Cllr Tansley, seconded Cllr',
      'Beck) and Cllr Oddie (proposed Cllr Pim, seconded Cllr Shaw). Following a show of hands',
      'Cllr Marwood was elected Vice-Chair.',
    ].join('\n');
    expect(findVotesAndMotions(text).motions).toMatchObject([{ movedBy: 'Tansley', secondedBy: 'Beck' }]);
  });

  it('keeps only the elected one where each nomination is a sentence of its own, the later one elected', () => {
    const text = [
      'Councillor Heald was nominated by Councillor Ibbot and seconded by Councillor',
      'Jowett. Councillor Kemp was nominated by Councillor Lund and seconded by Councillor Mott.',
      'Following a ballot Councillor Kemp was duly elected Chair for the year.',
    ].join('\n');
    expect(findVotesAndMotions(text).motions).toMatchObject([{ movedBy: 'Lund', secondedBy: 'Mott' }]);
  });

  it('keeps every nomination where the item says no one was elected, and a lone nomination as before', () => {
    const both = [
      'Cllr Ash (proposed Cllr Birch, seconded Cllr Cole) and Cllr Dane (proposed Cllr Eden, seconded Cllr',
      'Fell) were nominated and it was RESOLVED that both be appointed to the panel.',
    ].join('\n');
    expect(findVotesAndMotions(both).motions).toMatchObject([
      { movedBy: 'Birch', secondedBy: 'Cole' },
      { movedBy: 'Eden', secondedBy: 'Fell' },
    ]);
    const lone = 'Cllr Ash was nominated by Cllr Birch, seconded by Cllr Cole. Cllr Ash was duly elected Chair.';
    expect(findVotesAndMotions(lone).motions).toMatchObject([{ movedBy: 'Birch', secondedBy: 'Cole' }]);
  });
});

describe("movers' blocks printed a line each", () => {
  it('joins a seconder\'s name broken after "Councillor" at a line\'s end, never taking the title for the name', () => {
    const text = [
      'Proposed by Alderman Quill',
      'Seconded by Councillor',
      'Rowe',
      'Amendment',
      'Proposed by Councillor Sayer',
      'Seconded by Councillor Tate',
      '',
      'The amendment was put to the meeting and LOST.',
      '',
      'The motion was put to the meeting and CARRIED.',
    ].join('\n');
    expect(findVotesAndMotions(text).votes).toMatchObject([
      { motion: 'amendment', outcome: 'lost', movedBy: 'Sayer', secondedBy: 'Tate' },
      { motion: 'motion', outcome: 'carried', movedBy: 'Quill', secondedBy: 'Rowe' },
    ]);
  });
});
