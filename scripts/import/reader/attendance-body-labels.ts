/**
 * "Borough Council Members of the Board:", "County Council Members of the Joint Committee:", "Parish and Town Council
 * Representatives (non-voting):": the labels a joint body (a joint transportation board, a joint committee of two
 * tiers) prints over the members each partner sends, the body named before the members' word. Those under such a label
 * are the joint body's members, each kept with the body (and any note of the label's, "(non-voting)"), as a roster's
 * partner-authority column keeps it. Apart because the group reader (attendance-groups.ts) and the opening of a list
 * with no heading over it (attendance-context-headings.ts) both ask it.
 */
import { squash } from './attendance-piece.ts';

/**
 * "Members of the Board", "Members of the Joint Committee": the members of the body by its kind, one pattern for the
 * heading of a membership ("Members of the Board:", attendance-headings.ts) and the labels here.
 */
export const MEMBERS_OF_THE_BODY = String.raw`members\s+of\s+the\s+(?:joint\s+)?(?:committee|board|authority|forum|partnership|panel)`;

/**
 * The partner's name: up to six words, the last a council's or an authority's ("Borough Council", "Partner Authority"),
 * none a sentence's first word ("The Council Members of the Board agreed"). So a kind with no partner named ("Tenant
 * Representatives:") is none, nor another body's ("Care Experienced Youth Forum representatives:", guests who came).
 */
const BODY_NAME = String.raw`(?!(?:the|a|an|all|our|its)\s)(?:[\p{L}'’-]+\s+(?:(?:and|&|of|the|for)\s+)*){0,5}(?:councils?|authorit(?:y|ies))`;

/** The label: group 1 the body, 2 the members' word, 3 a note in brackets, 4 any names after the colon. */
const BODY_MEMBERS = new RegExp(
  String.raw`^(${BODY_NAME})\s+(${MEMBERS_OF_THE_BODY}|representatives?)(?:\s*\(([^()]{1,40})\))?\s*:-?\s*(.*)$`,
  'iu',
);

/**
 * The body a label of members names, and any names after its colon; null for no such label. A representatives' label
 * keeps its word, singular, as the seat each holds ("Parish and Town Council Representative"); the note in brackets is
 * kept after it ("(non-voting)"), as no field holds whether a member votes.
 */
export function bodyMembersLabel(text: string): { body: string; rest: string } | null {
  const label = BODY_MEMBERS.exec(squash(text));
  if (!label) return null;
  const seat = /^representative/i.test(label[2] ?? '') ? ` ${(label[2] ?? '').replace(/s$/i, '')}` : '';
  const note = label[3] === undefined ? '' : ` (${squash(label[3])})`;
  return { body: `${squash(label[1] ?? '')}${seat}${note}`, rest: squash(label[4] ?? '') };
}
