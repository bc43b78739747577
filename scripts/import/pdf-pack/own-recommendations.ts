/**
 * A pack report's own recommendations: the entries of its "Recommendation(s)" section, read by the single
 * report's reader (kinds/report-recommendations.ts) and written as a tracker row is (records.ts), status
 * `not-stated`: a report recommends, it does not decide. No response, date or owner is taken from it.
 *
 * Which entries are records: an entry that asks a body to act (approve, agree, adopt, recommend to Cabinet…)
 * is one; an entry that asks only that something be noted, received, considered or commented on ("That the
 * Committee notes the report") decides nothing and is named in the report's warnings instead.
 */
import { makerIn } from '../kinds/report-maker.ts';
import { readRecommendations, type ReportRecommendation } from '../kinds/report-recommendations.ts';
import { toMarkdown } from '../minutes-markdown.ts';
import { squash } from '../text.ts';
import type { ReportDraft } from './report.ts';
import type { TrackerRow } from './tracker.ts';

/** The asks that decide nothing: to note, receive, consider or comment on. */
const NOTING = String.raw`(?:note|notes|noted|receive|receives|received|consider|considers|comment|comments)`;
/** "That", "It is recommended that": the words before whom an entry asks. */
const THAT = String.raw`(?:(?:[Ii]t\s+is\s+recommended\s+)?[Tt]hat\s+)?`;
/**
 * An entry that opens with such an ask, its lead-in read on ("That the Panel notes …", "The Committee is asked
 * to note …", "note the update"), or says its object be noted ("That the report be noted").
 */
const ONLY_NOTES = new RegExp(
  String.raw`^${THAT}(?:(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|for|the|&))*\s+)?` +
    String.raw`(?:(?:is|are|be)\s+(?:asked|recommended|requested|invited)\s+to\s+|to\s+)?${NOTING}\b` +
    String.raw`|^${THAT}the\s+[\w\s,'’-]{1,80}?\s+be\s+${NOTING}\b`,
);
/** Asks that act, after a noting one ("notes the report and approves the plan"). */
const ACTS =
  /\b(?:agree|approve|endorse|recommend|adopt|accept|refer|delegate|authori[sz]e|allocate|commission|request|ask|instruct|appoint|reject)(?:s|d)?\b/i;

/** True when an entry asks only that something be noted, received, considered or commented on. */
export function onlyNotes(subject: string): boolean {
  const flat = squash(subject);
  const noting = ONLY_NOTES.exec(flat);
  return noting !== null && !ACTS.test(flat.slice(noting.index + noting[0].length));
}

/** One entry as the tracker writer takes a row: what a report does not state (officer, member, dates, response) is null. */
function asRow(recommendation: ReportRecommendation, maker: string | null, day: string | null): TrackerRow {
  return {
    reference: recommendation.reference,
    subject: recommendation.subject,
    committee: maker,
    approach: null,
    leadOfficer: null,
    responsibleMember: null,
    meetingDates: day === null ? [] : [day],
    reviewDate: null,
    status: 'not-stated',
    statusText: null,
    implementation: 'not-stated',
    response: null,
    body: toMarkdown(recommendation.text),
    warnings: ['a recommendation of the report: whether it was agreed is not stated'],
  };
}

export interface OwnRecommendations {
  rows: { row: TrackerRow; addressee: string | null }[];
  /** The entries that only note, named for the report's warnings. */
  warnings: string[];
}

/** The report's recommendations that ask a body to act, as rows, and a warning for each that only notes. */
export function ownRecommendations(draft: ReportDraft, title: string, day: string | null): OwnRecommendations {
  const maker = makerIn(title, draft.contact);
  const found = readRecommendations(draft.bodyLines);
  const noted = found.filter((recommendation) => onlyNotes(recommendation.subject));
  return {
    rows: found
      .filter((recommendation) => !noted.includes(recommendation))
      .map((recommendation) => ({ row: asRow(recommendation, maker, day), addressee: recommendation.addressee })),
    warnings: noted.map((recommendation) => {
      const label = recommendation.reference === null ? 'a recommendation' : `recommendation ${recommendation.reference}`;
      return `${label} of the report ("${recommendation.subject}") only asks to note or consider: no recommendation record`;
    }),
  };
}
