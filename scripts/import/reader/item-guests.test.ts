import { describe, expect, it } from 'vitest';
import { itemGuests } from './item-guests.ts';

const item = (number: string, minutes: string) => ({ number, minutes });

describe("guests an item's minutes name", () => {
  it('keeps a lead petitioner who addressed the meeting as a presenter of the item', () => {
    const found = itemGuests(
      ['Ruth Pargeter'],
      [item('12', 'Mr Owen Tarrant, the lead petitioner, addressed the Council for five minutes.')],
    );
    expect(found).toEqual({ presenters: ['Mr Owen Tarrant, lead petitioner (item 12)'], warnings: [] });
  });

  it('keeps an officer of another body named with it in brackets, one of a run, as a presenter of the item', () => {
    const minutes = 'Kay Lowry and Sergeant Ben Harrow (Fellmoor Police) updated the committee on street drinking.';
    const found = itemGuests(['Kay Lowry, Safety Manager'], [item('7', minutes)]);
    expect(found.presenters).toEqual(['Sergeant Ben Harrow, Fellmoor Police (item 7)']);
  });

  it('places no one a list already names, nor a civic title', () => {
    const minutes = 'Dr Ives and Ms Pell presented the report. The Lord Mayor addressed the Council.';
    const listed = ['Dr Ada Ives, Medical Director, Fellmoor NHS Trust (item 3)', 'Ms Jo Pell, Healthwatch Fellmoor (item 3)'];
    expect(itemGuests(listed, [item('3', minutes)])).toEqual({ presenters: [], warnings: [] });
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
});
