/** Page slugs for people, stable from one build to the next. */
import { slugify } from '../model/slug.ts';
import type { Appearance, PersonRecord } from './types.ts';

/**
 * Stable slugs: a person file keeps its id; others take their name, then name and council,
 * then a number, claimed in a fixed order so the same records always give the same slugs.
 */
export function assignSlugs<A extends Appearance>(people: Omit<PersonRecord<A>, 'slug'>[]): PersonRecord<A>[] {
  const taken = new Set(people.flatMap((person) => (person.file === null ? [] : [slugify(person.file)])));
  const order = (person: Omit<PersonRecord<A>, 'slug'>) =>
    [slugify(person.name), person.councils[0] ?? '', person.appearances[0]?.recordId ?? '', person.name].join('\u0000');
  const sorted = [...people].sort((a, b) => (a.file === null ? 1 : 0) - (b.file === null ? 1 : 0) || order(a).localeCompare(order(b)));
  return sorted.map((person) => {
    if (person.file !== null) return { ...person, slug: slugify(person.file) };
    const base = slugify(person.name) || 'person';
    const council = person.councils[0];
    const choices = [base, ...(council === undefined ? [] : [`${base}-${slugify(council)}`])];
    let slug = choices.find((choice) => !taken.has(choice));
    for (let n = 2; slug === undefined; n += 1) if (!taken.has(`${base}-${n}`)) slug = `${base}-${n}`;
    taken.add(slug);
    return { ...person, slug };
  });
}
