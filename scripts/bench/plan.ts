/**
 * The shape of the synthetic archive: councils, their committees and who sits on them.
 * Names are built from the index, so they are unique without remembering earlier ones.
 */
import { slugify } from '../../src/model/slug.ts';
import type { Corpus } from './corpus.ts';
import type { Rng } from './prng.ts';
import { officer, personName } from './prose.ts';

export interface CouncilPlan {
  id: string;
  name: string;
  place: string;
  /** The council's members and officers: a fixed pool, as a real council has, so people recur. */
  councillors: string[];
  officers: string[];
}

export interface CommitteePlan {
  id: string;
  slug: string;
  name: string;
  council: CouncilPlan;
  type: 'scrutiny-committee' | 'scrutiny-panel' | 'task-and-finish';
  parent: string | null;
  /** Initials for report references, e.g. "PAF" for People and Families. */
  abbr: string;
  members: string[];
}

const KINDS = ['County Council', 'District Council', 'Borough Council', 'City Council'];
const PREFIXES = ['', 'North ', 'South ', 'East ', 'West ', 'Mid '];
const TOPICS = [
  "Children's Services",
  'People and Families',
  'Health and Wellbeing',
  'Adult Social Care',
  'Corporate',
  'Place',
  'Housing',
  'Environment',
  'Communities',
  'Economy and Skills',
  'Finance and Resources',
  'Transport and Highways',
  'Crime and Disorder',
  'Education',
];

function pool(size: number, make: () => string): string[] {
  return [...new Set(Array.from({ length: size }, make))];
}

export function councilPlan(index: number, corpus: Corpus, rng: Rng): CouncilPlan {
  const places = corpus.places.length > 0 ? corpus.places : ['Synthetic'];
  const place = places[index % places.length] ?? 'Synthetic';
  const round = Math.floor(index / places.length);
  const kind = KINDS[round % KINDS.length] ?? 'Council';
  const prefix = PREFIXES[Math.floor(round / KINDS.length) % PREFIXES.length] ?? '';
  const cycle = Math.floor(round / (KINDS.length * PREFIXES.length));
  const name = `${prefix}${place} ${kind}${cycle > 0 ? ` ${cycle + 1}` : ''}`;
  const councillors = pool(rng.int(40, 70), () => personName(rng, corpus, true));
  const officers = pool(rng.int(30, 60), () => officer(rng, corpus));
  return { id: slugify(name), name, place: `${prefix}${place}`, councillors, officers };
}

function committeeName(topic: string, type: CommitteePlan['type'], rng: Rng): string {
  if (type === 'task-and-finish') return `${topic} Task and Finish Panel`;
  if (type === 'scrutiny-panel') return `${topic} Scrutiny Panel`;
  return rng.chance(0.5) ? `${topic} Overview and Scrutiny Committee` : `${topic} Scrutiny Committee`;
}

/** The committees of one council; the first is the parent of any task and finish panel. */
export function committeePlans(council: CouncilPlan, count: number, rng: Rng): CommitteePlan[] {
  const offset = rng.int(0, TOPICS.length - 1);
  const plans: CommitteePlan[] = [];
  for (let index = 0; index < Math.min(count, TOPICS.length); index++) {
    const topic = TOPICS[(offset + index) % TOPICS.length] ?? 'General';
    const type =
      index === 0 ? 'scrutiny-committee' : rng.chance(0.15) ? 'task-and-finish' : rng.chance(0.2) ? 'scrutiny-panel' : 'scrutiny-committee';
    const name = committeeName(topic, type, rng);
    const slug = slugify(name);
    const members = Array.from({ length: rng.int(7, 14) }, () => rng.pick(council.councillors));
    plans.push({
      id: `${council.id}/${slug}`,
      slug,
      name,
      council,
      type,
      parent: type === 'task-and-finish' ? (plans[0]?.id ?? null) : null,
      abbr: topic
        .replace(/[^A-Za-z ]/g, '')
        .split(' ')
        .filter((word) => /^[A-Z]/.test(word))
        .map((word) => word[0])
        .join(''),
      members: [...new Set(members)],
    });
  }
  return plans;
}
