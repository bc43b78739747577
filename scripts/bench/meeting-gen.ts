/**
 * One synthetic meeting: details, attendance and agenda items with minutes and
 * resolutions, shaped like the records the ModernGov importer writes.
 */
import { formatDate } from '../../src/model/format.ts';
import type { AgendaItemInput, ListedDocumentInput, MeetingInput, MeetingReference } from '../../src/model/schema.ts';
import type { Corpus } from './corpus.ts';
import type { CommitteePlan } from './plan.ts';
import type { Rng } from './prng.ts';
import { paragraph, prose, resolution } from './prose.ts';

export interface MeetingContext {
  committee: CommitteePlan;
  date: string;
  previousDate: string | null;
  status: 'agenda' | 'minutes' | 'scheduled';
  /** Number of the first agenda item: ModernGov numbers items on across a committee's meetings. */
  firstItem: number;
  /** Ids for the reports this meeting's items introduce, when it is an agenda pack. */
  reportIds: string[];
}

type Item = AgendaItemInput;

function attendance(rng: Rng, committee: CommitteePlan): Record<string, string[]> {
  const { members } = committee;
  const { councillors, officers } = committee.council;
  const apologies = members.filter(() => rng.chance(0.12));
  const present = members.filter((member) => !apologies.includes(member));
  const substitutes = apologies.slice(0, rng.int(0, apologies.length)).map((absent) => `${rng.pick(councillors)} (for ${absent})`);
  return {
    present,
    apologies,
    substitutes,
    alsoPresent: Array.from({ length: rng.int(0, 2) }, () => `${rng.pick(councillors)} (items ${rng.int(3, 6)}, ${rng.int(7, 9)})`),
    officers: Array.from({ length: rng.int(2, 5) }, () => rng.pick(officers)),
    presenters: Array.from({ length: rng.int(0, 2) }, () => rng.pick(officers)),
  };
}

function procedural(number: number, title: string, minutes: string | null): Item {
  return { number, title, anchor: `item-${number}`, minutes, resolutions: [] };
}

/** A topical item: agenda text, minutes of realistic length, resolutions, documents. */
function topicalItem(rng: Rng, corpus: Corpus, number: number, withMinutes: boolean, reportId: string | null): Item {
  const title = rng.pick(corpus.titles);
  const resolutions = withMinutes && rng.chance(0.5) ? Array.from({ length: rng.int(1, 3) }, () => resolution(rng, corpus)) : [];
  const minutesText = withMinutes ? prose(rng, corpus, 2, 7) : null;
  const resolved = resolutions.length > 0 ? `\n\nRESOLVED:\n\n${resolutions.map((text, index) => `${index + 1}. ${text}`).join('\n')}` : '';
  const documents: ListedDocumentInput[] =
    reportId || rng.chance(0.4) ? [{ name: title, kind: 'report', size: `${rng.int(40, 900)} KB`, url: null, report: reportId }] : [];
  if (rng.chance(0.2))
    documents.push({
      name: `Appendix 1 - ${rng.pick(corpus.titles)}`,
      kind: 'appendix',
      size: `${rng.int(20, 400)} KB`,
      url: null,
      report: null,
    });
  return {
    number,
    title,
    anchor: `item-${number}`,
    agendaText: rng.chance(0.6) ? paragraph(rng, corpus, 1, 3) : null,
    minutes: minutesText === null ? null : `${minutesText}${resolved}`,
    resolutions,
    documents,
    truncated: withMinutes && rng.chance(0.05),
    pages: reportId ? `${rng.int(5, 40)}-${rng.int(41, 90)}` : null,
    reports: reportId ? [reportId] : [],
  };
}

function items(rng: Rng, corpus: Corpus, context: MeetingContext): { items: Item[]; references: MeetingReference[] } {
  const withMinutes = context.status === 'minutes';
  let number = context.firstItem;
  const list: Item[] = [
    procedural(number++, 'Apologies for Absence', withMinutes ? 'Apologies were received as listed above.' : null),
    procedural(
      number++,
      'Declarations of Interest',
      withMinutes ? (rng.chance(0.7) ? 'There were no declarations of interest.' : paragraph(rng, corpus, 1, 1)) : null,
    ),
  ];
  const references: MeetingReference[] = [];
  if (context.previousDate) {
    const phrase = `the minutes of the meeting held on ${formatDate(context.previousDate)}`;
    references.push({ date: context.previousDate, text: phrase, item: String(number) });
    list.push(
      procedural(
        number++,
        'Minutes of the Previous Meeting',
        withMinutes ? `It was agreed that ${phrase} be approved as a correct record.` : `To approve ${phrase}.`,
      ),
    );
  }
  const topical = rng.int(2, 8);
  for (let index = 0; index < topical; index++)
    list.push(topicalItem(rng, corpus, number++, withMinutes, context.reportIds[index] ?? null));
  list.push({
    ...procedural(number++, 'Work Programme', withMinutes ? paragraph(rng, corpus, 1, 3) : null),
    agendaText: 'To consider the work programme for the municipal year.',
  });
  return { items: list, references };
}

/** The meeting's frontmatter, before schema defaults; `items.length` tells the caller the next item number. */
export function meetingData(rng: Rng, corpus: Corpus, context: MeetingContext, file: string): MeetingInput {
  const { committee } = context;
  const scheduled = context.status === 'scheduled';
  const agenda = scheduled ? { items: [], references: [] } : items(rng, corpus, context);
  return {
    council: committee.council.id,
    committee: committee.id,
    date: context.date,
    dateStatus: 'exact',
    startTime: rng.pick(['10:00', '10:30', '14:00', '18:30', '19:00', '19:30']),
    endTime: context.status === 'minutes' ? rng.pick(['12:05', '13:10', '16:40', '20:45', '21:15', '22:02']) : null,
    venue: `${rng.pick(['Council Chamber', 'Committee Room 1', 'Committee Room 2', 'Committee Room 3'])}, Civic Offices, ${committee.council.place}`,
    contact: { text: rng.pick(committee.council.officers), email: null, phone: null },
    status: context.status,
    attendance: context.status === 'minutes' ? attendance(rng, committee) : {},
    items: agenda.items,
    references: agenda.references,
    warnings: [],
    provenance: { file, format: 'synthetic', url: null },
  };
}
