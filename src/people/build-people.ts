/**
 * People from the names in the records, merged conservatively:
 * - the same given name and surname are one person, whatever the title ("Cllr Ray Gooding",
 *   "County Councillor Ray Gooding");
 * - initials ("I Grundy") join a full name only when exactly one person of that council has
 *   that surname and initial;
 * - a surname alone ("Councillor Gooding") joins someone only when a person file lists it as
 *   an alias; otherwise it stays its own person, within its council;
 * - person files (content/people) add aliases and keep `notAliases` apart.
 */
import { fitsInitials, isInitials, parseName, type ParsedName } from '../model/person-name.ts';
import { isPostOnly } from '../model/post-words.ts';
import { aliasKey, claimingFile, indexFiles, refuses, type FileIndex } from './person-files.ts';
import { assignSlugs } from './assign-slugs.ts';
import type { Appearance, PersonFile, PersonRecord } from './types.ts';

export type { Appearance, AppearanceRole, PersonFile, PersonRecord } from './types.ts';

interface Group<A> {
  parsed: ParsedName;
  council: string | null;
  items: { appearance: A; parsed: ParsedName }[];
}

interface Cluster<A> {
  file: PersonFile | null;
  groups: Group<A>[];
}

const lower = (text: string) => text.replace(/[’‘`]/g, "'").toLocaleLowerCase('en-GB');

/** Which group an appearance joins before any merging: full names across councils, the rest within one. */
function groupKey(parsed: ParsedName, council: string | null): string {
  if (parsed.given !== null && !isInitials(parsed.given)) return aliasKey(parsed);
  return `${council ?? ''}|${aliasKey(parsed)}`;
}

function groupAppearances<A extends Appearance>(appearances: A[]): Group<A>[] {
  const groups = new Map<string, Group<A>>();
  // Each spelling parsed once: an archive names the same few hundred people in every meeting's attendance.
  const parsedNames = new Map<string, ParsedName | null>();
  for (const appearance of appearances) {
    let parsed = parsedNames.get(appearance.name);
    if (parsed === undefined) {
      parsed = parseName(appearance.name);
      // An officer listed by post alone ("Head of Housing") is nobody's page: each council's holder is another person.
      if (parsed !== null && isPostOnly(parsed.display)) parsed = null;
      parsedNames.set(appearance.name, parsed);
    }
    if (parsed === null) continue;
    const key = groupKey(parsed, appearance.council);
    const group = groups.get(key) ?? { parsed, council: appearance.council, items: [] };
    group.items.push({ appearance, parsed });
    groups.set(key, group);
  }
  return [...groups.values()];
}

function councilsOf(cluster: Cluster<Appearance>): Set<string | null> {
  return new Set(cluster.groups.flatMap((group) => group.items.map((item) => item.appearance.council)));
}

/** Full-named clusters by council and surname, so initials look at a handful, not everyone. */
function bySurnameInCouncil<A extends Appearance>(clusters: Cluster<A>[]): Map<string, Cluster<A>[]> {
  const found = new Map<string, Cluster<A>[]>();
  for (const cluster of clusters) {
    const full = cluster.groups.find((group) => group.parsed.given !== null && !isInitials(group.parsed.given));
    if (full === undefined) continue;
    for (const council of councilsOf(cluster)) {
      const key = `${council ?? ''}|${lower(full.parsed.surname)}`;
      found.set(key, [...(found.get(key) ?? []), cluster]);
    }
  }
  return found;
}

/** The one full-named cluster of the council that initials can join, or null. */
function initialsTarget<A extends Appearance>(group: Group<A>, local: Map<string, Cluster<A>[]>, index: FileIndex): Cluster<A> | null {
  const initials = group.parsed.given ?? '';
  const fits = (local.get(`${group.council ?? ''}|${lower(group.parsed.surname)}`) ?? []).filter((cluster) => {
    const full = cluster.groups.find((other) => other.parsed.given !== null && !isInitials(other.parsed.given));
    return (
      full !== undefined &&
      fitsInitials(full.parsed.given ?? '', initials) &&
      !(cluster.file !== null && refuses(index, cluster.file, aliasKey(group.parsed)))
    );
  });
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

function cluster<A extends Appearance>(groups: Group<A>[], files: PersonFile[]): Cluster<A>[] {
  const index = indexFiles(files);
  const byFile = new Map<string, Cluster<A>>(files.map((file) => [file.id, { file, groups: [] }]));
  const clusters: Cluster<A>[] = [...byFile.values()];
  const pending: Group<A>[] = [];
  for (const group of groups) {
    const file = claimingFile(group.parsed, index);
    if (file !== null) byFile.get(file.id)?.groups.push(group);
    else if (group.parsed.given !== null && isInitials(group.parsed.given)) pending.push(group);
    else clusters.push({ file: null, groups: [group] });
  }
  // Initials join afterwards, against the full names only, so the order of records never matters.
  const local = bySurnameInCouncil(clusters);
  const joins = pending.map((group) => [group, initialsTarget(group, local, index)] as const);
  for (const [group, target] of joins) {
    if (target !== null) target.groups.push(group);
    else clusters.push({ file: null, groups: [group] });
  }
  return clusters;
}

/** The name to show: the person file's, else the commonest full spelling in the records. */
function nameOf(cluster: Cluster<Appearance>): string {
  if (cluster.file !== null) return cluster.file.data.name;
  const counts = new Map<string, { full: boolean; count: number }>();
  for (const group of cluster.groups) {
    const full = group.parsed.given !== null && !isInitials(group.parsed.given);
    for (const item of group.items) {
      const seen = counts.get(item.parsed.display) ?? { full, count: 0 };
      counts.set(item.parsed.display, { full, count: seen.count + 1 });
    }
  }
  const ranked = [...counts].sort(
    ([nameA, a], [nameB, b]) => Number(b.full) - Number(a.full) || b.count - a.count || nameA.localeCompare(nameB, 'en-GB'),
  );
  return ranked[0]?.[0] ?? '';
}

function byDateThenRecord(a: Appearance, b: Appearance): number {
  return (a.date ?? '').localeCompare(b.date ?? '') || a.recordId.localeCompare(b.recordId);
}

function toRecord<A extends Appearance>(cluster: Cluster<A>): Omit<PersonRecord<A>, 'slug'> {
  const name = nameOf(cluster);
  const items = cluster.groups.flatMap((group) => group.items);
  const spellings = [...items.map((item) => item.parsed.display), ...(cluster.file?.data.aliases ?? [])];
  return {
    name,
    aliases: [...new Set(spellings)].filter((alias) => alias !== name).sort((a, b) => a.localeCompare(b, 'en-GB')),
    appearances: items.map((item) => item.appearance).sort(byDateThenRecord),
    description: cluster.file?.data.description ?? null,
    councils: [...new Set(items.flatMap((item) => item.appearance.council ?? []))].sort(),
    file: cluster.file?.id ?? null,
  };
}

export function buildPeople<A extends Appearance>(appearances: A[], personFiles: PersonFile[]): PersonRecord<A>[] {
  const files = [...personFiles].sort((a, b) => a.id.localeCompare(b.id));
  const records = cluster(groupAppearances(appearances), files).map(toRecord);
  return assignSlugs(records).sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.slug.localeCompare(b.slug));
}
