/** To whom a committee's resolution recommends when its words do not say "recommend to Cabinet". */
import { describe, expect, it } from 'vitest';
import { listAddressee, markedAddressee, recommendationItself, recommendedBodyAround, recommendsThat } from './addressed.ts';

describe('recommendsThat', () => {
  it('the executive or council a point says the body recommends something of', () => {
    expect(recommendsThat('the Board recommends that the Cabinet publishes a tracker')).toBe('Cabinet');
    expect(recommendsThat('AGREED to recommend that Council approves the programme')).toBe('Council');
    expect(recommendsThat('the report recommended that Cabinet approves the plan')).toBeNull();
  });

  it("the point is the recommendation's subject, without the lead-in its colon joins", () => {
    expect(recommendationItself('that the following comments be sent to Cabinet: the Panel recommends that the Executive reviews X')).toBe(
      'the Panel recommends that the Executive reviews X',
    );
    expect(recommendationItself('to make the following recommendations to Cabinet: That tenants receive a timetable.')).toBe(
      'That tenants receive a timetable.',
    );
  });
});

describe('recommendationItself', () => {
  it('leaves off a lead-in that says only whom, however it is worded; a resolution without one is its own', () => {
    expect(recommendationItself('to recommend to the Council: That the hall be let at £15 an hour.')).toBe(
      'That the hall be let at £15 an hour.',
    );
    expect(recommendationItself('that the Council be RECOMMENDED to approve the capital programme')).toBe(
      'to approve the capital programme',
    );
    expect(recommendationItself('that Cabinet be recommended to: adopt the tree strategy')).toBe('adopt the tree strategy');
    expect(recommendationItself('TO RECOMMEND to Full Council that plot rents rise to £52.')).toBe('that plot rents rise to £52.');
    expect(recommendationItself('To recommend to Council on 27 March the capital programme.')).toBe(
      'To recommend to Council on 27 March the capital programme.',
    );
  });
});

describe('markedAddressee', () => {
  const minutes = [
    'After discussion it was\\',
    'RECOMMENDED to Full Council that:\\',
    'a) the budget be set at £100,000; and\\',
    'b) the precept be set at £90,000.',
    '',
    'RESOLVED that the hall fees stay at £12 an hour.',
  ].join('\n');

  it('a point under "RECOMMENDED to <body> that:" is addressed to that body; a later resolution is not', () => {
    expect(markedAddressee(minutes, 'that the precept be set at £90,000.')).toBe('Full Council');
    expect(markedAddressee(minutes, 'that the hall fees stay at £12 an hour.')).toBeNull();
  });
});

describe('listAddressee', () => {
  it('a lead-in "the following recommendations to Cabinet:" or "… be made to Council:" addresses its points; a mention does not', () => {
    expect(listAddressee('to make the following recommendations to Cabinet: That tenants receive a timetable.')).toBe('Cabinet');
    expect(listAddressee('that the following recommendations be made to Council: the fees rise by 3%')).toBe('Council');
    expect(listAddressee('that the officer draft findings, including a recommendation to Cabinet on travel support.')).toBeNull();
  });
});

describe('recommendedBodyAround', () => {
  it('whom a resolution recommends to, named before what they are to do or after what is recommended', () => {
    expect(
      recommendedBodyAround('The Joint Committee approved the budget, and recommended each partner authority to include its share.'),
    ).toBe('each partner authority');
    expect(recommendedBodyAround('Agreed to recommend the revised lease terms to each partner authority.')).toBe('each partner authority');
    expect(recommendedBodyAround('to recommend the capital programme to Full Council')).toBe('Full Council');
    expect(recommendedBodyAround('RESOLVED to recommend the Council to approve the fees')).toBe('Council');
    expect(recommendedBodyAround('to RECOMMEND the draft plan TO THE CONSTITUENT COUNCILS for adoption')).toBe('CONSTITUENT COUNCILS');
  });

  it('no addressee from a body named in what is recommended, nor from one that only receives a report', () => {
    expect(recommendedBodyAround('to recommend that the report be sent to Council')).toBeNull();
    expect(recommendedBodyAround("to recommend changes to the Council's constitution")).toBeNull();
    expect(recommendedBodyAround('the local authority had recommended the route to residents')).toBeNull();
    expect(recommendedBodyAround('to recommend the Cabinet to the attention of residents')).toBeNull();
  });
});

describe('recommendsThat with partner authorities', () => {
  it('"recommend that each local authority formally adopt …" addresses the local authorities as the minutes name them', () => {
    expect(recommendsThat('to recommend that each local authority formally adopt the final Plan by 31 March 2026.')).toBe(
      'each local authority',
    );
    expect(recommendsThat('the Committee recommends that the partner authorities fund the post')).toBe('partner authorities');
  });
});
