/**
 * Turns a parsed meeting (names as the text gives them) into records with ids:
 * the meeting, and the council and committee files it points to.
 */
import type { CommitteeType, MeetingInput, SourceFormat } from '../../src/model/schema.ts';
import type { HeadingBetweenItems, ImportRecord, ParseContext } from './records.ts';
import { slugify } from '../../src/model/slug.ts';
import { shortHash } from './text.ts';
import { isCouncilName } from './reader/council-name.ts';

/** A meeting as a parser sees it: council and committee by name, not id. */
export type MeetingDraft = Omit<MeetingInput, 'council' | 'committee' | 'provenance'> & {
  councilName: string | null;
  committeeName: string | null;
  /** The committee's members when the record lists them ("Membership"): they go on the committee's record. */
  committeeMembers?: string[];
  /**
   * The body's second meeting that day, minuted in one file with the first ("ORDINARY MEETING" after the annual one):
   * its own name, which follows the date in its id ("2024-05-14-ordinary-meeting") so the two do not share one file.
   */
  dayPart?: string;
  /**
   * "Present: the same members as above.": those present given as the meeting above's in the file, for the reader to fill
   * from it (reader/present-above.ts). `warning` is the one the meeting carries that its list names no one, `line` the line
   * as printed, `officers` whether the line gives the officers as the meeting above's too. Never written to the record.
   */
  presentAsAbove?: { warning: string; line: string; officers: boolean };
  /** The part headings between the items (reader/headings-between-items.ts): they go beside the meeting's record, never in it. */
  headingsBetweenItems?: readonly HeadingBetweenItems[];
};

export const NOT_STATED = 'not-stated';

export function councilIdFor(name: string): string {
  return slugify(name);
}

export function committeeIdFor(councilId: string, name: string): string {
  return `${councilId}/${slugify(name)}`;
}

/** The ids of a meeting, its council and its committee: one rule for every layout. */
export function meetingIds(
  councilName: string | null,
  committeeName: string | null,
  date: string | null,
  sourceText: string,
  dayPart?: string,
): { council: string | null; committee: string | null; meeting: string } {
  const council = councilName ? councilIdFor(councilName) : null;
  const committee = committeeName ? committeeIdFor(council ?? NOT_STATED, committeeName) : null;
  const folder = `${council ?? NOT_STATED}/${committee ? committee.split('/')[1] : NOT_STATED}`;
  const day = date === null ? `undated-${shortHash(sourceText)}` : dayPart === undefined ? date : `${date}-${slugify(dayPart)}`;
  return { council, committee, meeting: `${folder}/${day}` };
}

/** Guesses a committee's type from its name; "other" when the name does not say. */
export function committeeTypeFor(name: string): CommitteeType {
  if (/task\s*(?:&|and)\s*finish/i.test(name)) return 'task-and-finish';
  if (/scrutiny.*panel|panel.*scrutiny/i.test(name)) return 'scrutiny-panel';
  // A county's "Select Committee" is its scrutiny committee (kinds/common.ts reads both as scrutiny bodies).
  if (/scrutiny|\bselect\s+committee\b/i.test(name)) return 'scrutiny-committee';
  return 'other';
}

/**
 * The councils a joint meeting's members come from, as its lists keep them after each name ("Ann Bell, Ashby District
 * Council"): two or more, and the meeting is no one council's.
 */
function jointCouncils(draft: MeetingDraft): string[] {
  const named = (draft.attendance?.present ?? []).map((entry) => entry.split(',').at(-1)?.trim() ?? '');
  const councils = [...new Set(named.filter((name) => isCouncilName(name)))];
  return councils.length >= 2 ? councils : [];
}

/** Warnings for what neither the text nor the header said. */
function missingWarnings(draft: MeetingDraft): string[] {
  const joint = draft.councilName === null ? jointCouncils(draft) : [];
  const warnings = bodyWarnings(draft.councilName, draft.committeeName, joint);
  // A date note already says what the record gives instead of a day (a forward plan's "May 2026").
  if (!draft.date && !draft.dateNote) warnings.push('date not stated: add `date:` to the source header or pass --date');
  return warnings;
}

