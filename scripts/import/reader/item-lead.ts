/**
 * "Strategic Assessment 2025 - Lead: K Oduya", "Funding – Presented by: Mel Harrop", "Grants - Officer: the Treasurer": an
 * item heading that names, after a dash, who leads the item, as partnership boards print their agendas. The colon of the
 * label is no end of the title (item-title.ts would part the heading there, leaving "… - Lead" as the title and the name
 * as the text): the title is what stands before the dash. The model holds no lead of an item, and the lead is often
 * listed already (an officer, the Chair), so the label and name are kept, as printed, as the first line of the item's
 * text, never dropped.
 */
import { squash } from '../text.ts';

/** The labels of a lead: "Lead", "Lead officer", "Lead member", "Presented by", "Presenter", "Officer", "Responsible officer". */
const LEAD_LABEL = String.raw`(?:lead(?:\s+(?:officer|member|partner|agency))?|presented\s+by|presenters?|(?:responsible\s+|reporting\s+)?officer)`;
/** A title, a dash with a space either side, then the label, its colon and a name (group 2): the last such dash on the line. */
const LEAD_TAIL = new RegExp(String.raw`^(.{2,200})\s+[-–—]\s+(${LEAD_LABEL}\s*:\s*\S.*)$`, 'i');

/** The title before a heading's dashed lead and the labelled lead as its text; null when the heading names no lead so. */
export function leadTail(line: string): { title: string; rest: string } | null {
  const found = LEAD_TAIL.exec(line);
  const title = squash(found?.[1] ?? '');
  // "Apologies: Cllr Rowe - Officer: …": a colon before the dash parts the title there, as it does with no lead.
  if (found === null || /:\s/.test(title) || !/\p{L}/u.test(title)) return null;
  return { title, rest: squash(found[2] ?? '') };
}
