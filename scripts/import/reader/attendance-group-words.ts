/**
 * "Councils", "Partners", "Partner Organisations", "Agencies": a group's word alone on its line inside a list of those
 * attending, as a partnership's minutes part its members by where they come from. A sub-heading over the people under
 * it, never a person; the one place these lone words live, beside the councillors' plural title alone ("Councillors",
 * LIST_TITLE_ALONE), which the list reader asks with it.
 */
import { LIST_TITLE_ALONE } from './attendance-person.ts';
import { squash } from './attendance-piece.ts';

/** The group's words, plural, with an optional colon: who they are by kind, never a name. */
const GROUP_WORD_ALONE =
  /^(?:(?:constituent\s+|partner\s+|member\s+)?councils|partners|(?:partner|other|external|voluntary(?:\s+sector)?)\s+(?:organisations|agencies|bodies)|organisations|agencies)\s*:?$/i;

/** True for a line that is only a group's word ("Councils", "Partners") or the councillors' plural title ("Councillors"). */
export function isGroupWordAlone(line: string): boolean {
  const text = squash(line);
  return GROUP_WORD_ALONE.test(text) || LIST_TITLE_ALONE.test(text);
}
