/**
 * What the RSS feeds say: new and updated meetings (a meeting's entry changes GUID when its agenda,
 * then its minutes, are published), new reports, new recommendations and each dated update on one.
 * Entries are made from the collections' summaries; only the entries a feed shows have their
 * record read for the description (agenda item titles and resolutions). Every date is the record's
 * own (meeting date and start time in Europe/London, report date, update date), never the build's.
 */
import type { Meeting, MeetingSummary, RecommendationSummary, Report } from '../model/schema.ts';
import type { Entry } from './archive-data.ts';
import { londonInstant } from './london-time.ts';
import { itemHeading } from '../model/display-words.ts';

/** How many entries a feed shows: the newest. */
export const FEED_LENGTH = 50;

export type FeedKind = 'meeting' | 'report' | 'recommendation' | 'update';

/** One entry of a feed before its description is written. */
export interface FeedEntry {
  kind: FeedKind;
  /** Id of the record the entry is about. */
  id: string;
  /** Stable and unique: the same record in the same state always has the same GUID. */
  guid: string;
  title: string;
  /** `YYYY-MM-DD` from the record; null when it states none (such entries sort last). */
  date: string | null;
  /** `HH:MM` London time, when the record states one. */
  time: string | null;
  /**
   * For an update, its place in the recommendation's updates (its text, read from the record when the
   * entry is shown, is the description); null for the others, described from their records.
   */
  update: number | null;
}

/** What a feed's entries are made from: the collections' summaries (a recommendation's gives its updates' dates). */
export interface FeedSource {
  meetings: Entry<MeetingSummary>[];
  reports: Entry<Report>[];
  recommendations: Entry<RecommendationSummary>[];
  /** "People and Families Scrutiny Committee, 13 November 2014". */
  meetingLabel: (meeting: MeetingSummary) => string;
}

const GUID = 'urn:scrutiny-archive';

const MEETING_TITLE: Record<MeetingSummary['status'], string> = {
  minutes: 'Minutes',
  agenda: 'Agenda',
  scheduled: 'Meeting scheduled',
  cancelled: 'Meeting cancelled',
};

/** Every entry the records give, in no order. */
export function feedEntries(source: FeedSource): FeedEntry[] {
  const entries: FeedEntry[] = [];
  for (const { id, data } of source.meetings) {
    entries.push({
      kind: 'meeting',
      id,
      guid: `${GUID}:meeting:${id}:${data.status}`,
      title: `${MEETING_TITLE[data.status]}: ${source.meetingLabel(data)}`,
      date: data.date,
      time: data.startTime,
      update: null,
    });
  }
  for (const { id, data } of source.reports) {
    entries.push({
      kind: 'report',
      id,
      guid: `${GUID}:report:${id}`,
      title: `Report: ${data.title}`,
      date: data.date,
      time: null,
      update: null,
    });
  }
  for (const { id, data } of source.recommendations) {
    const first = [...data.meetingDates].sort()[0] ?? null;
    entries.push({
      kind: 'recommendation',
      id,
      guid: `${GUID}:recommendation:${id}`,
      title: `Recommendation: ${data.subject}`,
      date: first,
      time: null,
      update: null,
    });
    data.updateDates.forEach((date, index) => {
      entries.push({
        kind: 'update',
        id,
        guid: `${GUID}:recommendation:${id}:update:${index + 1}`,
        title: `Update on recommendation: ${data.subject}`,
        date,
        time: null,
        update: index,
      });
    });
  }
  return entries;
}

/** The newest `count` entries: by date and time, newest first; undated last; ties by GUID. */
export function newest(entries: FeedEntry[], count = FEED_LENGTH): FeedEntry[] {
  const key = (entry: FeedEntry) => (entry.date === null ? '' : `${entry.date}T${entry.time ?? '00:00'}`);
  return [...entries]
    .sort((a, b) => {
      const byDate = key(b).localeCompare(key(a));
      return byDate !== 0 ? byDate : a.guid.localeCompare(b.guid);
    })
    .slice(0, count);
}

/** The instant an entry was published or changed: its record's date (and time) in London. */
export function entryDate(entry: FeedEntry): Date | undefined {
  return entry.date === null ? undefined : londonInstant(entry.date, entry.time);
}

/** Text escaped for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A meeting's description: where and when, its agenda item titles and each item's resolutions (HTML). */
export function meetingDescription(meeting: Meeting, label: string): string {
  const where = [label, meeting.startTime, meeting.venue].filter((part): part is string => part !== null).join(', ');
  const items = meeting.items.map((item) => {
    const title = escapeHtml(itemHeading(item));
    const resolved = item.resolutions.map((text) => `<li>${escapeHtml(text)}</li>`).join('');
    return `<li>${title}${resolved === '' ? '' : `<p>Resolved:</p><ul>${resolved}</ul>`}</li>`;
  });
  const agenda = items.length === 0 ? '<p>The record lists no agenda items.</p>' : `<p>Agenda items:</p><ol>${items.join('')}</ol>`;
  return `<p>${escapeHtml(where)}</p>${agenda}`;
}

/** A report's description. */
export function reportDescription(report: Report, meetingLabel: string | null): string {
  const parts = [report.reference, meetingLabel === null ? null : `to ${meetingLabel}`, report.contact].filter(
    (part): part is string => part !== null,
  );
  return `<p>${escapeHtml(`${report.title}${parts.length > 0 ? ` (${parts.join('; ')})` : ''}`)}</p>`;
}

/** A recommendation's description: its reference, where it stands and the latest status as worded. */
export function recommendationDescription(recommendation: RecommendationSummary, statusWords: string): string {
  const lines = [
    recommendation.reference === null ? null : `Reference: ${recommendation.reference}`,
    `Status: ${statusWords}`,
    recommendation.statusText,
  ].filter((line): line is string => line !== null);
  return lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
}
