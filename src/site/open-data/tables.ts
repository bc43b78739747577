/**
 * The bulk data tables: their names, columns and what each column holds. A column that comes from
 * a schema field names it (`field`), and its description is that field's doc comment in
 * src/model/schema.ts; other columns (addresses, positions, counts) say what they are here.
 * The CSV and JSON files, datapackage.json and the data page are all made from these definitions.
 */

/** Frictionless Table Schema types the columns use. */
export type ColumnType = 'string' | 'integer' | 'boolean' | 'date';

export interface Column {
  name: string;
  type: ColumnType;
  /** The schema field it comes from: `[schema const, field]`, e.g. `['meetingSchema', 'venue']`. */
  field?: readonly [string, string];
  /** What it holds, for columns not taken from one field (or added to the field's comment). */
  doc?: string;
  /** True when every row has a value. */
  required?: boolean;
}

export interface Table {
  /** File name without extension, and the data package resource name. */
  name: string;
  title: string;
  description: string;
  /** Whether its rows need each record's file (read one at a time), not only the summaries. */
  fullRecords: boolean;
  primaryKey: string[];
  /** Columns holding the id of a row in another table. */
  foreignKeys?: { fields: string; table: string }[];
  columns: Column[];
}

const LIST = ' Several are a list in the JSON file, and separated by "; " in the CSV file.';
const id = (doc: string): Column => ({ name: 'id', type: 'string', doc, required: true });
const url = (what: string): Column => ({ name: 'url', type: 'string', doc: `Address of ${what} on this site.`, required: true });

const MEETING_ID: Column = { name: 'meeting_id', type: 'string', doc: 'Id of the meeting.', required: true };
const MEETING_DATE: Column = { name: 'date', type: 'date', field: ['meetingSchema', 'date'] };
const ITEM_ANCHOR: Column = { name: 'item_anchor', type: 'string', field: ['agendaItem', 'anchor'], required: true };
/** The columns that place a row in its meeting and agenda item (resolutions, votes). */
const IN_ITEM: Column[] = [MEETING_ID, MEETING_DATE, ITEM_ANCHOR, { name: 'item_number', type: 'string', field: ['agendaItem', 'number'] }];
/** A member named in a vote or a movement, matched through the meeting's attendance. */
const MEMBER_PERSON_ID: Column = {
  name: 'person_id',
  type: 'string',
  doc: "Id of the person (as in their page address): the member the meeting's attendance names so; empty when none, or more than one, fits.",
};
const ITEM_URL: Column = { name: 'url', type: 'string', doc: 'Address of the agenda item on its meeting page.', required: true };

