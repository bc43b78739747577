import { describe, expect, it } from 'vitest';
import { actionColumn } from './action-column.ts';
import { sliceItems } from './items.ts';

describe('a table whose items each end in a row of their Status and Action cells', () => {
  const lines = [
    'Item Description/Resolution Status Action',
    '5 Apologies for Absence',
    '',
    'Apologies were received from Councillor P Dunmore.',
    '',
    'Noted',
    '6 Fleet Replacement Report',
    '',
    'RESOLVED: That the replacement of four gritters be approved.',
    '',
    'Agreed  Head of Fleet Services',
  ];

  it('keeps the status as "Status: …" and the owner as the action, never as text a decision reader takes', () => {
    const { items } = sliceItems(lines);
    expect(items.map((item) => item.lines.filter((line) => line.trim() !== ''))).toEqual([
      ['Apologies were received from Councillor P Dunmore.', 'Status: Noted'],
      ['RESOLVED: That the replacement of four gritters be approved.', 'Status: Agreed', 'Action: Head of Fleet Services'],
    ]);
  });

  it('reads the header whether its cells are parted by gaps or by single spaces, and only a header ending Status | Action', () => {
    expect(actionColumn(['Item  Minutes  Status  Action', '1 Apologies', 'Noted']).actions).toEqual([
      { line: 2, owner: '', status: 'Noted' },
    ]);
    expect(actionColumn(['Status of the works', 'Noted']).actions).toEqual([]);
  });

  it('takes no sentence for a status row', () => {
    expect(actionColumn(['Item Minutes Status Action', '1 Apologies', 'Noted that the hall was closed']).actions).toEqual([]);
  });
});

describe('a right-hand column of labelled actions ("Action: Clerk by 12 March") beside the minutes', () => {
  const pad = (text: string, cell: string) => `${text.padEnd(62)}${cell}`;

  it('takes each labelled cell out of the prose, who acts and by when, under an "Action" heading', () => {
    const lines = [
      `${' '.repeat(66)}Action`,
      '7/25 Footpaths',
      pad('Stile on the bridleway broken again. Clerk to report', 'Action: Clerk by 4 May'),
      'it to the county.',
      pad('Hedge by the school reported.', 'Action: Cllr Ayodele'),
    ];
    const column = actionColumn(lines);
    expect(column.lines.slice(2)).toEqual([
      'Stile on the bridleway broken again. Clerk to report',
      'it to the county.',
      'Hedge by the school reported.',
    ]);
    // Each acts on the sentence it stood beside: the Clerk's runs on to "it to the county.", the line it ends on.
    expect(column.actions).toEqual([
      { line: 3, owner: 'Clerk', due: '4 May' },
      { line: 4, owner: 'Cllr Ayodele' },
    ]);
  });

  // The movers and vote under a decision are that decision's: an action beside it goes after them.
  it('puts each action after the sentence it stood beside, not after the whole paragraph', () => {
    const lines = [
      '41. Village green',
      pad('The bench by the pond is to be repaired.', 'Action: Cllr Okafor'),
      'A quote for new posts was received and the council agreed',
      pad('to accept it at £640 from the open spaces budget.', 'ACTION – Clerk by 30 May'),
      'Proposed Cllr Hume, seconded Cllr Vance, carried.',
      pad('Grass cutting to start in April.', 'Action: Cllr Okafor'),
      'Carried unanimously.',
      'The tree survey is due in June.',
      '42. Close',
      'Closed at 8.40pm.',
    ];
    const { items } = sliceItems(['LOWER ASHBY PARISH COUNCIL', '', ...lines]);
    expect(items[0]?.lines.filter((line) => line.trim() !== '')).toEqual([
      'The bench by the pond is to be repaired.',
      'Action: Cllr Okafor',
      'A quote for new posts was received and the council agreed',
      'to accept it at £640 from the open spaces budget.',
      'Proposed Cllr Hume, seconded Cllr Vance, carried.',
      'Action: Clerk, by 30 May',
      'Grass cutting to start in April.',
      'Carried unanimously.',
      'Action: Cllr Okafor',
      'The tree survey is due in June.',
    ]);
  });

  it('reads the label in capitals or with a dash, with no heading over the column, and keeps the item whole', () => {
    const lines = [
      '12. Allotments',
      pad('Two plots are vacant and will be advertised.', 'ACTION – RFO by end of June'),
      pad('Water charges to rise by 4%.', 'ACTION: Chair to write'),
    ];
    const { items } = sliceItems(['CASTLE FORD TOWN COUNCIL', '', ...lines, '13. Close', 'Closed at 9pm.']);
    expect(items[0]?.lines.filter((line) => line.trim() !== '')).toEqual([
      'Two plots are vacant and will be advertised.',
      'Action: RFO, by end of June',
      'Water charges to rise by 4%.',
      'Action: Chair to write',
    ]);
  });

  it('leaves a label inside a sentence, or close after the text, in the prose', () => {
    expect(actionColumn(['The clerk read the action: the hall to be booked.']).actions).toEqual([]);
    expect(actionColumn(['Noted.   Action: Clerk']).actions).toEqual([]);
  });
});

describe("the heading of a minutes table's column of numbers", () => {
  it('is "Minute Ref", "Minute Number", "Min. Ref." or "Ref No." as well as "Min No.": the Action column is then who acts', () => {
    for (const heading of ['Minute Ref', 'Minute Number', 'Min. Ref.', 'Ref No.', 'Minute Reference']) {
      const { actions } = actionColumn([`${heading}\tItem\tAction`, 'TC/12\tHall hire\tRFO', '\tRESOLVED to raise the rates.\tJane Wade']);
      expect(
        actions.map(({ owner }) => owner),
        heading,
      ).toEqual(['RFO', 'Jane Wade']);
    }
  });

  it('reads a web page\'s "Minute Ref | Item | Action" rows as the items, each action "Action: …", never a title\'s or a minute\'s words', () => {
    const lines = [
      'Minute Ref\tItem\tAction',
      'TC/12\tHALL HIRE\tRFO',
      '\tRESOLVED to raise the hire rates by 5%.',
      'TC/13\tBUS SHELTER',
      '\tThe glass had been broken again.',
      '\tRESOLVED to fit a polycarbonate panel.\tClerk',
    ];
    const { items } = sliceItems(lines, new Set(), true);
    expect(items.map(({ number, title, lines }) => [number, title, lines.filter((line) => line !== '')])).toEqual([
      ['TC/12', 'HALL HIRE', ['RESOLVED to raise the hire rates by 5%.', 'Action: RFO']],
      ['TC/13', 'BUS SHELTER', ['The glass had been broken again.', 'RESOLVED to fit a polycarbonate panel.', 'Action: Clerk']],
    ]);
  });
});
