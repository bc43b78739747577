/**
 * Who appears where, for the people pages (src/people merges the names): attendance
 * lists by role, and each recommendation's member responsible and lead officer.
 */
import type { Appearance, PersonRecord } from '../people/build-people.ts';
import { attendanceRole, type AttendanceMovement, type MeetingSummary } from '../model/schema.ts';
import type { ArchiveData, Entry } from './archive-data.ts';
import { itemAnchorOf } from './meetings.ts';
import { voterSlug } from './votes.ts';

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

/** One arrival or departure of a person, for their page: the meeting, what the minutes record, and the anchor of its item. */
export interface PersonMovement {
  /** Id of the meeting. */
  meeting: string;
  movement: AttendanceMovement;
  /** Anchor of the item the movement is tied to on the meeting's page; null when it names none, or no one item has its number. */
  anchor: string | null;
}

/**
 * Each person's arrivals and departures, by the slug of their page, in the order of the meetings given
 * and of each meeting's record. A movement's name is the person's as the meeting's page links it
 * (`voterSlug`, through the meeting's attendance), so both pages always agree; a name that fits no one
 * stays on the meeting's page only. Worked out once per build, not by each person's page.
 */
export function movementsByPerson(
  meetings: readonly Entry<MeetingSummary>[],
  personSlug: (name: string) => string | null,
): Map<string, PersonMovement[]> {
  const found = new Map<string, PersonMovement[]>();
  for (const { id, data } of meetings) {
    for (const movement of data.attendance.movements ?? []) {
      const slug = voterSlug(movement.person, data.attendance, personSlug);
      if (slug === null) continue;
      const anchor = movement.item === null ? null : itemAnchorOf(movement.item, data.items);
      const list = found.get(slug) ?? [];
      list.push({ meeting: id, movement, anchor });
      found.set(slug, list);
    }
  }
  return found;
}
