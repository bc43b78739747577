/**
 * Every council and committee a record names gets a page, with or without a record of its
 * own, so no link from a meeting or report goes nowhere. Without a record, the page shows
 * the id as the name rather than inventing one.
 */
import type { CollectionName, Committee } from '../model/schema.ts';
import { fieldsNaming } from '../model/record-links.ts';
import type { ArchiveData, Entry } from './archive-data.ts';

export interface CouncilSummary {
  id: string;
  name: string;
  website: string | null;
}

export interface CommitteeSummary {
  id: string;
  name: string;
  council: string | null;
  /** The committee's own record, when there is one. */
  record: Committee | null;
}

const byName = <T extends { name: string; id: string }>(a: T, b: T) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

function named(ids: unknown[]): Set<string> {
  return new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''));
}

/** Every id that a record names in a field pointing at `target` (src/model/record-links.ts). */
function idsNaming(archive: ArchiveData, target: CollectionName): unknown[] {
  return fieldsNaming(target).flatMap(([collection, field]) =>
    (archive[collection] as Entry<object>[]).map((entry) => (entry.data as Record<string, unknown>)[field]),
  );
}

export function allCouncils(archive: ArchiveData): CouncilSummary[] {
  const records = new Map(archive.councils.map((c) => [c.id, c.data]));
  const ids = named([...archive.councils.map((c) => c.id), ...idsNaming(archive, 'councils')]);
  return [...ids]
    .map((id) => {
      const record = records.get(id);
      return { id, name: record?.name ?? id, website: record?.website ?? null };
    })
    .sort(byName);
}

/** A record-less committee belongs to the council its meetings (or reports) name, if any. */
function councilsOfCommittees(archive: ArchiveData): Map<string, string> {
  const holders: Entry<{ council: string | null; committee: string | null }>[] = [
    ...archive.meetings,
    ...archive.reports,
    ...archive.recommendations,
  ];
  const found = new Map<string, string>();
  for (const { data } of holders) {
    if (data.committee !== null && data.council !== null && !found.has(data.committee)) found.set(data.committee, data.council);
  }
  return found;
}

export function allCommittees(archive: ArchiveData): CommitteeSummary[] {
  const records = new Map(archive.committees.map((c) => [c.id, c.data]));
  const councils = councilsOfCommittees(archive);
  const ids = named([...archive.committees.map((c) => c.id), ...idsNaming(archive, 'committees')]);
  return [...ids]
    .map((id) => {
      const record = records.get(id) ?? null;
      return { id, name: record?.name ?? id, council: record?.council ?? councils.get(id) ?? null, record };
    })
    .sort(byName);
}