export const TABLES: Table[] = [
  {
    name: 'councils',
    title: 'Councils',
    description: 'Every council the records name, one row each.',
    fullRecords: false,
    primaryKey: ['id'],
    columns: [
      id('Id of the council, as in its page address.'),
      {
        name: 'name',
        type: 'string',
        field: ['councilSchema', 'name'],
        doc: 'Its id when no council record gives a name.',
        required: true,
      },
      { name: 'website', type: 'string', field: ['councilSchema', 'website'] },
      { name: 'licence', type: 'string', field: ['councilSchema', 'licence'] },
      url("the council's page"),
    ],
  },
  {
    name: 'committees',
    title: 'Committees',
    description: 'Every committee, panel and task and finish group the records name, one row each.',
    fullRecords: false,
    primaryKey: ['id'],
    foreignKeys: [{ fields: 'council_id', table: 'councils' }],
    columns: [
      id('Id of the committee (`council/committee`), as in its page address.'),
      {
        name: 'name',
        type: 'string',
        field: ['committeeSchema', 'name'],
        doc: 'Its id when no committee record gives a name.',
        required: true,
      },
      { name: 'council_id', type: 'string', field: ['committeeSchema', 'council'] },
      { name: 'type', type: 'string', field: ['committeeSchema', 'type'], doc: 'Empty when the archive has no record of the committee.' },
      { name: 'parent_id', type: 'string', field: ['committeeSchema', 'parent'] },
      { name: 'description', type: 'string', field: ['committeeSchema', 'description'] },
      { name: 'members', type: 'string', field: ['committeeSchema', 'members'], doc: LIST },
      url("the committee's page"),
    ],
  },
  {
    name: 'meetings',
    title: 'Meetings',
    description: 'Every meeting, one row each: when and where, and what its record holds.',
    fullRecords: false,
    primaryKey: ['id'],
    foreignKeys: [
      { fields: 'council_id', table: 'councils' },
      { fields: 'committee_id', table: 'committees' },
    ],
    columns: [
      id('Id of the meeting (`council/committee/date`), as in its page address.'),
      { name: 'council_id', type: 'string', field: ['meetingSchema', 'council'] },
      { name: 'committee_id', type: 'string', field: ['meetingSchema', 'committee'] },
      { name: 'date', type: 'date', field: ['meetingSchema', 'date'] },
      { name: 'date_status', type: 'string', field: ['meetingSchema', 'dateStatus'], required: true },
      { name: 'date_note', type: 'string', field: ['meetingSchema', 'dateNote'] },
      { name: 'start_time', type: 'string', field: ['meetingSchema', 'startTime'], doc: 'HH:MM, UK time (Europe/London).' },
      { name: 'end_time', type: 'string', field: ['meetingSchema', 'endTime'], doc: 'HH:MM, UK time (Europe/London).' },
      { name: 'venue', type: 'string', field: ['meetingSchema', 'venue'] },
      { name: 'status', type: 'string', field: ['meetingSchema', 'status'], required: true },
      { name: 'item_count', type: 'integer', doc: 'How many agenda items the record lists.', required: true },
      { name: 'contact', type: 'string', field: ['contact', 'text'] },
      { name: 'source_format', type: 'string', field: ['provenance', 'format'], required: true },
      { name: 'source_url', type: 'string', field: ['provenance', 'url'] },
      url("the meeting's page"),
      { name: 'kind', type: 'string', field: ['meetingSchema', 'meetingKind'], doc: 'Empty when the record does not say.' },
      { name: 'publication_date', type: 'date', field: ['meetingSchema', 'publicationDate'], doc: 'Empty when the record does not say.' },
      { name: 'call_in_expiry', type: 'date', field: ['meetingSchema', 'callInExpiry'], doc: 'Empty when the record does not say.' },
    ],
  },
  {
    name: 'agenda_items',
    title: 'Agenda items',
    description: 'Every agenda item of every meeting, in order, one row each.',
    fullRecords: true,
    primaryKey: ['meeting_id', 'anchor'],
    foreignKeys: [{ fields: 'meeting_id', table: 'meetings' }],
    columns: [
      MEETING_ID,
      { name: 'position', type: 'integer', doc: 'Place of the item on the agenda, from 1.', required: true },
      { name: 'number', type: 'string', field: ['agendaItem', 'number'] },
      { name: 'anchor', type: 'string', field: ['agendaItem', 'anchor'], required: true },
      { name: 'title', type: 'string', field: ['agendaItem', 'title'], required: true },
      {
        name: 'held_in_private',
        type: 'boolean',
        doc: 'True when the record marks the item as taken in private (Part II, exempt or confidential information); empty when it does not say so.',
      },
      { name: 'exempt_paragraphs', type: 'string', field: ['exemptMark', 'paragraphs'] },
      { name: 'reasons', type: 'string', field: ['agendaItem', 'reasons'], doc: LIST },
      { name: 'alternatives', type: 'string', field: ['agendaItem', 'alternatives'], doc: LIST },
      { name: 'url', type: 'string', doc: 'Address of the item on its meeting page.', required: true },
    ],
  },
  {
    name: 'resolutions',
    title: 'Resolutions',
    description: 'Every resolution recorded in the minutes, one row each, with its meeting and agenda item.',
    fullRecords: true,
    primaryKey: ['meeting_id', 'item_anchor', 'position'],
    foreignKeys: [{ fields: 'meeting_id', table: 'meetings' }],
    columns: [
      ...IN_ITEM,
      { name: 'position', type: 'integer', doc: 'Place of the resolution within its item, from 1.', required: true },
      { name: 'text', type: 'string', field: ['agendaItem', 'resolutions'], required: true },
      ITEM_URL,
    ],
  },
  {
    name: 'votes',
    title: 'Recorded votes',
    description:
      'Every vote the minutes record, one row each, with its meeting and agenda item, the counts and the members named on each side.',
    fullRecords: true,
    primaryKey: ['meeting_id', 'item_anchor', 'position'],
    foreignKeys: [{ fields: 'meeting_id', table: 'meetings' }],
    columns: [
      ...IN_ITEM,
      { name: 'position', type: 'integer', doc: 'Place of the vote within its item, from 1.', required: true },
      { name: 'motion', type: 'string', field: ['recordedVote', 'motion'] },
      { name: 'moved_by', type: 'string', field: ['recordedVote', 'movedBy'] },
      { name: 'seconded_by', type: 'string', field: ['recordedVote', 'secondedBy'] },
      { name: 'outcome', type: 'string', field: ['recordedVote', 'outcome'], doc: 'carried or lost.', required: true },
      { name: 'unanimous', type: 'boolean', field: ['recordedVote', 'unanimous'], required: true },
      { name: 'votes_for', type: 'integer', field: ['recordedVote', 'for'] },
      { name: 'votes_against', type: 'integer', field: ['recordedVote', 'against'] },
      { name: 'abstentions', type: 'integer', field: ['recordedVote', 'abstentions'] },
      { name: 'voted_for', type: 'string', field: ['recordedVote', 'votedFor'], doc: LIST },
      { name: 'voted_against', type: 'string', field: ['recordedVote', 'votedAgainst'], doc: LIST },
      { name: 'abstained', type: 'string', field: ['recordedVote', 'abstained'], doc: LIST },
      { name: 'text', type: 'string', field: ['recordedVote', 'text'], required: true },
      ITEM_URL,
    ],
  },
  {
    name: 'motions',
    title: 'Motions moved and resolved',
    description:
      'Every proposal the minutes say was moved or seconded and then decided with no vote recorded on it, one row each, with who moved and seconded it.',
    fullRecords: true,
    primaryKey: ['meeting_id', 'item_anchor', 'position'],
    foreignKeys: [{ fields: 'meeting_id', table: 'meetings' }],
    columns: [
      ...IN_ITEM,
      { name: 'position', type: 'integer', doc: 'Place of the motion within its item, from 1.', required: true },
      { name: 'motion', type: 'string', field: ['movedMotion', 'motion'] },
      { name: 'moved_by', type: 'string', field: ['movedMotion', 'movedBy'] },
      { name: 'seconded_by', type: 'string', field: ['movedMotion', 'secondedBy'] },
      { name: 'text', type: 'string', field: ['movedMotion', 'text'], required: true },
      ITEM_URL,
    ],
  },
  {
    name: 'member_votes',
    title: 'How members voted',
    description: 'One row per member named in a recorded vote, with the way they voted (rows of votes that name members).',
    fullRecords: true,
    primaryKey: [],
    foreignKeys: [{ fields: 'meeting_id', table: 'meetings' }],
    columns: [
      MEETING_ID,
      MEETING_DATE,
      ITEM_ANCHOR,
      {
        name: 'vote_position',
        type: 'integer',
        doc: 'Place of the vote within its item, from 1 (the position of its row of votes).',
        required: true,
      },
      { name: 'side', type: 'string', doc: 'votedFor, votedAgainst or abstained.', required: true },
      { name: 'name', type: 'string', doc: 'The name as the vote writes it.', required: true },
      MEMBER_PERSON_ID,
    ],
  },
  {
    name: 'attendance',
    title: 'Attendance',
    description: 'One row per person per meeting and role, with the name as the record writes it.',
    fullRecords: false,
    primaryKey: [],
    foreignKeys: [{ fields: 'meeting_id', table: 'meetings' }],
    columns: [
      MEETING_ID,
      MEETING_DATE,
      {
        name: 'role',
        type: 'string',
        doc: 'present, apologies, absent, substitutes, alsoPresent, officers or presenters (the lists of the meeting record’s attendance).',
        required: true,
      },
      { name: 'name', type: 'string', doc: 'The name as the record writes it.', required: true },
      { name: 'person_id', type: 'string', doc: 'Id of the person (as in their page address) the name is matched with; empty when none.' },
    ],
  },
  {
    name: 'attendance_movements',
    title: 'Arrivals and departures',
    description:
      'One row per arrival, departure or return of a member during a meeting, as the minutes record it, in the order the record gives them.',
    fullRecords: false,
    primaryKey: ['meeting_id', 'position'],
    foreignKeys: [{ fields: 'meeting_id', table: 'meetings' }],
    columns: [
      MEETING_ID,
      MEETING_DATE,
      { name: 'position', type: 'integer', doc: 'Place of the movement in the meeting’s record, from 1.', required: true },
      { name: 'name', type: 'string', field: ['attendanceMovement', 'person'], required: true },
      MEMBER_PERSON_ID,
      { name: 'movement', type: 'string', field: ['attendanceMovement', 'movement'], required: true },
      { name: 'time', type: 'string', field: ['attendanceMovement', 'time'] },
      { name: 'item_number', type: 'string', field: ['attendanceMovement', 'item'] },
      {
        name: 'item_anchor',
        type: 'string',
        doc: 'Anchor of that item on the meeting page (agenda_items.anchor); empty when no item, or more than one, has the number.',
      },
      { name: 'text', type: 'string', field: ['attendanceMovement', 'text'], required: true },
    ],
  },
  {
    name: 'reports',
    title: 'Reports',
    description: 'Every report with its own text in the archive, one row each.',
    fullRecords: false,
    primaryKey: ['id'],
    foreignKeys: [
      { fields: 'council_id', table: 'councils' },
      { fields: 'committee_id', table: 'committees' },
    ],
    columns: [
      id('Id of the report (`council/reference`), as in its page address.'),
      { name: 'title', type: 'string', field: ['reportSchema', 'title'], required: true },
      { name: 'reference', type: 'string', field: ['reportSchema', 'reference'] },
      { name: 'council_id', type: 'string', field: ['reportSchema', 'council'] },
      { name: 'committee_id', type: 'string', field: ['reportSchema', 'committee'] },
      { name: 'meeting_id', type: 'string', field: ['reportSchema', 'meeting'] },
      { name: 'item', type: 'string', field: ['reportSchema', 'item'] },
      { name: 'date', type: 'date', field: ['reportSchema', 'date'] },
      { name: 'contact', type: 'string', field: ['reportSchema', 'contact'] },
      { name: 'kind', type: 'string', field: ['reportSchema', 'kind'], required: true },
      { name: 'source_url', type: 'string', field: ['provenance', 'url'] },
      url("the report's page"),
    ],
  },
  {
    name: 'recommendations',
    title: 'Recommendations',
    description: 'Every recommendation scrutiny tracks, one row each, with where it stands.',
    fullRecords: true,
    primaryKey: ['id'],
    foreignKeys: [
      { fields: 'council_id', table: 'councils' },
      { fields: 'committee_id', table: 'committees' },
    ],
    columns: [
      id('Id of the recommendation, as in its page address.'),
      { name: 'reference', type: 'string', field: ['recommendationSchema', 'reference'] },
      { name: 'subject', type: 'string', field: ['recommendationSchema', 'subject'], required: true },
      { name: 'council_id', type: 'string', field: ['recommendationSchema', 'council'] },
      { name: 'committee_id', type: 'string', field: ['recommendationSchema', 'committee'] },
      { name: 'approach', type: 'string', field: ['recommendationSchema', 'approach'] },
      { name: 'lead_officer', type: 'string', field: ['recommendationSchema', 'leadOfficer'] },
      { name: 'responsible_member', type: 'string', field: ['recommendationSchema', 'responsibleMember'] },
      { name: 'meeting_dates', type: 'string', field: ['recommendationSchema', 'meetingDates'], doc: LIST },
      { name: 'review_date', type: 'string', field: ['recommendationSchema', 'reviewDate'] },
      { name: 'status', type: 'string', field: ['recommendationSchema', 'status'], required: true },
      { name: 'status_text', type: 'string', field: ['recommendationSchema', 'statusText'] },
      { name: 'report_id', type: 'string', field: ['recommendationSchema', 'report'] },
      {
        name: 'update_count',
        type: 'integer',
        doc: 'How many dated updates the record holds (rows of recommendation_updates).',
        required: true,
      },
      { name: 'latest_update_date', type: 'date', doc: 'Date of the latest dated update; empty when none.' },
      url("the recommendation's page"),
    ],
  },
  {
    name: 'recommendation_updates',
    title: 'Recommendation updates',
    description: 'Every update on a recommendation, oldest first, one row each.',
    fullRecords: true,
    primaryKey: ['recommendation_id', 'position'],
    foreignKeys: [{ fields: 'recommendation_id', table: 'recommendations' }],
    columns: [
      { name: 'recommendation_id', type: 'string', doc: 'Id of the recommendation.', required: true },
      { name: 'position', type: 'integer', doc: 'Place of the update, from 1 (oldest).', required: true },
      { name: 'date', type: 'date', field: ['recommendationUpdate', 'date'] },
      { name: 'text', type: 'string', field: ['recommendationUpdate', 'text'], required: true },
    ],
  },
  {
    name: 'people',
    title: 'People',
    description: 'Every person named in the records, names matched as the people pages match them, one row each.',
    fullRecords: false,
    primaryKey: ['id'],
    columns: [
      id('Id of the person, as in their page address.'),
      { name: 'name', type: 'string', field: ['personSchema', 'name'], required: true },
      { name: 'aliases', type: 'string', field: ['personSchema', 'aliases'], doc: LIST },
      { name: 'description', type: 'string', field: ['personSchema', 'description'] },
      {
        name: 'appearance_count',
        type: 'integer',
        doc: 'How many appearances (a role at a meeting, or on a recommendation) the records give.',
        required: true,
      },
      url("the person's page"),
    ],
  },
];

/** A table by name. */
export function table(name: string): Table {
  const found = TABLES.find((t) => t.name === name);
  if (found === undefined) throw new Error(`no open data table ${name}`);
  return found;
}

/** A column's description: its schema field's doc comment, then its own words. Throws when a named field has no comment. */
export function columnDoc(column: Column, docs: Map<string, Map<string, string>>): string {
  let fromSchema: string | null = null;
  if (column.field) {
    const [schema, field] = column.field;
    fromSchema = docs.get(schema)?.get(field) ?? null;
    if (fromSchema === null)
      throw new Error(`open data column ${column.name}: ${schema}.${field} has no doc comment in src/model/schema.ts`);
  }
  return [fromSchema, column.doc].filter((part): part is string => part !== undefined && part !== null).join(' ');
}
