import { describe, expect, it } from 'vitest';
import {
  couldBeOnePerson,
  foldShorterNames,
  fullerName,
  isShorterName,
  listedAbsentAndSorry,
  listedThereAndAway,
} from './attendance-names.ts';

describe('isShorterName', () => {
  it('takes a surname alone, initials or no title as a shorter form of the full name', () => {
    expect(isShorterName('Quillan', 'Maris Quillan')).toBe(true);
    expect(isShorterName('Mrs B Tovey', 'Mrs Bethan Tovey')).toBe(true);
    expect(isShorterName('Ottery', 'Dr Ottery')).toBe(true);
  });

  it('never takes another given name, another title or another surname', () => {
    expect(isShorterName('Mrs Tovey', 'Mr Tovey')).toBe(false);
    expect(isShorterName('C Tovey', 'Bethan Tovey')).toBe(false);
    expect(isShorterName('Quill', 'Maris Quillan')).toBe(false);
    expect(isShorterName('Maris Quillan', 'Maris Quillan')).toBe(false);
  });
});

describe('couldBeOnePerson', () => {
  it('takes one person written two ways, either way round, whatever the entry adds after the name', () => {
    expect(couldBeOnePerson('Cllr G Pennock', 'Gwilym Pennock (Vice-Chair)')).toBe(true);
    expect(couldBeOnePerson('Gwilym Pennock, Chair', 'Councillor G Pennock')).toBe(true);
    expect(couldBeOnePerson('Pennock', 'Mrs Isla Pennock')).toBe(true);
  });

  it('never takes two people who share a surname, or two titles that differ', () => {
    expect(couldBeOnePerson('Isla Pennock', 'Gwilym Pennock')).toBe(false);
    expect(couldBeOnePerson('Mr Pennock', 'Mrs Pennock')).toBe(false);
    expect(couldBeOnePerson('Isla Penn', 'Isla Pennock')).toBe(false);
  });
});

describe('fullerName', () => {
  it('gives the one fuller name, and none where two could be meant', () => {
    expect(fullerName('Quillan', ['Maris Quillan', 'Dov Elstree'])).toBe('Maris Quillan');
    expect(fullerName('Tovey', ['Mr Tovey', 'Mrs Tovey'])).toBeNull();
  });
});

describe('foldShorterNames', () => {
  it('folds the same name printed bare into the entry that adds to it, in one list only', () => {
    const lists = foldShorterNames({
      absent: ['Petra Gould, Crossway Trust', 'Petra Gould'],
      apologies: ['Ivo Lant', 'Ivo Lant (GMB)'],
      present: ['Ruth Dunphy'],
      officers: ['Ruth Dunphy, Clerk'],
    });
    expect(lists).toEqual({
      absent: ['Petra Gould, Crossway Trust'],
      apologies: ['Ivo Lant (GMB)'],
      present: ['Ruth Dunphy'],
      officers: ['Ruth Dunphy, Clerk'],
    });
  });

  it('folds a shorter name into the fuller one in the same list, keeping what either adds', () => {
    const lists = foldShorterNames({
      apologies: ['Maris Quillan', 'Dov Elstree', 'Quillan', 'Elstree'],
      officers: ['Mrs Bethan Tovey, Clerk', 'Mrs B Tovey, Clerk'],
      substitutes: ['Ines Harrow', 'Harrow (for Elstree)'],
      present: ['Mr Tovey', 'Mrs Tovey', 'Tovey'],
    });
    expect(lists).toEqual({
      apologies: ['Maris Quillan', 'Dov Elstree'],
      officers: ['Mrs Bethan Tovey, Clerk'],
      substitutes: ['Ines Harrow (for Dov Elstree)'],
      present: ['Mr Tovey', 'Mrs Tovey', 'Tovey'],
    });
  });
});

