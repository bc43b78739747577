/**
 * Links mentions of other meetings ("the minutes of the meeting held on 1 February 2017",
 * "Date of next meeting: 25th March") to the meeting on that date, preferring the page's committee,
 * then its council. Which dates are meetings' is the rule of src/model/meeting-mentions.ts, the
 * same the importer records a meeting's references by. A meeting the archive does not hold gets a
 * plain-text note, never a link.
 */
import type { PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { findMeetingMentions } from '../model/meeting-mentions.ts';
import { getLinkContext, linkTable, memoByObject, pickInScope, type LinkContext } from './link-context.ts';
import { eachText, linkNode, textNode, withNote } from './mdast-nodes.ts';

export const NOT_HELD_NOTE = 'not held in this archive';

type MeetingTarget = LinkContext['meetings'][number];

/** Meetings by date, built once per meetings list. */
const meetingsByDate = memoByObject((meetings: LinkContext['meetings']) => {
  const byDate = new Map<string, MeetingTarget[]>();
  for (const meeting of meetings) byDate.set(meeting.date, [...(byDate.get(meeting.date) ?? []), meeting]);
  return byDate;
});

const meetingsOn = linkTable('meetings-by-date', (context) => meetingsByDate(context.meetings));

/** What to put in place of one mention: a link, the words with a note, or nothing (leave as is). */
export function resolveMeetingMention(iso: string, context: LinkContext): MeetingTarget | 'not-held' | null {
  const { pick, inScope } = pickInScope(meetingsOn(context, iso) ?? [], context.here);
  if (pick !== null) return pick.url === context.here.url ? null : pick;
  return inScope === 0 ? 'not-held' : null;
}

/** The pieces one text node becomes: its words, with each meeting mention linked or noted. */
function linkedPieces(node: Text, context: LinkContext): PhrasingContent[] | null {
  const pieces: PhrasingContent[] = [];
  let done = 0;
  for (const mention of findMeetingMentions(node.value, { own: context.here.date ?? null })) {
    const target = resolveMeetingMention(mention.date, context);
    if (target === null || mention.phraseStart < done) continue;
    const words = node.value.slice(mention.phraseStart, mention.index + mention.text.length);
    if (mention.phraseStart > done) pieces.push(textNode(node.value.slice(done, mention.phraseStart)));
    pieces.push(...(target === 'not-held' ? withNote(words, NOT_HELD_NOTE) : [linkNode(words, target)]));
    done = mention.index + mention.text.length;
  }
  if (done === 0) return null;
  if (done < node.value.length) pieces.push(textNode(node.value.slice(done)));
  return pieces;
}

export function linkMeetings(tree: Root, context: LinkContext): void {
  eachText(tree, (parent, index) => {
    const pieces = linkedPieces(parent.children[index] as Text, context);
    if (pieces === null) return index + 1;
    parent.children.splice(index, 1, ...pieces);
    return index + pieces.length;
  });
}

export default function remarkLinkMeetings() {
  return (tree: Root, file: VFile) => linkMeetings(tree, getLinkContext(file));
}