/**
 * Warnings for a council or committee that neither the text nor a header or flag gives: meetings' and trackers'. A joint
 * meeting's councils (its members', `joint`) are named, as why none is the meeting's.
 */
export function bodyWarnings(councilName: string | null, committeeName: string | null, joint: readonly string[] = []): string[] {
  const why =
    joint.length === 0 ? '' : ` (a joint meeting of ${joint.slice(0, -1).join(', ')} and ${joint.at(-1) ?? ''} names no one council)`;
  return [
    ...(councilName ? [] : [`council not stated${why}: add \`council:\` to the source header or pass --council`]),
    ...(committeeName ? [] : ['committee not stated: add `committee:` to the source header or pass --committee']),
  ];
}

/**
 * The council's and the committee's records (and the parent committee's, when the source header
 * names one), for every layout that names them: meetings, and papers that stand alone (trackers).
 */
export function bodyRecords(
  councilName: string | null,
  committeeName: string | null,
  context: ParseContext,
  committeeMembers: string[] = [],
): { council: string | null; committee: string | null; records: ImportRecord[] } {
  const council = councilName ? councilIdFor(councilName) : null;
  const committee = committeeName ? committeeIdFor(council ?? NOT_STATED, committeeName) : null;
  const records: ImportRecord[] = [];
  if (councilName && council) {
    records.push({ collection: 'councils', id: council, data: { name: councilName }, body: '' });
  }
  if (committeeName && committee) {
    const type = context.meta.committeeType ?? committeeTypeFor(committeeName);
    const parentName = context.meta.parentCommittee;
    const parent = parentName ? committeeIdFor(council ?? NOT_STATED, parentName) : null;
    if (parentName && parent) {
      records.push({
        collection: 'committees',
        id: parent,
        data: { name: parentName, council, type: committeeTypeFor(parentName) },
        body: '',
      });
    }
    const members = committeeMembers.length > 0 ? { members: committeeMembers } : {};
    records.push({ collection: 'committees', id: committee, data: { name: committeeName, council, type, parent, ...members }, body: '' });
  }
  return { council, committee, records };
}

/** Council, committee and meeting records for one parsed meeting. */
export function meetingRecords(draft: MeetingDraft, context: ParseContext, sourceText: string, format: SourceFormat): ImportRecord[] {
  const { councilName, committeeName, committeeMembers = [], dayPart, presentAsAbove: _filled, headingsBetweenItems, ...meeting } = draft;
  const date = typeof meeting.date === 'string' ? meeting.date : null;
  const { council, committee, meeting: id } = meetingIds(councilName, committeeName, date, sourceText, dayPart);
  const { records } = bodyRecords(councilName, committeeName, context, committeeMembers);
  const warnings = [...missingWarnings(draft), ...(meeting.warnings ?? [])];
  records.push({
    collection: 'meetings',
    id,
    data: {
      council,
      committee,
      ...meeting,
      warnings,
      provenance: { file: context.file, format, url: context.meta.url ?? null },
    },
    body: '',
    ...(headingsBetweenItems === undefined || headingsBetweenItems.length === 0 ? {} : { headingsBetweenItems }),
  });
  return records;
}

/**
 * Each council and committee once, for files that name them several times (a pack, or several
 * meetings in one text): the first record is kept, with the first membership any of them lists.
 */
export function uniqueRecords(records: ImportRecord[]): ImportRecord[] {
  const first = new Map<string, ImportRecord>();
  return records.filter((record) => {
    const key = `${record.collection}/${record.id}`;
    const kept = first.get(key);
    if (kept === undefined) {
      first.set(key, record);
      return true;
    }
    if (record.collection === 'committees' && kept.collection === 'committees') kept.data.members ??= record.data.members;
    return false;
  });
}
