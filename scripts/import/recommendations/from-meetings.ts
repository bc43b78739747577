/**
 * Recommendations that meetings' minutes make or answer:
 * - a resolution that recommends something to the executive ("RESOLVED that Cabinet be
 *   recommended to…", "to recommend to the Cabinet Member for … that …");
 * - the resolutions on a task and finish panel's report (seed 004), as that panel's
 *   recommendations as the committee agreed them (a resolution that only notes the report is not one);
 * - a response to a numbered recommendation ("Recommendation 4 of the Task and Finish Panel's
 *   report had asked for …", seed 000), attached to that recommendation when the archive holds it,
 *   else kept as a recommendation of its own whose words are the response's, with a note.
 */
import type { RecommendationInput } from '../../../src/model/schema.ts';
import { shortSlug, slugify } from '../../../src/model/slug.ts';
import { outcomeFromWords, responseDueFrom } from '../../../src/model/recommendation-lifecycle.ts';
import type { ImportRecord } from '../records.ts';
import { paragraphs, squash } from '../text.ts';
import { addressedOf, byCommittee, headedAddressees, namedAddressee } from './addressed-resolution.ts';
import { recommendationItself } from './addressed.ts';
import { recommendationLabel } from './labels.ts';
import { referralPoint } from './referral-points.ts';
import { addresseeKindOf, blankRecommendation, panelNamed, subjectOf, type MeetingRecord, type RecommendationRecord } from './common.ts';

type Item = NonNullable<MeetingRecord['data']['items']>[number];

/** A panel's (or group's) report as an item title: "Interim Report on Children's Task and Finish Panel". */
const PANEL_REPORT =
  /\b(?:(?:interim|final)\s+)?report\b.*\btask\s*(?:and|&)\s*finish\s+(?:panel|group|review)\b|\btask\s*(?:and|&)\s*finish\s+(?:panel|group|review)\b.*\breport\b/i;
