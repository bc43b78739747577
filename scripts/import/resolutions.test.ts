import { describe, expect, it } from 'vitest';
import { findDecisions } from './reader/decisions.ts';
import { findResolutions } from './resolutions.ts';

describe('findResolutions', () => {
  it('ends a decision at an "Action:" line or a line of vote counts printed under it', () => {
    expect(findResolutions('AGREED: the Clerk to seek three quotes\nAction: Clerk\nThe footpath was discussed.')).toEqual([
      'the Clerk to seek three quotes',
    ]);
    expect(findResolutions('RESOLVED: that the grant be paid\nFor 7, Against 2, Abstentions 1')).toEqual(['that the grant be paid']);
    expect(findResolutions('RESOLVED:\n(a) the report be noted;\n(b) the fees rise by 3%.\n(5 for and 2 against)')).toEqual([
      'the report be noted',
      'the fees rise by 3%.',
    ]);
  });

  it('ends a decision at the rows of a table it stands over, parted by tabs or pipes, and at the paragraph after them', () => {
    // Own words: a parish's payments under "RESOLVED …:", then the item's next lettered paragraph.
    const rows = (cells: string[][], part: string) => cells.map((row) => row.join(part)).join('\n');
    const payments = [
      ['Payee', 'Item', 'Sum'],
      ['Fernbrook Hall', 'Room hire', '£24.00'],
    ];
    for (const table of [rows(payments, '\t'), rows(payments, ' | ').replace(/^|$/gm, '|')])
      expect(findResolutions(`RESOLVED to pay the following:\n\n${table}\n\n(c) The budget was discussed.`)).toEqual([
        'to pay the following:',
      ]);
    // A list's point set out over a table goes on past it to the list's next point; the table stays in the minutes.
    const bands = [
      ['Band', 'Town', 'County', 'Total'],
      ['A', '120.10', '980.55', '1,100.65'],
      ['B', '140.12', '1,143.98', '1,284.10'],
    ];
    expect(
      findResolutions(
        `RESOLVED:\n(1) That the budget be approved.\n(2) That the tax for each band be as set out below:\n\n${rows(bands, '\t')}\n\n(3) That the amount is not excessive.`,
      ),
    ).toEqual(['That the budget be approved.', 'That the tax for each band be as set out below:', 'That the amount is not excessive.']);
    const charges = [
      ['Service', 'Now', 'From April'],
      ['Garden bin', '£40', '£45'],
      ['Bulky waste', '£25', '£28'],
    ];
    expect(
      findResolutions(
        `RESOLVED that:\n1. the charges below be set:\n${rows(charges, ' | ').replace(/^|$/gm, '|')}\n2. the Head of Waste report in a year.\n\nMembers thanked the officers.`,
      ),
    ).toEqual(['that the charges below be set:', 'that the Head of Waste report in a year.']);
    // After a table, a line that does not carry the list on is no point of it.
    expect(findResolutions(`RESOLVED:\n(1) That the fees be as below:\n\n${rows(charges, '\t')}\n\n(4) Parking was discussed.`)).toEqual([
      'That the fees be as below:',
    ]);
    // A numbered entry with a tab after its number is an entry, no row.
    expect(findResolutions('RESOLVED that:\n1.\tthe report be noted;\n2.\tthe plan be agreed.')).toEqual([
      'that the report be noted',
      'that the plan be agreed.',
    ]);
  });

  it("goes on past lines set out under a point that leads to them (a table left unparted), to the list's next point", () => {
    // Own words: figures whose columns are parted by single spaces, which no table reader parts, under "as below:".
    const budget = [
      'RESOLVED:',
      '(a) That the budget for 2025/26 be approved as below:',
      '',
      'Budget heading 2024/25 2025/26',
      'Staff costs 48,200 46,900',
      'Premises 12,450 11,800',
      '',
      '(b) That the precept for 2025/26 be set at £66,650.',
      '(c) That the Clerk notify the District Council.',
    ];
    expect(findResolutions(budget.join('\n'))).toEqual([
      'That the budget for 2025/26 be approved as below:',
      'That the precept for 2025/26 be set at £66,650.',
      'That the Clerk notify the District Council.',
    ]);
    // A table flattened one cell a line, indented, under a lead-in that runs into each point.
    const grants = [
      'It was RESOLVED that:',
      'i) the grants below be made:',
      '',
      '    Mereside Scouts',
      '    £500',
      '    Friends of Alder Park',
      '    £750',
      '',
      'ii) the Clerk write to each applicant.',
    ];
    expect(findResolutions(grants.join('\n'))).toEqual(['that the grants below be made:', 'that the Clerk write to each applicant.']);
    // A point that leads to nothing set out ends the list at the paragraph under it, as before.
    expect(
      findResolutions('RESOLVED:\n(a) That the report be noted.\n\nThe Chair thanked the officers.\n\n(b) Parking was discussed.'),
    ).toEqual(['That the report be noted.']);
  });

  it('reads points numbered after their item ("7.1", "7.2") under "RESOLVED that:" as its entries, never the first alone', () => {
    const text =
      'RESOLVED that:\n\n4.1 the hall fees rise by 2% from April;\n\n4.2 the kitchen be refitted; and\n\n4.3 a report come back in six months.';
    expect(findResolutions(text)).toEqual([
      'that the hall fees rise by 2% from April',
      'that the kitchen be refitted',
      'that a report come back in six months.',
    ]);
    // A paragraph numbered so after a decision that has ended is no entry of it.
    expect(findResolutions('RESOLVED that the report be noted.\n\n4.2 the Clerk reported on the boiler.')).toEqual([
      'that the report be noted.',
    ]);
  });

  it('reads points numbered "1.1." with a stop after the number as entries, each its own, the label off', () => {
    // Own words: an island council numbers each paragraph of a decision after its item, a stop after the number.
    expect(findResolutions('RESOLVED:\n\n3.1. That the pier lights be renewed.\n\n3.2. That the Harbourmaster report in June.')).toEqual([
      'That the pier lights be renewed.',
      'That the Harbourmaster report in June.',
    ]);
    expect(findResolutions('AGREED that:\n6.1. the grant to the Hall Trust be paid;\n6.2. the Clerk write to the Trust.')).toEqual([
      'that the grant to the Hall Trust be paid',
      'that the Clerk write to the Trust.',
    ]);
  });

  it('keeps a figure that opens a wrapped line ("10.00 pm", "3.5 per cent") in the sentence it carries on, no label', () => {
    // Own words: decisions wrapped at about 80 columns, the figure falling at a line's start.
    expect(findResolutions('RESOLVED that the bar may open on Fridays until\n11.30 pm provided a steward is on duty.')).toEqual([
      'that the bar may open on Fridays until 11.30 pm provided a steward is on duty.',
    ]);
    expect(findResolutions('AGREED to raise the hire charges by no more than\n  2.5 per cent from April.')).toEqual([
      'to raise the hire charges by no more than 2.5 per cent from April.',
    ]);
    expect(findResolutions('RESOLVED that the grant to the Scouts of\n£1.5m be confirmed.')).toEqual([
      'that the grant to the Scouts of £1.5m be confirmed.',
    ]);
    // A real list under a lead-in that has no colon keeps its labels: "2.1" has its sibling "2.2".
    expect(findResolutions('RESOLVED that the Board\n2.1 notes the accounts;\n2.2 approves the budget.')).toEqual([
      'that the Board notes the accounts',
      'that the Board approves the budget.',
    ]);
    expect(findResolutions('RESOLVED that:\n2.1 the Clerk write to the school;\n2.2 the matter return in May.')).toEqual([
      'that the Clerk write to the school',
      'that the matter return in May.',
    ]);
  });

  it('keeps the colon of a lead-in "as follows:" before each point, and the points nested under a point with that point', () => {
    const text = [
      'RESOLVED that the variation be GRANTED IN PART as follows:',
      '',
      '(a)  live music until 23:00 on Fridays;',
      '(b)  the following conditions be added to the licence:',
      '     1.  a personal licence holder be on site after 20:00;',
      '     2.  windows be kept shut during live music;',
      '(c)  late night refreshment until 23:30.',
    ].join('\n');
    expect(findResolutions(text)).toEqual([
      'that the variation be GRANTED IN PART as follows: live music until 23:00 on Fridays',
      'that the variation be GRANTED IN PART as follows: the following conditions be added to the licence: a personal licence holder be on site after 20:00; windows be kept shut during live music',
      'that the variation be GRANTED IN PART as follows: late night refreshment until 23:30.',
    ]);
  });

  it('reads "RESOLVED that:" and its entries as whole sentences', () => {
    expect(findResolutions('RESOLVED that:\n\n1. the report be noted; and\n2. Council be recommended to agree the plan.')).toEqual([
      'that the report be noted',
      'that Council be recommended to agree the plan.',
    ]);
    // "That the Committee:-" over lower-case entries: the colon and dash go, as a colon does.
    expect(findResolutions('RESOLVED: That the Committee:-\n\n(a) notes the report; and\n\n(b) asks the Chair to write.')).toEqual([
      'That the Committee notes the report',
      'That the Committee asks the Chair to write.',
    ]);
    expect(findResolutions('RESOLVED: That the Committee:\n(a) Note the report;\n(b) Agree the plan.')).toEqual([
      'That the Committee: Note the report',
      'That the Committee: Agree the plan.',
    ]);
  });

  it('splits numbered entries and drops the joining "; and"', () => {
    const text = 'RESOLVED:\n\n1)   That the report be noted; and\n\n2)   That officers report back.';
    expect(findResolutions(text)).toEqual(['That the report be noted', 'That officers report back.']);
  });

  it('carries an intro that ends in a colon into each entry', () => {
    const text = 'RESOLVED:\n\nThat the Committee:\n\n1)  Note the work; and\n\n2)  Thank the team.';
    expect(findResolutions(text)).toEqual(['That the Committee: Note the work', 'That the Committee: Thank the team.']);
  });

  it('reads a single inline resolution and stops at the next paragraph of prose', () => {
    expect(findResolutions('RESOLVED that the report be noted.\n\nThe Chair thanked officers.')).toEqual(['that the report be noted.']);
    expect(findResolutions('Resolved: That the plan be approved.')).toEqual(['That the plan be approved.']);
  });

  it('knows AGREED and DECIDED but not the word in ordinary prose', () => {
    expect(findResolutions('AGREED:\n(a) one;\n(b) two.')).toEqual(['one', 'two.']);
    expect(findResolutions('DECIDED - to defer the item.')).toEqual(['to defer the item.']);
    expect(findResolutions('Members agreed that the item be deferred.')).toEqual([]);
  });

  it('carries an intro with no stop into each entry, and a lower-case entry on from it', () => {
    const text = 'RESOLVED: That the Committee\n(1) Approves the strategy for consultation; and\n(2) Asks for a report in September.';
    expect(findResolutions(text)).toEqual([
      'That the Committee Approves the strategy for consultation',
      'That the Committee Asks for a report in September.',
    ]);
    expect(findResolutions('RESOLVED that the Panel\n(a) notes the report;\n(b) thanks the officers.')).toEqual([
      'that the Panel notes the report',
      'that the Panel thanks the officers.',
    ]);
    // A whole sentence leads into no list: the lettered lines after it are the minutes' next business.
    expect(findResolutions('RESOLVED that the report be noted.\n(a) one;\n(b) two.')).toEqual(['that the report be noted.']);
  });

  it('ends the last list at the line that closes the meeting', () => {
    const text = 'RESOLVED:\n(1) That the plan be approved; and\n(2) That a report come back in May.\nThe meeting concluded at 6.12pm';
    expect(findResolutions(text)).toEqual(['That the plan be approved', 'That a report come back in May.']);
  });

  it('takes a Word export\'s bullets off the entries: "o" before a capital, and the Symbol and Wingdings bullets', () => {
    expect(findResolutions('RESOLVED:\no\tThat the tenancy policy be adopted.\no\tThat the Head of Housing reports in June.')).toEqual([
      'That the tenancy policy be adopted.',
      'That the Head of Housing reports in June.',
    ]);
    expect(findResolutions('RESOLVED: o That the play area grant be approved.')).toEqual(['That the play area grant be approved.']);
    expect(findResolutions('RESOLVED that:\n\uf0b7 the minutes be signed;\n\uf0a7 the lease be renewed.')).toEqual([
      'that the minutes be signed',
      'that the lease be renewed.',
    ]);
  });

  it('keeps "o" that carries on a wrapped line (the Welsh "o", "from"), and a capital O in a name', () => {
    expect(findResolutions('RESOLVED that the Committee thank the volunteers\no Gyngor Cymuned Llanddewi for their help.')).toEqual([
      'that the Committee thank the volunteers o Gyngor Cymuned Llanddewi for their help.',
    ]);
    expect(findResolutions("RESOLVED:\nO Brien's survey be published.")).toEqual(["O Brien's survey be published."]);
  });

  it("ends a decision on its marker's line where its sentence ends, as parish minutes print AGREED between lines", () => {
    // A councillor's report bullet, with or without its mark, under "AGREED: the report be noted.".
    const report = 'AGREED: the report be noted.\n- Cllr Fenwick said the footbridge would reopen in May.\nAGREED: Clerk to write.';
    expect(findResolutions(report)).toEqual(['the report be noted.', 'Clerk to write.']);
    expect(findResolutions(report.replace('- ', ''))).toEqual(['the report be noted.', 'Clerk to write.']);
    // The next lettered business, and the next grant's line.
    const business = 'AGREED: to pay the invoices.\n(b) Allotments: the Clerk reported two vacant plots.';
    expect(findResolutions(business)).toEqual(['to pay the invoices.']);
    expect(findResolutions('AGREED: to award £120.\nTarrow Bowls Club – £90.\nAGREED: to award £90.')).toEqual([
      'to award £120.',
      'to award £90.',
    ]);
    // A sentence not yet ended goes on over its wrapped lines; one that leads in takes its list.
    expect(findResolutions('RESOLVED: that the verge on Hobb Lane\nbe cut twice a year.\nThe Clerk left.')).toEqual([
      'that the verge on Hobb Lane be cut twice a year.',
    ]);
    expect(findResolutions('AGREED to:\n(a) buy a bench;\n(b) plant a tree.')).toEqual(['to buy a bench', 'to plant a tree.']);
  });

  it('takes the number off the first entry of a list run on after the marker, as off the others', () => {
    const text = 'Resolved:- (1) That the quarterly report be noted.\n(2) That the Treasurer reports on fees in March.';
    expect(findResolutions(text)).toEqual(['That the quarterly report be noted.', 'That the Treasurer reports on fees in March.']);
    expect(findResolutions('RESOLVED: 1. That the lease be renewed.')).toEqual(['That the lease be renewed.']);
    // Capital letters in brackets label a list as well: "(B)" is the next entry, never prose after "(A)".
    expect(findResolutions('RESOLVED: (A) That the audit plan be noted.\n(B) That the fees\nbe agreed.')).toEqual([
      'That the audit plan be noted.',
      'That the fees be agreed.',
    ]);
  });

  it('reads every block in the minutes', () => {
    expect(findResolutions('RESOLVED that A.\n\nDiscussion.\n\nRESOLVED that B.')).toEqual(['that A.', 'that B.']);
  });

  it('ends a block at a labelled heading after a blank line that neither opens a list nor comes next in it', () => {
    const petitions = 'RESOLVED that the petition be noted.\n\n(b) Bus shelter on Mill Lane\n\nMr Orme presented a petition.';
    expect(findResolutions(petitions)).toEqual(['that the petition be noted.']);
    const nextItem = 'RESOLVED:\nThat the minutes be signed.\n\n12. 4 KESTREL CLOSE, WENBURY (24/0091/HOU)\n\nA rear extension.';
    expect(findResolutions(nextItem)).toEqual(['That the minutes be signed.']);
    const nested = 'RESOLVED:\n\n(a) That the plan be approved;\n\n(i) The map be kept;\n\n(b) That it be reviewed.\n\n(d) Tree works';
    expect(findResolutions(nested)).toEqual(['That the plan be approved', 'The map be kept', 'That it be reviewed.']);
  });

  it('ends a list\'s last point, after "; and", at its stop when a sentence of prose follows on the next line', () => {
    const text =
      'RESOLVED that:\n(a) the hall be let to the club; and\n(b) the fee be reviewed in a year.\nThe Clerk will write to the club.';
    expect(findResolutions(text)).toEqual(['that the hall be let to the club', 'that the fee be reviewed in a year.']);
    // A point that wraps onto the next line, or has not ended its sentence, keeps it.
    const wrapped = 'RESOLVED that:\n(a) the hall be let; and\n(b) the fee be set by the\nClerk with the Chair.';
    expect(findResolutions(wrapped)).toEqual(['that the hall be let', 'that the fee be set by the Clerk with the Chair.']);
  });
});

