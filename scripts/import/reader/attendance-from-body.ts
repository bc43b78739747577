/**
 * "Also present from Fenmoor County Council: Cllr A Bell, Cllr C Dunn", "Present from Oakhampton District Council:": a
 * known label of those attending, then the council (or other body) they came from before its colon, as a meeting of one
 * council lists the members another sent. The label is read as it would be without the body, and each under it keeps
 * the body, as a joint meeting's members keep the council they represent. Apart from the heading words
 * (attendance-headings.ts), which this reads through the reader it is given, so the two are no import cycle.
 */
import { squash } from './attendance-piece.ts';
import { isCouncilName } from './council-name.ts';
import { BODY_WORD } from './person-posts.ts';

/** The label before "from", the body after it (no leading "the"), and the names after the colon. */
const FROM_BODY = /^(.{4,40}?)\s+from\s+(?:the\s+)?(\p{Lu}[^:()]{3,80}?)\s*:-?\s*(.*)$/u;

/**
 * The heading a "<label> from <body>:" line is, with the body kept for each under it; null when the line is no such
 * label, or the words after "from" name no council and no body ("Also present from 7.30 pm:").
 */
export function fromBodyHeading<H extends { role: string; rest: string }>(
  text: string,
  headingOf: (line: string) => H | null,
): (H & { body: string }) | null {
  const found = FROM_BODY.exec(squash(text));
  const body = squash(found?.[2] ?? '');
  // A body by its name, two words at least ("Visitors from the Trust:" names none, a label left to warn of).
  const named = isCouncilName(body) || (body.includes(' ') && (BODY_WORD.test(body) || /\bAuthority$/.test(body)));
  if (!found || !named) return null;
  const label = headingOf(`${found[1] ?? ''}:`);
  if (label === null || label.rest !== '' || label.role === 'members' || label.role === 'public') return null;
  return { ...label, rest: squash(found[3] ?? ''), body };
}
