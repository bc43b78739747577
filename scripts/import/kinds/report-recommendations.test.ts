/**
 * A report's Recommendations section, one layout each: lead-ins read into the entries under them,
 * each numbered recommendation its own, and what is only text kept with its entry.
 */
import { describe, expect, it } from 'vitest';
import { addresseeNamed, addresseeOf, readRecommendations } from './report-recommendations.ts';

const read = (text: string) => readRecommendations(text.split('\n'));
const pick = (text: string) => read(text).map(({ reference, subject, addressee }) => ({ reference, subject, addressee }));

describe('lead-ins', () => {
  it('"R1" going on in lower case under "That Cabinet:" is an entry; "Recommendation 2 above" in lower case is its text', () => {
    expect(
      pick(
        [
          'Recommendations',
          'That Cabinet:',
          'R1  funds two more wardens;',
          'R2  reviews the scheme in 2027, as',
          'Recommendation 2 above asked the Panel to do.',
          'Background',
        ].join('\n'),
      ),
    ).toEqual([
      { reference: 'R1', subject: 'That Cabinet funds two more wardens', addressee: 'Cabinet' },
      {
        reference: 'R2',
        subject: 'That Cabinet reviews the scheme in 2027, as Recommendation 2 above asked the Panel to do.',
        addressee: 'Cabinet',
      },
    ]);
  });

  it('"2.1 That Cabinet:" over lettered entries: each entry is one, read on from the lead-in; the lead-in is none', () => {
    const found = read(
      [
        '2. Recommendations',
        '2.1 That Cabinet:',
        '(a) adopts the revised parking strategy;',
        '(b) notes the consultation results; and',
        '2.2 That Cabinet asks for a review in 2027.',
        '3. Background',
      ].join('\n'),
    );
    expect(found.map(({ reference, subject, addressee }) => ({ reference, subject, addressee }))).toEqual([
      { reference: '2.1(a)', subject: 'That Cabinet adopts the revised parking strategy', addressee: 'Cabinet' },
      { reference: '2.1(b)', subject: 'That Cabinet notes the consultation results', addressee: 'Cabinet' },
      { reference: '2.2', subject: 'That Cabinet asks for a review in 2027.', addressee: null },
    ]);
    expect(found[0]?.text).toBe('That Cabinet:\nadopts the revised parking strategy;');
  });

  it('"(1)", "(2)" under a lead-in are an entry each, under "Cabinet is asked to:" as under "2.1 That Cabinet:"', () => {
    expect(
      pick(
        ['Recommendations', 'Cabinet is asked to:', '(1) approve the play strategy;', '(2) thank the task group.', 'Background'].join('\n'),
      ),
    ).toEqual([
      { reference: '(1)', subject: 'Cabinet is asked to approve the play strategy', addressee: 'Cabinet' },
      { reference: '(2)', subject: 'Cabinet is asked to thank the task group.', addressee: 'Cabinet' },
    ]);
    expect(
      pick(['2. Recommendations', '2.1 That Cabinet:', '(1) approves the strategy;', '(2) notes the survey.', '3. Background'].join('\n')),
    ).toEqual([
      { reference: '2.1(1)', subject: 'That Cabinet approves the strategy', addressee: 'Cabinet' },
      { reference: '2.1(2)', subject: 'That Cabinet notes the survey.', addressee: 'Cabinet' },
    ]);
  });

  it('an unlabelled lead-in over numbered entries names whom they address; entries that are whole sentences keep their own subject', () => {
    expect(
      pick(
        [
          'Recommendations',
          'The Board is recommended to approve: -',
          '1. That the annual audit plan is agreed.',
          '2. That the audit charter is renewed for three years.',
        ].join('\n'),
      ),
    ).toEqual([
      { reference: '1.', subject: 'That the annual audit plan is agreed.', addressee: 'The Board' },
      { reference: '2.', subject: 'That the audit charter is renewed for three years.', addressee: 'The Board' },
    ]);
  });

  it('"It is recommended that the Committee:" over roman numerals, and bullets under a lead-in', () => {
    const found = pick(
      [
        'RECOMMENDATIONS',
        'It is recommended that the Committee:',
        '(i) notes the report; and',
        '(ii) agrees the action plan.',
        '',
        'Members are asked to:',
        '• visit the depot before June;',
        '• comment on the draft routes.',
      ].join('\n'),
    );
    expect(found.map((rec) => rec.reference)).toEqual(['(i)', '(ii)', null, null]);
    expect(found.map((rec) => rec.addressee)).toEqual(['the Committee', 'the Committee', 'Members', 'Members']);
    expect(found[1]?.subject).toBe('It is recommended that the Committee agrees the action plan.');
    expect(found[2]?.subject).toBe('Members are asked to visit the depot before June');
  });

  it('entries of one level after a line ending in ":" are a list continuing the same numbers, each read as printed', () => {
    expect(
      pick(
        ['Recommendations', '2.1', 'That the Order is made as advertised, except:', '2.2', 'Delete Item 3 relating to Kiln Row'].join('\n'),
      ),
    ).toEqual([
      { reference: '2.1', subject: 'That the Order is made as advertised, except:', addressee: null },
      { reference: '2.2', subject: 'Delete Item 3 relating to Kiln Row', addressee: null },
    ]);
  });

  it('bullets inside an entry that hands on to no list are part of its text', () => {
    const found = read(
      ['Recommendations', '2.1 That the Panel notes the findings, in particular', '• the fall in income', '• the use of cash'].join('\n'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toMatch(/• the use of cash$/);
  });
});

describe('numbered recommendations', () => {
  it('"Recommendation 1:", "R2", "Rec. 3 -" under one lead-in paragraph: each its own, its number as printed the reference', () => {
    const found = pick(
      [
        '2. Recommendations',
        '2.1 That the Committee endorses the recommendations below and refers them to Cabinet:',
        '',
        'Recommendation 1: That bins are emptied weekly in the town centre.',
        'R2 That litter wardens patrol the parks at weekends,',
        'from April to September.',
        'Rec. 3 - That Recommendation 3 of the 2024 review is revisited.',
        '3. Background',
      ].join('\n'),
    );
    expect(found.map((rec) => rec.reference)).toEqual(['Recommendation 1', 'R2', 'Rec. 3']);
    expect(found[1]?.subject).toBe('That litter wardens patrol the parks at weekends, from April to September.');
    // The Committee is asked to endorse them; Cabinet, to which it refers them, is whom they address.
    expect(found.every((rec) => rec.addressee === 'Cabinet')).toBe(true);
  });

  it('"Recommendation 2.1:" keeps its whole number; "(v)" after "(u)" is a letter, "(i)" after "(a)" a numeral under it', () => {
    expect(pick('Recommendations\nRecommendation 2.1: That stalls pay weekly.').map((rec) => rec.reference)).toEqual([
      'Recommendation 2.1',
    ]);
    const letters = ['Recommendations', '2.1 That the Panel:', '(u) meets in July;', '(v) meets in August.'].join('\n');
    expect(pick(letters).map((rec) => rec.reference)).toEqual(['2.1(u)', '2.1(v)']);
    const nested = [
      'Recommendations',
      '(a) That the Board:',
      '(i) notes the audit;',
      '(ii) thanks the auditors.',
      '(b) That the Board meets in May.',
    ].join('\n');
    expect(pick(nested).map((rec) => rec.reference)).toEqual(['(a)(i)', '(a)(ii)', '(b)']);
  });

  it('a figure opening a wrapped line ("3.5 per cent", "7.30 pm") carries on its entry; "2.1", "2.2" under a lead-in are entries', () => {
    const wrapped = [
      'Recommendations',
      '2.1 That Cabinet raises the allotment rents by no more than',
      '3.5 per cent from April.',
      '2.2 That the pavilion closes at',
      '7.30 pm in winter.',
    ].join('\n');
    expect(pick(wrapped).map((rec) => [rec.reference, rec.subject])).toEqual([
      ['2.1', 'That Cabinet raises the allotment rents by no more than 3.5 per cent from April.'],
      ['2.2', 'That the pavilion closes at 7.30 pm in winter.'],
    ]);
    const listed = ['Recommendations', 'That the Executive is asked to', '2.1 approve the budget;', '2.2 note the risks.'].join('\n');
    expect(pick(listed).map((rec) => rec.reference)).toEqual(['2.1', '2.2']);
  });

  it('"Recommendations to be noted" is a sentence, not a heading that names a body', () => {
    expect(
      pick(['Recommendations', '1. That the plan is agreed.', 'Recommendations to be reported back', 'to the Panel in May.'].join('\n')),
    ).toHaveLength(1);
  });

  it('"Recommendation 4 would cost …" inside an entry is text, not a recommendation of its own', () => {
    const found = read(['Recommendations', '1. That the scheme is piloted.', 'Recommendation 4 would cost £9,000 a year.'].join('\n'));
    expect(found).toHaveLength(1);
  });
});

describe('sections', () => {
  it('"Recommendation to the Committee" after the report\'s own list: its paragraph is one more, addressed as the heading says', () => {
    const found = pick(
      [
        'Recommendations',
        'R1 That ward budgets are doubled.',
        '1. Introduction',
        'The review began in May.',
        'Recommendation to the Committee',
        'That the Committee endorses R1 and sends it to Cabinet.',
        'Appendices',
      ].join('\n'),
    );
    expect(found).toEqual([
      { reference: 'R1', subject: 'That ward budgets are doubled.', addressee: null },
      { reference: null, subject: 'That the Committee endorses R1 and sends it to Cabinet.', addressee: 'the Committee' },
    ]);
  });

  it('a line beginning "Appendix" that carries on a sentence does not end the section', () => {
    const found = read(
      ['Recommendations', '(a) approves the plan at', 'Appendix 2;', '(b) notes the risks.', 'Appendix 2 - Plan'].join('\n'),
    );
    expect(found.map((rec) => rec.text)).toEqual(['approves the plan at\nAppendix 2;', 'notes the risks.']);
  });

  it('a closing "Contact:" or "Report author:" line after the last section ends its last entry', () => {
    const texts = (closing: string) =>
      read(['5. Recommendation', '5.1 That the Panel notes the survey results.', closing].join('\n')).map((rec) => rec.text);
    expect(texts('Contact: Ria Penhallow, Democratic Services, 01632 960555')).toEqual(['That the Panel notes the survey results.']);
    expect(texts('Report author: Tam Oduya, Policy Adviser')).toEqual(['That the Panel notes the survey results.']);
  });
  it('"Recommendation(s)" and "RECOMMENDATION(S):", as templates print them, head the section; "Reason(s) for recommendation(s)" ends it', () => {
    const section = (heading: string) =>
      pick(
        [
          heading,
          'That the Board:',
          '4.1 agrees the new grant rules; and',
          '4.2 notes the funding gap.',
          '5. Reason(s) for recommendation(s)',
          '5.1 The old rules ended in March.',
        ].join('\n'),
      ).map((rec) => rec.reference);
    expect(section('4. Recommendation(s)')).toEqual(['4.1', '4.2']);
    expect(section('RECOMMENDATION(S):')).toEqual(['4.1', '4.2']);
  });
});

describe('addressees', () => {
  it('reads the body a lead-in names, and none from a lead-in that names none', () => {
    expect(addresseeOf('That the Committee for Roads and Transport (Unanimously APPROVED):')).toBe('the Committee for Roads and Transport');
    expect(addresseeOf('The Cabinet Member for Housing is recommended to:')).toBe('The Cabinet Member for Housing');
    expect(addresseeOf('That the Order is made as advertised, except:')).toBeNull();
    expect(addresseeOf('That it is noted that:')).toBeNull();
  });

  it('a lead-in that passes the recommendations on addresses the body they go on to, not the one that endorses them', () => {
    expect(
      addresseeOf('That the Board endorses the recommendations below and refers them to the Cabinet for a response within two months:'),
    ).toBe('the Cabinet');
    expect(addresseeOf('That the Committee agrees the following recommendations and that they be submitted to Council:')).toBe('Council');
    expect(addresseeOf('That the Panel agrees recommendations R1 to R5 and forwards them to the Executive Member for Waste:')).toBe(
      'the Executive Member for Waste',
    );
    expect(addresseeOf('That the Committee endorses the following recommendations:')).toBe('the Committee');
  });

  it('"the Committee" is the committee the report went to; a body named in full is kept', () => {
    expect(addresseeNamed('the Committee', 'Audit and Governance Committee')).toBe('Audit and Governance Committee');
    expect(addresseeNamed('Members', 'Licensing Panel')).toBe('Licensing Panel');
    expect(addresseeNamed('Cabinet', 'Audit and Governance Committee')).toBe('Cabinet');
    expect(addresseeNamed('the Committee', null)).toBe('the Committee');
  });
});

describe('as a PDF pack prints them', () => {
  it('a list mark before a label ("- 2.1. Agree …") is the labelled entry, not a bullet', () => {
    const text = [
      '2. Recommendations',
      '- 2.1. Agree to tender the school transport routes.',
      '- 2.2. Agree a two-year contract.',
      '3. Background',
    ];
    expect(pick(text.join('\n'))).toEqual([
      { reference: '2.1.', subject: 'Agree to tender the school transport routes.', addressee: null },
      { reference: '2.2.', subject: 'Agree a two-year contract.', addressee: null },
    ]);
  });

  it('a body that recommends on ("That the Panel recommends to Cabinet that …") addresses the body it names', () => {
    const text = [
      'Recommendations',
      '2.1 That the Committee:',
      'a) recommends to Cabinet that the depot be sold;',
      'b) asks for a report in May.',
    ];
    expect(pick(text.join('\n')).map(({ addressee }) => addressee)).toEqual(['Cabinet', 'the Committee']);
  });
});
