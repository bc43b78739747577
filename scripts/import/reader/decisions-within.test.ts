/** Every decision inside one item is read: none is lost beside a marked list, nor one point of a list beside the others. */
import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';

describe('decisions after a marked list in the same item', () => {
  it('reads the body\'s later "agreed to …" sentences after a lettered "agreed to:" list', () => {
    const text = [
      'PE/24/03 - Footbridge at Lowmoss',
      '',
      'The Committee agreed to:',
      '  (a) refer the petition to the Roads Committee;',
      '  (b) ask officers to reply to the petitioner within a month.',
      '',
      'PE/24/04 - Bins at Eastfield Park',
      '',
      'The Committee agreed to take no further action, as new bins were fitted in May.',
      '',
      'PE/24/05 - Library hours',
      '',
      'After discussion, the Committee agreed to refer the petition to the Leisure Board.',
    ].join('\n');
    expect(findDecisions(text)).toEqual([
      'to refer the petition to the Roads Committee',
      'to ask officers to reply to the petitioner within a month.',
      'The Committee agreed to take no further action, as new bins were fitted in May.',
      'to refer the petition to the Leisure Board.',
    ]);
  });

  it('reads "It was agreed that …" before a RESOLVED block, in the order printed', () => {
    const text = [
      'Members discussed the allotment waiting list. It was agreed that the Clerk would write to the tenants.',
      '',
      'RESOLVED that the rent for 2025 be held at £40 a plot.',
    ].join('\n');
    expect(findDecisions(text)).toEqual([
      'It was agreed that the Clerk would write to the tenants.',
      'that the rent for 2025 be held at £40 a plot.',
    ]);
  });

  it('leaves prose that only reports an earlier approval beside a marked block', () => {
    const text = [
      'The officer said the scheme had been approved by Cabinet and funding agreed by the Board.',
      '',
      'RESOLVED that the update be noted.',
    ].join('\n');
    expect(findDecisions(text)).toEqual(['that the update be noted.']);
  });
});

describe('"The Board:" alone over the list of what it did', () => {
  it('keeps every point, the one that only notes too, each with the body leading in', () => {
    const text = [
      'Ms Fenwick presented the budget monitoring report.',
      '',
      'The Integration Joint Board:',
      '(i)   noted the projected year-end position;',
      '(ii)  approved the savings plan in Appendix 3; and',
      '(iii) asked the Chief Officer to report again in March.',
    ].join('\n');
    expect(findDecisions(text)).toEqual([
      'The Integration Joint Board noted the projected year-end position',
      'The Integration Joint Board approved the savings plan in Appendix 3',
      'The Integration Joint Board asked the Chief Officer to report again in March.',
    ]);
  });

  it('reads "The Sub-Committee:-" over a lettered list the same way, and never "The Board:" over prose', () => {
    expect(findDecisions('The Licensing Sub-Committee:-\n(a) noted the police objection; and\n(b) agreed to grant the licence.')).toEqual([
      'The Licensing Sub-Committee noted the police objection',
      'The Licensing Sub-Committee agreed to grant the licence.',
    ]);
    expect(findDecisions('The Board:\nheard from the tenants about repairs.')).toEqual([]);
  });
});

describe('recommendations numbered R1, R2, … under a decision', () => {
  it('reads each R-numbered point as a point of the decision', () => {
    const text = [
      'The Panel AGREED to make the following recommendations to Cabinet:',
      '',
      'R1  That void repairs be finished within 20 days and',
      '    progress be reported each quarter.',
      'R2  That tenants be told the date of their repair in writing.',
      'R3  That the new letter be tested with tenants first.',
    ].join('\n');
    expect(findDecisions(text)).toEqual([
      'to make the following recommendations to Cabinet: That void repairs be finished within 20 days and progress be reported each quarter.',
      'to make the following recommendations to Cabinet: That tenants be told the date of their repair in writing.',
      'to make the following recommendations to Cabinet: That the new letter be tested with tenants first.',
    ]);
  });

  it('reads "R1." with its stop the same, the lead-in carried into each', () => {
    const text = 'RESOLVED that Council be recommended to:\nR1. adopt the tree strategy;\nR2. plant 500 trees a year.';
    expect(findDecisions(text)).toEqual([
      'that Council be recommended to adopt the tree strategy',
      'that Council be recommended to plant 500 trees a year.',
    ]);
  });
});

