import { describe, expect, it } from 'vitest';
import { members } from './movement-members.test-data.ts';
import { sentenceMovements } from './movement-sentences.ts';

/** What a sentence standing in item 7 states, without its text. */
const read = (sentence: string) => sentenceMovements(sentence, '7', members).map(({ text: _text, ...rest }) => rest);

describe('movements in a sentence', () => {
  it('reads arrivals: "arrived", "joined the meeting", "entered the chamber", with the time and the item', () => {
    expect(read('Councillor Ward arrived at 7.12pm, during item 4.')).toEqual([
      { person: 'Tilda Ward', movement: 'arrived', time: '19:12', item: '4' },
    ]);
    expect(read('Councillor Moss joined the meeting during consideration of item 6')).toEqual([
      { person: 'Moss', movement: 'arrived', time: null, item: '6' },
    ]);
    expect(read('Cllr Quill entered the chamber at 6.50 p.m.')).toEqual([
      { person: 'Quill', movement: 'arrived', time: '18:50', item: '7' },
    ]);
  });

  it('reads departures: "left the meeting", "left the room", "left", "withdrew from the meeting"', () => {
    expect(read('Cllr P Haigh left the meeting at 8.40pm.')).toEqual([{ person: 'P Haigh', movement: 'left', time: '20:40', item: '7' }]);
    expect(read('Councillor Ash left at 9:05 pm after agenda item 11.')).toEqual([
      { person: 'Ash', movement: 'left', time: '21:05', item: '11' },
    ]);
    expect(read('Councillor Elm withdrew from the meeting before the vote on item 9.')).toEqual([
      { person: 'Elm', movement: 'left', time: null, item: '9' },
    ]);
  });

  it('reads returns: "returned to the meeting", "rejoined the meeting", "re-entered the room"', () => {
    // A return in an item's minutes stands in that item.
    expect(read('Cllr Ince returned to the meeting.')).toEqual([{ person: 'Ince', movement: 'returned', time: null, item: '7' }]);
    expect(read('Councillor Moss rejoined the meeting at 20.15.')).toEqual([
      { person: 'Moss', movement: 'returned', time: '20:15', item: '7' },
    ]);
    expect(read('Cllr Ince re-entered the room.')).toEqual([{ person: 'Ince', movement: 'returned', time: null, item: '7' }]);
  });

  it("reads a return in the departure's sentence as a second movement, each with its own time and item", () => {
    expect(read('Councillor Ash left the meeting at 11.40 am, returning at 11.52 am.')).toEqual([
      { person: 'Ash', movement: 'left', time: '11:40', item: '7' },
      { person: 'Ash', movement: 'returned', time: '11:52', item: '7' },
    ]);
    expect(read('Cllr Elm left the room and did not vote.')).toEqual([{ person: 'Elm', movement: 'left', time: null, item: '7' }]);
    // A step out of the chamber and back in an item's minutes, during that item.
    expect(read('Cllr Elm left the chamber at 8.15pm and returned at 8.30pm.')).toEqual([
      { person: 'Elm', movement: 'left', time: '20:15', item: '7' },
      { person: 'Elm', movement: 'returned', time: '20:30', item: '7' },
    ]);
    expect(read('Councillor Ince left the room for this item and rejoined the meeting for item 9.')).toEqual([
      { person: 'Ince', movement: 'left', time: null, item: '7' },
      { person: 'Ince', movement: 'returned', time: null, item: '9' },
    ]);
    expect(read('Councillor Ince left the meeting and returned the papers to the clerk.')).toEqual([
      { person: 'Ince', movement: 'left', time: null, item: '7' },
    ]);
  });

  it('ties a movement to the item the sentence stands in, "for this item" or naming none', () => {
    expect(read('Cllr Ince left the room for this item and took no part in the vote.')).toEqual([
      { person: 'Ince', movement: 'left', time: null, item: '7' },
    ]);
    expect(read('Cllr Ince left the meeting.')).toEqual([{ person: 'Ince', movement: 'left', time: null, item: '7' }]);
  });

  it('ties "that item", "the item", "during consideration of this item" to the item the sentence stands in', () => {
    const tied = (sentence: string) => read(sentence).map((movement) => movement.item);
    expect(tied('Councillor Elm left the chamber for that item.')).toEqual(['7']);
    expect(tied('Cllr Quill withdrew from the meeting for the item.')).toEqual(['7']);
    expect(tied('Councillor Ash left the room during consideration of this item.')).toEqual(['7']);
    expect(tied('During consideration of this item, Councillor Moss left the meeting.')).toEqual(['7']);
    expect(tied('Councillor Elm left the room for the duration of the item and did not vote.')).toEqual(['7']);
  });

  it('ties "that item" to the item the sentence names by number, and to none when it names two or none is here', () => {
    const tied = (sentence: string, here: string | null = '2') =>
      sentenceMovements(sentence, here, members).map((movement) => movement.item);
    expect(tied('Councillor Elm declared an interest in item 8 and left the room for that item.')).toEqual(['8']);
    expect(tied('Councillor Elm declared interests in item 8 and item 9 and left the room for that item.')).toEqual([null]);
    expect(tied('Councillor Elm declared interests in items 8 and 9 and left the room for the item.')).toEqual([null]);
    expect(tied('Councillor Elm left the room for this item.', null)).toEqual([null]);
    expect(tied('Councillor Elm left the room before the item on the allotments.')).toEqual([null]);
    expect(tied('Councillor Elm left the room for the next item.')).toEqual([null]);
    expect(tied('Councillor Elm declared an interest in application 26/0456/FUL as its agent and left the room for that item.')).toEqual([
      null,
    ]);
    expect(tied('Councillor Elm declared an interest in the application and left the room for that item.')).toEqual(['2']);
  });

  it('gives each member a sentence names a movement of their own, the sentence as their text', () => {
    const both = sentenceMovements('Councillors Ash and Elm left the meeting at 9.30pm.', null, members);
    expect(both.map((movement) => [movement.person, movement.time])).toEqual([
      ['Ash', '21:30'],
      ['Elm', '21:30'],
    ]);
    expect(both[0]?.text).toBe('Councillors Ash and Elm left the meeting at 9.30pm.');
  });

  it('gives each of two or three members a row: "both" or "all" before the verb, a time leading with no comma', () => {
    const who = (sentence: string) => read(sentence).map((movement) => [movement.person, movement.time]);
    expect(who('Councillors Ash and Elm both left the meeting at 9.10pm.')).toEqual([
      ['Ash', '21:10'],
      ['Elm', '21:10'],
    ]);
    expect(who('Cllrs Ash, Elm and Quill all left at 9.10 pm.')).toEqual([
      ['Ash', '21:10'],
      ['Elm', '21:10'],
      ['Quill', '21:10'],
    ]);
    expect(who('At 9.10pm Councillor Ash and Councillor Elm left the meeting.')).toEqual([
      ['Ash', '21:10'],
      ['Elm', '21:10'],
    ]);
  });

  it('reads the member past why they left: "having declared an interest", "declared an interest … and left"', () => {
    expect(read('Councillor Ash, having declared a pecuniary interest in this item, left the room.')).toEqual([
      { person: 'Ash', movement: 'left', time: null, item: null },
    ]);
    expect(read('Cllr Ince declared a personal interest in item 9 as a trustee of the Hall and left the meeting for this item.')).toEqual([
      { person: 'Ince', movement: 'left', time: null, item: '9' },
    ]);
    expect(read('Councillor Elm declared that her brother works for the bidder and left the room.')).toEqual([
      { person: 'Elm', movement: 'left', time: null, item: '7' },
    ]);
    expect(read('Councillor Ash said that Councillor Elm left the meeting.')).toEqual([]);
    expect(read('Councillor Ash declared an interest on behalf of Councillor Elm and left the room.')).toEqual([]);
  });

  it("reads a sentence printed in brackets, and one after a field's label", () => {
    expect(read('(Councillor Moss left the meeting at this point.)')).toEqual([
      { person: 'Moss', movement: 'left', time: null, item: '7' },
    ]);
    expect(sentenceMovements('(Councillor Moss left the meeting.)', null, members)[0]?.text).toBe('(Councillor Moss left the meeting.)');
    expect(read('Declarations of interest: Councillor Quill left the meeting.')).toEqual([
      { person: 'Quill', movement: 'left', time: null, item: '7' },
    ]);
  });

  it('reads a time that leads the sentence, and "then" before the verb', () => {
    expect(read('At 8.10pm, Councillor Moss then left the meeting.')).toEqual([
      { person: 'Moss', movement: 'left', time: '20:10', item: '7' },
    ]);
  });

  it('names the chair as the member the attendance says held it, else as printed; a personal title is kept', () => {
    expect(read('The Chair left the meeting at 9.05 p.m.')).toEqual([{ person: 'Ann Holt', movement: 'left', time: '21:05', item: '7' }]);
    expect(sentenceMovements('The Chair left the meeting.', null, { ...members, posts: [] })[0]?.person).toBe('The Chair');
    expect(read('Mr D Quayle left the meeting.')).toEqual([{ person: 'Mr D Quayle', movement: 'left', time: null, item: '7' }]);
  });

  it('reads a name without a title only when the attendance lists it', () => {
    expect(read('Moss left the meeting.')).toEqual([{ person: 'Moss', movement: 'left', time: null, item: '7' }]);
    expect(read('Tarbury left the meeting.')).toEqual([]);
  });

  it('is no movement of a person: the public, officers, a post, a verb with an object', () => {
    expect(read('The press and public left the meeting.')).toEqual([]);
    expect(read('Members of the public left the meeting at 8pm.')).toEqual([]);
    expect(read('Officers left the meeting.')).toEqual([]);
    expect(read('The Head of Housing joined the meeting to present the report.')).toEqual([]);
    expect(read('Councillor Ash withdrew the motion.')).toEqual([]);
    expect(read('Councillor Ash left the decision to the Clerk.')).toEqual([]);
    expect(read('The new benches have arrived and the Chairman thanked the volunteers.')).toEqual([]);
    expect(read('It was noted that the Chair had returned the form.')).toEqual([]);
  });
});

