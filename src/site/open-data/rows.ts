/**
 * Rows of the bulk data tables (src/site/open-data/tables.ts), one function per table, from the
 * archive's summaries; the tables that need each record's file take an async source and yield
 * one record's rows at a time, so no table is ever held whole in memory.
 */
import { attendanceRole, voteSides, type Meeting, type MeetingSummary, type Recommendation, type Report } from '../../model/schema.ts';
import { voterSlug } from '../votes.ts';
import { itemAnchorOf } from '../meetings.ts';
import type { CommitteeSummary } from '../bodies.ts';
import type { Entry } from '../archive-data.ts';
import type { SitePerson } from '../people.ts';

/**
 * One row: column name to value (null is an empty cell). A column of several values holds them as a list: the JSON
 * file keeps it a list, the CSV file joins it into one cell (write.ts).
 */
export type Row = Record<string, string | number | boolean | string[] | null>;

/** Absolute addresses of pages, from the site's URL builders. */
export interface RowLinks {
  council: (id: string) => string;
  committee: (id: string) => string;
  meeting: (id: string) => string;
  report: (id: string) => string;
  recommendation: (id: string) => string;
  person: (slug: string) => string;
}

const list = (values: string[]): string[] | null => (values.length === 0 ? null : values);

export function councilRow(council: { id: string; name: string; website: string | null; licence: string | null }, links: RowLinks): Row {
  return { id: council.id, name: council.name, website: council.website, licence: council.licence, url: links.council(council.id) };
}

export function committeeRow(committee: CommitteeSummary, links: RowLinks): Row {
  const record = committee.record;
  return {
    id: committee.id,
    name: committee.name,
    council_id: committee.council,
    type: record?.type ?? null,
    parent_id: record?.parent ?? null,
    description: record?.description ?? null,
    members: list(record?.members ?? []),
    url: links.committee(committee.id),
  };
}

export function meetingRow({ id, data }: Entry<MeetingSummary>, links: RowLinks): Row {
  return {
    id,
    council_id: data.council,
    committee_id: data.committee,
    date: data.date,
    date_status: data.dateStatus,
    date_note: data.dateNote,
    start_time: data.startTime,
    end_time: data.endTime,
    venue: data.venue,
    status: data.status,
    item_count: data.items.length,
    contact: data.contact?.text ?? null,
    source_format: data.provenance.format,
    source_url: data.provenance.url,
    url: links.meeting(id),
    kind: data.meetingKind ?? null,
    publication_date: data.publicationDate ?? null,
    call_in_expiry: data.callInExpiry ?? null,
    next_meeting: data.nextMeeting ?? null,
  };
}

/** The meeting's items, from its summary, with the reasons and options rejected that only its record (`full`) holds. */
export function agendaItemRows({ id, data }: Entry<MeetingSummary>, full: Pick<MeetingResolutions, 'items'>, links: RowLinks): Row[] {
  const whole = new Map(full.items.map((item) => [item.anchor, item]));
  return data.items.map((item, index) => ({
    meeting_id: id,
    position: index + 1,
    number: item.number,
    anchor: item.anchor,
    title: item.title,
    held_in_private: item.exempt === undefined ? null : true,
    exempt_paragraphs: list(item.exempt?.paragraphs ?? []),
    reasons: list(whole.get(item.anchor)?.reasons ?? []),
    alternatives: list(whole.get(item.anchor)?.alternatives ?? []),
    url: `${links.meeting(id)}#${item.anchor}`,
  }));
}

export function attendanceRows({ id, data }: Entry<MeetingSummary>, personSlug: (name: string) => string | null): Row[] {
  return attendanceRole.options.flatMap((role) =>
    data.attendance[role].map((name) => ({ meeting_id: id, date: data.date, role, name, person_id: personSlug(name) })),
  );
}

/** A meeting's arrivals and departures, in the record's order, each member matched with a person as a vote's names are. */
export function movementRows({ id, data }: Entry<MeetingSummary>, personSlug: (name: string) => string | null): Row[] {
  return (data.attendance.movements ?? []).map((movement, index) => ({
    meeting_id: id,
    date: data.date,
    position: index + 1,
    name: movement.person,
    person_id: voterSlug(movement.person, data.attendance, personSlug),
    movement: movement.movement,
    time: movement.time,
    item_number: movement.item,
    item_anchor: movement.item === null ? null : itemAnchorOf(movement.item, data.items),
    text: movement.text,
  }));
}

