/**
 * A forward plan's or work programme's heading, above its table: the body the whole plan is for ("X Committee Work
 * Programme") and the chair and vice-chair it names ("Chair: Councillor A Ash"). Apart from the table's reading
 * because it reads only the lines above the table, which no row's reader sees.
 */
import { squash } from '../text.ts';
import { wordCase } from '../reader/heading-case.ts';
import { postKey } from '../reader/chair-posts.ts';
import { readMembership } from '../reader/membership.ts';
import { STAFF_POST } from '../../../src/model/post-words.ts';

/** The body the whole plan is for: "decisions to be taken at X Committee", "X Committee Work Programme", without the council's name before it. */
export function planBody(header: string[], council: string | null): string | null {
  let flat = squash(header.map((line) => wordCase(squash(line))).join(' '));
  if (council && flat.toLowerCase().startsWith(council.toLowerCase())) flat = flat.slice(council.length).trim();
  const at = /\b(?:taken|made|considered)\s+(?:at|by)\s+(?:the\s+)?(.+?(?:committee|cabinet|panel|board|executive|commission))\b/i.exec(
    flat,
  );
  if (at) return squash(at[1] ?? '');
  const named =
    /^(.+?(?:committee|cabinet|panel|board|executive|commission))\s*[-–:]?\s*(?:forward\s+plan|(?:forward\s+)?work\s*(?:programme|plan))/i.exec(
      flat,
    );
  return named ? squash(named[1] ?? '') : null;
}

/** "Chair: Councillor A Ash", "Scrutiny Officer: B Bell": a label and whom it names, on a line of the plan's heading. */
const HEADING_LABEL = /^([\p{L}\s-]{2,40}?)\s*:\s*(\S.*)$/u;
const OFFICER_LABEL = new RegExp(String.raw`\b${STAFF_POST}$`, 'i');

/**
 * The committee's chair and vice-chair as a work programme's heading names them ("Chair: Councillor A Ash"),
 * written as a membership writes them ("Councillor A Ash (Chair)"); an officer it names ("Scrutiny Officer:")
 * has no place on the committee's record, so is warned of, as is a chair's line that names no one.
 */
export function headingPosts(header: string[]): { members: string[]; warnings: string[] } {
  const members: string[] = [];
  const warnings: string[] = [];
  for (const line of header.map(squash)) {
    const [, label = '', value = ''] = HEADING_LABEL.exec(line) ?? [];
    const named = postKey(label) !== null ? readMembership([`${value} (${label})`]) : [];
    members.push(...named);
    if (named.length === 0 && (postKey(label) !== null || OFFICER_LABEL.test(label)))
      warnings.push(`"${line}" in the plan's heading is not read: the committee's record has no place for it`);
  }
  return { members: [...new Set(members)], warnings };
}