describe('members lost at a break or by a dropped link', () => {
  it('reads a member not back when the meeting resumed as a departure, its time not stated', () => {
    expect(
      read('The meeting adjourned at 8.10pm and reconvened at 8.30pm, when all members were present except Councillor Quill.'),
    ).toEqual([{ person: 'Quill', movement: 'left', time: null, item: null }]);
    expect(read('The Committee resumed at 2.00pm with all members present apart from Councillors Ash and Elm.')).toEqual([
      { person: 'Ash', movement: 'left', time: null, item: null },
      { person: 'Elm', movement: 'left', time: null, item: null },
    ]);
    expect(read('All members were present except Councillor Quill.')).toEqual([]);
  });

  it('reads a lost link as a departure and its restoring as a return, the member as listed', () => {
    expect(read('The connection to Councillor Haigh was lost at 10.20 am and was restored at 10.31 am.')).toEqual([
      { person: 'P Haigh', movement: 'left', time: '10:20', item: null },
      { person: 'P Haigh', movement: 'returned', time: '10:31', item: null },
    ]);
    expect(read("Councillor Ward's video link was lost during item 8.")).toEqual([
      { person: 'Tilda Ward', movement: 'left', time: null, item: '8' },
    ]);
    expect(read('The connection to the webcast was lost at 10.20 am.')).toEqual([]);
  });
});
