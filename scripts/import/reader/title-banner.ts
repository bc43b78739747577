/**
 * A title block's banner over the body's own name: the organisation the body belongs to or serves, printed on a line of
 * its own above it ("Kelderholm Health and Social Care Partnership" over "Kelderholm Integration Joint Board", "Wrexley
 * County Council Pension Fund" over "LOCAL PENSION BOARD"). The body that met is the line under the banner; the two are
 * never one name, as a name wrapped over two lines is ("Transport and Connectivity" over "Policy Committee").
 */

/**
 * The kind of body a whole name ends with: "… Joint Board", "… Sub-Group", "LOCAL REVIEW BODY", "… Partnership". Not
 * "Meeting" or "Session", which end a meeting's name, nor "Council", which ends the council's.
 */
const ENDS_AS_BODY = /\b(?:Committee|Sub-Committee|Panel|Board|Cabinet|Forum|Group|Commission|Partnership|Body|Authority|Executive)$/i;

/** A joining word left over from the line above ("and Standards Committee"): no name opens so. */
const JOINED_ON = /^(?:and|of|for|&)\s/i;

/** True for a line that is a body's whole name: it opens as a name and ends with a body's kind, in two words or more. */
export function isWholeBodyName(line: string): boolean {
  const text = line.trim().replace(/[.:]$/, '');
  return /^\p{Lu}/u.test(text) && !JOINED_ON.test(text) && ENDS_AS_BODY.test(text) && /\s/.test(text) && !/[:\d]/.test(text);
}

/** True when one line is printed in capitals and the other not: two headings set apart, never one name wrapped. */
function casesDiffer(above: string, line: string): boolean {
  const capitals = (text: string) => /\p{L}/u.test(text) && text === text.toUpperCase();
  return capitals(above) !== capitals(line);
}

/**
 * The title block's lines (top to bottom, the body's name nearest the date last) from the body's own name on: the
 * lowest line that is a whole body's name, when the line over it is a banner, a whole name of its own ("… Partnership")
 * or printed in another case ("… Pension Fund" over "LOCAL PENSION BOARD"). All the lines when none is.
 */
export function withoutBanner(block: readonly string[]): string[] {
  for (let at = block.length - 1; at > 0; at -= 1) {
    const line = block[at] ?? '';
    const above = block[at - 1] ?? '';
    if (!isWholeBodyName(line)) continue;
    if (isWholeBodyName(above) || casesDiffer(above, line)) return block.slice(at);
  }
  return [...block];
}
