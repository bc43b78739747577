/**
 * "Tenant Representatives: Mrs P Ling, Mr D Moss", "Parent Governor Representatives:", "Co-opted members:": a label of a
 * kind of member, with its colon, on a line after the officers or those also present. It ends the staff's list, so its
 * names are never read as one more officer with the label for a post: the list's opening reads it as a heading of members
 * of that kind (groupOpening), or, a body's guests under it ("Care Experienced Youth Forum representatives:"), as guests
 * (readLabelledGuests). Apart because the list reader and the opening of a list both ask it.
 */
import { MEMBERS_KIND_LABEL, MEMBERS_OF_ONE_BODY } from './attendance-groups.ts';
import { type Role, staffList } from './attendance-lists.ts';
import { squash } from './attendance-piece.ts';
import { isGuestLabel } from './hearing-parties.ts';

/** True when the line opens with a label of members of a kind ("Co-opted Members:"), never a body's own members ("Councillors:"). */
export function namesKindOfMember(text: string): boolean {
  return MEMBERS_KIND_LABEL.test(text) && !MEMBERS_OF_ONE_BODY.test(text);
}

/** "representatives:", "representative (non-voting):": the label's last word a seat's, before its colon. */
const REPRESENTATIVES = /^[^:]*\brepresentatives?\s*(?:\([^()]*\))?\s*:/i;

/**
 * True when a line under a list of staff (`group`: the officers or those also present) opens a list of its own: a label
 * of a group's representatives with its colon, members of a kind or guests; never a post's label ("Clerk:"), nor one
 * member's ("Cabinet Member: Councillor A Bell (…)", a councillor who came to the meeting, one of those also present).
 */
export function endsStaffList(line: string, group: Role): boolean {
  const text = squash(line);
  return staffList(group) && REPRESENTATIVES.test(text) && (namesKindOfMember(text) || isGuestLabel(text));
}
