/**
 * The bulk data tables read from the scrutiny records: the reports, the recommendations scrutiny
 * tracks and their dated updates. Apart from tables.ts, which gathers every table, because they come
 * from the report and recommendation records, not the meetings'.
 */
import { LIST, id, url, type Table } from './table-columns.ts';

export const REPORTS: Table = {
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
};

export const RECOMMENDATIONS: Table = {
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
};

export const RECOMMENDATION_UPDATES: Table = {
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
};
