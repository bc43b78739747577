/**
 * schema.org JSON-LD for record pages: a meeting is an `Event` (where, when, who organised it, its
 * status, and its minutes or agenda as `subjectOf`), a committee an `Organization` within its
 * council, a person a `Person`. Only what the record states is given.
 */
import type { MeetingSummary } from '../model/schema.ts';
import { londonIso } from './london-time.ts';

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/** A body with a page: name and absolute address. */
export interface Linked {
  name: string;
  url: string;
}

const CONTEXT = 'https://schema.org';

/** A council as schema.org has it. */
function council(body: Linked | null): JsonLd | undefined {
  return body === null ? undefined : { '@type': 'GovernmentOrganization', name: body.name, url: body.url };
}

/** Fields whose value is undefined left out, so the JSON says only what the record states. */
function defined(object: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/** A meeting as a schema.org Event. */
export function meetingJsonLd(
  meeting: Pick<MeetingSummary, 'date' | 'startTime' | 'endTime' | 'venue' | 'status'>,
  page: { name: string; url: string; description: string },
  committee: Linked | null,
  councilBody: Linked | null,
): JsonLd {
  const at = (time: string | null) => (meeting.date === null ? undefined : time === null ? meeting.date : londonIso(meeting.date, time));
  const document =
    meeting.status === 'scheduled' || meeting.status === 'cancelled'
      ? undefined
      : defined({
          '@type': 'DigitalDocument',
          name: `${meeting.status === 'minutes' ? 'Minutes' : 'Agenda'}: ${page.name}`,
          url: `${page.url}#agenda`,
          encodingFormat: 'text/html',
          datePublished: meeting.date ?? undefined,
        });
  const organizer =
    committee === null
      ? council(councilBody)
      : defined({ '@type': 'Organization', ...committee, parentOrganization: council(councilBody) });
  return defined({
    '@context': CONTEXT,
    '@type': 'Event',
    name: page.name,
    description: page.description,
    url: page.url,
    startDate: at(meeting.startTime),
    endDate: meeting.startTime !== null && meeting.endTime !== null ? at(meeting.endTime) : undefined,
    eventStatus: meeting.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: meeting.venue === null ? undefined : { '@type': 'Place', name: meeting.venue, address: meeting.venue },
    organizer,
    subjectOf: document,
  });
}

/** A committee as a schema.org Organization within its council. */
export function committeeJsonLd(committee: Linked & { description: string | null; members: string[] }, councilBody: Linked | null): JsonLd {
  return defined({
    '@context': CONTEXT,
    '@type': 'Organization',
    name: committee.name,
    url: committee.url,
    description: committee.description ?? undefined,
    parentOrganization: council(councilBody),
    member: committee.members.length === 0 ? undefined : committee.members.map((name) => ({ '@type': 'Person', name })),
  });
}

/** A person as a schema.org Person. */
export function personJsonLd(person: Linked & { aliases: string[]; description: string | null }): JsonLd {
  return defined({
    '@context': CONTEXT,
    '@type': 'Person',
    name: person.name,
    url: person.url,
    alternateName: person.aliases.length === 0 ? undefined : person.aliases,
    description: person.description ?? undefined,
  });
}

/** JSON-LD as the text of a script element: `<` escaped, so no record text can close the element. */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