/** A resolution that only notes (or receives) the report itself. */
const NOTES_REPORT = /^that\s+the\s+(?:\w+\s+){0,2}report\b.*\bbe\s+(?:noted|received)\s*\.?$/i;
/** Another council or body a resolution sends something to: "a formal response be made to Essex County Council". */
const SENT_TO =
  /\b(?:made|sent|given|put|submitted|referred|forwarded|written)\s+to\s+((?:[A-Z][\w’'-]*\s+){0,4}(?:Council|Board|Trust|Partnership|Authority|Cabinet))\b/;

/** "Recommendation 4 of the Task and Finish Panel's report". */
const NUMBERED_MENTION =
  /\bRecommendation\s+(\d{1,3})\s+of\s+the\s+([^.;:!?\n]{1,80}?)(?:['’]s?)?\s+(?:(?:final|interim)\s+)?(?:report|review)\b/i;
/** A block that starts something else: the chair moving on, a question, a numbered question. */
const NEXT_TOPIC = /^(?:The\s+Chair(?:man)?\b|Q\.|A\.|\d+\)|Recommendation\s+\d)/;

function itemText(item: Item): string {
  return [item.title, item.agendaText ?? '', item.minutes ?? ''].join('\n\n');
}

function base(
  meeting: MeetingRecord,
  item: Item,
): Pick<RecommendationInput, 'council' | 'committee' | 'meeting' | 'item' | 'madeDate' | 'provenance'> {
  return {
    council: meeting.data.council,
    committee: meeting.data.committee,
    meeting: meeting.id,
    item: item.number,
    madeDate: meeting.data.date,
    provenance: meeting.data.provenance,
  };
}

/** Resolutions recommending to the executive or the council: one record each. */
export function fromResolutions(meeting: MeetingRecord): RecommendationRecord[] {
  const records: RecommendationRecord[] = [];
  const headed = headedAddressees(meeting);
  const committee = byCommittee(meeting);
  for (const item of meeting.data.items ?? []) {
    (item.resolutions ?? []).forEach((resolution, index) => {
      const addressed = addressedOf(item, resolution, headed.get(String(item.number ?? '')) ?? null, committee);
      if (addressed === null) return;
      const { addressee } = addressed;
      const kind = addressee === null ? null : addresseeKindOf(addressee, meeting.data.council);
      const due = responseDueFrom(null, '');
      // The body is the recommendation itself; its lead-in said only whom it is addressed to.
      const point = recommendationItself(resolution);
      records.push({
        collection: 'recommendations',
        id: `${meeting.id}/${item.anchor}-${index + 1}`,
        data: {
          ...blankRecommendation(),
          ...base(meeting, item),
          subject: subjectOf(referralPoint(resolution, item.resolutions ?? []) ?? point),
          reference: recommendationLabel(item.minutes ?? '', point),
          meetingDates: meeting.data.date ? [meeting.data.date] : [],
          addressee,
          addresseeKind: kind,
          ...due,
          warnings:
            addressee === null
              ? [
                  `resolution ${index + 1} of the item: made by the committee ("RECOMMENDED"); to whom it is addressed is not stated, nor when it was received, so no response date can be worked out`,
                ]
              : [
                  `resolution ${index + 1} of the item: made by the committee; when ${addressee} received it is not stated, so no response date can be worked out`,
                ],
        },
        body: point,
      });
    });
  }
  return records;
}

/** The resolutions on a task and finish panel's report, as the panel's recommendations. */
export function fromPanelReports(meeting: MeetingRecord): { recommendations: RecommendationRecord[]; panel: string | null } {
  const records: RecommendationRecord[] = [];
  let panel: string | null = null;
  for (const item of meeting.data.items ?? []) {
    if (!PANEL_REPORT.test(item.title)) continue;
    panel = panelNamed(itemText(item));
    const committee = panel && meeting.data.council ? `${meeting.data.council}/${slugify(panel)}` : meeting.data.committee;
    (item.resolutions ?? []).forEach((resolution, index) => {
      if (NOTES_REPORT.test(squash(resolution)) || namedAddressee(item, resolution) !== null) return;
      const sentTo = SENT_TO.exec(resolution)?.[1]?.trim() ?? null;
      const subject = subjectOf(resolution);
      records.push({
        collection: 'recommendations',
        id: `${committee ?? 'not-stated'}/${meeting.id.split('/').at(-1) ?? 'undated'}-${index + 1}-${shortSlug(subject.replace(/^That\s+/i, ''), 40)}`,
        data: {
          ...blankRecommendation(),
          ...base(meeting, item),
          committee,
          subject,
          madeBy: panel,
          addressee: sentTo,
          addresseeKind: sentTo === null ? null : addresseeKindOf(sentTo, meeting.data.council),
          meetingDates: meeting.data.date ? [meeting.data.date] : [],
          ...responseDueFrom(null, ''),
          warnings: [
            `resolution ${index + 1} of the ${meeting.data.committee ?? 'committee'} on the panel's report: the panel's own wording is not in the archive`,
            ...(sentTo === null ? ['to whom it is addressed is not stated'] : []),
          ],
        },
        body: resolution,
      });
    });
  }
  return { recommendations: records, panel };
}

export interface ResponseFound {
  /** Number of the recommendation answered. */
  number: string;
  /** The body whose report it was, as the text names it ("Task and Finish Panel"). */
  body: string;
  /** The panel with its qualifier, when the item names it ("Children's Services Task and Finish Panel"). */
  panel: string | null;
  /** What the recommendation asked, as the response puts it. */
  asked: string | null;
  /** The response's words. */
  text: string;
  /** Who responded: a council other than the meeting's that the item's title names; null when not said. */
  by: string | null;
  meeting: MeetingRecord;
  item: Item;
}

/** Responses to numbered recommendations in a meeting's minutes. */
export function responsesIn(meeting: MeetingRecord): ResponseFound[] {
  const found: ResponseFound[] = [];
  for (const item of meeting.data.items ?? []) {
    const blocks = paragraphs(item.minutes ?? '');
    blocks.forEach((block, index) => {
      const match = NUMBERED_MENTION.exec(block);
      if (!match) return;
      const body = squash(match[2] ?? '').replace(/^(?:District|County|Borough|City)\s+Council['’]s\s+/i, '');
      const following: string[] = [block];
      for (const next of blocks.slice(index + 1, index + 8)) {
        if (NEXT_TOPIC.test(next)) break;
        following.push(next);
      }
      const asked = /\bhad\s+asked\s+(?:for\s+)?(.+?)[.;](?:\s|$)/i.exec(block)?.[1] ?? null;
      const byTitle = /^((?:[A-Z][\w-]*\s+){1,3}(?:County|District|Borough|City)\s+Council)\b/.exec(item.title)?.[1] ?? null;
      const by = byTitle !== null && slugify(byTitle) !== meeting.data.council ? byTitle : null;
      const bodyWord = /group/i.test(body) ? 'Group' : 'Panel';
      found.push({
        number: match[1] ?? '',
        body,
        panel: /task\s*(?:and|&)\s*finish/i.test(body) ? panelNamed(itemText(item), bodyWord) : null,
        asked: asked === null ? null : asked.charAt(0).toUpperCase() + asked.slice(1),
        text: following.join('\n\n'),
        by,
        meeting,
        item,
      });
    });
  }
  return found;
}

/** The number a recommendation record carries: reference "4", "R4", "Rec. 4", "Recommendation 4". */
export function numberOf(record: RecommendationRecord): string | null {
  return /^(?:rec(?:ommendation)?\.?\s*|r)?(\d{1,3})[.)]?$/i.exec(record.data.reference?.trim() ?? '')?.[1] ?? null;
}

/** The response as the record keeps it. */
function responseOf(found: ResponseFound, note: string): NonNullable<RecommendationInput['response']> {
  return {
    date: found.meeting.data.date,
    meeting: found.meeting.id,
    item: found.item.number,
    by: found.by,
    outcome: outcomeFromWords(found.text.split('\n')[0] ?? ''),
    text: found.text,
    note,
  };
}

/**
 * Attaches a response to the recommendation it names (same council, the panel's committee, the
 * same number) and returns null; when the archive does not hold it, returns a record of its own.
 */
export function attachResponse(
  found: ResponseFound,
  recommendations: RecommendationRecord[],
  reportTitles: ReadonlyMap<string, string>,
): RecommendationRecord | null {
  const council = found.meeting.data.council;
  const panel = found.panel ? slugify(found.panel) : null;
  const committee = panel && council ? `${council}/${panel}` : null;
  // The panel's own recommendation, or one of a report whose title names the panel ("Final report of the … Panel").
  const byPanel = (record: RecommendationRecord): boolean =>
    panel !== null &&
    (record.data.committee === committee ||
      slugify(record.data.madeBy ?? '') === panel ||
      slugify(reportTitles.get(record.data.report ?? '') ?? '').includes(panel));
  const target = recommendations.filter(
    (record) => record.data.council === council && numberOf(record) === found.number && byPanel(record),
  );
  const mention = `"Recommendation ${found.number} of the ${found.body}'s report"`;
  if (target.length === 1 && target[0]) {
    target[0].data.response = responseOf(found, `matched by the response's words ${mention}`);
    return null;
  }
  const subject = found.asked ? subjectOf(found.asked) : `Recommendation ${found.number} of the ${found.body}'s report`;
  return {
    collection: 'recommendations',
    id: `${committee ?? found.meeting.data.committee ?? 'not-stated'}/recommendation-${found.number}`,
    data: {
      ...blankRecommendation(),
      reference: `Recommendation ${found.number}`,
      subject,
      council,
      committee: committee ?? found.meeting.data.committee,
      madeBy: found.panel ?? found.body,
      addressee: found.by,
      addresseeKind: found.by === null ? null : addresseeKindOf(found.by, council),
      ...responseDueFrom(null, ''),
      response: responseOf(
        found,
        `the ${found.body}'s report is not in the archive: this recommendation is known from the response, which names it ${mention}`,
      ),
      warnings: [
        "the panel's report is not in the archive: the recommendation's words are as the response gives them",
        'date made not stated',
      ],
      provenance: found.meeting.data.provenance,
    },
    body: found.asked
      ? `As the response puts it, the recommendation asked for ${found.asked.charAt(0).toLowerCase()}${found.asked.slice(1)}.`
      : '',
  };
}

/** A committee record for a panel the minutes name, so its page lists its recommendations. */
export function panelCommittee(meeting: MeetingRecord, panel: string): ImportRecord | null {
  const council = meeting.data.council;
  if (council === null) return null;
  return {
    collection: 'committees',
    id: `${council}/${slugify(panel)}`,
    data: { name: panel, council, type: 'task-and-finish', parent: meeting.data.committee, members: [] },
    body: '',
  };
}
