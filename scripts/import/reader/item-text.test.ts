import { describe, expect, it } from 'vitest';
import { itemTable } from './item-table.ts';
import { readItemText } from './item-text.ts';

const read = (number: string | null, title: string, lines: string[] = []) =>
  readItemText({ number, title, lines, line: 0 }, true, new Set(), null, null);

describe('an item the record prints no title for', () => {
  it('is titled from its number, and a warning names the item: the model needs a title, the record gave none', () => {
    const untitled = read('4', '', ['The Clerk reported that the footpath was mended.']);
    expect(untitled.item.title).toBe('Item 4');
    expect(untitled.warnings).toEqual(['Item 4 has no title in the record: titled "Item 4" from its number']);
  });

  it('with no number either, is "Untitled item", said so', () => {
    expect(read(null, '').warnings).toEqual(['an item has no number and no title in the record: titled "Untitled item"']);
  });

  it('carries no warning when the record prints its title', () => {
    expect(read('4', 'Footpaths').warnings).toEqual([]);
  });

  it('warns of a row of a table with no subject column whose minute has no lead-in to title it', () => {
    const lines = ['No.\tMinute\tAction', '1\tPlay area. The swings are fixed.\t', '2\tThe Chair thanked the volunteers.\t'];
    const items = (itemTable(lines, 0)?.items ?? []).map((slice) => readItemText(slice, true, new Set(), null, null));
    expect(items.map(({ item, warnings }) => [item.title, warnings])).toEqual([
      ['Play area', []],
      ['Item 2', ['Item 2 has no title in the record: titled "Item 2" from its number']],
    ]);
  });
});

describe('a motion the item says was put and carried', () => {
  it('is resolved in its quoted words, never as "The motion was put and CARRIED."', () => {
    const lines = [
      'Moved by Councillor Fenn, seconded by Councillor Gale:',
      '"This Council resolves to light the towpath between the locks."',
      'An amendment moved by Councillor Hart, seconded by Councillor Iles, was put and LOST.',
      'The motion was put and CARRIED.',
    ];
    const { item, warnings } = read('6', 'Motion - Towpath Lighting', lines);
    expect(item.resolutions).toEqual(['This Council resolves to light the towpath between the locks.']);
    expect(warnings).toEqual([]);
  });

  it('with its words not stated, keeps no resolution and says so', () => {
    const lines = [
      'Councillor Fenn moved the motion standing in her name, seconded by Councillor Gale.',
      'The motion was put and CARRIED.',
    ];
    const { item, warnings } = read('6', 'Motion - Towpath Lighting', lines);
    expect(item.resolutions).toEqual([]);
    expect(item.votes).toEqual([expect.objectContaining({ outcome: 'carried', movedBy: 'Fenn', secondedBy: 'Gale' })]);
    expect(warnings).toEqual(['Item 6 says a motion was carried but not its words: no resolution recorded for it']);
  });
});

describe('a member minuted as not voting', () => {
  it('is warned of, as no side of a vote holds them', () => {
    const lines = ['24/0402/FUL Mill House - two dwellings. Objection: loss of trees. (Cllr Pardoe did not vote.)'];
    expect(read('PC25/12', 'Planning', lines).warnings).toEqual([
      'Item PC25/12: "Cllr Pardoe did not vote" is not read: no vote\'s side holds a member who did not vote',
    ]);
  });

  it('is warned of when minuted as "Cllr A not voting" after the count', () => {
    const lines = ['Payment 4 was proposed by Cllr Ashby, seconded by Cllr Elwood and approved, 3 in favour, Cllr Oram not voting.'];
    expect(read('F12', 'Payments', lines).warnings).toEqual([
      'Item F12: "Cllr Oram not voting" is not read: no vote\'s side holds a member who did not vote',
    ]);
  });
});

