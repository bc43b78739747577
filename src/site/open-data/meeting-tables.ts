/**
 * The bulk data tables read from the meeting records: the meetings, their agenda items, what the
 * minutes decided (resolutions, recorded votes, motions, how members voted) and who attended,
 * arrived and left. Apart from tables.ts, which gathers every table, because these are most of the
 * columns and all come from one kind of record.
 */
import { LIST, id, url, type Column, type Table } from './table-columns.ts';

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

export const MEETINGS: Table = {
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
    { name: 'next_meeting', type: 'string', field: ['meetingSchema', 'nextMeeting'], doc: 'Empty when the record has none.' },
  ],
};

export const AGENDA_ITEMS: Table = {
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
};

export const RESOLUTIONS: Table = {
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
};

export const VOTES: Table = {
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
};

export const MOTIONS: Table = {
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
};

export const MEMBER_VOTES: Table = {
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
};

export const ATTENDANCE: Table = {
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
};

export const ATTENDANCE_MOVEMENTS: Table = {
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
};