/** A meeting's resolutions, votes, motions and reasons: what the tables need of its record (src/site/open-data/sources.ts reads only that). */
export interface MeetingResolutions {
  date: Meeting['date'];
  attendance: Meeting['attendance'];
  items: Pick<Meeting['items'][number], 'number' | 'anchor' | 'resolutions' | 'votes' | 'motions' | 'reasons' | 'alternatives'>[];
}

type ItemOf = MeetingResolutions['items'][number];

/** One row for each entry an item holds, placed in its meeting and item (the tables' IN_ITEM columns), with its place in the item and the item's address. */
function itemRows<T>(
  id: string,
  meeting: MeetingResolutions,
  links: RowLinks,
  entries: (item: ItemOf) => readonly T[],
  fields: (entry: T) => Row,
): Row[] {
  return meeting.items.flatMap((item) =>
    entries(item).map((entry, index) => ({
      meeting_id: id,
      date: meeting.date,
      item_anchor: item.anchor,
      item_number: item.number,
      position: index + 1,
      ...fields(entry),
      url: `${links.meeting(id)}#${item.anchor}`,
    })),
  );
}

export function resolutionRows(id: string, meeting: MeetingResolutions, links: RowLinks): Row[] {
  return itemRows(
    id,
    meeting,
    links,
    (item) => item.resolutions,
    (text) => ({ text }),
  );
}

export function voteRows(id: string, meeting: MeetingResolutions, links: RowLinks): Row[] {
  return itemRows(
    id,
    meeting,
    links,
    (item) => item.votes ?? [],
    (vote) => ({
      motion: vote.motion,
      moved_by: vote.movedBy ?? null,
      seconded_by: vote.secondedBy ?? null,
      outcome: vote.outcome,
      unanimous: vote.unanimous,
      votes_for: vote.for,
      votes_against: vote.against,
      abstentions: vote.abstentions,
      voted_for: list(vote.votedFor ?? []),
      voted_against: list(vote.votedAgainst ?? []),
      abstained: list(vote.abstained ?? []),
      text: vote.text,
    }),
  );
}

export function motionRows(id: string, meeting: MeetingResolutions, links: RowLinks): Row[] {
  return itemRows(
    id,
    meeting,
    links,
    (item) => item.motions ?? [],
    (motion) => ({ motion: motion.motion, moved_by: motion.movedBy ?? null, seconded_by: motion.secondedBy ?? null, text: motion.text }),
  );
}

/** Each member a vote names, matched with a person as the people pages match them (src/site/votes.ts). */
export function memberVoteRows(id: string, meeting: MeetingResolutions, personSlug: (name: string) => string | null): Row[] {
  return meeting.items.flatMap((item) =>
    (item.votes ?? []).flatMap((vote, index) =>
      voteSides.flatMap((side) =>
        (vote[side] ?? []).map((name) => ({
          meeting_id: id,
          date: meeting.date,
          item_anchor: item.anchor,
          vote_position: index + 1,
          side,
          name,
          person_id: voterSlug(name, meeting.attendance, personSlug),
        })),
      ),
    ),
  );
}

export function reportRow({ id, data }: Entry<Report>, links: RowLinks): Row {
  return {
    id,
    title: data.title,
    reference: data.reference,
    council_id: data.council,
    committee_id: data.committee,
    meeting_id: data.meeting,
    item: data.item,
    date: data.date,
    contact: data.contact,
    kind: data.kind,
    source_url: data.provenance.url,
    url: links.report(id),
  };
}

export function recommendationRow(id: string, data: Recommendation, links: RowLinks): Row {
  const dated = data.updates.map((update) => update.date).filter((date): date is string => date !== null);
  return {
    id,
    reference: data.reference,
    subject: data.subject,
    council_id: data.council,
    committee_id: data.committee,
    approach: data.approach,
    lead_officer: data.leadOfficer,
    responsible_member: data.responsibleMember,
    meeting_dates: list(data.meetingDates),
    review_date: data.reviewDate,
    status: data.status,
    status_text: data.statusText,
    report_id: data.report,
    update_count: data.updates.length,
    latest_update_date: dated.sort().at(-1) ?? null,
    url: links.recommendation(id),
  };
}

export function recommendationUpdateRows(id: string, data: Recommendation): Row[] {
  return data.updates.map((update, index) => ({ recommendation_id: id, position: index + 1, date: update.date, text: update.text }));
}

export function personRow(person: SitePerson, links: RowLinks): Row {
  return {
    id: person.slug,
    name: person.name,
    aliases: list(person.aliases),
    description: person.description,
    appearance_count: person.appearances.length,
    url: links.person(person.slug),
  };
}
