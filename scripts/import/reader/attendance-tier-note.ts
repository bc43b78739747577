/**
 * "Councillor P Gant (Borough)", "Mr L Drew (County)": a tier's word alone in brackets after a member's name, as a joint
 * body of two tiers (a joint transportation board) says which council each member sits for. The note is the member's
 * council as the record words it, kept in brackets after the name in every list of the members (those present, the
 * apologies, the absent), never dropped as a note that says nothing. Apart from the entry's writer (attendance-entry.ts)
 * because the tier's words are the headings' (TIER_WORD).
 */
import { TIER_WORD } from './attendance-headings.ts';
import { type ListName } from './attendance-lists.ts';
import { type Person, squash } from './attendance-piece.ts';

/** The note is a tier's word alone, or with "Council" after it ("(Borough Council)"), never a ward's or a division's. */
const TIER_NOTE = new RegExp(String.raw`^(?!(?:ward|division(?:al)?)\b)${TIER_WORD}(?:\s+council)?$`, 'i');

/** The lists a member's council note is kept in. */
const MEMBER_LISTS: readonly ListName[] = ['present', 'apologies', 'absent'];

/** The entry "Name (Borough)" for a member noted with a tier's word alone, or null when the person has no such note. */
export function tierNoted(person: Person, list: ListName): string | null {
  const note = squash(person.role ?? '');
  return MEMBER_LISTS.includes(list) && person.name !== '' && TIER_NOTE.test(note) ? `${person.name} (${note})` : null;
}