describe('decision words of boards, mayors and youth councils', () => {
  it('reads "ACCEPTED" in capitals as a decision, the word kept as APPROVED\'s is', () => {
    expect(
      findDecisions(
        'The auditor listed two points.\nThe Board ACCEPTED both recommendations and asked the Harbour Master to\nreport in October.',
      ),
    ).toEqual(['ACCEPTED both recommendations and asked the Harbour Master to report in October.']);
    expect(findDecisions('ACCEPTED: the tender from Polmear Marine for dredging the inner basin.')).toEqual([
      'ACCEPTED the tender from Polmear Marine for dredging the inner basin.',
    ]);
    // "accepted" in lower case in prose is no capitals marker.
    expect(findDecisions('The Harbour Master accepted that the buoy had drifted.')).toEqual([]);
  });

  it('reads a mayor\'s decision label, "MAYORAL DECISION -" or "Mayor\'s decision:"', () => {
    expect(findDecisions('MAYORAL DECISION - That the Mayor makes the bus franchising scheme for\nZone B from 1 April 2026.')).toEqual([
      'That the Mayor makes the bus franchising scheme for Zone B from 1 April 2026.',
    ]);
    expect(findDecisions("Mayor's decision: to cap single bus fares at £2.")).toEqual(['to cap single bus fares at £2.']);
  });

  it('reads the sentence printed at the left margin under an indented list as no part of its last entry', () => {
    const bids = [
      'Three bids came in:',
      '  - Eastgate Chess Club (£200) - agreed',
      '  - Skate Jam (£900) - not agreed, asked to come back with quotes',
      'The Youth Council agreed to fund £200.',
    ].join('\n');
    // Each bid is a decision of its own (decisions-listed.ts); the sentence under the list stays whole and apart.
    expect(findDecisions(bids)).toEqual([
      'Eastgate Chess Club (£200) - agreed',
      'Skate Jam (£900) - not agreed, asked to come back with quotes',
      'The Youth Council agreed to fund £200.',
    ]);
    const requests = [
      'Requests considered:',
      '   1. Allotment fence repair - deferred',
      '   2. New notice board - not approved',
      'Members agreed to ask for two more quotes for the fence.',
    ].join('\n');
    // A numbered entry with its outcome is read as a bulleted one is ("deferred" decides nothing yet).
    expect(findDecisions(requests)).toEqual([
      'New notice board - not approved',
      'Members agreed to ask for two more quotes for the fence.',
    ]);
  });
});

describe("a review body's decision in its notice's present tense", () => {
  it('reads "overturns … and grants" and "upholds … and refuses" as the decision', () => {
    const granted = [
      'The Local Review Body (LRB) overturns the decision of the appointed officer',
      'and grants planning permission subject to the conditions below.',
    ].join('\n');
    expect(findDecisions(granted)).toEqual([
      'The Local Review Body (LRB) overturns the decision of the appointed officer and grants planning permission subject to the conditions below.',
    ]);
    expect(findDecisions('The Review Body upholds the decision of the appointed officer and refuses planning permission.')).toEqual([
      'The Review Body upholds the decision of the appointed officer and refuses planning permission.',
    ]);
    // Prose that tells what a body did on another day is no decision of this one.
    expect(findDecisions('The officer explained that the Board upheld the decision in 2019.')).toEqual([]);
  });

  it('takes no planning condition waiting on an approval for a decision', () => {
    expect(findDecisions('2. No work shall start until samples of the roof slates have been approved.')).toEqual([]);
    expect(findDecisions('No tree shall be felled unless a replanting plan has been agreed in writing.')).toEqual([]);
    // A decision that waits on an approval is still one.
    expect(findDecisions('It was agreed that no work start until the plans have been approved.')).toEqual([
      'It was agreed that no work start until the plans have been approved.',
    ]);
  });
});
