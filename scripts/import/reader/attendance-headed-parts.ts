/**
 * "Cllr Maddox, Cllr Newell (both accepted). Absent: Cllr Orchard.": a line of names whose later sentences each open
 * with another list's heading, parted into one part per list. Apart from the block reader (attendance-block.ts), which
 * reads the heading's line and each line of names with it, because that reader is long.
 */
import { headingOf } from './attendance-headings.ts';
import { NAMED_LISTS, type Role } from './attendance-lists.ts';

/**
 * "Cllr Maddox, Cllr Newell (both accepted). Absent: Cllr Orchard.": the names after a heading, then a sentence that
 * opens with another list's heading, as a parish's apologies item notes who was absent too. Each part is read with
 * its own heading's list; a sentence that is no heading stays with the part before it.
 */
export function headedParts(rest: string, role: Role): { text: string; role: Role }[] {
  const parts = [{ text: rest, role }];
  if (rest === '') return [];
  const sentences = rest.split(/(?<=\.)\s+(?=\p{Lu}[^.:]{0,40}:)/u);
  if (sentences.length === 1) return parts;
  parts.length = 0;
  for (const sentence of sentences) {
    const inner = headingOf(sentence);
    const last = parts.at(-1);
    if (last === undefined || (inner !== null && NAMED_LISTS.includes(inner.role) && inner.rest !== '')) {
      parts.push({
        text: last === undefined ? sentence : (inner?.rest ?? sentence),
        role: last === undefined ? role : (inner?.role ?? role),
      });
    } else last.text = `${last.text} ${sentence}`;
  }
  return parts;
}
