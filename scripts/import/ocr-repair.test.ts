import { describe, expect, it } from 'vitest';
import { repairLostLigatures, repairOcr } from './ocr-repair.ts';

/** Each text as repairOcr reads it. */
const repaired = (texts: readonly string[]) => texts.map(repairOcr);

describe('repairOcr: figures read as letters, letters as figures', () => {
  it('reads a date whose figures were read as letters', () => {
    const given = [
      'held on Thursday, l2th October, l978 at',
      'on 2lst June l99O.',
      'the lst of May, 2OO1',
      'dated 3O APRIL l965',
      'held on l4 April',
    ];
    expect(repaired(given)).toEqual([
      'held on Thursday, 12th October, 1978 at',
      'on 21st June 1990.',
      'the 1st of May, 2001',
      'dated 30 APRIL 1965',
      'held on 14 April',
    ]);
  });

  it('reads a clock time whose figures or "m" were misread', () => {
    const given = ['at 6.OO p.rn. and', 'closed at l0.l5 a.m.', 'closed at 9.05 p.rn.', 'beacon at 10 p.rn. on', 'closed at 8:3O pm'];
    expect(repaired(given)).toEqual([
      'at 6.00 p.m. and',
      'closed at 10.15 a.m.',
      'closed at 9.05 p.m.',
      'beacon at 10 p.m. on',
      'closed at 8:30 pm',
    ]);
  });

  it('reads an item number at a line start whose 1 was read as an l', () => {
    const given = ['    l.    APOLOGIES FOR ABSENCE', 'lO. Any other business', 'l2) Planning applications'];
    expect(repaired(given)).toEqual(['    1.    APOLOGIES FOR ABSENCE', '10. Any other business', '12) Planning applications']);
  });

  it('reads a numbered decision\'s "(l)" as (1) when a (2) follows and no list is lettered to (k)', () => {
    const given = ['RESOLVED - (l) That the plan be approved.\n(2) That tenders be invited.', 'AGREED: (l) to write; (2) to wait'];
    expect(repaired(given)).toEqual([
      'RESOLVED - (1) That the plan be approved.\n(2) That tenders be invited.',
      'AGREED: (1) to write; (2) to wait',
    ]);
  });

  it('reads a word in capitals with a zero for an O', () => {
    const given = ['RES0LVED - That the report be noted', 'ITEM 5 - EXCLUSI0N 0F THE PUBLIC', 'REC0MMENDED: That'];
    expect(repaired(given)).toEqual(['RESOLVED - That the report be noted', 'ITEM 5 - EXCLUSION OF THE PUBLIC', 'RECOMMENDED: That']);
  });

  it("reads a page's number alone on its line or set apart at a line's end", () => {
    const given = [
      '                                   l44\nHOUSING COMMITTEE',
      '       RIDINGS DISTRICT COUNCIL                 2lO',
      'Minute Book Page 8O',
    ];
    expect(repaired(given)).toEqual([
      '                                   144\nHOUSING COMMITTEE',
      '       RIDINGS DISTRICT COUNCIL                 210',
      'Minute Book Page 80',
    ]);
  });

  it('leaves what only looks like a date, a time, an item number, a word in capitals or a page number', () => {
    const unchanged = [
      'I March with them; O May be so',
      'the O2 arena on 4 May 2024',
      'paragraph 4.l2 and the parn. of 7.OO',
      'at 7.3O metres',
      'I. INTRODUCTION',
      'O. Smith attended',
      'as in paragraph l. above',
      'j. Roads\nk. Trees\nl. Lighting',
      '(j) roads (k) trees (l) lamps (2) more',
      'see note (l) of the lease',
      'the A10 and B4060 near SW1A 0AA',
      'reference HGY/2024/0391 and TPO 0B',
      '    lO\n  O2\nil\nthe l44 bus',
      '41 premises and l8 notices, costing £5OO',
    ];
    expect(repaired(unchanged)).toEqual(unchanged);
  });
});

