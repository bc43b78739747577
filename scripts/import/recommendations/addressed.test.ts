/** To whom a committee's resolution recommends when its words do not say "recommend to Cabinet". */
import { describe, expect, it } from 'vitest';
import {
  advisedAddressee,
  headingAddressee,
  listAddressee,
  markedAddressee,
  recommendationItself,
  recommendedBodyAround,
  recommendedMark,
  recommendedTo,
  recommendsThat,
  referredBackTo,
} from './addressed.ts';

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

  it('leaves off "The SACRE agreed to recommend to …", the body that agreed named before it, whoever agreed and however they put it', () => {
    expect(recommendationItself('The SACRE agreed to recommend to the local authority that the syllabus be revised by 2026.')).toBe(
      'that the syllabus be revised by 2026.',
    );
    expect(recommendationItself('The Forum agreed to recommend to the Cabinet that the falling rolls fund be kept.')).toBe(
      'that the falling rolls fund be kept.',
    );
    expect(recommendationItself('The Health and Wellbeing Board resolved to recommend to Council that the strategy be adopted.')).toBe(
      'that the strategy be adopted.',
    );
    expect(recommendationItself('Members AGREED to recommend to the Cabinet Member for Adult Care that the charges be frozen.')).toBe(
      'that the charges be frozen.',
    );
    // Who agreed, then what it agreed: no lead-in that says only whom.
    expect(recommendationItself('The Forum agreed that the report be sent to the Cabinet.')).toBe(
      'The Forum agreed that the report be sent to the Cabinet.',
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

describe('bodies whose names join words with "and", "of", "for" or "&"', () => {
  it('a "RECOMMENDED to <body> that:" marker names the whole body, up to its "that", never into the points', () => {
    const minutes = [
      'RECOMMENDED to the Finance and Performance Committee that:\\',
      'a) the reserves policy be kept at 5% of net spend; and\\',
      'b) the policy be reviewed in 2027.',
    ].join('\n');
    expect(markedAddressee(minutes, 'that the policy be reviewed in 2027.')).toBe('Finance and Performance Committee');
    const other = 'It was RECOMMENDED to the Cabinet Member for Homes & Neighbourhoods – that the lettings code be updated by June.';
    expect(markedAddressee(other, 'that the lettings code be updated by June.')).toBe('Cabinet Member for Homes & Neighbourhoods');
    const council = 'RECOMMENDED to Council that the Parks and Open Spaces Strategy be adopted for the district.';
    expect(markedAddressee(council, 'that the Parks and Open Spaces Strategy be adopted for the district.')).toBe('Council');
  });

  it('"recommend to", "recommends to" and "Recommendation to …:" name a committee or an NHS body as they are printed', () => {
    expect(recommendedTo('recommend to Standards and Governance Committee that the deadline be ten days')).toBe(
      'Standards and Governance Committee',
    );
    expect(recommendedTo('that the Panel recommends to the Integrated Care Board that the beds be funded for two years')).toBe(
      'Integrated Care Board',
    );
    expect(recommendedTo('the Committee recommends to NHS England that the dental contract be reviewed')).toBe('NHS England');
    expect(recommendedTo('to recommend to the ICB that the clinic stay open')).toBe('ICB');
    expect(recommendedTo('the Panel recommends to the Cabinet and the Integrated Care Board that a joint plan be drawn up')).toBe(
      'Cabinet and the Integrated Care Board',
    );
    expect(listAddressee('Recommendation to the Policy and Resources Committee: that the fees rise by 3%.')).toBe(
      'Policy and Resources Committee',
    );
    // A lower-case word after the name is what is recommended, never the body's name.
    expect(recommendedTo('to recommend to the Planning Committee refusal of the scheme')).toBe('Planning Committee');
    expect(recommendedTo('to recommend to residents that they recycle more')).toBeNull();
  });

  it('a council named in full, or "the Shareholder", with an aside on the capacity it acts in after it: whom, the aside left off', () => {
    // Each resolution and whom it recommends to.
    const cases = [
      ['The Board AGREED to recommend to Garthley City Council, as sole shareholder, that rents rise by 3.2%', 'Garthley City Council'],
      [
        'It was agreed to recommend to Brockhurst Metropolitan Borough Council that the loan be extended',
        'Brockhurst Metropolitan Borough Council',
      ],
      ['to recommend to the Shareholder, in its capacity as sole member, that the plan be adopted', 'Shareholder'],
      ['The Directors RESOLVED to recommend to the Shareholder that the dividend be paid', 'Shareholder'],
      ['to recommend to the Council, as the shareholder, that the dividend be paid', 'Council'],
    ];
    expect(cases.map(([resolution = '']) => recommendedTo(resolution))).toEqual(cases.map(([, whom]) => whom));
    expect(cases.map(([resolution = '']) => recommendationItself(resolution))).toEqual([
      'that rents rise by 3.2%',
      'that the loan be extended',
      'that the plan be adopted',
      'that the dividend be paid',
      'that the dividend be paid',
    ]);
  });

  it('a decision "referred back to" its maker, as a call-in ends: whom, however the referral goes on; not referred back, no one', () => {
    expect(
      referredBackTo(
        'That the decision be referred back to the Cabinet Member for Leisure and Culture for reconsideration, the concerns being that X',
      ),
    ).toBe('Cabinet Member for Leisure and Culture');
    expect(referredBackTo("that the decision be referred back to Cabinet with the Panel's view that the charge be lower.")).toBe('Cabinet');
    expect(referredBackTo('That the matter is referred back to the Executive.')).toBe('Executive');
    expect(referredBackTo('that the decision not be referred back to Cabinet.')).toBeNull();
    expect(referredBackTo('that the report be referred to Cabinet for information')).toBeNull();
  });

  it('the recommendation itself, without a lead-in that says only whom', () => {
    expect(recommendationItself('Recommendation to the Policy and Resources Committee: that the fees rise by 3%.')).toBe(
      'that the fees rise by 3%.',
    );
    expect(recommendationItself('that the Panel recommends to the Integrated Care Board that the beds be funded for two years')).toBe(
      'that the beds be funded for two years',
    );
    expect(recommendationItself('It was agreed to recommend to the Planning Committee that the hedge be kept.')).toBe(
      'that the hedge be kept.',
    );
  });
});

describe('Comhairle as the council addressed', () => {
  it('reads "recommend that the Comhairle <verb>" as a recommendation to the council, however the lead-in runs', () => {
    expect(recommendsThat('The Committee agreed to recommend that the Comhairle approve the harbour dues for 2026.')).toBe('Comhairle');
    expect(recommendsThat('the Sub-Committee recommends that Comhairle adopts the revised ferry timetable')).toBe('Comhairle');
  });
});

describe('advisedAddressee', () => {
  it('the one a recommendation says is to be advised, informed or asked', () => {
    expect(advisedAddressee('That the Cabinet Member for Highways and Transport be advised that the Board supports the scheme.')).toBe(
      'Cabinet Member for Highways and Transport',
    );
    expect(advisedAddressee('that the Executive be informed that the Panel opposes the closure of the depot')).toBe('Executive');
    expect(advisedAddressee('that the residents be advised of the outcome')).toBeNull();
  });
});

describe('headingAddressee', () => {
  it('the body a heading over items says their recommendations go to', () => {
    expect(headingAddressee('PART B - RECOMMENDATIONS TO THE COUNCIL')).toBe('Council');
    expect(headingAddressee('Part 1 – Matters for decision by Cabinet')).toBe('Cabinet');
    expect(headingAddressee('ITEMS REFERRED TO THE AUDIT AND GOVERNANCE COMMITTEE')).toBe('Audit and Governance Committee');
    expect(headingAddressee('PART A - MATTERS DEALT WITH UNDER DELEGATED POWERS')).toBeNull();
    // The meeting's own business, for no one else.
    expect(headingAddressee('PART 2 - MATTERS FOR THE PANEL')).toBeNull();
  });
});

describe('recommendedMark', () => {
  it('a point under a bare RECOMMENDED marker names no body; one under "RECOMMENDED to X" names X; prose is no marker', () => {
    expect(recommendedMark('RECOMMENDED that the pool charges rise by 5 per cent.', 'that the pool charges rise by 5 per cent.')).toEqual({
      body: null,
    });
    expect(
      recommendedMark('RECOMMENDED: That the ferry timetable be revised from May.', 'That the ferry timetable be revised from May.'),
    ).toEqual({
      body: null,
    });
    expect(
      recommendedMark('RECOMMENDED to Full Council that the fees be approved as set out.', 'that the fees be approved as set out.'),
    ).toEqual({
      body: 'Full Council',
    });
    expect(
      recommendedMark(
        'The report RECOMMENDED that the fees be approved as set out.\\\nRESOLVED that the fees be approved as set out.',
        'that the fees be approved as set out.',
      ),
    ).toBeNull();
  });
});
