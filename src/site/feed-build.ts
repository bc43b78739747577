/**
 * The feeds' endpoints share this: a scope of the archive (all, a council, a committee) made into
 * an RSS 2.0 response with @astrojs/rss. Record files are read only for the entries a feed shows,
 * once per build (the same meeting appears in the site's, its council's and its committee's feed),
 * synchronously (src/model/event-loop.ts says why).
 */
import rss from '@astrojs/rss';
import type { MeetingSummary, RecommendationSummary, Report } from '../model/schema.ts';
import { RECOMMENDATION_STATUS_WORDS } from '../model/display-words.ts';
import { fullRecordSync, loadArchive, type Archive } from './archive.ts';
import { meetingLabel, type Entry } from './archive-data.ts';
import {
  entryDate,
  escapeHtml,
  feedEntries,
  meetingDescription,
  newest,
  recommendationDescription,
  reportDescription,
  type FeedEntry,
} from './feeds.ts';
import { absolute, urls } from './urls.ts';

/** Which records a feed covers and how it names itself. */
export interface FeedScope {
  title: string;
  description: string;
  /** The page the feed belongs to (a path from `urls`). */
  page: string;
  /** The feed's own address (a path from `files`). */
  self: string;
  meetings: Entry<MeetingSummary>[];
  reports: Entry<Report>[];
  recommendations: Entry<RecommendationSummary>[];
}

/** The reports of a council or committee (the archive groups them once per build). */
export function reportsOf(archive: Archive, by: 'council' | 'committee', id: string): Entry<Report>[] {
  return (by === 'council' ? archive.reportsByCouncil : archive.reportsByCommittee).get(id) ?? [];
}

const meetingText = new Map<string, string>();
const updateTexts = new Map<string, string[]>();

/**
 * The text of a recommendation's update, read from its file once per build: only for the updates a
 * feed shows (the summaries give every update's date, which is all that choosing the newest needs).
 */
function updateText(entry: FeedEntry, archive: Archive): string {
  let texts = updateTexts.get(entry.id);
  if (texts === undefined) {
    const summary = archive.recommendationById.get(entry.id);
    texts = summary === undefined ? [] : fullRecordSync('recommendations', summary).data.updates.map((update) => update.text);
    updateTexts.set(entry.id, texts);
  }
  return texts[entry.update ?? -1] ?? '';
}

function describe(entry: FeedEntry, archive: Archive): string {
  if (entry.kind === 'meeting') {
    const summary = archive.meetingById.get(entry.id);
    if (summary === undefined) return '';
    let text = meetingText.get(entry.id);
    if (text === undefined) {
      text = meetingDescription(fullRecordSync('meetings', summary).data, meetingLabel(summary.data, archive.committees));
      meetingText.set(entry.id, text);
    }
    return text;
  }
  if (entry.kind === 'report') {
    const report = archive.reportById.get(entry.id)?.data;
    if (report === undefined) return '';
    const meeting = report.meeting === null ? undefined : archive.meetingById.get(report.meeting);
    return reportDescription(report, meeting === undefined ? null : meetingLabel(meeting.data, archive.committees));
  }
  if (entry.kind === 'update') return `<p>${escapeHtml(updateText(entry, archive))}</p>`;
  const recommendation = archive.recommendationById.get(entry.id)?.data;
  return recommendation === undefined ? '' : recommendationDescription(recommendation, RECOMMENDATION_STATUS_WORDS[recommendation.status]);
}

function link(entry: FeedEntry): string {
  if (entry.kind === 'meeting') return urls.meeting(entry.id);
  if (entry.kind === 'report') return urls.report(entry.id);
  return urls.recommendation(entry.id);
}

/** XML text escaped for the feed's custom elements. */
function xml(text: string): string {
  return escapeHtml(text).replace(/'/g, '&apos;');
}

/** The RSS 2.0 response for a scope: its newest entries, each with a GUID, date, summary and link. */
export async function feedResponse(scope: FeedScope, site: URL | undefined): Promise<Response> {
  const archive = await loadArchive();
  const entries = newest(
    feedEntries({
      meetings: scope.meetings,
      reports: scope.reports,
      recommendations: scope.recommendations,
      meetingLabel: (meeting) => meetingLabel(meeting, archive.committees),
    }),
  );
  const items = [];
  for (const entry of entries) {
    items.push({
      title: entry.title,
      link: absolute(link(entry), site),
      pubDate: entryDate(entry),
      description: describe(entry, archive),
      customData: `<guid isPermaLink="false">${xml(entry.guid)}</guid>`,
    });
  }
  return rss({
    title: `${scope.title} – Scrutiny archive`,
    description: scope.description,
    site: absolute(scope.page, site),
    items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en-gb</language><atom:link href="${xml(absolute(scope.self, site))}" rel="self" type="application/rss+xml"/>`,
  });
}