describe('repairLostLigatures', () => {
  it('puts back fi, fl and ffi lost from the stems it lists', () => {
    expect(repairLostLigatures('The minutes were conrmed and the ofcers thanked.')).toBe(
      'The minutes were confirmed and the officers thanked.',
    );
    expect(repairLostLigatures('a signicant change to the nancial statement')).toBe('a significant change to the financial statement');
    expect(repairLostLigatures('The Clerk notied the ocers of the conict; the oce was ooded.')).toBe(
      'The Clerk notified the officers of the conflict; the office was flooded.',
    );
    expect(repairLostLigatures('Conrmation of the Minutes; an ofcial inuence; a specic plan')).toBe(
      'Confirmation of the Minutes; an official influence; a specific plan',
    );
  });

  it('leaves real words that a lost ligature could have made', () => {
    const prose = "The ocean view, the noticed tie, Nancy the nanny, an eld, the awed crowd, a 2nd try, we've owed it, rare species.";
    expect(repairLostLigatures(prose)).toBe(prose);
    const verbs = 'They carried, varied and applied it; the tied vote; a confirmed office.';
    expect(repairLostLigatures(verbs)).toBe(verbs);
  });

  it('leaves a name that a broken stem spells with its capital ("Cllr Nally", "Mr Ood"), and repairs the word in lower case', () => {
    const names = 'Apologies from Councillors Nally and Nal; Mr Ood and Ms Oor attended.';
    expect(repairLostLigatures(names)).toBe(names);
    expect(repairLostLigatures('The accounts were nally approved on the rst oor.')).toBe(
      'The accounts were finally approved on the first floor.',
    );
  });
});

describe('repairOcr: a letter misread inside a word the minutes use', () => {
  it('puts back the letter when the printed form is no word and the repaired one is a word minutes use', () => {
    const given = [
      'The minutes were conflrmed and signed by the Chairrnan.',
      'the Chief Environmental Health 0fficer reported',
      'a meeting of the Planning Cornmittee; the next rneeting',
      'the Parish Councii resolved',
      'lt was RESOLVED that the lnterests be noted.',
      'THE COUNCII AND ITS C0MMITTEES',
      'served on the tenant; 0r on the 0fficers, as lt is',
    ];
    expect(repaired(given)).toEqual([
      'The minutes were confirmed and signed by the Chairman.',
      'the Chief Environmental Health Officer reported',
      'a meeting of the Planning Committee; the next meeting',
      'the Parish Council resolved',
      'It was RESOLVED that the interests be noted.',
      'THE COUNCIL AND ITS COMMITTEES',
      'served on the tenant; or on the officers, as it is',
    ]);
  });

  it('leaves a word, a name, a figure and a reference that only look misread', () => {
    const unchanged = [
      'Mr Barnes of Cornwall, Ms Tirnmins and Mr Fairnan attended',
      'the modern barn and the flat roof; a fine view from the hill',
      'the l8 flats at 10 Mill Lane, ref. 0fficeBlock/10 and P/01/2024',
      'Councillor Hiii and Mrs Rnorris; Ali Khan and Mr Heid; MR ALI',
      'the laundry, the lift and the list',
      'Contact: clerk at ali.khan@vale.example or www.rneeting.example/0fficer',
    ];
    expect(repaired(unchanged)).toEqual(unchanged);
  });
});

describe('repairOcr: a word broken by a hyphen and a space inside a line', () => {
  it('joins the parts when the joined word is one minutes use and neither part is', () => {
    const given = ['the Chief Executive, the Borough Treas- urer and the Direc- tor of Housing', 'the Com- mittee noted the min- utes'];
    expect(repaired(given)).toEqual([
      'the Chief Executive, the Borough Treasurer and the Director of Housing',
      'the Committee noted the minutes',
    ]);
  });

  it('keeps a suspended hyphen, a compound and a dash as printed', () => {
    const unchanged = ['pre- and post-meeting notes', 'full- and part-time staff', 'the Mill- a listed building', 'Town- ship'];
    expect(repaired(unchanged)).toEqual(unchanged);
  });
});

describe('repairOcr on a record that was never scanned', () => {
  it('leaves a modern record as printed', () => {
    const record = [
      'Minutes of the Planning Committee held on Tuesday 14 January 2025 at 7.00 pm',
      'Present: Cllrs Ainslie (Chair), Barnett, Firn, Kilroy and Tillotson. In attendance: R Fernley (Clerk).',
      '25/011 Declarations of interest: Cllr Firn, item 25/014 (a neighbour); ex-officio members noted.',
      'RESOLVED: That application P/24/1101 (Hill Barn, Flint Lane) be approved; the pre- and post-decision',
      'notes, the lift and the 10 flats in Flaxmill Court are in Appendix 1. It was agreed to defer 25/015.',
    ].join('\n');
    expect(repairOcr(record)).toBe(record);
  });
});
