import { describe, expect, it } from 'vitest';
import type { ItemSlice } from './item-slice.ts';
import { members } from './movement-members.test-data.ts';
import type { Members } from './movement-members.ts';
import { noteMovements } from './movement-notes.ts';
import { sentenceMovements } from './movement-sentences.ts';
import { readMovements } from './movements.ts';

/** What a sentence standing in item 7 states, without its text. */
const read = (sentence: string) => sentenceMovements(sentence, '7', members).map(({ text: _text, ...rest }) => rest);

describe('the movements of a meeting', () => {
  it("reads the list's notes, then each item's sentences, once each, tied to their item when they say so, a return to the item it stands in", () => {
    const header = ['Present: Councillors Ash, Carter (arrived at 7.05pm) and Moss.'];
    const slices = [
      { number: '3', title: 'Planning', line: 2, lines: ['Councillor Carter arrived at 7.05pm.', 'The committee noted the report.'] },
      {
        number: '4',
        title: 'Budget',
        line: 5,
        lines: ['Cllr Moss left the room for this item.', '', 'Cllr Moss returned to the meeting.'],
      },
    ];
    const found = readMovements(header, slices, members);
    expect(found.map(({ person, movement, time, item }) => [person, movement, time, item])).toEqual([
      ['Carter', 'arrived', '19:05', '3'],
      ['Moss', 'left', null, '4'],
      ['Moss', 'returned', null, '4'],
    ]);
    expect(found[0]?.text).toBe('Councillor Carter arrived at 7.05pm.');
  });

  it('ties a departure "while it was considered", after an interest declared in a matter named by its reference, to the item that names it', () => {
    const slices = [
      {
        number: '2',
        title: 'Declarations of Interest',
        line: 1,
        lines: [
          'Councillor Moss declared an interest in grant application W/26/04 as a trustee of the club and left the room while it was considered.',
        ],
      },
      { number: '3', title: 'Open Forum', line: 3, lines: ['Residents raised the state of the footpaths.'] },
      { number: '4', title: 'Ward Grants', line: 5, lines: ['W/26/03\tHill Scouts\tApproved', 'W/26/04\tRiver Rowing Club\tApproved'] },
    ];
    const items = (found: ReturnType<typeof readMovements>) => found.map(({ person, movement, item }) => [person, movement, item]);
    expect(items(readMovements([], slices, members))).toEqual([['Moss', 'left', '4']]);
    // A planning application's reference, and the item's words pointing back ("for that item"), as another record prints them.
    const planning = [
      { ...slices[0]!, lines: ['Cllr Ash declared an interest in application 25/0412/FUL and left the chamber for that item.'] },
      {
        number: '5',
        title: 'Planning Applications',
        line: 5,
        lines: ['25/0398/HH - Orchard Cottage: approved.', '25/0412/FUL - Mill Barn: refused.'],
      },
    ];
    expect(items(readMovements([], planning, members))).toEqual([['Ash', 'left', '5']]);
    // No item names the reference, or two do: none can be told, so none is made up.
    expect(items(readMovements([], [slices[0]!, slices[1]!], members))).toEqual([['Moss', 'left', null]]);
    expect(items(readMovements([], [...slices, { ...slices[2]!, number: '6' }], members))).toEqual([['Moss', 'left', null]]);
  });

  it("ties an arrival or a departure printed in an item's text, naming no item, to that item", () => {
    const slices = [
      {
        number: 'AB 12/26',
        title: 'Matters Arising',
        line: 1,
        lines: ['Noted: The Board noted the update.', '', 'Councillor Quill joined the meeting at 10.09 a.m.'],
      },
      { number: 'AB 13/26', title: 'Risk Register', line: 4, lines: ['Mr D Quayle left the meeting at 11.01 a.m.'] },
    ];
    expect(readMovements([], slices, members).map(({ person, movement, time, item }) => [person, movement, time, item])).toEqual([
      ['Quill', 'arrived', '10:09', 'AB 12/26'],
      ['Mr D Quayle', 'left', '11:01', 'AB 13/26'],
    ]);
  });

  it("reads a note in a list of one name a line for the name on the note's line, how they attended before it", () => {
    const header = ['Present:', 'Councillor Ash (Chair)', 'Councillor Elm', 'Councillor Quill (remote, from 10.40 am)', 'Councillor Moss'];
    const found = readMovements(header, [], members);
    expect(found.map(({ person, movement, time, text }) => [person, movement, time, text])).toEqual([
      ['Quill', 'arrived', '10:40', 'Councillor Quill (remote, from 10.40 am)'],
    ]);
  });

  it('reads "He left" as the movement of the one member named just before, and warns when none or two are', () => {
    const slices = [
      {
        number: '19',
        title: "District Councillor's report",
        line: 1,
        lines: ['District Cllr Moss reported that the charge will rise. He left at', '7.50 pm.'],
      },
      { number: '20', title: 'Parks', line: 4, lines: ['Cllr Ash and Cllr Elm spoke. She left at 8.05 pm.'] },
      { number: '21', title: 'Roads', line: 6, lines: ['The report was noted. He left the meeting.'] },
    ];
    const warnings: string[] = [];
    const found = readMovements([], slices, members, warnings);
    expect(found.map(({ person, movement, time, item, text }) => [person, movement, time, item, text])).toEqual([
      ['Moss', 'left', '19:50', '19', 'He left at 7.50 pm.'],
    ]);
    expect(warnings).toEqual([
      '"She left at 8.05 pm." under item 20 says "She" came or went, but more than one member is named just before: add the movement by hand',
      '"He left the meeting." under item 21 says "He" came or went, but no member is named just before: add the movement by hand',
    ]);
  });

  it('reads a sentence in brackets on its own line, above a decision', () => {
    const slices = [
      {
        number: '12',
        title: 'Housing Fund',
        line: 1,
        lines: ['(Councillor Moss left the meeting.)', 'RESOLVED – That the grant be approved.'],
      },
    ];
    expect(readMovements([], slices, members).map(({ movement, text }) => [movement, text])).toEqual([
      ['left', '(Councillor Moss left the meeting.)'],
    ]);
  });

  it('reads a sentence on its own line under a line that ends without a full stop, and a member who leaves twice twice', () => {
    const slices = [
      {
        number: '10',
        title: 'Bus Lanes',
        line: 1,
        lines: ['Agreed to consult on the lanes in line with the plan set out in the report', 'Councillor Moss left the meeting.'],
      },
      { number: '11', title: 'Parking', line: 4, lines: ['Councillor Moss returned to the meeting.', 'Councillor Moss left the meeting.'] },
    ];
    expect(readMovements([], slices, members).map(({ movement, text }) => [movement, text])).toEqual([
      ['left', 'Councillor Moss left the meeting.'],
      ['returned', 'Councillor Moss returned to the meeting.'],
      ['left', 'Councillor Moss left the meeting.'],
    ]);
  });

  it('reads one departure stated in two sentences of an item as one, its time and the sentence that gives it kept', () => {
    const slices = [
      {
        number: '5',
        title: 'Grants',
        line: 1,
        lines: ['Councillor Elm declared an interest and left the meeting. Councillor Elm left the meeting at 8.05pm.'],
      },
    ];
    expect(readMovements([], slices, members)).toEqual([
      { person: 'Elm', movement: 'left', time: '20:05', item: '5', text: 'Councillor Elm left the meeting at 8.05pm.' },
    ]);
  });

  it("reads a list's note and the sentence that says the same as one, where the sentence stands, the time from the note", () => {
    const header = ['Present: Councillors Ash, Elm (left at 8.05pm) and Quill (arrived late).'];
    const slices = [
      { number: '3', title: 'Minutes', line: 2, lines: ['Councillor Quill arrived at 7.20pm.'] },
      { number: '6', title: 'Play Areas', line: 4, lines: ['Councillor Elm left the meeting for this item.'] },
    ];
    expect(
      readMovements(header, slices, members).map(({ person, movement, time, item, text }) => [person, movement, time, item, text]),
    ).toEqual([
      ['Quill', 'arrived', '19:20', '3', 'Councillor Quill arrived at 7.20pm.'],
      ['Elm', 'left', '20:05', '6', 'Elm (left at 8.05pm)'],
    ]);
  });

  it("joins a sentence naming a member by surname to the list's note naming them in full, unless two members share it", () => {
    const header = ['Present: Councillors Tilda Ward (arrived at 7.10pm), Ash and Elm.'];
    const slices = [{ number: '2', title: 'Minutes', line: 2, lines: ['Councillor Ward arrived at 7.10pm.'] }];
    const rows = (given: Members) => readMovements(header, slices, given).map(({ person, time }) => [person, time]);
    expect(rows(members)).toEqual([['Tilda Ward', '19:10']]);
    const twoWards = { ...members, attendance: { ...members.attendance, present: [...members.attendance.present, 'Owen Ward'] } };
    expect(rows(twoWards)).toEqual([
      ['Tilda Ward', '19:10'],
      ['Ward', '19:10'],
    ]);
  });

  it('names a member by the name the lists give them when one listed member alone could be meant, else as the sentence does', () => {
    const lists = (present: string[], substitutes: string[] = []): Members => ({
      attendance: { ...members.attendance, present, substitutes, alsoPresent: [] },
      posts: [],
    });
    const person = (sentence: string, given: Members) => sentenceMovements(sentence, null, given).map((movement) => movement.person);
    const benches = lists(['G Ambler', 'Rosa Tindle'], ['K Yeadon (for Ambler)']);
    expect(person('Councillor Tindle returned to the meeting.', benches)).toEqual(['Rosa Tindle']);
    expect(person('Cllr R Tindle left the meeting at 8.10pm.', benches)).toEqual(['Rosa Tindle']);
    // A substitute is listed too; the note after their name is no part of it, nor a member's post after a comma.
    expect(person('Councillor Yeadon arrived at 7.05pm.', benches)).toEqual(['K Yeadon']);
    const board = lists(['Una PELL, Registered Nurse', 'G Ambler']);
    expect(person('Mrs Pell left the meeting at 3.15pm.', board)).toEqual(['Una PELL']);
    expect(person('Una PELL left the meeting at 3.15pm.', board)).toEqual(['Una PELL']);
    // An initial that is not the listed member's names someone else: kept as printed.
    expect(person('Cllr M Tindle left the meeting.', benches)).toEqual(['M Tindle']);
    // Nobody of that surname listed, or two who share it: never guessed.
    expect(person('Councillor Orrell left the meeting.', benches)).toEqual(['Orrell']);
    const twoAmblers = lists(['G Ambler', 'Hetty Ambler']);
    expect(person('Councillor Ambler left the meeting.', twoAmblers)).toEqual(['Ambler']);
    expect(person('Councillor H Ambler left the meeting.', twoAmblers)).toEqual(['Hetty Ambler']);
  });

  it('joins a sentence in the declarations to the one in the item it names, and no two departures that could be two', () => {
    const rows = (slices: ItemSlice[], header: string[] = []) =>
      readMovements(header, slices, members).map(({ person, movement, time, item }) => [person, movement, time, item]);
    const declared = {
      number: '2',
      title: 'Declarations',
      line: 1,
      lines: ['Councillor Ash declared an interest in item 6 and left the room for that item.'],
    };
    const between = { number: '3', title: 'Minutes', line: 2, lines: ['Councillor Elm arrived at 7.30pm.'] };
    expect(rows([declared, between, { number: '6', title: 'Lease', line: 3, lines: ['Councillor Ash left the room at 8.10pm.'] }])).toEqual(
      [
        ['Elm', 'arrived', '19:30', '3'],
        ['Ash', 'left', '20:10', '6'],
      ],
    );
    const twice = [
      {
        number: '4',
        title: 'Roads',
        line: 1,
        lines: ['Councillor Ash left the meeting at 7.40pm.', 'Councillor Ash returned to the meeting.'],
      },
      { number: '5', title: 'Parks', line: 3, lines: ['Councillor Ash left the meeting at 8.30pm.'] },
      { number: '6', title: 'Lease', line: 5, lines: ['Councillor Elm left the meeting.'] },
      { number: '7', title: 'Shops', line: 7, lines: ['Councillor Elm left the meeting.'] },
    ];
    expect(rows(twice)).toEqual([
      ['Ash', 'left', '19:40', '4'],
      ['Ash', 'returned', null, '4'],
      ['Ash', 'left', '20:30', '5'],
      ['Elm', 'left', null, '6'],
      ['Elm', 'left', null, '7'],
    ]);
    expect(
      rows([
        {
          number: '4',
          title: 'Roads',
          line: 1,
          lines: ['Councillor Ash left the meeting at 7.40pm. Councillor Ash left the meeting at 8.30pm.'],
        },
      ]),
    ).toHaveLength(2);
    // A note that fits two departures could be either: it stays a row of its own.
    expect(rows(twice.slice(0, 2), ['Present: Councillors Ash (left at 9pm) and Elm.'])[0]).toEqual(['Ash', 'left', '21:00', null]);
  });

  it('ties no movement in the declarations of interest to that item: "that item" there is another', () => {
    const slices = [
      {
        number: '3',
        title: 'Declarations of Interest',
        line: 1,
        lines: ['Councillor Ash declared an interest as a trustee and left the room for that item.'],
      },
      { number: '4', title: 'Playing Fields', line: 3, lines: ['Councillor Elm left the room for that item.'] },
    ];
    expect(readMovements([], slices, members).map(({ person, item }) => [person, item])).toEqual([
      ['Ash', null],
      ['Elm', '4'],
    ]);
  });

  it('is empty when the record states no movement', () => {
    expect(
      readMovements(['Present: Councillors Ash and Elm.'], [{ number: '1', title: 'Minutes', line: 1, lines: ['Approved.'] }], members),
    ).toEqual([]);
  });
});

