/**
 * Who appears where, for the people pages (src/people merges the names): attendance
 * lists by role, and each recommendation's member responsible and lead officer.
 */
import type { Appearance, PersonRecord } from '../people/build-people.ts';
import { attendanceRole } from '../model/schema.ts';
import type { ArchiveData } from './archive-data.ts';

export type SitePerson = PersonRecord<Appearance>;

/** Offices, not people: "Chairman of the Scrutiny Board", "Cabinet Members". */
const OFFICE = /\b(?:of the|Members|Board|Committee|Cabinet|Chairman|Chair|Director|Officers?|Team)\b/;

/** A tracker cell may name several people ("Dave Hill/Tim Coulson") or only an office. */
export function namesInCell(cell: string | null): string[] {
  if (cell === null) return [];
  return cell
    .split(/\s*\/\s*/)
    .map((name) => name.trim())
    .filter((name) => name !== '' && !OFFICE.test(name.replace(/^(?:County\s+)?(?:Councillor|Cllr\.?)\s+/, '')));
}

export function appearances(archive: ArchiveData): Appearance[] {
  const fromMeetings = archive.meetings.flatMap(({ id, data }) =>
    attendanceRole.options.flatMap((role) =>
      data.attendance[role].map((name) => ({
        name,
        role,
        council: data.council,
        recordId: id,
        recordType: 'meeting' as const,
        date: data.date,
      })),
    ),
  );
  const fromRecommendations = archive.recommendations.flatMap(({ id, data }) =>
    (
      [
        ['responsible', data.responsibleMember],
        ['lead-officer', data.leadOfficer],
      ] as const
    ).flatMap(([role, cell]) =>
      namesInCell(cell).map((name) => ({
        name,
        role,
        council: data.council,
        recordId: id,
        recordType: 'recommendation' as const,
        date: data.meetingDates[0] ?? null,
      })),
    ),
  );
  return [...fromMeetings, ...fromRecommendations];
}

/** Slug of the person page for each name exactly as a record writes it. */
export function personSlugs(persons: SitePerson[]): (name: string) => string | null {
  const map = new Map(persons.flatMap((person) => person.appearances.map((a) => [a.name, person.slug] as const)));
  return (name) => map.get(name) ?? null;
}

/** Every spelling of a person, for linking names in record text. */
export function personNames(person: SitePerson): string[] {
  return [...new Set([person.name, ...person.aliases, ...person.appearances.map((a) => a.name)])];
}