describe('"Resolved" as a label in a column of its own', () => {
  it('is no part of what was resolved: "Resolved      That …", "Resolved      In accordance with …"', () => {
    const text = [
      'Proposed by Councillor Moan',
      'Seconded by Councillor Tully and',
      '',
      'Resolved      That the bin collection calendar for 2025/26 be approved.',
      '',
      'Resolved      In accordance with the Act that the public withdraw while item E9/25 is considered.',
    ].join('\n');
    expect(findResolutions(text)).toEqual([
      'That the bin collection calendar for 2025/26 be approved.',
      'In accordance with the Act that the public withdraw while item E9/25 is considered.',
    ]);
  });
});

describe('"Noted:" as a label, as Northern Irish minutes print it beside "Agreed:"', () => {
  it('is a decision, the label no part of it; "Noted" with no colon, or in a sentence, is none', () => {
    const text = [
      'Noted: The Board noted that the audit action on petty cash had been completed.',
      '',
      'Agreed: That the plan be adopted.',
    ].join('\n');
    expect(findResolutions(text)).toEqual([
      'The Board noted that the audit action on petty cash had been completed.',
      'That the plan be adopted.',
    ]);
    expect(findResolutions('Noted that the hall was booked.\n\nNoted - the clerk will write.')).toEqual([]);
  });
});

