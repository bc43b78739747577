/**
 * Reports that go to a meeting (body: numbered paragraphs under headings) and the
 * recommendations a committee tracks from some of them, as the PDF-pack importer writes them.
 */
import type { ImportRecord } from '../import/records.ts';
import type { Corpus } from './corpus.ts';
import type { CommitteePlan } from './plan.ts';
import type { Rng } from './prng.ts';
import { paragraph } from './prose.ts';

export interface ReportContext {
  committee: CommitteePlan;
  meetingId: string;
  date: string;
  item: number;
  /** Earlier meeting dates of the committee, newest last, for recommendations. */
  pastDates: string[];
  file: string;
}

const HEADINGS = [
  'Purpose of report',
  'Background',
  'Recommendations',
  'Financial implications',
  'Legal implications',
  'Equality implications',
  'Next steps',
];

/** A reference like PAF/01/15 and the id slug made from it. */
export function reportReference(committee: CommitteePlan, sequence: number, date: string): { reference: string; id: string } {
  const reference = `${committee.abbr}/${String(sequence).padStart(2, '0')}/${date.slice(2, 4)}`;
  return { reference, id: `${committee.council.id}/${reference.toLowerCase().replace(/\//g, '-')}` };
}

function reportBody(rng: Rng, corpus: Corpus): string {
  const sections = HEADINGS.filter((_, index) => index < 3 || rng.chance(0.5));
  return sections
    .map((heading, section) => {
      const paragraphs = Array.from({ length: rng.int(1, 5) }, (_, index) => `${section + 1}.${index + 1} ${paragraph(rng, corpus, 1, 4)}`);
      return `## ${heading}\n\n${paragraphs.join('\n\n')}`;
    })
    .join('\n\n');
}

export function reportRecord(rng: Rng, corpus: Corpus, context: ReportContext, id: string, reference: string): ImportRecord {
  return {
    collection: 'reports',
    id,
    data: {
      title: rng.pick(corpus.titles),
      reference,
      council: context.committee.council.id,
      committee: context.committee.id,
      meeting: context.meetingId,
      item: context.item,
      date: context.date,
      contact: rng.pick(context.committee.council.officers),
      kind: 'report',
      warnings: [],
      provenance: { file: context.file, format: 'synthetic', url: null },
    },
    body: reportBody(rng, corpus),
  };
}

const STATUSES = ['open', 'in-progress', 'completed', 'rejected', 'not-stated'] as const;

/** The rows of a recommendations tracker that a report carries. */
export function recommendationRecords(rng: Rng, corpus: Corpus, context: ReportContext, reportId: string): ImportRecord[] {
  const count = rng.int(3, 8);
  return Array.from({ length: count }, (_, index) => {
    const dates = context.pastDates.slice(-rng.int(1, 3));
    return {
      collection: 'recommendations',
      id: `${reportId}-r${index + 1}`,
      data: {
        reference: rng.chance(0.6) ? `${context.committee.abbr}/${rng.int(1, 40)}/${context.date.slice(2, 4)}` : null,
        subject: rng.pick(corpus.titles),
        council: context.committee.council.id,
        committee: context.committee.id,
        approach: rng.pick(['Task and finish group', 'Committee review', 'Select committee', null]),
        leadOfficer: rng.pick(context.committee.council.officers),
        responsibleMember: rng.pick(context.committee.council.councillors),
        meetingDates: dates,
        reviewDate: rng.chance(0.7) ? context.date.slice(0, 7) : null,
        status: rng.pick(STATUSES),
        statusText: rng.chance(0.8) ? paragraph(rng, corpus, 1, 2) : null,
        updates: dates.map((date) => ({ date, text: paragraph(rng, corpus, 1, 2) })),
        report: reportId,
        warnings: [],
        provenance: { file: context.file, format: 'synthetic', url: null },
      },
      body: paragraph(rng, corpus, 1, 3),
    };
  });
}
