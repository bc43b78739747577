/**
 * Links mentions of other meetings ("the minutes of the meeting held on 1 February 2017",
 * "Meeting held on 14 September 2018", "meeting of 13 November 2014") to the meeting on that
 * date, preferring the page's committee, then its council. Only dates introduced by
 * "meeting held on" / "meeting of" / "meeting on" are read: other dates are not meetings.
 * A meeting the archive does not hold gets a plain-text note, never a link.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { isoFromMatch, WRITTEN_DATE } from '../model/dates.ts';
import { getLinkContext, memoByObject, pickInScope, type LinkContext } from './link-context.ts';
import { linkNode, NO_LINKS_INSIDE, withNote } from './mdast-nodes.ts';

export const NOT_HELD_NOTE = 'not held in this archive';

const MEETING_MENTION = new RegExp(String.raw`\bmeetings?\s+(?:held\s+)?(?:on|of)\s+` + WRITTEN_DATE.source, 'gi');

type MeetingTarget = LinkContext['meetings'][number];

/** Meetings by date, built once per meetings list. */
const meetingsByDate = memoByObject((meetings: LinkContext['meetings']) => {
  const byDate = new Map<string, MeetingTarget[]>();
  for (const meeting of meetings) byDate.set(meeting.date, [...(byDate.get(meeting.date) ?? []), meeting]);
  return byDate;
});

/** What to put in place of one mention: a link, the words with a note, or nothing (leave as is). */
export function resolveMeetingMention(iso: string, context: LinkContext): MeetingTarget | 'not-held' | null {
  const { pick, inScope } = pickInScope(meetingsByDate(context.meetings).get(iso) ?? [], context.here);
  if (pick !== null) return pick.url === context.here.url ? null : pick;
  return inScope === 0 ? 'not-held' : null;
}

export function linkMeetings(tree: Root, context: LinkContext): void {
  findAndReplace(
    tree,
    [
      MEETING_MENTION,
      (words: string, day: string, month: string, year: string) => {
        const iso = isoFromMatch(day, month, year);
        if (iso === null) return false;
        const target = resolveMeetingMention(iso, context);
        if (target === null) return false;
        return target === 'not-held' ? withNote(words, NOT_HELD_NOTE) : linkNode(words, target);
      },
    ],
    { ignore: NO_LINKS_INSIDE },
  );
}

export default function remarkLinkMeetings() {
  return (tree: Root, file: VFile) => linkMeetings(tree, getLinkContext(file));
}
