import { describe, expect, it } from 'vitest';
import { itemGuests } from './item-guests.ts';

const item = (number: string, minutes: string) => ({ number, minutes });

describe("guests an item's minutes name", () => {
  it('keeps a lead petitioner who addressed the meeting as a presenter of the item', () => {
    const found = itemGuests(
      ['Ruth Pargeter'],
      [item('12', 'Mr Owen Tarrant, the lead petitioner, addressed the Council for five minutes.')],
    );
    expect(found).toEqual({ presenters: ['Mr Owen Tarrant, lead petitioner (item 12)'], alsoPresent: [], warnings: [] });
  });

  it('keeps an officer of another body named with it in brackets, one of a run, as a presenter of the item', () => {
    const minutes = 'Kay Lowry and Sergeant Ben Harrow (Fellmoor Police) updated the committee on street drinking.';
    const found = itemGuests(['Kay Lowry, Safety Manager'], [item('7', minutes)]);
    expect(found.presenters).toEqual(['Sergeant Ben Harrow, Fellmoor Police (item 7)']);
  });

  it('keeps each one "the Committee was addressed by" names as a presenter of the item, with what the run says of them', () => {
    const minutes =
      'The Committee was addressed by Mr T Hollin (applicant) and by Mrs G Pask on behalf of the residents of Mill Croft. Members debated.';
    expect(itemGuests([], [item('2', minutes)])).toEqual({
      presenters: ['Mr T Hollin, applicant (item 2)', 'Mrs G Pask, on behalf of the residents of Mill Croft (item 2)'],
      alsoPresent: [],
      warnings: [],
    });
  });

  it('keeps a police officer named by rank ("PC", "PS", "Inspector") who reported as a guest of the item, each of a run', () => {
    const minutes = "PC Moss reported: thefts from sheds had risen. PS Okafor and Inspector R Vane answered members' questions.";
    expect(itemGuests([], [item('4', minutes)])).toEqual({
      presenters: ['PC Moss (item 4)', 'PS Okafor (item 4)', 'Inspector R Vane (item 4)'],
      alsoPresent: [],
      warnings: [],
    });
  });

  it('reads each titled name of a run, not the first alone', () => {
    const minutes = 'Dr Shaw (Eastfield NHS Trust) and Ms Ruiz (Healthwatch Eastfield) presented the report.';
    expect(itemGuests([], [item('6', minutes)]).presenters).toEqual([
      'Dr Shaw, Eastfield NHS Trust (item 6)',
      'Ms Ruiz, Healthwatch Eastfield (item 6)',
    ]);
  });

  it('places no one a list already names, nor a civic title', () => {
    const minutes = 'Dr Ives and Ms Pell presented the report. The Lord Mayor addressed the Council.';
    const listed = ['Dr Ada Ives, Medical Director, Fellmoor NHS Trust (item 3)', 'Ms Jo Pell, Healthwatch Fellmoor (item 3)'];
    expect(itemGuests(listed, [item('3', minutes)])).toEqual({ presenters: [], alsoPresent: [], warnings: [] });
  });

  it('warns by name of a member of the public who asked a question, and of a presenter said to be no guest', () => {
    const minutes = 'Mr Quayle (Mill Row) asked about the bins. Mrs Dent presented the report.';
    const found = itemGuests([], [item('4', minutes)]);
    expect(found.presenters).toEqual([]);
    expect(found.warnings).toEqual([
      expect.stringContaining('item 4 names "Mr Quayle (Mill Row)" speaking'),
      expect.stringContaining('item 4 names "Mrs Dent" speaking'),
    ]);
  });

  it('names each person once, however often the minutes name them', () => {
    const minutes = 'Mr Quayle asked about the bins. Mr Quayle asked again.';
    expect(itemGuests([], [item('4', minutes), item('5', 'Mr Quayle spoke.')]).warnings).toHaveLength(1);
  });

  it("keeps those listed as addressing a hearing's item with what their line says: guests present, a councillor outside the members also present", () => {
    const minutes = [
      'The Panel considered the report of the Inspector.',
      '',
      'The following addressed the Panel:\\',
      'Mr Alan Quist, the Applicant (Fennel Lane Residents)\\',
      'Ms Rhoda Vance, on behalf of the Objector, Corley Farms Ltd\\',
      'Councillor Tom Ebdon, local member',
      '',
      'RESOLVED – That the application be refused.',
    ].join('\n');
    expect(itemGuests(['Ada Lyle', 'Bo Marsh'], [item('7/26', minutes)], ['Ada Lyle', 'Bo Marsh'])).toEqual({
      presenters: [
        'Mr Alan Quist, Applicant, Fennel Lane Residents (item 7/26)',
        'Ms Rhoda Vance, on behalf of the Objector, Corley Farms Ltd (item 7/26)',
      ],
      alsoPresent: ['Tom Ebdon, local member (item 7/26)'],
      warnings: [],
    });
  });

  it('warns of a councillor who addressed an item where no members present were read, and of a list of speakers not read', () => {
    const minutes =
      'Councillor Tom Ebdon, the local member, addressed the Panel.\n\nThe following spoke:\\\nSeveral residents of Fennel Lane';
    const found = itemGuests([], [item('7', minutes)]);
    expect(found.alsoPresent).toEqual([]);
    expect(found.warnings).toEqual([
      expect.stringContaining('item 7 lists those who spoke under "The following spoke:"'),
      expect.stringContaining('item 7 names "Councillor Tom Ebdon (local member)" speaking'),
    ]);
  });

  it('reads the part a speaker spoke in before a dash, and places no one a list already names', () => {
    const minutes = 'Registered Speakers:\\\nObjector - Mrs Ina Sorrel (Coppice Lane)\\\nWard Member - Councillor Greig';
    expect(itemGuests(['Greig (Ward Member)'], [item('5', minutes)], ['Ada Lyle'])).toEqual({
      presenters: ['Mrs Ina Sorrel, Objector, Coppice Lane (item 5)'],
      alsoPresent: [],
      warnings: [],
    });
  });

  it('takes a councillor named with another title in the list of those present for the same member', () => {
    const minutes = 'Cllr Pryce reported that the road would close in May.';
    expect(itemGuests(['Mrs Pryce'], [item('12', minutes)], ['Mrs Pryce'])).toEqual({ presenters: [], alsoPresent: [], warnings: [] });
  });
});

