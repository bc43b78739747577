/**
 * Each table's rows from the archive: the summaries the build holds, or, for the tables that need
 * them, each record's file read one at a time as the file is written (src/site/open-data/write.ts).
 */
import { z } from 'astro/zod';
import { agendaItem, isoDate, type Recommendation } from '../../model/schema.ts';
import { readRecord } from '../../model/record-file.ts';
import { fullRecord, type Archive } from '../archive.ts';
import { absolute, urls } from '../urls.ts';
import {
  agendaItemRows,
  attendanceRows,
  committeeRow,
  councilRow,
  meetingRow,
  personRow,
  recommendationRow,
  recommendationUpdateRows,
  reportRow,
  resolutionRows,
  type Row,
  type RowLinks,
} from './rows.ts';
import { batches, type RowSource } from './write.ts';

/** Absolute page addresses on the site's address. */
export function rowLinks(site: URL | undefined): RowLinks {
  return {
    council: (id) => absolute(urls.council(id), site),
    committee: (id) => absolute(urls.committee(id), site),
    meeting: (id) => absolute(urls.meeting(id), site),
    report: (id) => absolute(urls.report(id), site),
    recommendation: (id) => absolute(urls.recommendation(id), site),
    person: (slug) => absolute(urls.person(slug), site),
  };
}

/**
 * What the resolutions table reads of a meeting file: the schema checks only these fields (the
 * loader checked the whole record), which makes the pass over every meeting file cheaper.
 */
const resolutionFields = z.object({
  date: isoDate.nullable(),
  items: z.array(agendaItem.pick({ number: true, anchor: true, resolutions: true })).default([]),
});

async function* resolutions(archive: Archive, links: RowLinks): AsyncGenerator<Row[]> {
  for (const entry of archive.meetings) {
    if (entry.filePath === undefined) throw new Error(`meetings/${entry.id}: the content loader stored no file path`);
    const { data } = await readRecord(entry.filePath, resolutionFields);
    yield resolutionRows(entry.id, data, links);
  }
}

async function* recommendations(archive: Archive, toRows: (id: string, data: Recommendation) => Row[]): AsyncGenerator<Row[]> {
  for (const entry of archive.recommendations) {
    const { data } = await fullRecord('recommendations', entry);
    yield toRows(entry.id, data);
  }
}

/** The rows of table `name`. */
export function tableRows(name: string, archive: Archive, site: URL | undefined): RowSource {
  const links = rowLinks(site);
  switch (name) {
    case 'councils': {
      const records = new Map(archive.councils.map((c) => [c.id, c.data]));
      return batches(archive.councilList, (c) => [councilRow({ ...c, licence: records.get(c.id)?.licence ?? null }, links)]);
    }
    case 'committees':
      return batches(archive.committeeList, (c) => [committeeRow(c, links)]);
    case 'meetings':
      return batches(archive.meetings, (m) => [meetingRow(m, links)]);
    case 'agenda_items':
      return batches(archive.meetings, (m) => agendaItemRows(m, links));
    case 'attendance':
      return batches(archive.meetings, (m) => attendanceRows(m, archive.personSlug));
    case 'resolutions':
      return resolutions(archive, links);
    case 'reports':
      return batches(archive.reports, (r) => [reportRow(r, links)]);
    case 'recommendations':
      return recommendations(archive, (id, data) => [recommendationRow(id, data, links)]);
    case 'recommendation_updates':
      return recommendations(archive, recommendationUpdateRows);
    case 'people':
      return batches(archive.persons, (p) => [personRow(p, links)]);
    default:
      throw new Error(`no open data table ${name}`);
  }
}
