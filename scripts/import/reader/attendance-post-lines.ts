/**
 * A staff list's posts and holders on lines of their own: a post alone over the one person holding it ("Treasurer"
 * over "Peter Quail"), a name over the post under it ("Iona Dryburgh" over "Head of Community Health Services"), and
 * the body a label names carried onto each entry under it ("P Wishart, Project Officer" under "Carnock Development
 * Trust"). Apart from the block reader (attendance-block.ts), which decides when a line is read so, because it is long.
 */
import { headingOf } from './attendance-headings.ts';
import { readPieces } from './attendance-person.ts';
import { squash } from './attendance-piece.ts';
import { postAlone } from './person-name.ts';

/** "P Wishart, Project Officer" under "Carnock Development Trust": each entry's post named with its body. */
export const withBody = (text: string, body: string | null): string =>
  body === null
    ? text
    : text
        .split(/;\s*(?:and\s+)?/)
        .map((entry) => `${entry.replace(/[.;,]$/, '')}, ${body}`)
        .join('; ');

/**
 * True when the next filled line after `at` names one person and nothing more of them ("Peter Quail"); with `posted`,
 * one person whatever post is printed with them ("Hazel Tait, Committee Services Officer.").
 */
export function holderNext(lines: readonly string[], at: number, posted = false): boolean {
  const next = lines.slice(at + 1).find((line) => line.trim() !== '') ?? '';
  const pieces = readPieces(next);
  const [one] = pieces;
  return pieces.length === 1 && one?.kind === 'person' && one.name !== '' && !one.councillor && (posted || one.role === null);
}

/**
 * "Iona Dryburgh" over "Head of Community Health Services" (or over "Audit Scotland"), the pair parted from the next
 * by a blank line, as a joint board's minute lists those attending at its chief officer's request: one person, the
 * line under the name their post. Read so only when that line is a post or an outside body's (never a second name),
 * as "Name (Post)"; null otherwise.
 */
export function nameOverPost(lines: readonly string[], at: number): string | null {
  const name = squash(lines[at] ?? '');
  const under = squash(lines[at + 1] ?? '');
  if (under === '' || squash(lines[at + 2] ?? '') !== '' || headingOf(under) !== null) return null;
  const alone = readPieces(name);
  const person = alone.length === 1 && alone[0]?.kind === 'person' && alone[0].name !== '' && alone[0].role === null;
  const joined = readPieces(`${name} (${under})`)[0];
  const posted = joined?.kind === 'person' && joined.role === under && (postAlone(under) !== null || joined.elsewhere);
  return person && posted ? `${name} (${under})` : null;
}