describe('remote attendance and members who did not come back', () => {
  it('reads no arrival from a note that says only how a member joined ("joined via Teams"), but one that says when', () => {
    const parts = (note: string) => noteMovements('Carter', note, note).map(({ movement, time }) => [movement, time]);
    expect(parts('joined via Microsoft Teams')).toEqual([]);
    expect(parts('joined remotely')).toEqual([]);
    expect(parts('joined by video link at 7.20pm')).toEqual([['arrived', '19:20']]);
    expect(parts('joined late')).toEqual([['arrived', null]]);
  });

  it('reads "not returning" and "without returning" as no return', () => {
    expect(read('Councillor Ash left the meeting at 8.06 pm, not returning.')).toEqual([
      { person: 'Ash', movement: 'left', time: '20:06', item: '7' },
    ]);
    expect(read('Cllr Elm withdrew from the meeting at 9.15pm without returning.')).toEqual([
      { person: 'Elm', movement: 'left', time: '21:15', item: '7' },
    ]);
    expect(read('Cllr Quill left the meeting at 8.05 pm and did not return.')).toEqual([
      { person: 'Quill', movement: 'left', time: '20:05', item: '7' },
    ]);
    expect(read('Councillor Ward lost connection at 7.02 pm and re-joined at 7.09 pm.')).toEqual([
      { person: 'Tilda Ward', movement: 'left', time: '19:02', item: null },
      { person: 'Tilda Ward', movement: 'returned', time: '19:09', item: null },
    ]);
    expect(read("Councillor Ward's connection was lost at 8.15pm and was not restored.")).toEqual([
      { person: 'Tilda Ward', movement: 'left', time: '20:15', item: null },
    ]);
  });

  it('reads "They left" as the movement of the members who open the sentence before, and warns otherwise', () => {
    const slices = [
      {
        number: '30',
        title: 'Allotments',
        line: 1,
        lines: ['Cllr Ash and Cllr Elm declared an interest. They left the meeting at 8.10 pm.'],
      },
      {
        number: '31',
        title: 'Verges',
        line: 3,
        lines: ['Councillors Moss and Quill spoke against the scheme.', 'They withdrew from the meeting.'],
      },
      { number: '32', title: 'Grit bins', line: 5, lines: ['Councillor Ince thanked Councillor Carter. They left the meeting at 9 pm.'] },
      { number: '33', title: 'Signs', line: 7, lines: ['The report was noted. They left.'] },
    ];
    const warnings: string[] = [];
    const found = readMovements([], slices, members, warnings);
    expect(found.map(({ person, movement, time, item }) => [person, movement, time, item])).toEqual([
      ['Ash', 'left', '20:10', '30'],
      ['Elm', 'left', '20:10', '30'],
      ['Moss', 'left', null, '31'],
      ['Quill', 'left', null, '31'],
    ]);
    expect(warnings).toEqual([
      '"They left the meeting at 9 pm." under item 32 says "They" came or went, but the sentence before does not open on the members it means: add the movement by hand',
      '"They left." under item 33 says "They" came or went, but the sentence before does not open on the members it means: add the movement by hand',
    ]);
  });
});

