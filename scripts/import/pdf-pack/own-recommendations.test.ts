import { describe, expect, it } from 'vitest';
import { onlyNotes } from './own-recommendations.ts';

describe('a pack report recommendation that only notes', () => {
  it('asks that something be noted, received, considered or commented on, however the lead-in words it', () => {
    for (const subject of [
      'That the Committee notes the report.',
      'That the Housing Review Panel note the progress made since March',
      'The Panel is asked to note the update on void repairs.',
      'Members are invited to consider the draft strategy and comment on it.',
      'That the report be noted.',
      'It is recommended that the contents of the quarterly monitoring report be received.',
      'note the findings of the review;',
      'Members are recommended to note the annual complaints figures.',
    ]) {
      expect(onlyNotes(subject), subject).toBe(true);
    }
  });

  it('is not one that asks a body to act, even after noting', () => {
    for (const subject of [
      'That the Committee recommends to Cabinet that the depot be sold.',
      'That Cabinet approves the Tree Strategy 2026-2031.',
      'That the Panel notes the report and agrees the scope of the review at Appendix A.',
      'The Committee is asked to endorse the work programme.',
      'That a further report on noise complaints be brought in June.',
    ]) {
      expect(onlyNotes(subject), subject).toBe(false);
    }
  });
});