describe("foldShorterNames: a bilingual record's twin lists", () => {
  it('keeps one entry of a name listed with a Welsh note and again with the English one, the English', () => {
    const lists = foldShorterNames({
      officers: ['Mari Ffowc, Clerc', 'Deri Gwyn, cyfieithydd', 'Mari Ffowc, Clerk', 'Deri Gwyn, translator'],
      present: ['Mari Ffowc, Clerc'],
    });
    expect(lists).toEqual({ officers: ['Mari Ffowc, Clerk', 'Deri Gwyn, translator'], present: ['Mari Ffowc, Clerc'] });
  });
});

describe('names read by the rule the site reads them by', () => {
  it('reads a second title as a title, not a given name', () => {
    expect(isShorterName('Councillor Mrs Tovey', 'Councillor Mrs Bethan Tovey')).toBe(true);
    expect(couldBeOnePerson('Councillor Mrs Tovey', 'Councillor Mr Tovey')).toBe(false);
    expect(isShorterName('Councillor Tovey', 'Councillor Mrs Tovey')).toBe(true);
    expect(isShorterName('Councillor Mrs Tovey', 'Councillor Tovey')).toBe(false);
  });

  it('keeps a surname with its particle whole', () => {
    expect(isShorterName('van Clay', 'Lonica van Clay')).toBe(false);
    expect(isShorterName('L van Clay', 'Lonica van Clay')).toBe(true);
    expect(couldBeOnePerson('Lonica van Clay', 'Lonica Clay')).toBe(false);
  });
});

describe('listedThereAndAway', () => {
  const lists = (given: Partial<Record<string, string[]>>) => ({
    present: [],
    substitutes: [],
    alsoPresent: [],
    officers: [],
    presenters: [],
    apologies: [],
    absent: [],
    ...given,
  });

  it('warns of one person listed as present and as sending apologies or absent, by the fuller name, both lists named', () => {
    expect(listedThereAndAway(lists({ present: ['Olwen Marsh (Chair)', 'T Pike'], apologies: ['Marsh'] }), 1)).toEqual([
      'Olwen Marsh is listed as present and as sending apologies; check the record',
    ]);
    expect(listedThereAndAway(lists({ officers: ['Mrs R Quin, Clerk'], absent: ['Mrs R Quin'] }), 1)).toEqual([
      'Mrs R Quin is listed as an officer in attendance and as absent; check the record',
    ]);
  });

  it('says when the meeting sat on more than one day', () => {
    expect(listedThereAndAway(lists({ present: ['Abel', 'Dunn'], apologies: ['Dunn'] }), 2)).toEqual([
      'Dunn is listed as present and as sending apologies, and the meeting sat on more than one day (the lists may be of different days); check the record',
    ]);
  });

  it('warns of no one when the names are two people, or the away entry could be either of two present', () => {
    expect(listedThereAndAway(lists({ present: ['Isla Reed'], apologies: ['Gwen Reed'] }), 1)).toEqual([]);
    expect(listedThereAndAway(lists({ present: ['Ada Lyle', 'Bo Lyle'], apologies: ['Lyle'] }), 1)).toEqual([]);
    expect(listedThereAndAway(lists({ substitutes: ['Hove (for Oakby)'], apologies: ['Oakby'] }), 1)).toEqual([]);
  });
});

describe('listedAbsentAndSorry', () => {
  it('warns of one member listed as absent and as sending apologies, by the fuller name, keeping both', () => {
    expect(listedAbsentAndSorry({ apologies: ['Kerr'], absent: ['Moira Kerr, Eastvale District Council'] })).toEqual([
      'Moira Kerr is listed as absent and as sending apologies; check the record',
    ]);
    expect(listedAbsentAndSorry({ apologies: ['Mr D Orme', 'Ann Bell'], absent: ['D Orme'] })).toEqual([
      'Mr D Orme is listed as absent and as sending apologies; check the record',
    ]);
  });

  it('warns of no one when the names are two people, or the absent entry could be either of two apologies', () => {
    expect(listedAbsentAndSorry({ apologies: ['Gwen Reed'], absent: ['Isla Reed'] })).toEqual([]);
    expect(listedAbsentAndSorry({ apologies: ['Ada Lyle', 'Bo Lyle'], absent: ['Lyle'] })).toEqual([]);
  });
});