describe("an item's time stamp", () => {
  it('is the first paragraph of the minutes, and stands in the way of no reference the text makes', () => {
    const slice = {
      number: '7',
      title: 'DATE OF NEXT MEETING',
      lines: ['Tuesday 3 March 2026 at 7.00pm.'],
      line: 0,
      stamp: '20:05 – 20:10',
    };
    const read = readItemText(slice, true, new Set(), '2025-12-02', '2025-12-02');
    expect(read.item.minutes).toBe('20:05 – 20:10\n\nTuesday 3 March 2026 at 7.00pm.');
    expect(read.item.title).toBe('DATE OF NEXT MEETING');
    expect(read.references.map((reference) => reference.date)).toEqual(['2026-03-03']);
  });
});

describe('a parish planning item', () => {
  it('reads each application with the council’s comment as a decision, by its title', () => {
    const lines = [
      '24/0412/HH – 3 Mill Row – rear dormer. No objection.',
      '24/0450/FUL – Glebe Barn – two houses. Object – loss of hedgerow.',
    ];
    expect(read('88', 'Planning Applications', lines).item.resolutions).toEqual([
      '24/0412/HH – 3 Mill Row – rear dormer. No objection.',
      '24/0450/FUL – Glebe Barn – two houses. Object – loss of hedgerow.',
    ]);
    expect(read('88', 'Footpaths', lines).item.resolutions ?? []).toEqual([]);
  });
});

describe('an election by ballot', () => {
  it("keeps who was declared elected as the decision and says the ballot's counts in a warning, as no vote holds candidates", () => {
    const lines = [
      'A secret ballot was held:',
      '',
      'Councillor Marwood     6 votes',
      'Councillor Nettlefold  3 votes',
      '',
      'Councillor Marwood was declared elected Chairman.',
    ];
    const { item, warnings } = read('1', 'Election of Chairman', lines);
    expect(item.resolutions).toEqual(['Councillor Marwood was declared elected Chairman.']);
    expect(item.votes).toBeUndefined();
    expect(warnings).toEqual([
      'Item 1: a ballot between candidates is not read as a vote (a vote holds no candidates): "Councillor Marwood 6 votes; Councillor Nettlefold 3 votes"',
    ]);
  });
});

describe('a decision that only points back', () => {
  it('says "This was AGREED." opening an item names nothing agreed: no resolution, and a warning', () => {
    const { item, warnings } = read('5', 'Lights', ['This was AGREED.']);
    expect(item.resolutions).toEqual([]);
    expect(warnings).toEqual(['Item 5 says a motion was carried but not its words: no resolution recorded for it']);
  });
});

describe('a meeting page\'s "Documents" heading', () => {
  it('heads the links under it, no words of the item above, and stays where no link follows it', () => {
    const linked = read('7', 'Forward Plan', ['Resolved: That the plan be noted.', '', 'Documents', '', 'Forward plan (PDF, 90 KB)']);
    expect(linked.item.minutes).toBe('Resolved: That the plan be noted.');
    expect(linked.item.documents?.map(({ name }) => name)).toEqual(['Forward plan']);
    const bare = read('8', 'Records', ['The archive holds three sets of', 'Documents', 'from the old parish.']);
    expect(bare.item.minutes).toContain('Documents');
  });
});

describe("an item's printed pages on a line of their own", () => {
  const agenda = (title: string, lines: string[]) => readItemText({ number: '4', title, lines, line: 0 }, false, new Set(), null, null);

  it('reads "(Pages 11 - 48)" under the item\'s fields as its pages, the line no part of its text', () => {
    // Own words: a scrutiny agenda prints each item's purpose, officer and time, then its pages on a line alone.
    const read = agenda('Library Opening Hours', ['Purpose of item: To comment on the proposals.', 'Time: 10.20', '(Pages 21 - 40)']);
    expect(read.item.pages).toBe('21-40');
    expect(read.item.agendaText).not.toContain('Pages');
    expect(agenda('Work Programme', ['  (Page 7)', 'To note the programme.']).item.pages).toBe('7');
  });

  it('keeps the pages the title prints, and two such lines (two papers) in the text', () => {
    expect(agenda('Budget (Pages 3 - 9)', ['(Pages 50 - 60)']).item.pages).toBe('3-9');
    const two = agenda('Reports', ['(Pages 1 - 4)', '(Pages 5 - 9)']);
    expect(two.item.pages).toBeUndefined();
    expect(two.item.agendaText).toContain('(Pages 5 - 9)');
  });
});

