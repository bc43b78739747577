import { describe, expect, it } from 'vitest';
import { buildPeople, type Appearance, type PersonFile } from './build-people.ts';

const EPPING = 'epping-forest-district-council';
const ESSEX = 'essex-county-council';
const WORCS = 'worcestershire-county-council';

function seen(name: string, council: string | null, recordId: string, extra: Partial<Appearance> = {}): Appearance {
  return { name, role: 'presenters', council, recordId, recordType: 'meeting', date: null, ...extra };
}

// As the seeds write them: 000 (Epping Forest), 001 (Essex minutes and tracker).
const seeds: Appearance[] = [
  seen('Councillor Ray Gooding, the Deputy Portfolio Holder for Children Services', EPPING, `${EPPING}/os/item-000`),
  seen('County Councillor Ray Gooding', EPPING, `${EPPING}/os/item-000`),
  seen('Councillor Gooding', EPPING, `${EPPING}/os/item-000`),
  seen('Cllr Ray Gooding', ESSEX, `${ESSEX}/paf/2014-11-13`, { date: '2014-11-13' }),
  seen('Cllr Ray Gooding', ESSEX, `${ESSEX}/paf/paf-12-13`, { role: 'responsible', recordType: 'recommendation' }),
  seen('Jenny Boyd, the West Director of Local Delivery', EPPING, `${EPPING}/os/item-000`),
  seen('Lonica Vanclay, Head of Locality Commissioning', EPPING, `${EPPING}/os/item-000`),
];

const goodingFile: PersonFile = {
  id: 'ray-gooding',
  data: { name: 'Ray Gooding', aliases: ['Councillor Gooding'], notAliases: [], description: 'County Councillor, Essex' },
};

const byName = <P extends { name: string }>(people: P[], name: string): P[] => people.filter((person) => person.name === name);

