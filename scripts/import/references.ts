/**
 * A meeting's references to other meetings: the mentions `src/model/meeting-mentions.ts` finds
 * (the same rule the site links by), each with the sentence that names it and its agenda item.
 */
import type { MeetingReference } from '../../src/model/schema.ts';
import { findMeetingMentions } from '../../src/model/meeting-mentions.ts';
import { SHORT_STOP_WITHIN } from './reader/decision-clerk-forms.ts';

/**
 * A full stop and a space that end a sentence: never an initial's or a title's ("Cllr J. Smith referred to
 * minute 12"), the same rule the decision and vote readers split an item's sentences by.
 */
const SENTENCE_STOP = new RegExp(String.raw`(?<!${SHORT_STOP_WITHIN})\.(?=\s)`, 'gu');

/** The sentence around a position: from the full stop before it to the one after. */
function sentenceAt(text: string, start: number, end: number): string {
  const stops = [...text.matchAll(SENTENCE_STOP)].map((stop) => stop.index);
  const from = (stops.filter((at) => at < start).at(-1) ?? -1) + 1;
  const stop = stops.find((at) => at >= end);
  return text
    .slice(from, stop === undefined ? text.length : stop + 1)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * References in a text; `item` is the agenda item the text belongs to, `own` the meeting's date
 * (never a reference), `context` the date that gives a year to "25th March".
 */
export function findReferencesIn(
  text: string,
  item: number | string | null,
  own: string | null,
  context: string | null = own,
): MeetingReference[] {
  return findMeetingMentions(text, { own, context }).map((mention) => ({
    date: mention.date,
    text: sentenceAt(text, mention.index, mention.index + mention.text.length),
    item: item === null ? null : String(item),
  }));
}

/** Keeps one reference per date and item, in order of first mention. */
export function uniqueReferences(references: MeetingReference[]): MeetingReference[] {
  const seen = new Set<string>();
  return references.filter((reference) => {
    const key = `${reference.date}|${reference.item}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