describe('a recommendation to a named body over its points', () => {
  it('keeps the colon after the body: the points are what was recommended, never the sentence carried on', () => {
    expect(
      findDecisions('Decision: The committee recommended to Council:\n\n• a 3% rise in plot rents\n\n• a waiting list fee of £5'),
    ).toEqual([
      'The committee recommended to Council: a 3% rise in plot rents',
      'The committee recommended to Council: a waiting list fee of £5',
    ]);
    expect(findResolutions('RESOLVED that it be recommended to the Executive:\n(a) to close the depot;\n(b) to sell the land.')).toEqual([
      'that it be recommended to the Executive: to close the depot',
      'that it be recommended to the Executive: to sell the land.',
    ]);
  });
});

describe("a refusal's numbered reasons", () => {
  it('keeps each reason with its number, as points of the one refusal', () => {
    const field = [
      'Decision: REFUSED for the following reasons:',
      '          1. The extension would dominate the cottage next door.',
      '          2. No space is left to park a second car.',
    ].join('\n');
    expect(findDecisions(field)).toEqual([
      'REFUSED for the following reasons: 1. The extension would dominate the cottage next door; 2. No space is left to park a second car.',
    ]);
  });

  it('keeps them under another wording, its points apart by blank lines', () => {
    const spaced = [
      'RESOLVED: That planning permission be refused on the following grounds:',
      '',
      '(1) the site lies beyond the village envelope; and',
      '',
      '(2) the access onto Tumble Lane is too narrow.',
      '',
      'The Chair thanked the objectors for attending.',
    ].join('\n');
    expect(findResolutions(spaced)).toEqual([
      'That planning permission be refused on the following grounds: (1) the site lies beyond the village envelope; (2) the access onto Tumble Lane is too narrow.',
    ]);
  });

  it('leaves a list of decisions that gives no reasons as one resolution a point', () => {
    expect(findResolutions(['RESOLVED:', '1. That the budget be agreed.', '2. That the precept be set.'].join('\n'))).toEqual([
      'That the budget be agreed.',
      'That the precept be set.',
    ]);
  });
});

describe('a list opened by ":-" or ":–", as older minute books print the colon', () => {
  it('keeps what the list sets out in the decision, as a bare colon does', () => {
    // Own words: a leisure committee's awards set out in columns, then a parish's payments as bullets after a blank line.
    const awards =
      'RESOLVED that awards be made as follows:-\n\n    Dunmore Bowls Club            £320\n    Kelbrook Youth Theatre        £275';
    expect(findResolutions(awards)).toEqual(['that awards be made as follows:- Dunmore Bowls Club £320 Kelbrook Youth Theatre £275']);
    expect(findResolutions(awards.replace(':-', ':'))).toEqual([
      'that awards be made as follows: Dunmore Bowls Club £320 Kelbrook Youth Theatre £275',
    ]);
    const payments =
      'RESOLVED: That the following accounts be paid:–\n\n- Brightwater Ltd, grass cutting, £412\n- Mrs P Okafor, cleaning, £60';
    expect(findResolutions(payments)).toEqual([
      'That the following accounts be paid: Brightwater Ltd, grass cutting, £412',
      'That the following accounts be paid: Mrs P Okafor, cleaning, £60',
    ]);
  });
});