describe('speakers listed on the line of their label', () => {
  it('reads "Speakers:" followed by each speaker and their part in brackets, parted by semicolons', () => {
    const minutes =
      'Proposal: Nine flats.\\\nSpeakers: Mrs Gwen Hollis (objector); Mr Ravi Bhatt (agent for the applicant).\\\nThe officer presented the report.';
    expect(itemGuests(['Ann Ash'], [item('PC/4', minutes)], ['Ann Ash'])).toEqual({
      presenters: ['Mrs Gwen Hollis, objector (item PC/4)', 'Mr Ravi Bhatt, agent for the applicant (item PC/4)'],
      alsoPresent: [],
      warnings: [],
    });
  });

  it('reads a body with the one who spoke for it in brackets, and "None" as no one', () => {
    const items = [
      item('21/25', 'Public speakers:  Mr Hal Tyson (applicant); Askwith Parish Council (Mrs Jo Dent)\\\nDecision: Approved.'),
      item('22/25', 'Public speakers:  None\\\nDecision: Refused.'),
    ];
    expect(itemGuests(['Ann Ash'], items, ['Ann Ash'])).toEqual({
      presenters: ['Mr Hal Tyson, applicant (item 21/25)', 'Mrs Jo Dent, Askwith Parish Council (item 21/25)'],
      alsoPresent: [],
      warnings: [],
    });
  });

  it("warns of a list on the label's line that it cannot read", () => {
    const found = itemGuests(['Ann Ash'], [item('3', 'Speakers: several residents of the lane')], ['Ann Ash']);
    expect(found.presenters).toEqual([]);
    expect(found.warnings).toEqual([
      expect.stringContaining('item 3 lists those who spoke under "Speakers: several residents of the lane"'),
    ]);
  });

  it('keeps one who answered questions or presented, no member and in no list, as a presenter where the members are listed', () => {
    const members = ['Jo Ash', 'Ben Cole'];
    const hearing = 'The Panel held a confirmation hearing. Ms Carys Penhale answered questions from members on her experience.';
    const review = 'Dr Ewan Pole presented the findings of the review.';
    expect(itemGuests(members, [item('5', hearing), item('6', review)], members)).toEqual({
      presenters: ['Ms Carys Penhale (item 5)', 'Dr Ewan Pole (item 6)'],
      alsoPresent: [],
      warnings: [],
    });
  });
});