describe("a point of a resolution's list printed after the list has ended", () => {
  const read5 = (lines: string[]) => readItemText({ number: '5', title: 'Fees', lines, line: 0 }, true, new Set(), null, null);

  it('is warned of, naming its line, after a paragraph or a table and a paragraph: it stays in the minutes, no resolution', () => {
    const noted = [
      'RESOLVED:',
      '(1) That the report be noted.',
      '',
      'Councillor Ives abstained.',
      '',
      '(2) That the Clerk write to the County Council.',
    ];
    const fees = [
      'RESOLVED:',
      '(a) That the fees be as below:',
      '',
      'Service\tNow',
      'Garden bin\t£40',
      'Bulky waste\t£25',
      '',
      'Members asked about the bins.',
      '(b) That the fees be reviewed in a year.',
    ];
    expect(read5(noted).warnings).toEqual([
      `Item 5: the line "(2) That the Clerk write to the County Council." goes on the list of a resolution above it, but the list ended before it: it is not read as a resolution`,
    ]);
    expect(read5(fees).warnings).toEqual([
      `Item 5: the line "(b) That the fees be reviewed in a year." goes on the list of a resolution above it, but the list ended before it: it is not read as a resolution`,
    ]);
  });

  it("is no warning when the list goes on past a table to it, nor is a heading labelled out of the list's order", () => {
    const bands = [
      'RESOLVED:',
      '(4) That the tax be as below:',
      '',
      'Band\tTown\tCounty',
      'A\t120.10\t980.55',
      'B\t140.12\t1,143.98',
      '',
      '(5) That the amount is not excessive.',
    ];
    expect(read5(bands).warnings).toEqual([]);
    const petitions = [
      'RESOLVED:',
      '1. That the petition be noted.',
      '2. That the Clerk reply.',
      '',
      '(b) Speed limit on Harcourt Road',
      'A second petition was received.',
    ];
    expect(read5(petitions).warnings).toEqual([]);
  });
});

describe('an election by show of hands, the counts for each candidate in brackets', () => {
  it("keeps who was elected as the decision, the candidates' counts in its text, and says once they are no vote", () => {
    const lines = [
      'Two nominations were received: Cllr Marsh (proposed Cllr Dent, seconded Cllr',
      'Orme) and Cllr Kettle (proposed Cllr Orme, seconded Cllr Dent). Following a vote',
      'by show of hands (Marsh 5, Kettle 2) Cllr Marsh was elected Vice-Chair.',
    ];
    const { item, warnings } = read('2', 'Election of Vice-Chair', lines);
    expect(item.resolutions).toEqual(['Following a vote by show of hands (Marsh 5, Kettle 2) Cllr Marsh was elected Vice-Chair.']);
    expect(item.votes).toBeUndefined();
    expect(warnings).toEqual([
      'Item 2: a ballot between candidates is not read as a vote (a vote holds no candidates): "(Marsh 5, Kettle 2)"',
    ]);
  });

  it('reads "X was elected Chairman of the Council" with no other word as the decision, never "elected in 2019"', () => {
    expect(
      read('1', 'Election of Chairman', ['Councillor Dent was elected Chairman of the Council for the year.']).item.resolutions,
    ).toEqual(['Councillor Dent was elected Chairman of the Council for the year.']);
    expect(read('1', 'Welcome', ['Councillor Dent, who was elected in 2019, was welcomed back.']).item.resolutions).toEqual([]);
  });
});
