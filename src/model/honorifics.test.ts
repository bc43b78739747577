import { describe, expect, it } from 'vitest';
import {
  COUNCILLORS_SOURCE,
  HONORIFIC_SOURCE,
  honorificOf,
  isCouncilTier,
  isSurnameTitle,
  RANK_SOURCE,
  stripCouncillorTitles,
  stripHonorifics,
} from './honorifics.ts';

describe('honorifics', () => {
  it('strips every leading title, or only the councillor ones', () => {
    expect(stripHonorifics('Councillor Mrs R Wagland')).toBe('R Wagland');
    expect(stripHonorifics('Revd. Dr Ann Pike')).toBe('Ann Pike');
    expect(stripHonorifics('Mrs')).toBe('Mrs');
    expect(stripCouncillorTitles('County Cllr Mrs Webber')).toBe('Mrs Webber');
    expect(stripCouncillorTitles('Cllrs Hartley')).toBe('Hartley');
    expect(stripCouncillorTitles('Councillors: Jo Pike')).toBe('Jo Pike');
    expect(stripCouncillorTitles('Dr Ann Pike')).toBe('Dr Ann Pike');
    expect(stripCouncillorTitles('Cllrsmith')).toBe('Cllrsmith');
    expect(stripCouncillorTitles('Cllr.Fane')).toBe('Fane');
    expect(stripCouncillorTitles('Cllr.fane')).toBe('Cllr.fane');
  });

  it("drops a community councillor's \"CCllr\" and an alderman's title as a councillor's, singular or plural", () => {
    expect(stripCouncillorTitles('CCllrs Moira Bethune')).toBe('Moira Bethune');
    expect(stripCouncillorTitles('CCllr Rennie')).toBe('Rennie');
    expect(stripCouncillorTitles('Alderman O Gribben')).toBe('O Gribben');
    expect(stripCouncillorTitles('Aldermen Gribben')).toBe('Gribben');
    expect(honorificOf('CCllr')).toMatchObject({ canonical: 'Community Councillor', kind: 'councillor' });
    expect(honorificOf('Alderman')?.kind).toBe('councillor');
    expect(new RegExp(`^${COUNCILLORS_SOURCE}\\s`).test('CCllrs Roe and Hay')).toBe(true);
    // A title the name was not printed with is never given it: a bailie's stays, as printed.
    expect(stripCouncillorTitles('Bailie Muir')).toBe('Bailie Muir');
  });

  it('drops "Alderwoman" and the City of London\'s "Deputy" as councillor titles, never "Deputy" that opens a post', () => {
    expect(stripCouncillorTitles('Alderwoman Jo Fry')).toBe('Jo Fry');
    expect(stripCouncillorTitles('Alderwomen Fry')).toBe('Fry');
    expect(stripCouncillorTitles('Deputy Sam Oake')).toBe('Sam Oake');
    expect(stripCouncillorTitles('Deputy S M Oake')).toBe('S M Oake');
    expect(honorificOf('Alderwoman')).toMatchObject({ canonical: 'Alderwoman', kind: 'councillor' });
    for (const post of ['Deputy Mayor', 'Deputy Chief Executive', 'Deputy Town Clerk', 'Deputy Head of Legal', 'Deputy Leader Ann Bell']) {
      expect(stripCouncillorTitles(post), post).toBe(post);
    }
    // A word of its own is no title: "Deputy" alone among a post's words ("Deputy Director") stays a post's word.
    expect(honorificOf('Deputy')).toBeNull();
  });

  it('drops a Welsh councillor title with the tier after it ("Cynghorydd Sir", a county councillor), never a knight\'s "Sir" after an English one', () => {
    expect(stripCouncillorTitles('Y Cynghorydd Sir Osian Jones')).toBe('Osian Jones');
    expect(stripCouncillorTitles('Cynghorydd Tref Ann Bowen')).toBe('Ann Bowen');
    expect(stripCouncillorTitles('Cyng. Sir Mrs Eirian Pugh')).toBe('Mrs Eirian Pugh');
    expect(stripCouncillorTitles('Cynghorwyr Sir Gwyn a Hughes')).toBe('Gwyn a Hughes');
    expect(stripCouncillorTitles('Cynghorydd Bwrdeistref Sirol Tom Rees')).toBe('Tom Rees');
    // "Sir" after an English title is the knight's, part of the name as printed.
    expect(stripCouncillorTitles('Councillor Sir Ian Mott')).toBe('Sir Ian Mott');
    expect(stripCouncillorTitles('Cllr Sir Ian Mott')).toBe('Sir Ian Mott');
  });

  it('gives regex sources for a title at the start of a name', () => {
    const titled = new RegExp(`^${HONORIFIC_SOURCE}\\s+\\S`);
    expect(titled.test('District Councillor Amy Ross')).toBe(true);
    expect(titled.test('Prof. Amy Ross')).toBe(true);
    expect(titled.test('Mrsmith')).toBe(false);
    expect(titled.test('Amy Ross')).toBe(false);
    expect(new RegExp(`^${COUNCILLORS_SOURCE}\\s`).test('Cllrs. Ross and Hale')).toBe(true);
    expect(new RegExp(`^${COUNCILLORS_SOURCE}\\s`).test('Aldermen Ross and Hale')).toBe(true);
  });

  it('names the title a printed word stands for', () => {
    expect(honorificOf('cllr.')?.canonical).toBe('Councillor');
    expect(honorificOf('Revd')?.canonical).toBe('Rev');
    expect(honorificOf('Mrs')?.kind).toBe('personal');
    expect(honorificOf('Smith')).toBeNull();
    expect(honorificOf('Bailie')?.kind).toBe('civic');
    expect(honorificOf('Provost')?.kind).toBe('civic');
    expect(isCouncilTier('county')).toBe(true);
    expect(isCouncilTier('Smith')).toBe(false);
  });

  it('knows police ranks as titles of their own kind, never a surname they share', () => {
    expect(honorificOf('Superintendent')?.kind).toBe('rank');
    expect(honorificOf('Sgt.')?.canonical).toBe('Sergeant');
    expect(honorificOf('Chief Inspector')?.kind).toBe('rank');
    expect(honorificOf('Constable')).toBeNull();
    expect(stripHonorifics('Detective Chief Inspector Mo Reed')).toBe('Mo Reed');
    const rank = new RegExp(`^${RANK_SOURCE}\\s`);
    expect(rank.test('Assistant Chief Constable Mo Reed')).toBe(true);
    expect(rank.test('Ch Supt Mo Reed')).toBe(true);
    expect(rank.test('Di Reed')).toBe(false);
    expect(rank.test('Chief Executive Mo Reed')).toBe(false);
  });

  it('reads a title that is a surname too as the surname when nothing follows it', () => {
    expect(isSurnameTitle(['Ms', 'Lord'], 1)).toBe(true);
    expect(isSurnameTitle(['Lord'], 0)).toBe(true);
    expect(isSurnameTitle(['Lord', 'Ashby'], 0)).toBe(false);
    expect(isSurnameTitle(['Mr', 'Canon'], 1)).toBe(true);
    expect(isSurnameTitle(['Ms', 'Lady'], 1)).toBe(false);
  });
});
