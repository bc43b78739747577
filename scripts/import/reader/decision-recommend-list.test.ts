/** A clerk's sentence that resolves to recommend to a body "that:" over a list: each point a decision of its own. */
import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';

describe('a lead-in that resolves to recommend to a body over its points', () => {
  it('reads each numbered point led in by whom, never the lead-in with its movers and abstention', () => {
    const minutes = [
      'After questions, it was proposed by Councillor Pengelly, seconded by',
      'Councillor Rowse, and RESOLVED (Councillor Dunstan abstaining) to RECOMMEND',
      'TO COUNCIL that:',
      '(1) the revised hearing procedure at Appendix B be adopted; and',
      '(2) the Monitoring Officer review the procedure after twelve',
      '    months.',
    ].join('\n');
    expect(findDecisions(minutes)).toEqual([
      'to RECOMMEND TO COUNCIL that the revised hearing procedure at Appendix B be adopted',
      'to RECOMMEND TO COUNCIL that the Monitoring Officer review the procedure after twelve months.',
    ]);
  });

  it('reads lettered points that would run on as one decision, each on its own', () => {
    const minutes = [
      'Members discussed the draft lease. Proposed by Cllr Quance and seconded by Cllr Tregear, it was AGREED to recommend to Full Council that:',
      '(a) the pavilion lease be renewed for seven years; and',
      '(b) the rent be £1,450 a year.',
    ].join('\n');
    expect(findDecisions(minutes)).toEqual([
      'to recommend to Full Council that the pavilion lease be renewed for seven years',
      'to recommend to Full Council that the rent be £1,450 a year.',
    ]);
  });

  it('reads roman points, and a lead-in with no "that" before its colon', () => {
    const minutes = [
      'It was moved by Councillor Lanyon, seconded by Councillor Oates and unanimously RESOLVED to recommend to the Cabinet:',
      'i. That the consultation run for eight weeks.',
      'ii. That the results come back to this committee in July.',
    ].join('\n');
    expect(findDecisions(minutes)).toEqual([
      'to recommend to the Cabinet: That the consultation run for eight weeks.',
      'to recommend to the Cabinet: That the results come back to this committee in July.',
    ]);
  });

  it('leaves a lead-in that resolves something else over its list as it was read, one decision with its points', () => {
    const minutes = [
      'It was proposed by Cllr Hicks, seconded by Cllr Best and RESOLVED that:',
      '(a) the hall be repainted; and',
      '(b) the quote be accepted.',
    ];
    expect(findDecisions(minutes.join('\n'))).toEqual([
      'It was proposed by Cllr Hicks, seconded by Cllr Best and RESOLVED that: (a) the hall be repainted; (b) the quote be accepted.',
    ]);
  });
});