describe('a movement whose sentence names its item by a number with a letter, or points back to one named', () => {
  const items = (found: ReturnType<typeof readMovements>) => found.map(({ person, movement, item }) => [person, movement, item]);
  const declarations = (sentence: string) => ({ number: 'T1', title: 'Declarations of Interest', line: 1, lines: [sentence] });
  const business = [
    { number: 'T4', title: 'Grants from the Trust Fund', line: 3, lines: ['The grants were approved.'] },
    { number: 'T5', title: 'Lease of the Pavilion', line: 5, lines: ['The lease was agreed.'] },
  ];

  it('ties it to that item: "withdrew for item T4", "in T5 … for that item", "in item 7 … during its consideration"', () => {
    expect(items(readMovements([], [declarations('Cllr Ash withdrew for item T4.'), ...business], members))).toEqual([
      ['Ash', 'left', 'T4'],
    ]);
    const loyalty = 'Cllr Elm declared a conflict of loyalty in T5 as chair of the cricket club, and withdrew for that item.';
    expect(items(readMovements([], [declarations(loyalty), ...business], members))).toEqual([['Elm', 'left', 'T5']]);
    const its = 'Mr Quill declared an interest in item 7 as a director of the bus company and left the meeting during its consideration.';
    const seven = [
      { number: '1', title: 'Declarations of Interest', line: 1, lines: [its] },
      { number: '7', title: 'Bus Services', line: 4, lines: [] },
    ];
    expect(items(readMovements([], seven, members))).toEqual([['Quill', 'left', '7']]);
  });

  it('ties none when the number names no item of the meeting, or the sentence names two', () => {
    const loyalty = 'Cllr Elm declared a conflict of loyalty in T9 as chair of the cricket club, and withdrew for that item.';
    expect(items(readMovements([], [declarations(loyalty), ...business], members))).toEqual([['Elm', 'left', null]]);
    const two = 'Mr Quill declared an interest in items 7 and 8 and left the meeting during its consideration.';
    expect(items(readMovements([], [declarations(two), ...business], members))).toEqual([['Quill', 'left', null]]);
  });
});