describe('buildPeople', () => {
  it('makes no person of an officer listed by post alone, and still of one named with a post', () => {
    const people = buildPeople(
      [
        seen('Head of Housing', EPPING, `${EPPING}/os/item-000`, { role: 'officers' }),
        seen('Head of Housing', ESSEX, `${ESSEX}/paf/2014-11-13`, { role: 'officers' }),
        seen('Executive Chief Officer, Communities and Place', ESSEX, `${ESSEX}/paf/2014-11-13`, { role: 'officers' }),
        seen('Democratic Services Officer', ESSEX, `${ESSEX}/paf/2014-11-13`, { role: 'officers' }),
        seen('Clerk', WORCS, `${WORCS}/parish/2020-01-01`, { role: 'officers' }),
        seen('Tessa Marlow, Democratic Services Officer', ESSEX, `${ESSEX}/paf/2014-11-13`, { role: 'officers' }),
        seen('Mrs Clerk', WORCS, `${WORCS}/parish/2020-01-01`),
      ],
      [],
    );
    expect(people.map((person) => person.name).sort()).toEqual(['Mrs Clerk', 'Tessa Marlow']);
  });

  it('merges Ray Gooding across titles and councils, by given name and surname', () => {
    const people = buildPeople(seeds, []);
    const [ray, ...others] = byName(people, 'Ray Gooding');
    expect(others).toEqual([]);
    expect(ray?.slug).toBe('ray-gooding');
    expect(ray?.appearances).toHaveLength(4);
    expect(ray?.councils).toEqual([EPPING, ESSEX]);
    expect(ray?.file).toBeNull();
  });

  it('never merges "Councillor Gooding" on the surname alone', () => {
    const people = buildPeople(seeds, []);
    const surnameOnly = byName(people, 'Councillor Gooding');
    expect(surnameOnly).toHaveLength(1);
    expect(surnameOnly[0]?.appearances).toHaveLength(1);
    expect(byName(people, 'Ray Gooding')[0]?.aliases).not.toContain('Councillor Gooding');
  });

  it('merges "Councillor Gooding" when a person file lists it as an alias', () => {
    const people = buildPeople(seeds, [goodingFile]);
    expect(byName(people, 'Councillor Gooding')).toEqual([]);
    const ray = byName(people, 'Ray Gooding')[0];
    expect(ray?.appearances).toHaveLength(5);
    expect(ray?.aliases).toEqual(['Councillor Gooding']);
    expect(ray?.description).toBe('County Councillor, Essex');
    expect(ray?.file).toBe('ray-gooding');
    expect(ray?.slug).toBe('ray-gooding');
  });

  it('matches a file alias whatever the councillor title ("Cllr Gooding" = "Councillor Gooding")', () => {
    const people = buildPeople([seen('Cllr Gooding', ESSEX, 'essex/x')], [goodingFile]);
    expect(people).toHaveLength(1);
    expect(people[0]?.name).toBe('Ray Gooding');
  });

  it('joins initials to a full name only when unique within the same council', () => {
    const grundy = [seen('I Grundy (Chairman)', ESSEX, 'essex/a', { role: 'present' }), seen('Cllr Ian Grundy', ESSEX, 'essex/b')];
    expect(buildPeople(grundy, []).map((person) => person.name)).toEqual(['Ian Grundy']);
    const twoIs = [...grundy, seen('Councillor Irene Grundy', ESSEX, 'essex/c')];
    expect(buildPeople(twoIs, []).map((person) => person.name)).toEqual(['I Grundy', 'Ian Grundy', 'Irene Grundy']);
    const otherCouncil = [seen('Mr I Grundy', WORCS, 'worcs/a'), seen('Cllr Ian Grundy', ESSEX, 'essex/b')];
    expect(buildPeople(otherCouncil, []).map((person) => person.name)).toEqual(['I Grundy', 'Ian Grundy']);
  });

  it('keeps notAliases apart even when the initial rule would merge them', () => {
    const appearances = [seen('Cllr Ray Gooding', ESSEX, 'essex/a'), seen('Cllr R Gooding', ESSEX, 'essex/b')];
    expect(buildPeople(appearances, [])).toHaveLength(1);
    const file = { ...goodingFile, data: { ...goodingFile.data, notAliases: ['R Gooding'] } };
    expect(buildPeople(appearances, [file]).map((person) => person.name)).toEqual(['R Gooding', 'Ray Gooding']);
  });

  it('keeps surname-only names of different councils apart, with stable distinct slugs', () => {
    const appearances = [
      seen('Councillor Mrs Wagland', EPPING, 'epping/a'),
      seen('Cllr Mrs Wagland', ESSEX, 'essex/a'),
      seen('Councillor Mrs Wagland', EPPING, 'epping/b'),
    ];
    const people = buildPeople(appearances, []);
    expect(people.map((person) => [person.slug, person.councils])).toEqual([
      ['councillor-mrs-wagland', [EPPING]],
      ['councillor-mrs-wagland-essex-county-council', [ESSEX]],
    ]);
    expect(buildPeople([...appearances].reverse(), []).map((person) => person.slug)).toEqual(people.map((person) => person.slug));
  });

  it('gives people sorted by name, appearances sorted by date, and keeps extra appearance fields', () => {
    const appearances = [
      { ...seen('Jenny Boyd', EPPING, 'b', { date: '2012-03-01' }), url: '/b/' },
      { ...seen('Jenny Boyd', ESSEX, 'a', { date: '2011-01-01' }), url: '/a/' },
      { ...seen('Cllr Dick Madden', ESSEX, 'c'), url: '/c/' },
    ];
    const people = buildPeople(appearances, []);
    expect(people.map((person) => person.name)).toEqual(['Dick Madden', 'Jenny Boyd']);
    expect(people[1]?.appearances.map((appearance) => appearance.url)).toEqual(['/a/', '/b/']);
  });

  it('keeps a person file with no appearances, and a file id that clashes wins its slug', () => {
    const file: PersonFile = { id: 'jenny-boyd', data: { name: 'J. Boyd (hand-written)', aliases: [], notAliases: [], description: null } };
    const people = buildPeople([seen('Jenny Boyd', EPPING, 'a')], [file]);
    expect(people.map((person) => [person.name, person.slug])).toEqual([
      ['J. Boyd (hand-written)', 'jenny-boyd'],
      ['Jenny Boyd', 'jenny-boyd-epping-forest-district-council'],
    ]);
  });

  it("reads O’Brien and O'Brien, and RAY GOODING and Ray Gooding, as one spelling", () => {
    const people = buildPeople(
      [
        seen("Michael O'Brien", ESSEX, 'a'),
        seen('Mr Michael O’Brien', ESSEX, 'b'),
        seen('RAY GOODING', ESSEX, 'c'),
        seen('Cllr Ray Gooding', ESSEX, 'd'),
      ],
      [],
    );
    expect(people.map((person) => person.name)).toEqual(["Michael O'Brien", 'Ray Gooding']);
  });

  it('skips entries with no name', () => {
    expect(buildPeople([seen('(Chairman)', ESSEX, 'a'), seen('', ESSEX, 'b')], [])).toEqual([]);
  });
});
