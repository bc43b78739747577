/**
 * The PDF pack parser on seed 001 (Essex, People and Families Scrutiny Committee,
 * agenda pack for 15 January 2015), and on packs it must refuse.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../import-sources.ts';
import type { CollectionName } from '../../../src/model/schema.ts';
import { ImportError, recordsIn, type RecordOf } from '../records.ts';
import { toMarkdown } from '../writer.ts';
import { pdfPackParser } from './index.ts';

const sources = join(import.meta.dirname, '../../../content/sources');
const seed = readFileSync(join(sources, '001_281d21af7a6e953c.txt'), 'utf8');
const records = parseSource(seed, 'content/sources/001_281d21af7a6e953c.txt', {});
const meetingsDir = 'essex-county-council/people-and-families-scrutiny-committee';

function find<C extends CollectionName>(collection: C, id: string): RecordOf<C> {
  const found = recordsIn(records, collection).find((record) => record.id === id);
  if (!found) throw new Error(`no ${collection}/${id}`);
  return found;
}

function of<C extends CollectionName>(collection: C): RecordOf<C>[] {
  return recordsIn(records, collection);
}

describe('seed 001 pack', () => {
  it('gives the pack meeting, the minuted meeting, 8 scheduled meetings, 4 reports, 33 recommendations', () => {
    const meetings = of('meetings');
    expect(meetings.filter((record) => record.data.status === 'agenda').map((record) => record.id)).toEqual([`${meetingsDir}/2015-01-15`]);
    expect(meetings.filter((record) => record.data.status === 'minutes').map((record) => record.id)).toEqual([`${meetingsDir}/2014-11-13`]);
    expect(meetings.filter((record) => record.data.status === 'scheduled')).toHaveLength(8);
    expect(of('reports').map((record) => record.id)).toEqual(
      ['paf-01-15', 'paf-02-15', 'paf-03-15', 'paf-04-15'].map((ref) => `essex-county-council/${ref}`),
    );
    expect(of('recommendations')).toHaveLength(33);
    expect(of('councils').map((record) => record.data.name)).toEqual(['Essex County Council']);
    expect(of('committees').map((record) => record.data.name)).toEqual(['People and Families Scrutiny Committee']);
  });

  it('reads the agenda: items, pages, reports and the reference to the last meeting', () => {
    const meeting = find('meetings', `${meetingsDir}/2015-01-15`).data;
    const items = meeting.items as { number: number; title: string; pages: string | null; reports: string[] }[];
    expect(items.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(items[4]).toMatchObject({ title: 'Children in Care', pages: '13-54', reports: ['essex-county-council/paf-01-15'] });
    expect(items[2]?.pages).toBe('5-12');
    expect(meeting.references).toContainEqual({
      date: '2014-11-13',
      text: 'To approve the minutes of the meeting held on 13 November 2014.',
      item: '3',
    });
    expect(meeting).toMatchObject({ startTime: '10:00', venue: 'Committee Room 1, County Hall, Chelmsford, Essex', attendance: {} });
    expect(find('committees', meetingsDir).data.members).toContain('Councillor I Grundy');
  });

  it('reads the minutes of 13 November 2014: nine items, * members present, apologies, times', () => {
    const meeting = find('meetings', `${meetingsDir}/2014-11-13`).data;
    const items = meeting.items as { number: number; minutes: string }[];
    expect(items.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const attendance = meeting.attendance ?? {};
    expect(attendance['present']).toHaveLength(12);
    expect(attendance['present']).toContain('I Grundy (Chairman)');
    expect(attendance['present']).toContain('J Young');
    expect(attendance['present']).not.toContain('S Barker');
    expect(attendance['apologies']).toEqual(['Cllr S Barker', 'Cllr M Danvers', 'Cllr R Howard', 'Mr R Carson']);
    expect(attendance['substitutes']).toEqual(['Cllr J Young (for Cllr M Danvers)']);
    expect(attendance['alsoPresent']).toContain('Councillor M Mackrory (item 5 only)');
    expect(attendance['officers']).toEqual(['Robert Fox, Scrutiny Officer', 'Matthew Waldie, Committee Officer']);
    expect(meeting).toMatchObject({ startTime: '10:00', endTime: '12:25' });
    expect(items[4]?.minutes).toMatch(/^- The overall vision/m);
    expect(items[4]?.minutes).toMatch(/^ {2}- it is now back in operating profit$/m);
  });

  it('maps the tracker row by row', () => {
    const first = find('recommendations', 'essex-county-council/paf-03-15/01-sensory-services-recommendation-to-the-cabinet');
    expect(first.data).toMatchObject({
      reference: 'COP/25/12',
      leadOfficer: 'Anna Saunders',
      meetingDates: ['2012-09-13', '2013-12-05', '2014-07-10'],
      responsibleMember: 'Cllr Anne Brown',
      reviewDate: '2015-03',
      status: 'in-progress',
      report: 'essex-county-council/paf-03-15',
    });
    const statuses = of('recommendations').map((record) => record.data.status);
    expect(statuses.filter((status) => status === 'completed').length).toBeGreaterThan(5);
    expect(
      find('recommendations', 'essex-county-council/paf-03-15/07-special-educational-needs-and-disability-cyp-03').data.reference,
    ).toBe('CYP/03/13');
  });

  it('writes no raw HTML anywhere', () => {
    const files = records.map(toMarkdown).join('\n');
    expect(files).not.toMatch(/<input|<p>|<\/?ul|<li|<u>|<i>/i);
    expect(find('reports', 'essex-county-council/paf-02-15').body).toContain('Yes [x] No [ ]');
  });

  it('is deterministic', () => {
    const again = parseSource(seed, 'content/sources/001_281d21af7a6e953c.txt', {});
    expect(again.map(toMarkdown)).toEqual(records.map(toMarkdown));
  });
});

describe('pdfPackParser.detect', () => {
  it('claims the pack and none of the ModernGov seeds', () => {
    expect(pdfPackParser.detect(seed)).toBe(true);
    for (const name of ['000_dd67e06c2a8b23ae.txt', '002_1d9b914664a8f962.txt', '003_1018ae78b501afe7.txt', '004_db961f5e7bfb97a3.txt']) {
      expect(pdfPackParser.detect(readFileSync(join(sources, name), 'utf8')), name).toBe(false);
    }
  });
});

describe('malformed packs', () => {
  const parse = (text: string): unknown => parseSource(text, 'pack.txt', {});

  it('reads a pack cut off before a report its agenda says is attached as far as it goes, marked truncated', () => {
    const cut = seed.slice(0, seed.indexOf('2014/15 SCRUTINY RECOMMENDATIONS TRACKER'));
    const meeting = recordsIn(parseSource(cut, 'pack.txt', {}), 'meetings').find((record) => record.id === `${meetingsDir}/2015-01-15`);
    expect(meeting?.data.truncated).toBe(true);
    expect(meeting?.data.warnings).toContainEqual(
      expect.stringMatching(/cut short: item 8 \(Scrutiny tracker and work programme, pages 81-92\), item 9 .* missing/),
    );
  });

  it('refuses a pack with a report missing in the middle (later ones present): not a cut', () => {
    const lines = seed.split('\n');
    const start = lines.findIndex((line) => /^\t\tAGENDA ITEM 6$/.test(line));
    const end = lines.findIndex((line, index) => index > start && /^PAF\/03\/15$/.test(line)) - 2;
    const gap = [...lines.slice(0, start), ...lines.slice(start, end).map(() => ''), ...lines.slice(end)].join('\n');
    expect(() => parse(gap)).toThrow(/agenda item 6 names report PAF\/02\/15.*truncated/);
  });

  it('refuses a pack whose agenda table has no rows, naming the line', () => {
    const lines = seed.split('\n');
    const header = lines.findIndex((line) => /^\t\tPages$/.test(line));
    const broken = lines.filter((line, index) => index <= header || !/^\d+\t/.test(line)).join('\n');
    const stripped = broken.replace(/^- \d+ .*$/gm, '');
    try {
      parse(stripped);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).line).toBe(header + 1);
    }
  });
});
